/**
 * What a rule is: one module per rule id (src/engine/rules/<id-in-kebab-case>.ts) exporting its
 * definition, the way ESLint keeps a rule's metadata, messages and check in one file. The registry
 * (./index.ts) lists every definition; severities, message templates and fingerprints are read
 * from there, never kept in a second place.
 */
import type { PaymentRef, RawFinding, Severity } from '../findings';
import type { BudgetModel } from '../model';
import type { Lang } from '../messages';
import type { Reconciliation } from '../payments/model';

/**
 * What a finding is about, for its fingerprint (see acceptances.ts): a payment (by its number,
 * else partner and amount), a stated total (by its label), an intervention (by its code, else the
 * name the rule gives), or the sheet as a whole. An intervention code on the finding, or an
 * intervention on the finding's row of the budget sheet, goes before a label or a name.
 */
export type Subject =
  | { readonly kind: 'payment'; readonly payment: PaymentRef }
  | { readonly kind: 'total'; readonly label: string }
  | { readonly kind: 'intervention'; readonly name: string }
  | { readonly kind: 'sheet' };

/** The rule's own part of a fingerprint: its subject and, when the params name it, which amount. */
export interface FingerprintParts {
  readonly subject: Subject;
  /** `begroot`, `benut`, `payment`: used when the finding itself carries no `field`. */
  readonly which?: string;
}

/**
 * A pass over the budget model, or over the model and its payments, giving findings. Several rules
 * may share one pass (one walk over the totals' formulas says which of five things is wrong); the
 * registry runs each pass once, in its own order, so findings come out as they always did.
 */
export type Check =
  | { readonly on: 'budget'; readonly run: (model: BudgetModel) => RawFinding[] }
  | { readonly on: 'payments'; readonly run: (model: BudgetModel, rec: Reconciliation) => RawFinding[] };

export interface RuleDefinition<Id extends string, Params> {
  /** A public contract (JSON, filters, acceptances, documentation): never renamed. */
  readonly id: Id;
  readonly severity: Severity;
  /**
   * What is wrong in a few plain words, as a user reads it above the finding and as the group's
   * heading in the pane ("Bedrag als tekst"); the id stays the contract, the title is what people see.
   */
  readonly title: { readonly [L in Lang]: string };
  /** Declared from the typed params, so renaming a param cannot silently change a fingerprint. */
  readonly fingerprint: (params: Params) => FingerprintParts;
  /** The message in Dutch and in English; amounts in Dutch notation in both. */
  readonly message: { readonly [L in Lang]: (params: Params) => string };
  /** The passes that give this rule's findings (a pass may give other rules' findings too). */
  readonly checks: ReadonlyArray<Check>;
}

/** The params type of a rule definition. */
export type ParamsOf<D> = D extends RuleDefinition<string, infer P> ? P : never;

export const bySheet = (): FingerprintParts => ({ subject: { kind: 'sheet' } });
