/**
 * The plan's view of the word catalogue (src/engine/words/tabs.ts): the tab names and words, and
 * how the checker knows its own tabs.
 */
import type { ReconciliationStatus } from '../words/tabs';

export { ruleTitle } from '../words/rule-titles';
export { AFSTEMMING_SHEET, CONTROLE_SHEET, goalTabName, JAARREKENING_SHEET, OVERZICHT_SHEET, temporaryTabName, WIJZIGINGEN_SHEET, tabWords as words, type ReconciliationStatus, type Status } from '../words/tabs';

/**
 * Whether a sheet name is one the add-in gives its tabs (also with the " (2)" a clash adds): such a
 * tab is never a candidate for the budget (or payments) sheet when the checker picks one by itself.
 */
export function isOwnTabName(name: string): boolean {
  return /^(NPO Overzicht|NPO Controle|NPO Afstemming|NPO Jaarrekening|NPO Acceptaties|NPO Leeswijze|NPO Koppeling|NPO Wijzigingen|Doel [1-5] .+?)( \(\d+\))?$/.test(name);
}

export const RECONCILIATION_STATUS_ORDER: ReadonlyArray<ReconciliationStatus> = ['difference', 'overBudget', 'open', 'none', 'reconciled'];
