/**
 * Reads the open workbook into the engine's grid snapshot in as few syncs as possible: one sync
 * for every sheet's name and used-range size, then the cells in blocks that keep each request
 * under Excel on the web's 5 MB limit. Uses `values` (locale-independent), never displayed text.
 * Hidden rows and merged areas travel in the same syncs as the cells they belong to.
 */
import type { Cell, MergedArea, SheetSnapshot, WorkbookSnapshot } from '../engine/grid';
import { toOfficeActionError } from './errors';
import { MAX_REQUEST_BYTES, type ExcelRun } from './run';

/** Sheets beyond this many are found by a further round of the same walk. */
const SHEETS_PER_SYNC = 64;
/**
 * Estimated response bytes per cell for values, formulas, number format and value type together
 * (JSON of four parallel arrays). Generous, so a block's estimate is an upper bound in practice.
 *
 * It also pays for the merged areas: each area (some 70 bytes) merges away at least one cell
 * besides its top-left one, and that cell is empty, some 25 of its 96 bytes.
 */
export const BYTES_PER_CELL = 96;
/** Estimated response bytes of one area of visible cells (its `rowIndex` and `rowCount`), generously. */
export const BYTES_PER_AREA = 80;
/**
 * Excel's `getMergedAreas` fails on a range holding more than 512 merged areas. No more can start
 * in a range of 512 cells, so merges are asked for piece by piece.
 */
export const MERGE_PIECE_CELLS = 512;

/** The optional requirement sets reading uses; without them the snapshot leaves out what they tell. */
export interface ReadApis {
  /** ExcelApi 1.9: `getSpecialCells`, which tells the hidden rows of a sheet that mixes hidden and shown ones. */
  readonly visibleCells: boolean;
  /** ExcelApi 1.13: `getMergedAreas`. */
  readonly mergedAreas: boolean;
}

/** What this Excel offers for reading, from Office.js's `isSetSupported('ExcelApi', version)` (or a test's stand-in). */
export function readApis(supports: (version: string) => boolean): ReadApis {
  return { visibleCells: supports('1.9'), mergedAreas: supports('1.13') };
}

export interface ReadOptions {
  /** Default: neither, as in Excel 2019 (ExcelApi 1.8). */
  readonly apis?: ReadApis;
  readonly maxRequestBytes?: number;
}

interface SheetSize {
  readonly name: string;
  /** Hidden or very hidden: never chosen as the budget sheet by itself, as in the file adapter. */
  readonly hidden: boolean;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  /** Of the used range: true when every row (column) is hidden, false when none is, null when some are. */
  readonly rowsHidden: boolean | null;
  readonly columnsHidden: boolean | null;
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

/** What a sheet is read with: its size, and whether its blocks ask which rows are visible. */
export interface PlannedSheet {
  readonly rows: number;
  readonly cols: number;
  readonly askVisible: boolean;
  /** Whether some used column is hidden (an area of visible cells then covers only part of a row). */
  readonly columnsHidden: boolean;
}

export async function readWorkbook(run: ExcelRun, options: ReadOptions = {}): Promise<ReadResult> {
  const apis = options.apis ?? { visibleCells: false, mergedAreas: false };
  const maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  try {
    return await run(async (context) => {
      const stats: ReadStats = { syncs: 0, largestEstimate: 0 };
      const sizes = await readSheetSizes(context, stats);
      const planned = sizes.map((size) => ({
        rows: size.rows,
        cols: size.cols,
        // A sheet whose used columns are all hidden shows no cell at all: its rows cannot be told apart.
        askVisible: apis.visibleCells && size.rowsHidden === null && size.columnsHidden !== true,
        columnsHidden: size.columnsHidden !== false,
      }));
      const rows: Array<Array<Array<Cell | undefined> | undefined>> = sizes.map(() => []);
      const visibleRows = sizes.map((size, i) => (planned[i]!.askVisible ? new Uint8Array(size.rows) : undefined));
      const merges: MergedArea[][] = sizes.map(() => []);
      for (const batch of planBlocks(planned, maxRequestBytes)) {
        const loaded = batch.map((block) => {
          const size = sizes[block.sheet]!;
          const sheet = context.workbook.worksheets.getItem(size.name);
          const range = sheet.getRangeByIndexes(size.top + block.firstRow, size.left, block.rows, size.cols);
          range.load('values, formulas, numberFormat, valueTypes');
          const visible = planned[block.sheet]!.askVisible ? range.getSpecialCellsOrNullObject('Visible') : undefined;
          visible?.areas.load('rowIndex, rowCount');
          const merged = (apis.mergedAreas ? mergePieces(size, block) : []).map((piece) => {
            const areas = sheet
              .getRangeByIndexes(piece.top, piece.left, piece.rows, piece.cols)
              .getMergedAreasOrNullObject();
            areas.areas.load('rowIndex, columnIndex, rowCount, columnCount');
            return { piece, areas };
          });
          return { block, range, visible, merged };
        });
        await context.sync();
        stats.syncs += 1;
        stats.largestEstimate = Math.max(
          stats.largestEstimate,
          batch.reduce((n, b) => n + b.rows * rowBytes(planned[b.sheet]!), 0),
        );
        for (const { block, range, visible, merged } of loaded) {
          const size = sizes[block.sheet]!;
          toRows(range, size, block, rows[block.sheet]!);
          if (visible) markVisible(visible, size, visibleRows[block.sheet]!);
          for (const { piece, areas } of merged) merges[block.sheet]!.push(...mergesOf(areas, piece, size));
        }
      }
      const snapshot: WorkbookSnapshot = {
        sheets: sizes.map((size, i): SheetSnapshot => {
          const hiddenRows = hiddenRowsOf(size, rows[i]!, visibleRows[i]);
          return {
            name: size.name,
            ...(size.hidden ? { hidden: true } : {}),
            rows: rows[i]!,
            ...(hiddenRows ? { hiddenRows } : {}),
            ...(apis.mergedAreas ? { merges: merges[i]!.sort((a, b) => a.top - b.top || a.left - b.left) } : {}),
          };
        }),
      };
      return { snapshot, stats };
    });
  } catch (error) {
    throw toOfficeActionError(error);
  }
}

/**
 * Walks the sheets with getFirst / getNextOrNullObject so names and used-range sizes of up to 64
 * sheets arrive in one sync (listing the collection first would cost a sync of its own). Whether
 * the used rows and columns are hidden comes along: for most sheets that settles the hidden rows.
 */
async function readSheetSizes(context: Excel.RequestContext, stats: ReadStats): Promise<SheetSize[]> {
  const sizes: SheetSize[] = [];
  let previous: Excel.Worksheet | undefined;
  for (;;) {
    const round: Array<{ sheet: Excel.Worksheet; used: Excel.Range }> = [];
    let sheet: Excel.Worksheet = previous ? previous.getNextOrNullObject() : context.workbook.worksheets.getFirst();
    for (let i = 0; i < SHEETS_PER_SYNC; i++) {
      sheet.load('name, visibility');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex, columnIndex, rowCount, columnCount, rowHidden, columnHidden');
      round.push({ sheet, used });
      sheet = sheet.getNextOrNullObject();
    }
    await context.sync();
    stats.syncs += 1;
    for (const { sheet: s, used } of round) {
      if (s.isNullObject) return sizes;
      sizes.push(
        used.isNullObject
          ? {
              name: s.name,
              hidden: s.visibility !== 'Visible',
              top: 0,
              left: 0,
              rows: 0,
              cols: 0,
              rowsHidden: false,
              columnsHidden: false,
            }
          : {
              name: s.name,
              hidden: s.visibility !== 'Visible',
              top: used.rowIndex,
              left: used.columnIndex,
              rows: used.rowCount,
              cols: used.columnCount,
              rowsHidden: used.rowHidden,
              columnsHidden: used.columnHidden,
            },
      );
      previous = s;
    }
  }
}

/**
 * Estimated response bytes of one row of a block: its cells, and where visible cells are asked
 * for, the areas they come in. Without hidden columns a row adds at most one area; with them, one
 * for every run of shown columns.
 */
function rowBytes(sheet: PlannedSheet): number {
  const areas = sheet.askVisible ? (sheet.columnsHidden ? Math.ceil(sheet.cols / 2) : 1) : 0;
  return sheet.cols * BYTES_PER_CELL + areas * BYTES_PER_AREA;
}

/** Groups row blocks into syncs whose estimated response stays under the limit. */
export function planBlocks(sheets: ReadonlyArray<PlannedSheet>, maxBytes: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let currentBytes = 0;
  sheets.forEach((size, sheet) => {
    if (size.rows === 0 || size.cols === 0) return;
    const bytesPerRow = rowBytes(size);
    const rowsPerBlock = Math.max(1, Math.floor(maxBytes / bytesPerRow));
    for (let firstRow = 0; firstRow < size.rows; firstRow += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, size.rows - firstRow);
      const bytes = rows * bytesPerRow;
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

interface Piece {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** A block cut into ranges of at most MERGE_PIECE_CELLS cells: whole rows where they fit, else parts of one row. */
export function mergePieces(
  size: { readonly top: number; readonly left: number; readonly cols: number },
  block: { readonly firstRow: number; readonly rows: number },
): Piece[] {
  const pieces: Piece[] = [];
  const top = size.top + block.firstRow;
  if (size.cols <= MERGE_PIECE_CELLS) {
    const rowsPerPiece = Math.floor(MERGE_PIECE_CELLS / size.cols);
    for (let row = 0; row < block.rows; row += rowsPerPiece)
      pieces.push({ top: top + row, left: size.left, rows: Math.min(rowsPerPiece, block.rows - row), cols: size.cols });
    return pieces;
  }
  for (let row = 0; row < block.rows; row++) {
    for (let col = 0; col < size.cols; col += MERGE_PIECE_CELLS)
      pieces.push({
        top: top + row,
        left: size.left + col,
        rows: 1,
        cols: Math.min(MERGE_PIECE_CELLS, size.cols - col),
      });
  }
  return pieces;
}

/**
 * The merged areas starting in a piece, clipped to the used range (a merge over the whole sheet
 * comes back whole, and costs only these numbers). Excel reports a merge by its top-left cell;
 * keeping only those in the piece counts each merge once, whatever Excel adds.
 */
function mergesOf(areas: Excel.RangeAreas, piece: Piece, size: SheetSize): MergedArea[] {
  if (areas.isNullObject) return [];
  const bottom = size.top + size.rows - 1;
  const right = size.left + size.cols - 1;
  const out: MergedArea[] = [];
  for (const area of areas.areas.items) {
    const top = area.rowIndex;
    const left = area.columnIndex;
    if (top < piece.top || top >= piece.top + piece.rows || left < piece.left || left >= piece.left + piece.cols)
      continue;
    const clipped = {
      top,
      left,
      bottom: Math.min(top + area.rowCount - 1, bottom),
      right: Math.min(left + area.columnCount - 1, right),
    };
    if (clipped.bottom > top || clipped.right > left) out.push(clipped);
  }
  return out;
}

/** Marks the block's rows that hold a visible cell (rows relative to the used range). */
function markVisible(visible: Excel.RangeAreas, size: SheetSize, rows: Uint8Array): void {
  if (visible.isNullObject) return;
  for (const area of visible.areas.items)
    rows.fill(1, area.rowIndex - size.top, area.rowIndex - size.top + area.rowCount);
}

/**
 * The hidden rows that hold a cell, as the ExcelJS adapter gives them; undefined when this Excel
 * cannot tell (some rows hidden, and no `getSpecialCells` or every used column hidden).
 */
function hiddenRowsOf(
  size: SheetSize,
  rows: ReadonlyArray<unknown>,
  visibleRows: Uint8Array | undefined,
): number[] | undefined {
  const withCells = (hidden: (row: number) => boolean): number[] => {
    const out: number[] = [];
    rows.forEach((row, r) => {
      if (row !== undefined && hidden(r)) out.push(r);
    });
    return out;
  };
  if (size.rows === 0 || size.rowsHidden === false) return [];
  if (size.rowsHidden === true) return withCells(() => true);
  if (!visibleRows) return undefined;
  return withCells((r) => visibleRows[r - size.top] === 0);
}

function toRows(
  range: Excel.Range,
  size: SheetSize,
  block: Block,
  rows: Array<Array<Cell | undefined> | undefined>,
): void {
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
export function toCell(
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  valueType: Excel.RangeValueType | string,
): Cell | undefined {
  const extra: { formula?: string; format?: string } = {};
  // Excel gives a constant as its own "formula": text that starts with "=" is no formula.
  if (typeof formula === 'string' && formula.startsWith('=') && !(valueType === 'String' && formula === value))
    extra.formula = formula;
  if (typeof numberFormat === 'string' && numberFormat !== 'General' && numberFormat !== '')
    extra.format = numberFormat;
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
      return value === '' || value === null || value === undefined
        ? undefined
        : { kind: 'text', value: String(value), ...extra };
  }
}
