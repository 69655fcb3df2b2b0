/**
 * Reads the open workbook into the engine's grid snapshot in as few syncs as possible: one sync
 * for every sheet's name and used-range size, then the cells in blocks that keep each request
 * under Excel on the web's 5 MB limit. Uses `values` (locale-independent), never displayed text.
 */
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../engine/grid';
import { toOfficeActionError } from './errors';
import { MAX_REQUEST_BYTES, type ExcelRun } from './run';

/** Sheets beyond this many are found by a further round of the same walk. */
const SHEETS_PER_SYNC = 64;
/**
 * Estimated response bytes per cell for values, formulas, number format and value type together
 * (JSON of four parallel arrays). Generous, so a block's estimate is an upper bound in practice.
 */
export const BYTES_PER_CELL = 96;

interface SheetSize {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ReadStats {
  syncs: number;
  /** The largest estimated response of one sync, in bytes. */
  largestEstimate: number;
}

export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly stats: ReadStats;
}

type Block = { readonly sheet: number; readonly firstRow: number; readonly rows: number };

export async function readWorkbook(run: ExcelRun, maxRequestBytes = MAX_REQUEST_BYTES): Promise<ReadResult> {
  try {
    return await run(async (context) => {
      const stats: ReadStats = { syncs: 0, largestEstimate: 0 };
      const sizes = await readSheetSizes(context, stats);
      const rows: Array<Array<Array<Cell | undefined> | undefined>> = sizes.map(() => []);
      for (const batch of planBlocks(sizes, maxRequestBytes)) {
        const loaded = batch.map((block) => {
          const size = sizes[block.sheet]!;
          const range = context.workbook.worksheets
            .getItem(size.name)
            .getRangeByIndexes(size.top + block.firstRow, size.left, block.rows, size.cols);
          range.load('values, formulas, numberFormat, valueTypes');
          return { block, range };
        });
        await context.sync();
        stats.syncs += 1;
        stats.largestEstimate = Math.max(stats.largestEstimate, batch.reduce((n, b) => n + b.rows * sizes[b.sheet]!.cols * BYTES_PER_CELL, 0));
        for (const { block, range } of loaded) {
          const size = sizes[block.sheet]!;
          toRows(range, size, block, rows[block.sheet]!);
        }
      }
      const snapshot: WorkbookSnapshot = { sheets: sizes.map((s, i): SheetSnapshot => ({ name: s.name, rows: rows[i]! })) };
      return { snapshot, stats };
    });
  } catch (error) {
    throw toOfficeActionError(error);
  }
}

/**
 * Walks the sheets with getFirst / getNextOrNullObject so names and used-range sizes of up to 64
 * sheets arrive in one sync (listing the collection first would cost a sync of its own).
 */
async function readSheetSizes(context: Excel.RequestContext, stats: ReadStats): Promise<SheetSize[]> {
  const sizes: SheetSize[] = [];
  let previous: Excel.Worksheet | undefined;
  for (;;) {
    const round: Array<{ sheet: Excel.Worksheet; used: Excel.Range }> = [];
    let sheet: Excel.Worksheet = previous ? previous.getNextOrNullObject() : context.workbook.worksheets.getFirst();
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex, columnIndex, rowCount, columnCount');
      round.push({ sheet, used });
      sheet = sheet.getNextOrNullObject();
    }
    await context.sync();
    stats.syncs += 1;
    for (const { sheet: s, used } of round) {
      if (s.isNullObject) return sizes;
      sizes.push(
        used.isNullObject
          ? { name: s.name, top: 0, left: 0, rows: 0, cols: 0 }
          : { name: s.name, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
      );
      previous = s;
    }
  }
}

/** Groups row blocks into syncs whose estimated response stays under the limit. */
export function planBlocks(sizes: ReadonlyArray<SheetSize>, maxBytes: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let currentBytes = 0;
  sizes.forEach((size, sheet) => {
    if (size.rows === 0 || size.cols === 0) return;
    const rowBytes = size.cols * BYTES_PER_CELL;
    const rowsPerBlock = Math.max(1, Math.floor(maxBytes / rowBytes));
    for (let firstRow = 0; firstRow < size.rows; firstRow += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, size.rows - firstRow);
      const bytes = rows * rowBytes;
      if (currentBytes + bytes > maxBytes && current.length > 0) {
        batches.push(current);
        current = [];
        currentBytes = 0;
      }
      current.push({ sheet, firstRow, rows });
      currentBytes += bytes;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

function toRows(range: Excel.Range, size: SheetSize, block: Block, rows: Array<Array<Cell | undefined> | undefined>): void {
  const { values, formulas, numberFormat, valueTypes } = range;
  for (let r = 0; r < block.rows; r++) {
    const cells: Array<Cell | undefined> = [];
    let any = false;
    for (let c = 0; c < size.cols; c++) {
      const cell = toCell(values[r]![c], formulas[r]![c], numberFormat[r]![c], valueTypes[r]![c]!);
      if (cell) {
        cells[size.left + c] = cell;
        any = true;
      }
    }
    if (any) rows[size.top + block.firstRow + r] = cells;
  }
}

/** One cell from the four parallel arrays Excel returns. */
export function toCell(value: unknown, formula: unknown, numberFormat: unknown, valueType: Excel.RangeValueType | string): Cell | undefined {
  const extra: { formula?: string; format?: string } = {};
  if (typeof formula === 'string' && formula.startsWith('=')) extra.formula = formula;
  if (typeof numberFormat === 'string' && numberFormat !== 'General' && numberFormat !== '') extra.format = numberFormat;
  switch (valueType) {
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? { kind: 'number', value, ...extra } : undefined;
    case 'Boolean':
      return { kind: 'boolean', value: value === true, ...extra };
    case 'Error':
      return { kind: 'error', value: String(value), ...extra };
    case 'String':
      return { kind: 'text', value: String(value), ...extra };
    case 'Empty':
      return extra.formula ? { kind: 'text', value: '', ...extra } : undefined;
    default:
      // Rich values (linked data types, images in cells) are not amounts or labels the engine reads.
      return value === '' || value === null || value === undefined ? undefined : { kind: 'text', value: String(value), ...extra };
  }
}
