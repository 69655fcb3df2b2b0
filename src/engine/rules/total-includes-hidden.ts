/** TOTAL_INCLUDES_HIDDEN (info): a total's SUM includes hidden rows. */
import type { RowRef } from '../findings';
import type { AmountRole } from '../layout/columns';
import { formulaCheck } from './checks/formulas';
import { quote, rowRefs, TOTAL_FIELD } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  label: string;
  field: AmountRole;
  rows: ReadonlyArray<RowRef>;
}

export const TOTAL_INCLUDES_HIDDEN: RuleDefinition<'TOTAL_INCLUDES_HIDDEN', Params> = {
  id: 'TOTAL_INCLUDES_HIDDEN',
  severity: 'info',
  title: { nl: 'Totaal telt verborgen rijen', en: 'Total counts hidden rows' },
  fingerprint: (p) => ({ subject: { kind: 'total', label: p.label }, which: p.field }),
  message: {
    nl: (p) =>
      `${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${p.rows.length === 1 ? 'een verborgen rij' : 'verborgen rijen'} mee${p.rows.length > 0 ? `: ${rowRefs(p.rows, 'nl')}` : ''}; de zichtbare bedragen tellen dus niet op tot dit totaal.`,
    en: (p) =>
      `${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) includes ${p.rows.length === 1 ? 'a hidden row' : 'hidden rows'}${p.rows.length > 0 ? `: ${rowRefs(p.rows, 'en')}` : ''}; the amounts you see do not add up to this total.`,
  },
  checks: [formulaCheck],
};
