/**
 * Opens a workbook read from an .xlsx file (src/xlsx/read-file.ts) in the fake, so every sample
 * can be tested as an open workbook: values, formulas with their cached results, number formats,
 * hidden rows and merged areas. The snapshot knows no fills, fonts or widths, so the cells have none.
 */
import { address, type Cell, type MergedArea, type WorkbookSnapshot } from '../src/engine/grid';
import type { CellInput, FakeWorkbookData } from './data';

function cellInput(cell: Cell): CellInput {
  const format = cell.format ? { numberFormat: cell.format } : {};
  if (cell.formula !== undefined) {
    // ExcelJS gives '' for a formula whose result was never calculated: let the fake compute it.
    const uncalculated = cell.kind === 'text' && cell.value === '';
    if (uncalculated) return { formula: cell.formula, ...format };
    return cell.kind === 'error'
      ? { formula: cell.formula, error: cell.value, ...format }
      : { formula: cell.formula, value: cell.value, ...format };
  }
  return cell.kind === 'error' ? { error: cell.value, ...format } : { value: cell.value, ...format };
}

function mergeAddress(area: MergedArea): string {
  return `${address(area.top, area.left)}:${address(area.bottom, area.right)}`;
}

export function fakeWorkbookFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookData {
  return {
    sheets: snapshot.sheets.map((sheet) => {
      const cells: Record<string, CellInput> = {};
      sheet.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (cell) cells[address(r, c)] = cellInput(cell);
        }),
      );
      return {
        name: sheet.name,
        cells,
        hiddenRows: sheet.hiddenRows ?? [],
        merges: (sheet.merges ?? []).map(mergeAddress),
      };
    }),
  };
}
