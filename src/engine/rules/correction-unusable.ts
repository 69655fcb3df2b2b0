/** CORRECTION_UNUSABLE (warning): a correction stored on 'NPO Leeswijze' no longer fits the sheet and is not applied. */
import type { RawFinding } from '../findings';
import { columnName } from '../grid';
import type { BudgetModel } from '../model';
import { quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export type Params =
  | { label: 'column-moved'; column: string; expected: string; found: string; choice: string }
  | { label: 'header-row'; row: number }
  | { label: 'ceiling-cell'; cell: string }
  | { label: 'unreadable'; sheet: string; row: number; text: string };

/** Corrections stored in the workbook that no longer fit the sheet; the finding points at the cell to look at. */
function correctionUnusable(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const header = model.begrootHeader ?? { row: model.headerRow, col: 0 };
  for (const p of model.reading.problems) {
    switch (p.kind) {
      case 'column-moved':
        findings.push({
          rule: 'CORRECTION_UNUSABLE',
          row: p.row,
          col: p.col,
          params: {
            label: 'column-moved',
            column: columnName(p.col),
            expected: p.expected,
            found: p.found,
            choice: p.choice,
          },
        });
        break;
      case 'header-row':
        findings.push({ rule: 'CORRECTION_UNUSABLE', ...header, params: { label: 'header-row', row: p.row + 1 } });
        break;
      case 'ceiling-cell':
        findings.push({ rule: 'CORRECTION_UNUSABLE', ...header, params: { label: 'ceiling-cell', cell: p.cell } });
        break;
      case 'unreadable':
        findings.push({
          rule: 'CORRECTION_UNUSABLE',
          sheet: p.sheet,
          row: p.row,
          col: 0,
          params: { label: 'unreadable', sheet: p.sheet, row: p.row + 1, text: p.text },
        });
        break;
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: correctionUnusable };

export const CORRECTION_UNUSABLE: RuleDefinition<'CORRECTION_UNUSABLE', Params> = {
  id: 'CORRECTION_UNUSABLE',
  severity: 'warning',
  title: { nl: 'Aanpassing past niet meer', en: 'Correction no longer fits' },
  fingerprint: (p) => ({
    // The variant's label stands where a total's label would: fingerprints stored since keep it.
    subject: { kind: 'total', label: p.label },
  }),
  message: {
    nl: (p) => {
      switch (p.label) {
        case 'column-moved':
          return `De leeswijze zegt dat kolom ${p.column} (‘${p.expected}’) ${p.choice} is, maar in kolom ${p.column} staat nu ${p.found === '' ? 'geen kop' : `‘${p.found}’`}; die aanpassing is niet toegepast. Pas de leeswijze aan (blad ‘NPO Leeswijze’).`;
        case 'header-row':
          return `De leeswijze noemt rij ${p.row} als kopregel, maar daar staat geen kopregel; de controle leest het blad zelf. Pas de leeswijze aan (blad ‘NPO Leeswijze’).`;
        case 'ceiling-cell':
          return `De leeswijze noemt cel ${p.cell} als plafond, maar daar staat geen bedrag; de controle zoekt het plafond zelf. Pas de leeswijze aan (blad ‘NPO Leeswijze’).`;
        case 'unreadable':
          return `Regel ${p.row} van blad ‘${p.sheet}’ is niet te lezen (${quote(p.text)}); die regel is overgeslagen.`;
      }
    },
    en: (p) => {
      switch (p.label) {
        case 'column-moved':
          return `The reading says column ${p.column} (‘${p.expected}’) is ${p.choice}, but column ${p.column} now holds ${p.found === '' ? 'no header' : `‘${p.found}’`}; that correction was not applied. Update the reading (sheet ‘NPO Leeswijze’).`;
        case 'header-row':
          return `The reading names row ${p.row} as the header, but there is no header there; the check reads the sheet by itself. Update the reading (sheet ‘NPO Leeswijze’).`;
        case 'ceiling-cell':
          return `The reading names cell ${p.cell} as the ceiling, but it holds no amount; the check looks for the ceiling by itself. Update the reading (sheet ‘NPO Leeswijze’).`;
        case 'unreadable':
          return `Line ${p.row} of sheet ‘${p.sheet}’ cannot be read (${quote(p.text)}); it was skipped.`;
      }
    },
  },
  checks: [check],
};
