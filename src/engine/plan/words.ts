/**
 * The plan's view of the word catalogue (src/engine/words/tabs.ts): the tab names and words, and
 * how the checker knows its own tabs.
 */
import { ACCEPTANCES_SHEET, CORRECTIONS_SHEET, MAPPING_SHEET } from '../words/sheets';
import {
  AFSTEMMING_SHEET,
  CONTROLE_SHEET,
  GOAL_TAB_PREFIX,
  JAARREKENING_SHEET,
  OVERZICHT_SHEET,
  WIJZIGINGEN_SHEET,
  type ReconciliationStatus,
} from '../words/tabs';

export { ruleTitle } from '../words/rule-titles';
export {
  AFSTEMMING_SHEET,
  CONTROLE_SHEET,
  goalTabName,
  JAARREKENING_SHEET,
  OVERZICHT_SHEET,
  temporaryTabName,
  WIJZIGINGEN_SHEET,
  tabWords as words,
  type ReconciliationStatus,
  type Status,
} from '../words/tabs';

const OWN_TABS = [
  OVERZICHT_SHEET,
  CONTROLE_SHEET,
  AFSTEMMING_SHEET,
  JAARREKENING_SHEET,
  ACCEPTANCES_SHEET,
  CORRECTIONS_SHEET,
  MAPPING_SHEET,
  WIJZIGINGEN_SHEET,
];
const OWN_TAB = new RegExp(`^(${OWN_TABS.join('|')}|${GOAL_TAB_PREFIX} [1-5] .+?)( \\(\\d+\\))?$`);

/**
 * Whether a sheet name is one the add-in gives its tabs (also with the " (2)" a clash adds): such a
 * tab is never a candidate for the budget (or payments) sheet when the checker picks one by itself.
 */
export function isOwnTabName(name: string): boolean {
  return OWN_TAB.test(name);
}

export const RECONCILIATION_STATUS_ORDER: ReadonlyArray<ReconciliationStatus> = [
  'difference',
  'overBudget',
  'open',
  'none',
  'reconciled',
];
