/** TOTAL_RANGE_INCOMPLETE (error): a total's formula leaves out intervention rows. */
import type { RowRef } from '../findings';
import type { AmountRole } from '../layout/columns';
import { formulaCheck } from './checks/formulas';
import { dutchFormula, quote, rowRefs, TOTAL_FIELD } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  label: string;
  field: AmountRole;
  rows: ReadonlyArray<RowRef>;
  corrected: string;
}

export const TOTAL_RANGE_INCOMPLETE: RuleDefinition<'TOTAL_RANGE_INCOMPLETE', Params> = {
  id: 'TOTAL_RANGE_INCOMPLETE',
  severity: 'error',
  title: { nl: 'Totaal mist regels', en: 'Total misses rows' },
  fingerprint: (p) => ({ subject: { kind: 'total', label: p.label }, which: p.field }),
  message: {
    nl: (p) =>
      `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) laat ${rowRefs(p.rows, 'nl')} buiten de optelling. Juiste formule: ${dutchFormula(p.corrected)}`,
    en: (p) =>
      `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) leaves out ${rowRefs(p.rows, 'en')}. Correct formula: ${p.corrected}`,
  },
  checks: [formulaCheck],
};
