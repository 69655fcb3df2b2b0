/**
 * The ExcelJS adapter's reading side: turns an ExcelJS workbook into the engine's grid snapshot.
 * No rule logic lives here; it only says what each cell holds.
 */
import ExcelJS from 'exceljs';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../engine/grid';

/** Excel's day 0 (1899-12-30, accounting for Lotus' leap-year bug) in Unix milliseconds. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

type Extra = { formula?: string; format?: string };

function fromScalar(value: unknown, extra: Extra): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return { kind: 'number', value, ...extra };
  if (typeof value === 'boolean') return { kind: 'boolean', value, ...extra };
  if (typeof value === 'string') return value === '' && !extra.formula ? undefined : { kind: 'text', value, ...extra };
  if (value instanceof Date) return { kind: 'number', value: dateToSerial(value), ...extra };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.error === 'string') return { kind: 'error', value: v.error, ...extra };
    if (Array.isArray(v.richText)) {
      const text = (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
      return text === '' ? undefined : { kind: 'text', value: text, ...extra };
    }
    // A hyperlink cell shows its text, which may itself be rich text.
    if ('text' in v) return fromScalar(v.text, extra);
  }
  return undefined;
}

export function snapshotCell(cell: ExcelJS.Cell): Cell | undefined {
  const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const extra: Extra = format ? { format } : {};
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return undefined;
    case ExcelJS.ValueType.Formula: {
      const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      const formula = `=${cell.formula}`;
      const result = fromScalar(value.result, { ...extra, formula });
      // A formula whose result was never calculated (written by a tool, not by Excel) has no value.
      return result ?? { kind: 'text', value: '', formula, ...extra };
    }
    default:
      return fromScalar(cell.value, extra);
  }
}

export function snapshotSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<Cell | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const snap = snapshotCell(cell);
      if (snap) cells[colNumber - 1] = snap;
    });
    rows[rowNumber - 1] = cells;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  return { name: worksheet.name, rows, hiddenRows };
}

export function snapshotWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(snapshotSheet) };
}
