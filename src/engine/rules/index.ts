/**
 * The registry: every rule, one module each (./<rule-id-in-kebab-case>.ts). Severities, message
 * templates and fingerprints are read from here (findings.ts, messages.ts, acceptances.ts). Adding
 * a rule is its module, its line here, its row in docs/regels.md and its test.
 */
import type { RawFinding } from '../findings';
import type { Lang } from '../messages';
import type { BudgetModel } from '../model';
import type { Reconciliation } from '../payments/model';
import { AMOUNT_ESTIMATE } from './amount-estimate';
import { AMOUNT_PLACEHOLDER } from './amount-placeholder';
import { AMOUNT_UNREADABLE } from './amount-unreadable';
import { BUDGET_UNALLOCATED } from './budget-unallocated';
import { CEILING_DEFAULT } from './ceiling-default';
import { CEILING_EXCEEDED } from './ceiling-exceeded';
import { CORRECTION_UNUSABLE } from './correction-unusable';
import { CREDIT_NOTE_UNMATCHED } from './credit-note-unmatched';
import { DUPLICATE_CODE } from './duplicate-code';
import { FORMULA_ERROR } from './formula-error';
import { FRACTIONAL_CENT } from './fractional-cent';
import { MBO_TARGET } from './mbo-target';
import { MISSING_AMOUNT } from './missing-amount';
import { MULTI_GOAL_UNSPLIT } from './multi-goal-unsplit';
import { NEGATIVE_AMOUNT } from './negative-amount';
import { NO_GOAL } from './no-goal';
import { NUMBER_AS_TEXT } from './number-as-text';
import { OVERSPENT } from './overspent';
import { PAYMENT_DATE_UNREADABLE } from './payment-date-unreadable';
import { PAYMENT_DUPLICATE } from './payment-duplicate';
import { PAYMENT_OUTSIDE_PERIOD } from './payment-outside-period';
import { PAYMENT_PARTNER_MISMATCH } from './payment-partner-mismatch';
import { PAYMENT_UNKNOWN_INTERVENTION } from './payment-unknown-intervention';
import { PAYMENTS_EXCEED_BUDGET } from './payments-exceed-budget';
import { READING_UNCERTAIN } from './reading-uncertain';
import { ROW_TOTAL_MISMATCH } from './row-total-mismatch';
import { SPENT_EXCEEDS_CEILING } from './spent-exceeds-ceiling';
import { SPENT_PAYMENTS_MISMATCH } from './spent-payments-mismatch';
import { SUBSIDY_ADVANCE_UNSETTLED } from './subsidy-advance-unsettled';
import { SUBSIDY_RECOVERY_WITHOUT_ADVANCE } from './subsidy-recovery-without-advance';
import { SUBSIDY_SETTLEMENT_ABOVE_GRANT } from './subsidy-settlement-above-grant';
import { SUBTOTAL_MISMATCH } from './subtotal-mismatch';
import { TOTAL_DOUBLE_COUNT } from './total-double-count';
import { TOTAL_HARDCODED } from './total-hardcoded';
import { TOTAL_INCLUDES_HIDDEN } from './total-includes-hidden';
import { TOTAL_INCONSISTENT_FORMULA } from './total-inconsistent-formula';
import { TOTAL_RANGE_INCOMPLETE } from './total-range-incomplete';
import { TOTAL_WRONG_COLUMN } from './total-wrong-column';
import { UNKNOWN_GOAL } from './unknown-goal';
import { amountCheck, paymentAmountCheck } from './checks/amounts';
import { formulaCheck } from './checks/formulas';
import { paymentRowsCheck } from './checks/payment-rows';
import { subsidyCheck } from './checks/subsidy';
import { totalsCheck } from './checks/totals';
import type { Check, FingerprintParts, ParamsOf, RuleDefinition } from './rule';

/** Every rule, in the order of the tables in docs/regels.md. */
export const RULE_DEFINITIONS = [
  CEILING_EXCEEDED,
  CEILING_DEFAULT,
  READING_UNCERTAIN,
  CORRECTION_UNUSABLE,
  SPENT_EXCEEDS_CEILING,
  BUDGET_UNALLOCATED,
  NO_GOAL,
  UNKNOWN_GOAL,
  OVERSPENT,
  DUPLICATE_CODE,
  MULTI_GOAL_UNSPLIT,
  MBO_TARGET,
  MISSING_AMOUNT,
  NUMBER_AS_TEXT,
  AMOUNT_ESTIMATE,
  AMOUNT_PLACEHOLDER,
  AMOUNT_UNREADABLE,
  FORMULA_ERROR,
  NEGATIVE_AMOUNT,
  FRACTIONAL_CENT,
  SUBTOTAL_MISMATCH,
  ROW_TOTAL_MISMATCH,
  TOTAL_RANGE_INCOMPLETE,
  TOTAL_DOUBLE_COUNT,
  TOTAL_WRONG_COLUMN,
  TOTAL_HARDCODED,
  TOTAL_INCONSISTENT_FORMULA,
  TOTAL_INCLUDES_HIDDEN,
  PAYMENT_UNKNOWN_INTERVENTION,
  PAYMENT_DUPLICATE,
  PAYMENT_OUTSIDE_PERIOD,
  PAYMENT_PARTNER_MISMATCH,
  PAYMENT_DATE_UNREADABLE,
  SPENT_PAYMENTS_MISMATCH,
  PAYMENTS_EXCEED_BUDGET,
  CREDIT_NOTE_UNMATCHED,
  SUBSIDY_ADVANCE_UNSETTLED,
  SUBSIDY_SETTLEMENT_ABOVE_GRANT,
  SUBSIDY_RECOVERY_WITHOUT_ADVANCE,
] as const;

type AnyRule = (typeof RULE_DEFINITIONS)[number];
export type RuleId = AnyRule['id'];
/** What each rule's message needs; amounts are cents. */
export type MessageParams = { [D in AnyRule as D['id']]: ParamsOf<D> };

const BY_ID: ReadonlyMap<RuleId, AnyRule> = new Map(RULE_DEFINITIONS.map((d) => [d.id, d]));

/** The definition a finding's params belong to: RawFinding pairs each id with its own params. */
function definitionOf(finding: RawFinding): RuleDefinition<RuleId, RawFinding['params']> {
  return BY_ID.get(finding.rule) as unknown as RuleDefinition<RuleId, RawFinding['params']>;
}

/** The rule's own part of a finding's fingerprint. */
export function fingerprintParts(finding: RawFinding): FingerprintParts {
  return definitionOf(finding).fingerprint(finding.params);
}

/** A finding's message in one language. */
export function ruleMessage(finding: RawFinding, lang: Lang): string {
  return definitionOf(finding).message[lang](finding.params);
}

/**
 * Every pass, in the order it runs. The order is part of the output: findings at one cell keep it
 * (within a severity), and so do the numbers of fingerprints several findings share. Budget passes
 * come first, then the payments'; a pass several rules share runs once.
 */
export const CHECKS: ReadonlyArray<Check> = [
  ...READING_UNCERTAIN.checks,
  ...CORRECTION_UNUSABLE.checks,
  ...CEILING_DEFAULT.checks,
  ...CEILING_EXCEEDED.checks,
  ...BUDGET_UNALLOCATED.checks,
  ...SPENT_EXCEEDS_CEILING.checks,
  totalsCheck,
  ...ROW_TOTAL_MISMATCH.checks,
  formulaCheck,
  ...NO_GOAL.checks,
  ...UNKNOWN_GOAL.checks,
  ...MULTI_GOAL_UNSPLIT.checks,
  ...OVERSPENT.checks,
  ...DUPLICATE_CODE.checks,
  ...MBO_TARGET.checks,
  ...MISSING_AMOUNT.checks,
  amountCheck,
  ...SPENT_PAYMENTS_MISMATCH.checks,
  ...PAYMENTS_EXCEED_BUDGET.checks,
  paymentRowsCheck,
  ...CREDIT_NOTE_UNMATCHED.checks,
  subsidyCheck,
  paymentAmountCheck,
];

export type Rule = (model: BudgetModel) => RawFinding[];

/** The passes over the budget model, in order. */
export const RULES: ReadonlyArray<Rule> = CHECKS.flatMap((c) => (c.on === 'budget' ? [c.run] : []));

/** The passes over the payments, in order, when the workbook has a payments sheet. */
export function paymentRules(model: BudgetModel, rec: Reconciliation): RawFinding[] {
  return CHECKS.flatMap((c) => (c.on === 'payments' ? c.run(model, rec) : []));
}
