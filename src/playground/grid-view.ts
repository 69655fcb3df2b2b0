/**
 * What the grid shows of the active sheet, read past the API from the in-memory Excel (no sync,
 * so drawing the grid never shows up in the pane's sync counts): cells from A1 to the used range
 * and the selection, with their text, fill, font and alignment, and which are selected.
 */
import { address, columnName, parseAddress } from '../engine/grid';
import type { FakeExcel } from '../../in-memory-excel';
import { cellAlignment, cellText } from './cell-text';

/** Enough for every sample and tab; a sheet beyond it is cut off, and the grid says so. */
const MAX_ROWS = 400;
const MAX_COLUMNS = 40;
/** Excel's default column width, in points. */
const DEFAULT_WIDTH_POINTS = 48;
/** Very wide columns are narrowed to keep the grid usable. */
const MAX_COLUMN_PX = 360;
/**
 * Workbooks read from a file carry no column widths, so a column at the default width is sized to
 * the text it must show in full (roughly 7 px a character), up to this much.
 */
const MAX_AUTO_COLUMN_PX = 240;
const CHAR_PX = 7;

export interface GridCell {
  readonly address: string;
  readonly text: string;
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string;
  readonly align: 'left' | 'center' | 'right';
  readonly selected: boolean;
  /** Left-aligned text with an empty cell to its right runs on into it, as in Excel. */
  readonly overflows: boolean;
}

export interface GridRow {
  /** 1-based, as Excel numbers rows. */
  readonly number: number;
  readonly cells: ReadonlyArray<GridCell>;
}

export interface GridView {
  readonly sheet: string;
  /** The selection on the sheet, e.g. `D28` or `A5:G5`. */
  readonly selection: string;
  readonly columns: ReadonlyArray<{ readonly name: string; readonly widthPx: number }>;
  readonly rows: ReadonlyArray<GridRow>;
  readonly hiddenRows: number;
  readonly truncated: boolean;
}

interface Corners {
  readonly start: { readonly row: number; readonly col: number };
  readonly end: { readonly row: number; readonly col: number };
}

/** The corners (0-based) of a cell range such as `D28` or `A1:G28`; undefined for whole rows or columns. */
function cornersOf(range: string): Corners | undefined {
  const [first, last = first] = range.split(':');
  const start = parseAddress(first!);
  const end = parseAddress(last!);
  return start && end ? { start, end } : undefined;
}

export function gridView(excel: FakeExcel): GridView {
  const selection = excel.selection;
  const sheet = excel.sheet(selection.sheet);
  const selected = cornersOf(selection.address);
  const used = sheet.usedAddress === undefined ? undefined : cornersOf(sheet.usedAddress);
  // A few empty rows and columns even on a blank sheet, so it looks like one.
  const lastRow = Math.max(used?.end.row ?? 0, selected?.end.row ?? 0, 9);
  const lastCol = Math.max(used?.end.col ?? 0, selected?.end.col ?? 0, 5);
  const rowCount = Math.min(lastRow + 1, MAX_ROWS);
  const colCount = Math.min(lastCol + 1, MAX_COLUMNS);

  const rows: GridRow[] = [];
  let hiddenRows = 0;
  for (let r = 0; r < rowCount; r++) {
    if (sheet.isRowHidden(r)) {
      hiddenRows += 1;
      continue;
    }
    const snapshots = Array.from({ length: colCount }, (_, c) => sheet.cell(address(r, c)));
    const cells = snapshots.map((cell, c): GridCell => {
      const align = cellAlignment(cell);
      const text = cellText(cell);
      return {
        address: address(r, c),
        text,
        fill: cell.fill,
        bold: cell.font.bold,
        italic: cell.font.italic,
        color: cell.font.color,
        align,
        selected:
          selected !== undefined &&
          r >= selected.start.row &&
          r <= selected.end.row &&
          c >= selected.start.col &&
          c <= selected.end.col,
        overflows: text !== '' && align === 'left' && c + 1 < colCount && snapshots[c + 1]!.valueType === 'Empty',
      };
    });
    rows.push({ number: r + 1, cells });
  }

  const columns = Array.from({ length: colCount }, (_, c) => {
    const points = sheet.columnWidth(c);
    const set = Math.round((points * 4) / 3);
    if (points !== DEFAULT_WIDTH_POINTS) return { name: columnName(c), widthPx: Math.min(set, MAX_COLUMN_PX) };
    const longest = Math.max(
      0,
      ...rows
        .map((row) => row.cells[c]!)
        .filter((cell) => !cell.overflows)
        .map((cell) => cell.text.length),
    );
    return { name: columnName(c), widthPx: Math.max(set, Math.min(longest * CHAR_PX + 10, MAX_AUTO_COLUMN_PX)) };
  });
  return {
    sheet: selection.sheet,
    selection: selection.address,
    columns,
    rows,
    hiddenRows,
    truncated: lastRow + 1 > MAX_ROWS || lastCol + 1 > MAX_COLUMNS,
  };
}
