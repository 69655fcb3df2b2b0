/**
 * A1 addresses as Excel writes and reads them: `A1`, `$B$2:C3`, whole columns `A:C`, whole rows
 * `3:5`, optionally behind a sheet name (`'Begroting 2021'!D28`, quotes doubled inside).
 */
import { columnName } from '../src/engine/grid';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ParsedAddress {
  readonly sheet?: string;
  readonly rect: Rect;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

type Corner = { row?: number; col?: number };

function parseCorner(text: string): Corner | undefined {
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (cell) return { col: columnIndex(cell[1]!), row: Number(cell[2]) - 1 };
  const column = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (column) return { col: columnIndex(column[1]!) };
  const row = /^\$?(\d{1,7})$/.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return undefined;
}

function inGrid(c: Corner): boolean {
  return (
    (c.row === undefined || (c.row >= 0 && c.row < MAX_ROWS)) &&
    (c.col === undefined || (c.col >= 0 && c.col < MAX_COLUMNS))
  );
}

/** Splits `'It''s'!A1` into sheet `It's` and `A1`; undefined sheet when there is no `!`. */
function splitSheet(text: string): { sheet?: string; local: string } | undefined {
  if (text.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
    return m ? { sheet: m[1]!.replace(/''/g, "'"), local: m[2]! } : undefined;
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { local: text } : { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

/** Parses an address; undefined when Excel would not accept it as one rectangle. */
export function parseAddress(text: string): ParsedAddress | undefined {
  const split = splitSheet(text.trim());
  if (!split) return undefined;
  const parts = split.local.split(':');
  if (parts.length > 2) return undefined;
  const a = parseCorner(parts[0]!);
  const b = parts.length === 2 ? parseCorner(parts[1]!) : a;
  if (!a || !b || !inGrid(a) || !inGrid(b)) return undefined;
  // A single column letter or row number is no range on its own ("A" or "3" alone).
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return undefined;
  const wholeColumns = a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const wholeRows = a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  let rect: Rect;
  if (wholeColumns) {
    const left = Math.min(a.col!, b.col!);
    rect = { row: 0, col: left, rows: MAX_ROWS, cols: Math.abs(a.col! - b.col!) + 1 };
  } else if (wholeRows) {
    const top = Math.min(a.row!, b.row!);
    rect = { row: top, col: 0, rows: Math.abs(a.row! - b.row!) + 1, cols: MAX_COLUMNS };
  } else if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    rect = {
      row: Math.min(a.row, b.row),
      col: Math.min(a.col, b.col),
      rows: Math.abs(a.row - b.row) + 1,
      cols: Math.abs(a.col - b.col) + 1,
    };
  } else {
    return undefined;
  }
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

/**
 * Whether Excel quotes the sheet name in an address: anything but letters, digits, `_` and `.`,
 * a leading digit or dot, or a name that reads as a cell reference (A1 or R1C1 style).
 */
function needsQuotes(name: string): boolean {
  if (/[^\p{L}\p{N}_.]/u.test(name) || /^[\p{N}.]/u.test(name)) return true;
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1]!) < MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name);
}

function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** Column letters by index, filled as they are asked for: addresses are made by the million. */
const COLUMN_NAMES: string[] = [];

function column(col: number): string {
  return (COLUMN_NAMES[col] ??= columnName(col));
}

/** One cell's local address, e.g. `B5`. */
export function cellAddress(row: number, col: number): string {
  return `${column(col)}${row + 1}`;
}

export function localAddress(rect: Rect): string {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `${column(rect.col)}:${column(lastCol)}`;
  if (rect.col === 0 && rect.cols === MAX_COLUMNS) return `${rect.row + 1}:${lastRow + 1}`;
  const first = `${column(rect.col)}${rect.row + 1}`;
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${column(lastCol)}${lastRow + 1}`;
}

export function fullAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${localAddress(rect)}`;
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.cols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function withinGrid(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLUMNS
  );
}
