/**
 * Findings are data: a rule id, a severity, a cell and a message. Rule ids are a public contract
 * (JSON output, filters, documentation): never rename one. Each rule, with its severity, params,
 * messages and fingerprint, is one module of src/engine/rules/.
 */
import type { Acceptance } from './acceptances';
import type { AmountRole } from './layout/columns';
import { RULE_DEFINITIONS, type MessageParams, type RuleId } from './rules';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: ReadonlyArray<Severity> = ['error', 'warning', 'info'];

/** Each rule's severity, as its module (src/engine/rules/) declares it. */
export const RULE_SEVERITY = Object.fromEntries(RULE_DEFINITIONS.map((d) => [d.id, d.severity])) as Readonly<
  Record<RuleId, Severity>
>;

export type { MessageParams, RuleId };

/** The figure an amount finding is about: a budget's begroot or benut, or a payment's amount. */
export type AmountField = AmountRole | 'payment';
export const RULE_IDS: ReadonlyArray<RuleId> = RULE_DEFINITIONS.map((d) => d.id);

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
