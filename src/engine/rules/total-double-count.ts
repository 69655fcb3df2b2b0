/** TOTAL_DOUBLE_COUNT (error): a total's formula counts an amount twice. */
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

export const TOTAL_DOUBLE_COUNT: RuleDefinition<'TOTAL_DOUBLE_COUNT', Params> = {
  id: 'TOTAL_DOUBLE_COUNT',
  severity: 'error',
  title: { nl: 'Totaal telt dubbel', en: 'Total counts twice' },
  fingerprint: (p) => ({ subject: { kind: 'total', label: p.label }, which: p.field }),
  message: {
    nl: (p) =>
      `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${rowRefs(p.rows, 'nl')} dubbel, bijvoorbeeld via een subtotaal én de regels daarin. Juiste formule: ${dutchFormula(p.corrected)}`,
    en: (p) =>
      `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) counts ${rowRefs(p.rows, 'en')} twice, for example through a subtotal and the lines inside it. Correct formula: ${p.corrected}`,
  },
  checks: [formulaCheck],
};
