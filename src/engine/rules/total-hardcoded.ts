/** TOTAL_HARDCODED (warning): a total is a typed number while its parts are there to sum. */
import type { AmountRole } from '../layout/columns';
import { formulaCheck } from './checks/formulas';
import { dutchFormula, quote, TOTAL_FIELD } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  label: string;
  field: AmountRole;
  corrected: string;
}

export const TOTAL_HARDCODED: RuleDefinition<'TOTAL_HARDCODED', Params> = {
  id: 'TOTAL_HARDCODED',
  severity: 'warning',
  title: { nl: 'Totaal is getypt', en: 'Total is typed' },
  fingerprint: (p) => ({ subject: { kind: 'total', label: p.label }, which: p.field }),
  message: {
    nl: (p) =>
      `${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) is een getypt getal, geen formule; het rekent niet mee als een bedrag verandert. Formule: ${dutchFormula(p.corrected)}`,
    en: (p) =>
      `${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) is a typed number, not a formula; it does not follow when an amount changes. Formula: ${p.corrected}`,
  },
  checks: [formulaCheck],
};
