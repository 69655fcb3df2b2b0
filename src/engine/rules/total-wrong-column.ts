/** TOTAL_WRONG_COLUMN (error): a total of one column adds cells of another amount column. */
import type { AmountRole } from '../layout/columns';
import { formulaCheck } from './checks/formulas';
import { list, quote, TOTAL_FIELD } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  label: string;
  field: AmountRole;
  cells: ReadonlyArray<string>;
}

export const TOTAL_WRONG_COLUMN: RuleDefinition<'TOTAL_WRONG_COLUMN', Params> = {
  id: 'TOTAL_WRONG_COLUMN',
  severity: 'error',
  title: { nl: 'Totaal uit verkeerde kolom', en: 'Total from the wrong column' },
  fingerprint: (p) => ({ subject: { kind: 'total', label: p.label }, which: p.field }),
  message: {
    nl: (p) =>
      `De formule van ${quote(p.label)} (${TOTAL_FIELD.nl[p.field]}) telt ${p.cells.length === 1 ? 'een cel' : 'cellen'} uit een andere bedragkolom mee${p.cells.length > 0 ? `: ${list(p.cells, 'nl')}` : ''}.`,
    en: (p) =>
      `The formula of ${quote(p.label)} (${TOTAL_FIELD.en[p.field]}) adds ${p.cells.length === 1 ? 'a cell' : 'cells'} from another amount column${p.cells.length > 0 ? `: ${list(p.cells, 'en')}` : ''}.`,
  },
  checks: [formulaCheck],
};
