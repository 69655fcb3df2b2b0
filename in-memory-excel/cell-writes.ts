/**
 * The rules Excel applies when a range is written: protected sheets refuse, arrays must have the
 * range's exact shape (a single non-array value is applied to every cell), and each element is
 * interpreted as typed input (cells.ts).
 */
import { cellCount, type Rect } from './a1';
import { EMPTY, EMPTY_CELL, GENERAL, interpretInput, normaliseColor, type CellContent, type StoredCell } from './cells';
import { FakeExcelError, notImplemented } from './errors';
import type { SheetModel } from './model';
import type { FormulaCache } from './recalc';
import type { Transaction } from './transaction';

/** A range the fake fills cell by cell; beyond this it would only pretend to be Excel. */
const MAX_CELLS_PER_WRITE = 5_000_000;

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export function invalidArgument(message: string, location: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', message, location);
}

/** Excel refuses every change to a protected sheet's cells and formats. */
export function assertWritable(sheet: SheetModel, location: string): void {
  if (sheet.isProtected) {
    throw new FakeExcelError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`,
      location,
    );
  }
}

/** The element for each cell: the array's own, or the single value for all of them. */
function elementsFor(input: unknown, rect: Rect, location: string): (r: number, c: number) => unknown {
  if (input === null || input === undefined)
    throw invalidArgument('null is not a valid value for this property.', location);
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  if (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (expected ${rect.rows} x ${rect.cols}).`,
      location,
    );
  }
  return (r, c) => (rows[r] as unknown[])[c];
}

/** Replaces every cell of the rectangle with `update(cell, r, c)` (relative indexes). */
export function updateCells(
  target: RangeTarget,
  tx: Transaction,
  location: string,
  update: (cell: StoredCell, r: number, c: number) => StoredCell | undefined,
): void {
  const { sheet, rect } = target;
  if (cellCount(rect) > MAX_CELLS_PER_WRITE)
    throw notImplemented(`${location} on more than ${MAX_CELLS_PER_WRITE} cells`);
  for (let r = 0; r < rect.rows; r++) {
    const row = rect.row + r;
    let cells = sheet.rowCells(row);
    for (let c = 0; c < rect.cols; c++) {
      const cell = cells?.get(rect.col + c) ?? EMPTY_CELL;
      const next = update(cell, r, c);
      if (next && next !== cell) {
        sheet.setCell(row, rect.col + c, next, tx.journal);
        cells = sheet.rowCells(row);
      }
    }
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The members of a cell that typing into it keeps, which `typedInto` copies one by one (a cell is
 * made in one go, not copied and then pruned). The type makes this list name every member of
 * StoredCell but the contents: a new member fails to compile here until `typedInto` copies it.
 */
const KEPT_BY_TYPING: {
  readonly [K in Exclude<keyof StoredCell, 'content' | 'formula' | 'unevaluated' | 'numberFormat'>]: true;
} = {
  fill: true,
  font: true,
  borders: true,
  horizontalAlignment: true,
  hyperlink: true,
};
void KEPT_BY_TYPING;

/** `cell` with new contents (its formula, if any, replaced) and number format; formatting stays. */
function typedInto(
  cell: StoredCell,
  content: CellContent,
  numberFormat: string,
  formula?: string,
  unevaluated?: true,
): StoredCell {
  const out: Mutable<StoredCell> = { content, numberFormat };
  if (formula !== undefined) out.formula = formula;
  if (unevaluated) out.unevaluated = true;
  if (cell.fill !== undefined) out.fill = cell.fill;
  if (cell.font !== undefined) out.font = cell.font;
  if (cell.borders !== undefined) out.borders = cell.borders;
  if (cell.horizontalAlignment !== undefined) out.horizontalAlignment = cell.horizontalAlignment;
  if (cell.hyperlink !== undefined) out.hyperlink = cell.hyperlink;
  return out;
}

/** `values` and `formulas` writes: both are "typing into the cells" for Excel. */
export function writeContents(
  target: RangeTarget,
  tx: Transaction,
  input: unknown,
  location: string,
  formulas: FormulaCache,
): void {
  assertWritable(target.sheet, location);
  const element = elementsFor(input, target.rect, location);
  updateCells(target, tx, location, (cell, r, c) => {
    const interpreted = interpretInput(element(r, c), cell.numberFormat);
    if (interpreted.kind === 'unchanged') return undefined;
    if (interpreted.kind === 'invalid') throw invalidArgument(interpreted.reason, location);
    const numberFormat = interpreted.numberFormat ?? cell.numberFormat;
    if (interpreted.formula === undefined) return typedInto(cell, interpreted.content, numberFormat);
    const understood = formulas.get(interpreted.formula) !== undefined;
    return understood
      ? typedInto(cell, EMPTY, numberFormat, interpreted.formula)
      : typedInto(cell, EMPTY, numberFormat, interpreted.formula, true);
  });
  tx.cellsChanged(target.sheet.id, target.rect);
  tx.cellsEdited(target.sheet.id, target.rect);
}

export function writeNumberFormats(target: RangeTarget, tx: Transaction, input: unknown, location: string): void {
  assertWritable(target.sheet, location);
  const element = elementsFor(input, target.rect, location);
  updateCells(target, tx, location, (cell, r, c) => {
    const format = element(r, c);
    if (format === null || format === undefined) return undefined;
    if (typeof format !== 'string')
      throw invalidArgument(`A number format must be a string, not ${typeof format}.`, location);
    return { ...cell, numberFormat: format === '' ? GENERAL : format };
  });
}

/** A colour as Excel takes it; names beyond the modelled few fail loudly (NotImplemented). */
export function colorArgument(input: unknown, location: string): string {
  const result = normaliseColor(input);
  if ('color' in result) return result.color;
  if ('unknownName' in result)
    throw notImplemented(`${location} = '${result.unknownName}' (HTML colour names beyond the common ones)`);
  throw invalidArgument(result.invalid, location);
}
