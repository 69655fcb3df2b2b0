/**
 * The reading itself: where the engine chose between readings the sheet does not settle
 * (READING_UNCERTAIN), and corrections stored in the workbook that no longer fit the sheet
 * (CORRECTION_UNUSABLE). Both point at the cell to look at.
 */
import type { RawFinding } from '../findings';
import { columnName } from '../grid';
import type { BudgetModel } from '../model';

export function readingRules(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const header = model.begrootHeader ?? { row: model.headerRow, col: 0 };
  for (const u of model.reading.uncertain) {
    switch (u.kind) {
      case 'columns': {
        const table = model.tables.find((t) => t.headerRow === u.row);
        const columns = u.cols.map((c, i) => `${columnName(c)} ‘${u.labels[i] ?? table?.columns.find((x) => x.col === c)?.header ?? ''}’`);
        findings.push({ rule: 'READING_UNCERTAIN', row: u.row, col: u.cols[0]!, field: u.field, params: { label: 'columns', field: u.field, columns, first: columnName(u.cols[0]!) } });
        break;
      }
      case 'header-row':
        findings.push({ rule: 'READING_UNCERTAIN', row: u.row, col: u.col, params: { label: 'header-row', row: u.row + 1, alternative: u.alternative + 1 } });
        break;
      case 'unit':
        findings.push({ rule: 'READING_UNCERTAIN', row: u.row, col: u.col, params: { label: 'unit', plan: u.planCents, ceiling: u.ceilingCents } });
        break;
    }
  }
  for (const p of model.reading.problems) {
    switch (p.kind) {
      case 'column-moved':
        findings.push({ rule: 'CORRECTION_UNUSABLE', row: p.row, col: p.col, params: { label: 'column-moved', column: columnName(p.col), expected: p.expected, found: p.found, choice: p.choice } });
        break;
      case 'header-row':
        findings.push({ rule: 'CORRECTION_UNUSABLE', ...header, params: { label: 'header-row', row: p.row + 1 } });
        break;
      case 'ceiling-cell':
        findings.push({ rule: 'CORRECTION_UNUSABLE', ...header, params: { label: 'ceiling-cell', cell: p.cell } });
        break;
      case 'unreadable':
        findings.push({ rule: 'CORRECTION_UNUSABLE', sheet: p.sheet, row: p.row, col: 0, params: { label: 'unreadable', sheet: p.sheet, row: p.row + 1, text: p.text } });
        break;
    }
  }
  return findings;
}
