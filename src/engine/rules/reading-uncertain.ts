/** READING_UNCERTAIN (warning): the reading is a choice the sheet does not settle (columns, header row, unit). */
import type { RawFinding } from '../findings';
import { columnName } from '../grid';
import type { AmountRole } from '../layout/columns';
import type { BudgetModel } from '../model';
import { euro, list } from './phrases';
import type { Check, RuleDefinition } from './rule';

/** `label` names what is uncertain, so an acceptance keeps recognising it. */
export type Params =
  | { label: 'columns'; field: AmountRole; columns: ReadonlyArray<string>; first: string }
  | { label: 'header-row'; row: number; alternative: number }
  | { label: 'unit'; plan: number; ceiling: number };

/** Where the engine chose between readings the sheet does not settle; the finding points at the cell to look at. */
function readingUncertain(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const u of model.reading.uncertain) {
    switch (u.kind) {
      case 'columns': {
        const table = model.tables.find((t) => t.headerRow === u.row);
        const columns = u.cols.map(
          (c, i) => `${columnName(c)} ‘${u.labels[i] ?? table?.columns.find((x) => x.col === c)?.header ?? ''}’`,
        );
        findings.push({
          rule: 'READING_UNCERTAIN',
          row: u.row,
          col: u.cols[0]!,
          field: u.field,
          params: { label: 'columns', field: u.field, columns, first: columnName(u.cols[0]!) },
        });
        break;
      }
      case 'header-row':
        findings.push({
          rule: 'READING_UNCERTAIN',
          row: u.row,
          col: u.col,
          params: { label: 'header-row', row: u.row + 1, alternative: u.alternative + 1 },
        });
        break;
      case 'unit':
        findings.push({
          rule: 'READING_UNCERTAIN',
          row: u.row,
          col: u.col,
          params: { label: 'unit', plan: u.planCents, ceiling: u.ceilingCents },
        });
        break;
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: readingUncertain };

export const READING_UNCERTAIN: RuleDefinition<'READING_UNCERTAIN', Params> = {
  id: 'READING_UNCERTAIN',
  severity: 'warning',
  title: { nl: 'Lezing onzeker', en: 'Reading uncertain' },
  fingerprint: (p) => ({
    // The variant's label stands where a total's label would: fingerprints stored since keep it.
    subject: { kind: 'total', label: p.label },
    which: p.label === 'columns' ? p.field : undefined,
  }),
  message: {
    nl: (p) => {
      switch (p.label) {
        case 'columns':
          return `Kolommen ${list(p.columns, 'nl')} zijn allebei als ${p.field} gelezen en opgeteld. Is maar één ervan het ${p.field === 'begroot' ? 'begrote' : 'benutte'} bedrag, kies die dan in de leeswijze (of --column ${p.first}=${p.field}).`;
        case 'header-row':
          return `De kopregel is gelezen op rij ${p.row}, maar rij ${p.alternative} leest bijna even goed als kopregel. Is rij ${p.row} niet de kopregel, kies dan de juiste in de leeswijze (of --header-row ${p.alternative}).`;
        case 'unit':
          return `Er staat geen eenheid bij de bedragen, maar het plan (${euro(p.plan)}) is ongeveer een duizendste van het plafond (${euro(p.ceiling)}). Staan de bedragen in duizenden euro's, kies dan × € 1.000 in de leeswijze (of --unit 1000).`;
      }
    },
    en: (p) => {
      switch (p.label) {
        case 'columns':
          return `Columns ${list(p.columns, 'en')} were both read as ${p.field} and added up. If only one of them is the ${p.field === 'begroot' ? 'budgeted' : 'spent'} amount, choose it in the reading (or --column ${p.first}=${p.field}).`;
        case 'header-row':
          return `The header was read on row ${p.row}, but row ${p.alternative} reads almost as well as a header. If row ${p.row} is not the header, choose the right one in the reading (or --header-row ${p.alternative}).`;
        case 'unit':
          return `No unit is stated for the amounts, but the plan (${euro(p.plan)}) is about a thousandth of the ceiling (${euro(p.ceiling)}). If the amounts are in thousands of euros, choose × € 1,000 in the reading (or --unit 1000).`;
      }
    },
  },
  checks: [check],
};
