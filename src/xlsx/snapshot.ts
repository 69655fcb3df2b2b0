/**
 * The ExcelJS adapter's reading side: turns an ExcelJS workbook into the engine's grid snapshot.
 * No rule logic lives here; it only says what each cell holds.
 */
import ExcelJS from 'exceljs';
import type { Cell, MergedArea, SheetSnapshot, WorkbookSnapshot } from '../engine/grid';

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
      const formula = `=${cell.formula}`;
      // `cell.value` copies only truthy parts of a formula's model, so a total of 0, a FALSE or an
      // empty string would read as never calculated; `cell.result` keeps them.
      const result = fromScalar(cell.result, { ...extra, formula });
      // A formula whose result was never calculated (written by a tool, not by Excel) has no value.
      return result ?? { kind: 'text', value: '', formula, ...extra };
    }
    default:
      return fromScalar(cell.value, extra);
  }
}

/**
 * A sheet's cells, hidden rows and merged areas. A row enters the snapshot only when it holds a
 * cell, as the Office.js adapter reads it; so do hidden rows (an empty hidden row hides nothing).
 */
export function snapshotSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const hiddenRows: number[] = [];
  // ExcelJS marks every cell of a merged area but the top-left one as merged into it: the areas
  // are grown from those cells, which read-file.ts has already clipped to the cells the file stores.
  const merged = new Map<string, Mutable<MergedArea>>();
  const used = { top: Infinity, left: Infinity, right: -1 };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<Cell | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        growMerge(merged, cell.master, rowNumber - 1, colNumber - 1);
        return;
      }
      const snap = snapshotCell(cell);
      if (!snap) return;
      cells[colNumber - 1] = snap;
      used.left = Math.min(used.left, colNumber - 1);
      used.right = Math.max(used.right, colNumber - 1);
    });
    if (cells.length === 0) return;
    rows[rowNumber - 1] = cells;
    used.top = Math.min(used.top, rowNumber - 1);
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  const merges = usedMerges(merged.values(), {
    top: used.top,
    left: used.left,
    bottom: rows.length - 1,
    right: used.right,
  });
  return {
    name: worksheet.name,
    rows,
    hiddenRows,
    merges,
    ...(worksheet.state === 'hidden' || worksheet.state === 'veryHidden' ? { hidden: true } : {}),
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function growMerge(merged: Map<string, Mutable<MergedArea>>, master: ExcelJS.Cell, row: number, col: number): void {
  let area = merged.get(master.address);
  if (!area) {
    const { row: r, col: c } = master.fullAddress;
    area = { top: r - 1, left: c - 1, bottom: r - 1, right: c - 1 };
    merged.set(master.address, area);
  }
  area.bottom = Math.max(area.bottom, row);
  area.right = Math.max(area.right, col);
}

/**
 * The merges whose top-left cell lies in the used range, clipped to it, in reading order. Excel's
 * API reports a merge by its top-left cell only, so this is what both adapters can agree on; a
 * merge reduced to one cell merges nothing.
 */
function usedMerges(areas: Iterable<MergedArea>, used: MergedArea): MergedArea[] {
  const out: MergedArea[] = [];
  for (const area of areas) {
    if (area.top < used.top || area.top > used.bottom || area.left < used.left || area.left > used.right) continue;
    const bottom = Math.min(area.bottom, used.bottom);
    const right = Math.min(area.right, used.right);
    if (bottom > area.top || right > area.left) out.push({ top: area.top, left: area.left, bottom, right });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function snapshotWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(snapshotSheet) };
}
