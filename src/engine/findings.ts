/**
 * Findings are data: a rule id, a severity, a cell and a message. Rule ids are a public contract
 * (JSON output, filters, documentation): never rename one.
 */
import type { Acceptance } from './acceptances';
import type { GoalNumber } from './goals';
import type { AmountRole } from './layout/columns';
import type { PartsKind } from './layout/figures';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: ReadonlyArray<Severity> = ['error', 'warning', 'info'];

export const RULE_SEVERITY = {
  CEILING_EXCEEDED: 'error',
  CEILING_DEFAULT: 'warning',
  READING_UNCERTAIN: 'warning',
  CORRECTION_UNUSABLE: 'warning',
  SPENT_EXCEEDS_CEILING: 'error',
  BUDGET_UNALLOCATED: 'info',
  NO_GOAL: 'error',
  UNKNOWN_GOAL: 'error',
  OVERSPENT: 'warning',
  DUPLICATE_CODE: 'warning',
  MULTI_GOAL_UNSPLIT: 'warning',
  MBO_TARGET: 'warning',
  MISSING_AMOUNT: 'info',
  NUMBER_AS_TEXT: 'error',
  AMOUNT_ESTIMATE: 'warning',
  AMOUNT_PLACEHOLDER: 'warning',
  AMOUNT_UNREADABLE: 'error',
  FORMULA_ERROR: 'error',
  NEGATIVE_AMOUNT: 'warning',
  FRACTIONAL_CENT: 'warning',
  SUBTOTAL_MISMATCH: 'error',
  ROW_TOTAL_MISMATCH: 'error',
  TOTAL_RANGE_INCOMPLETE: 'error',
  TOTAL_DOUBLE_COUNT: 'error',
  TOTAL_WRONG_COLUMN: 'error',
  TOTAL_HARDCODED: 'warning',
  TOTAL_INCONSISTENT_FORMULA: 'warning',
  TOTAL_INCLUDES_HIDDEN: 'info',
  PAYMENT_UNKNOWN_INTERVENTION: 'error',
  PAYMENT_DUPLICATE: 'warning',
  PAYMENT_OUTSIDE_PERIOD: 'error',
  PAYMENT_PARTNER_MISMATCH: 'warning',
  PAYMENT_DATE_UNREADABLE: 'error',
  SPENT_PAYMENTS_MISMATCH: 'error',
  PAYMENTS_EXCEED_BUDGET: 'warning',
  CREDIT_NOTE_UNMATCHED: 'warning',
  SUBSIDY_ADVANCE_UNSETTLED: 'warning',
  SUBSIDY_SETTLEMENT_ABOVE_GRANT: 'error',
  SUBSIDY_RECOVERY_WITHOUT_ADVANCE: 'warning',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULE_SEVERITY;

/** The figure an amount finding is about: a budget's begroot or benut, or a payment's amount. */
export type AmountField = AmountRole | 'payment';
export const RULE_IDS = Object.keys(RULE_SEVERITY) as RuleId[];

/** What each rule's message needs; amounts are cents. */
export interface MessageParams {
  CEILING_EXCEEDED: { total: number; ceiling: number; excess: number };
  /** `unusable`: the labelled cell whose content could not be the ceiling, when there was one. */
  CEILING_DEFAULT: { ceiling: number; unusable?: { cell: string; label: string; text: string } };
  /** `label` names what is uncertain, so an acceptance keeps recognising it. */
  READING_UNCERTAIN:
    | { label: 'columns'; field: AmountRole; columns: ReadonlyArray<string>; first: string }
    | { label: 'header-row'; row: number; alternative: number }
    | { label: 'unit'; plan: number; ceiling: number };
  CORRECTION_UNUSABLE:
    | { label: 'column-moved'; column: string; expected: string; found: string; choice: string }
    | { label: 'header-row'; row: number }
    | { label: 'ceiling-cell'; cell: string }
    | { label: 'unreadable'; sheet: string; row: number; text: string };
  SPENT_EXCEEDS_CEILING: { total: number; ceiling: number; excess: number };
  BUDGET_UNALLOCATED: { total: number; ceiling: number; left: number };
  NO_GOAL: { name: string };
  UNKNOWN_GOAL: { name: string; text: string; suggestion?: GoalNumber };
  OVERSPENT: { name: string; begroot: number; benut: number; over: number; goal?: GoalNumber };
  DUPLICATE_CODE: { code: string; name: string; otherName: string; otherCell: string };
  MULTI_GOAL_UNSPLIT: { name: string; goals: ReadonlyArray<GoalNumber> };
  MBO_TARGET: { name: string };
  MISSING_AMOUNT: { name: string };
  NUMBER_AS_TEXT: { name: string; field: AmountField; text: string; amount: number };
  AMOUNT_ESTIMATE: { name: string; field: AmountField; text: string; amount: number; basis: 'circa' | 'range' | 'pending' };
  AMOUNT_PLACEHOLDER: { name: string; field: AmountField; text: string };
  AMOUNT_UNREADABLE: { name: string; field: AmountField; text: string; reason: 'text' | 'date' | 'boolean' | 'too-large' };
  FORMULA_ERROR: { name: string; field: AmountField; error: string; partCell?: string };
  NEGATIVE_AMOUNT: { name: string; field: AmountField; amount: number };
  FRACTIONAL_CENT: { name: string; field: AmountField; value: string; amount: number };
  SUBTOTAL_MISMATCH: { label: string; field: AmountRole; stated: number; sum: number; difference: number; textParts: number };
  /** A row's stated total against its parts: years or periods adding up, or primitief + wijziging = na wijziging. */
  ROW_TOTAL_MISMATCH: { name: string; field: AmountRole; stated: number; sum: number; difference: number; parts: PartsKind; partLabels: ReadonlyArray<string> };
  TOTAL_RANGE_INCOMPLETE: { label: string; field: AmountRole; rows: ReadonlyArray<RowRef>; corrected: string };
  TOTAL_DOUBLE_COUNT: { label: string; field: AmountRole; rows: ReadonlyArray<RowRef>; corrected: string };
  TOTAL_WRONG_COLUMN: { label: string; field: AmountRole; cells: ReadonlyArray<string> };
  TOTAL_HARDCODED: { label: string; field: AmountRole; corrected: string };
  TOTAL_INCONSISTENT_FORMULA: { label: string; field: AmountRole; rows: ReadonlyArray<number>; otherRows: ReadonlyArray<number> };
  TOTAL_INCLUDES_HIDDEN: { label: string; field: AmountRole; rows: ReadonlyArray<RowRef> };
  PAYMENT_UNKNOWN_INTERVENTION: { payment: PaymentRef; text: string; budgetSheet: string };
  PAYMENT_DUPLICATE: { payment: PaymentRef; otherRow: number; same: 'number' | 'date-amount' };
  PAYMENT_OUTSIDE_PERIOD: { payment: PaymentRef; date: string; before: boolean; boundary: string };
  PAYMENT_PARTNER_MISMATCH: { payment: PaymentRef; name: string; uitvoerder: string };
  PAYMENT_DATE_UNREADABLE: { payment: PaymentRef; text: string; reason: 'empty' | 'text' | 'number' | 'boolean' | 'error' };
  SPENT_PAYMENTS_MISMATCH: { name: string; benut: number; paid: number; difference: number; open: number; paymentsSheet: string };
  PAYMENTS_EXCEED_BUDGET: { name: string; begroot: number; payments: number; open: number; excess: number };
  CREDIT_NOTE_UNMATCHED: { payment: PaymentRef; name: string };
  /** `payment` is the last advance; `advances` their sum, `end` the period's end date. */
  SUBSIDY_ADVANCE_UNSETTLED: { payment: PaymentRef; name: string; advances: number; count: number; end: string };
  /** `payment` is the settlement; `settled` = advances + settlements − recoveries. */
  SUBSIDY_SETTLEMENT_ABOVE_GRANT: { payment: PaymentRef; name: string; grant: number; settled: number; advances: number; excess: number };
  SUBSIDY_RECOVERY_WITHOUT_ADVANCE: { payment: PaymentRef; name: string };
}

/** A payment named in a message: its number (when it has one), partner, amount and 1-based row. */
export interface PaymentRef {
  readonly number?: string;
  readonly partner?: string;
  readonly amount: number;
  readonly row: number;
}

/** An intervention named in a message: its 1-based row and its name. */
export interface RowRef {
  readonly row: number;
  readonly name: string;
}

/** A finding as a rule produces it, before it is rendered in a language. */
export type RawFinding = {
  [R in RuleId]: {
    readonly rule: R;
    /** The sheet the cell is on, when it is not the budget sheet (the payments sheet). */
    readonly sheet?: string;
    readonly row: number;
    readonly col: number;
    readonly amountCents?: number;
    /** For recognising the same finding after rows moved: the intervention code, the figure. */
    readonly interventionCode?: string;
    readonly field?: AmountField | 'goal';
    /** The formula that would be right, for the formula rules. */
    readonly correctedFormula?: string;
    readonly params: MessageParams[R];
  };
}[RuleId];

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address without `$`. */
  readonly cell: string;
  readonly message: string;
  readonly amountCents?: number;
  readonly interventionCode?: string;
  readonly field?: AmountField | 'goal';
  readonly correctedFormula?: string;
  /**
   * What recognises this finding after rows were inserted or deleted: rule, intervention code (or
   * name, total, payment) and which amount, e.g. `OVERSPENT|16|benut`. Acceptances are keyed by it.
   */
  readonly fingerprint: string;
}

/** A finding a controller accepted: it no longer counts, and is listed apart with the reason. */
export interface AcceptedFinding extends Finding {
  readonly acceptance: Acceptance;
}
