/**
 * What merged cells mean in a budget sheet. Finance staff merge a goal cell down over its block of
 * interventions, and an intervention's code or name down over its rows (one row per goal); Excel
 * keeps the value in the top cell only. Here a value merged down belongs to every row of the merge,
 * so the readers see the goal on each row. A figure merged down is still one figure: the rows below
 * its top count nothing (`isMergeContinuation`), so it is never counted twice.
 *
 * Merges across columns are left as they are: a heading merged over a row stays one label, and a
 * group header ("Begroot" over its year columns) is read by the header reader from the top-left.
 *
 * Every area is clipped to the rows and columns in use before anything is filled, so a hostile merge
 * over the whole sheet costs no more than the used range.
 */
import { columnCount, type Cell, type MergedArea, type Row, type SheetSnapshot } from '../grid';

interface MergeInfo {
  /** Cells filled from the top of a vertical merge, by key (row * COLUMN_LIMIT + col). */
  readonly continuations: ReadonlySet<number>;
  /** For each filled cell, the row its value came from. */
  readonly topRow: ReadonlyMap<number, number>;
  /** Areas merged across two or more columns, clipped. */
  readonly across: ReadonlyArray<MergedArea>;
}

/** Excel's column count; keys stay exact integers for a million rows. */
const COLUMN_LIMIT = 16_384;
const key = (row: number, col: number): number => row * COLUMN_LIMIT + col;

const INFO = new WeakMap<SheetSnapshot, MergeInfo>();

/** The sheet with values merged down filled into each row of their merge (the same object when there are none). */
export function withMergesResolved(sheet: SheetSnapshot): SheetSnapshot {
  const merges = sheet.merges;
  if (!merges || merges.length === 0 || INFO.has(sheet)) return sheet;
  const lastRow = sheet.rows.length - 1;
  const lastCol = columnCount(sheet) - 1;
  const rows: Array<Row | undefined> = sheet.rows.slice();
  const copied = new Set<number>();
  const continuations = new Set<number>();
  const topRow = new Map<number, number>();
  const across: MergedArea[] = [];

  for (const area of merges) {
    const top = Math.max(0, area.top);
    const left = Math.max(0, area.left);
    const bottom = Math.min(lastRow, area.bottom);
    const right = Math.min(lastCol, area.right);
    if (top > bottom || left > right) continue;
    if (right > left) across.push({ top, left, bottom, right });
    if (bottom === top) continue;
    const value = sheet.rows[top]?.[left];
    for (let row = top + 1; row <= bottom; row++) {
      // A cell under the top of a merge holds nothing of its own in Excel; a file that says
      // otherwise keeps what it says.
      if (sheet.rows[row]?.[left] !== undefined) continue;
      continuations.add(key(row, left));
      topRow.set(key(row, left), top);
      if (value === undefined) continue;
      if (!copied.has(row)) {
        rows[row] = (rows[row] ?? []).slice();
        copied.add(row);
      }
      (rows[row] as Array<Cell | undefined>)[left] = stripFormula(value);
    }
  }
  const resolved: SheetSnapshot = { ...sheet, rows };
  INFO.set(resolved, { continuations, topRow, across });
  return resolved;
}

/** The value shown, without the formula: a filled copy is no formula of its own. */
function stripFormula(cell: Cell): Cell {
  if (cell.formula === undefined) return cell;
  const { formula: _formula, ...rest } = cell;
  return rest as Cell;
}

/** Whether a cell lies under the top of a vertical merge (its value, if any, belongs to the top). */
export function isMergeContinuation(sheet: SheetSnapshot, row: number, col: number): boolean {
  return INFO.get(sheet)?.continuations.has(key(row, col)) ?? false;
}

/** The top row of the vertical merge a cell continues, or undefined when it starts none. */
export function mergeTopRow(sheet: SheetSnapshot, row: number, col: number): number | undefined {
  return INFO.get(sheet)?.topRow.get(key(row, col));
}

/** The area merged across columns that holds this cell, if any. */
export function mergeAcross(sheet: SheetSnapshot, row: number, col: number): MergedArea | undefined {
  const across = INFO.get(sheet)?.across;
  if (!across) return undefined;
  for (const a of across) if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return a;
  return undefined;
}
