/**
 * The grid snapshot: what an adapter (Office.js or ExcelJS) hands the engine. It is plain data,
 * so the engine never needs to know where a workbook came from.
 *
 * Rows and columns are 0-based from A1. Empty cells are `undefined` (sparse rows are fine), so an
 * adapter that reads a used range starting at C5 simply leaves the first rows and columns empty.
 */

/** Raw cell content as a typed union: the engine never has to guess what a JavaScript value meant. */
export type Cell =
  | { kind: 'number'; value: number; formula?: string; format?: string }
  | { kind: 'text'; value: string; formula?: string; format?: string }
  | { kind: 'boolean'; value: boolean; formula?: string; format?: string }
  /** An Excel error value such as `#REF!`; `value` is the error code. */
  | { kind: 'error'; value: string; formula?: string; format?: string };

export type Row = ReadonlyArray<Cell | undefined>;

export interface SheetSnapshot {
  readonly name: string;
  readonly rows: ReadonlyArray<Row | undefined>;
  /** 0-based indexes of hidden rows, where the adapter knows them. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /**
   * Merged areas as the workbook declares them (0-based, inclusive). The value sits in the top-left
   * cell; the engine decides what a merge means (a goal merged down over its block, a group header
   * merged across its columns) and clips every area to the used rows and columns, so a hostile merge
   * over the whole sheet costs no more than the cells in use.
   */
  readonly merges?: ReadonlyArray<MergedArea>;
  /**
   * The sheet is hidden or very hidden, where the adapter knows it: such a sheet is never chosen
   * as the budget sheet by itself (it is often an old version kept out of sight), only when named.
   */
  readonly hidden?: boolean;
}

/** A merged area, 0-based and inclusive: `B2:B5` is `{ top: 1, left: 1, bottom: 4, right: 1 }`. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface WorkbookSnapshot {
  readonly sheets: ReadonlyArray<SheetSnapshot>;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.rows.length;
}

export function columnCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const row of sheet.rows) if (row && row.length > max) max = row.length;
  return max;
}

/** The text a cell shows for matching purposes (numbers as plain digits, never locale-formatted). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.value;
  }
}

export function isBlank(cell: Cell | undefined): boolean {
  return !cell || (cell.kind === 'text' && cell.value.trim() === '');
}

/** `columnName(0)` is `A`, `columnName(27)` is `AB`. */
export function columnName(col: number): string {
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A1 address without `$`, as findings carry it. */
export function address(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Parses `B12` (with or without `$`) into 0-based indexes; undefined when it is no A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The error values Excel shows in a cell. */
export const EXCEL_ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
] as const;

export type PlainValue = string | number | boolean | null | undefined;

/**
 * Builds a snapshot from a small 2D array, the way tests describe sheets: numbers, booleans and
 * strings become cells; a string that is one of Excel's error values becomes an error cell;
 * `null`, `undefined` and '' stay empty.
 */
export function sheetFromValues(name: string, values: ReadonlyArray<ReadonlyArray<PlainValue>>): SheetSnapshot {
  return {
    name,
    rows: values.map((row) => row.map(plainToCell)),
  };
}

export function plainToCell(value: PlainValue): Cell | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if ((EXCEL_ERRORS as ReadonlyArray<string>).includes(value)) return { kind: 'error', value };
  return { kind: 'text', value };
}
