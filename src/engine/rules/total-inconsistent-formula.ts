/** TOTAL_INCONSISTENT_FORMULA (warning): a total's formula adds other rows than the formula next to it. */
import type { AmountRole } from '../layout/columns';
import { formulaCheck } from './checks/formulas';
import { quote, rowRanges, TOTAL_FIELD } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  label: string;
  field: AmountRole;
  rows: ReadonlyArray<number>;
  otherRows: ReadonlyArray<number>;
}

export const TOTAL_INCONSISTENT_FORMULA: RuleDefinition<'TOTAL_INCONSISTENT_FORMULA', Params> = {
  id: 'TOTAL_INCONSISTENT_FORMULA',
  severity: 'warning',
  title: { nl: 'Afwijkende totaalformule', en: 'Total formula differs' },
  fingerprint: (p) => ({ subject: { kind: 'total', label: p.label }, which: p.field }),
  message: {
    nl: (p) =>
      `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${rowRanges(p.rows, 'nl')} op, terwijl de formule ernaast ${rowRanges(p.otherRows, 'nl')} optelt.`,
    en: (p) =>
      `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) adds ${rowRanges(p.rows, 'en')}, while the formula next to it adds ${rowRanges(p.otherRows, 'en')}.`,
  },
  checks: [formulaCheck],
};
