/**
 * Excel.Range: an address on a sheet, resolved when the sync reaches the first operation that
 * uses it and fixed from then on. Reads return fresh 2D arrays snapshotted at that point of the
 * sync; writes are queued and follow Excel's rules (cell-writes.ts).
 */
import {
  cellCount,
  containsRect,
  fullAddress,
  intersects,
  localAddress,
  withinGrid,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
} from './a1';
import { ApiObject } from './api-object';
import {
  assertWritable,
  invalidArgument,
  updateCells,
  writeContents,
  writeNumberFormats,
  type RangeTarget,
} from './cell-writes';
import {
  cellValue,
  EMPTY_CELL,
  formulaOrValue,
  GENERAL,
  hasValue,
  TEXT_FORMAT,
  valueType,
  type Hyperlink,
  type StoredCell,
} from './cells';
import { ConditionalFormatCollectionApi } from './conditional-formats';
import { DataValidationApi } from './data-validation';
import { FakeExcelError, notImplemented } from './errors';
import type { EventContext } from './events';
import { RangeFormatApi } from './format';
import { SheetModel } from './model';
import { RangeAreasApi } from './range-areas';
import type { FormulaCache } from './recalc';
import type { Transaction } from './transaction';
import type { WorksheetApi } from './worksheet';

/** Excel reads at most this many cells of a range at once. */
const MAX_READ_CELLS = 5_000_000;

/** Where a range is, worked out when the sync first needs it; null makes a null object. */
export type RectLocator = (sheet: SheetModel, tx: Transaction) => Rect | null;

export interface RangeContext extends EventContext {
  readonly formulas: FormulaCache;
}

const RANGE_SCALARS = [
  'address',
  'addressLocal',
  'cellCount',
  'columnCount',
  'columnIndex',
  'rowCount',
  'rowIndex',
  'values',
  'formulas',
  'numberFormat',
  'valueTypes',
  'text',
  'rowHidden',
  'columnHidden',
  'hyperlink',
] as const;

/** Excel's getMergedAreas fails on a range holding more merged areas than this (Microsoft's reference). */
const MAX_MERGED_AREAS = 512;

/** The runs of consecutive indexes from `first` (`count` of them) that `skip` does not hold. */
function runs(first: number, count: number, skip: ReadonlySet<number>): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  for (let i = first; i < first + count; i++) {
    if (skip.has(i)) continue;
    const last = out.at(-1);
    if (last && last.start + last.length === i) last.length += 1;
    else out.push({ start: i, length: 1 });
  }
  return out;
}

/** true when every index of the span is in `set`, false when none is, null when some are. */
function allSomeOrNone(set: ReadonlySet<number>, first: number, count: number): boolean | null {
  let hidden = 0;
  for (let i = first; i < first + count; i++) if (set.has(i)) hidden += 1;
  return hidden === 0 ? false : hidden === count ? true : null;
}

function valueRead(cell: StoredCell, location: string): unknown {
  if (cell.unevaluated)
    throw notImplemented(`${location} of the formula ${cell.formula} (the fake cannot evaluate it)`);
  return cellValue(cell);
}

/** Excel's text for the formats the fake knows; other formats fail loudly instead of guessing. */
function textRead(cell: StoredCell, location: string): string {
  const value = valueRead(cell, location);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const text = String(value);
  if (cell.numberFormat === TEXT_FORMAT || (cell.numberFormat === GENERAL && text.length <= 11)) return text;
  throw notImplemented(`${location} for ${text} in number format '${cell.numberFormat}'`);
}

function checked(rect: Rect, location: string): Rect {
  if (!withinGrid(rect)) throw invalidArgument('The range lies (partly) outside the worksheet.', location);
  return rect;
}

export class RangeApi extends ApiObject<RangeTarget> {
  private bound: Rect | undefined = undefined;
  private formatApi: RangeFormatApi | undefined = undefined;
  private conditionalFormatsApi: ConditionalFormatCollectionApi | undefined = undefined;
  private dataValidationApi: DataValidationApi | undefined = undefined;

  constructor(
    protected override readonly ctx: RangeContext,
    private readonly sheetApi: WorksheetApi,
    private readonly locate: RectLocator,
    orNull = false,
  ) {
    super(ctx, 'Range');
    if (orNull) this.instantiate();
  }

  protected resolve(tx: Transaction): RangeTarget | null {
    const sheet = this.sheetApi.target(tx);
    if (!sheet) return null;
    if (!this.bound) {
      const rect = this.locate(sheet, tx);
      if (!rect) return null;
      this.bound = rect;
    }
    return { sheet, rect: this.bound };
  }

  protected scalarNames(): ReadonlyArray<string> {
    return RANGE_SCALARS;
  }

  protected override navigation(name: string): ApiObject<unknown> | undefined {
    if (name === 'format') return this.format as ApiObject<unknown>;
    if (name === 'worksheet') return this.sheetApi as ApiObject<unknown>;
    if (name === 'dataValidation') return this.dataValidation as ApiObject<unknown>;
    return undefined;
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    const { sheet, rect } = t;
    const location = `Range.${name}`;
    switch (name) {
      case 'address':
      case 'addressLocal':
        return fullAddress(sheet.name, rect);
      case 'cellCount':
        return cellCount(rect);
      case 'columnCount':
        return rect.cols;
      case 'columnIndex':
        return rect.col;
      case 'rowCount':
        return rect.rows;
      case 'rowIndex':
        return rect.row;
      case 'values':
        return this.grid(t, location, (cell) => valueRead(cell, location));
      case 'formulas':
        return this.grid(t, location, (cell) => formulaOrValue(cell));
      case 'numberFormat':
        return this.grid(t, location, (cell) => cell.numberFormat);
      case 'valueTypes':
        return this.grid(t, location, (cell) => (cell.unevaluated ? valueRead(cell, location) : valueType(cell)));
      case 'text':
        return this.grid(t, location, (cell) => textRead(cell, location));
      case 'rowHidden':
        return allSomeOrNone(sheet.hiddenRows, rect.row, rect.rows);
      case 'columnHidden':
        return allSomeOrNone(sheet.hiddenColumns, rect.col, rect.cols);
      case 'hyperlink': {
        const link = sheet.cell(rect.row, rect.col).hyperlink;
        return link ? { ...link } : null;
      }
    }
    throw notImplemented(location);
  }

  private grid<V>(t: RangeTarget, location: string, read: (cell: StoredCell) => V): V[][] {
    const { sheet, rect } = t;
    if (cellCount(rect) > MAX_READ_CELLS) {
      throw new FakeExcelError(
        'RangeExceedsLimit',
        `The cell count in the range has exceeded the maximum supported number (${MAX_READ_CELLS}).`,
        location,
      );
    }
    const out: V[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const cells = sheet.rowCells(r);
      const row: V[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(read(cells?.get(c) ?? EMPTY_CELL));
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.loaded('address');
  }
  get addressLocal(): string {
    return this.loaded('addressLocal');
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  get text(): string[][] {
    return this.loaded('text');
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(input: unknown[][]) {
    this.queueSet('values', input, (t, tx) => writeContents(t, tx, input, 'Range.values', this.ctx.formulas));
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(input: unknown[][]) {
    this.queueSet('formulas', input, (t, tx) => writeContents(t, tx, input, 'Range.formulas', this.ctx.formulas));
  }

  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.queueSet('numberFormat', input, (t, tx) => writeNumberFormats(t, tx, input, 'Range.numberFormat'));
  }

  get rowHidden(): boolean | null {
    return this.loaded('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    this.queueSet('rowHidden', hidden, (t, tx) => {
      assertWritable(t.sheet, 'Range.rowHidden');
      if (typeof hidden !== 'boolean') throw invalidArgument('rowHidden takes true or false.', 'Range.rowHidden');
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) tx.journal.setAdd(t.sheet.hiddenRows, r, hidden);
    });
  }

  get columnHidden(): boolean | null {
    return this.loaded('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.queueSet('columnHidden', hidden, (t, tx) => {
      assertWritable(t.sheet, 'Range.columnHidden');
      if (typeof hidden !== 'boolean') throw invalidArgument('columnHidden takes true or false.', 'Range.columnHidden');
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) tx.journal.setAdd(t.sheet.hiddenColumns, c, hidden);
    });
  }

  get hyperlink(): Hyperlink | null {
    return this.loaded('hyperlink');
  }
  /**
   * A link shows `textToDisplay` as the cell's text (or, without it, the target itself on an empty
   * cell); that text is stored as typed, never turned into a formula or number.
   */
  set hyperlink(link: Hyperlink) {
    this.queueSet('hyperlink', link, (t, tx) => {
      const location = 'Range.hyperlink';
      assertWritable(t.sheet, location);
      if (typeof link !== 'object' || link === null)
        throw invalidArgument(
          'A hyperlink is an object { address, documentReference, screenTip, textToDisplay }.',
          location,
        );
      const stored: Hyperlink = Object.fromEntries(
        (['address', 'documentReference', 'screenTip', 'textToDisplay'] as const)
          .filter((k) => link[k] !== undefined)
          .map((k) => [k, String(link[k])]),
      );
      if (!stored.address && !stored.documentReference)
        throw invalidArgument('A hyperlink needs an address or a documentReference.', location);
      let textWritten = false;
      updateCells(t, tx, location, (cell) => {
        const shown =
          stored.textToDisplay ??
          (cell.content.type === 'empty' && !cell.formula ? (stored.address ?? stored.documentReference) : undefined);
        if (shown === undefined) return { ...cell, hyperlink: stored };
        textWritten = true;
        return { ...cell, hyperlink: stored, content: { type: 'string', value: shown } };
      });
      tx.cellsChanged(t.sheet.id, t.rect);
      // The link's text is written into the cells, as typing it would be; a link alone is formatting.
      if (textWritten) tx.cellsEdited(t.sheet.id, t.rect);
    });
  }

  get format(): RangeFormatApi {
    return (this.formatApi ??= new RangeFormatApi(this.ctx, this));
  }

  get conditionalFormats(): ConditionalFormatCollectionApi {
    return (this.conditionalFormatsApi ??= new ConditionalFormatCollectionApi(this.ctx, this));
  }

  /** ExcelApi 1.8: list rules only (data-validation.ts). */
  get dataValidation(): DataValidationApi {
    return (this.dataValidationApi ??= new DataValidationApi(this.ctx, this));
  }

  get worksheet(): WorksheetApi {
    return this.sheetApi;
  }

  /** A range derived from this one; it is null when this one is. */
  private derived(
    transform: (rect: Rect, sheet: SheetModel, tx: Transaction) => Rect | null,
    location: string,
    orNull = false,
  ): RangeApi {
    return new RangeApi(
      this.ctx,
      this.sheetApi,
      (_sheet, tx) => {
        const parent = this.target(tx);
        if (!parent) return null;
        const rect = transform(parent.rect, parent.sheet, tx);
        return rect === null ? null : checked(rect, location);
      },
      orNull,
    );
  }

  getCell(row: number, column: number): RangeApi {
    return this.derived((r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }), 'Range.getCell');
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    return this.derived(
      (r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }),
      'Range.getResizedRange',
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeApi {
    return this.derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }), 'Range.getOffsetRange');
  }

  getRow(row: number): RangeApi {
    return this.derived(
      (r) => (row >= 0 && row < r.rows ? { ...r, row: r.row + row, rows: 1 } : { ...r, rows: 0 }),
      'Range.getRow',
    );
  }

  getColumn(column: number): RangeApi {
    return this.derived(
      (r) => (column >= 0 && column < r.cols ? { ...r, col: r.col + column, cols: 1 } : { ...r, cols: 0 }),
      'Range.getColumn',
    );
  }

  getLastCell(): RangeApi {
    return this.derived(
      (r) => ({ row: r.row + r.rows - 1, col: r.col + r.cols - 1, rows: 1, cols: 1 }),
      'Range.getLastCell',
    );
  }

  getLastRow(): RangeApi {
    return this.derived((r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 }), 'Range.getLastRow');
  }

  getLastColumn(): RangeApi {
    return this.derived((r) => ({ ...r, col: r.col + r.cols - 1, cols: 1 }), 'Range.getLastColumn');
  }

  getEntireRow(): RangeApi {
    return this.derived((r) => ({ row: r.row, rows: r.rows, col: 0, cols: MAX_COLUMNS }), 'Range.getEntireRow');
  }

  getEntireColumn(): RangeApi {
    return this.derived((r) => ({ row: 0, rows: MAX_ROWS, col: r.col, cols: r.cols }), 'Range.getEntireColumn');
  }

  private usedWithin(r: Rect, sheet: SheetModel, valuesOnly: boolean): Rect | null {
    const used = sheet.usedRect(valuesOnly);
    if (!used || !intersects(used, r)) return null;
    const row = Math.max(used.row, r.row);
    const col = Math.max(used.col, r.col);
    return {
      row,
      col,
      rows: Math.min(used.row + used.rows, r.row + r.rows) - row,
      cols: Math.min(used.col + used.cols, r.col + r.cols) - col,
    };
  }

  getUsedRange(valuesOnly = false): RangeApi {
    return this.derived((r, sheet) => {
      const used = this.usedWithin(r, sheet, valuesOnly);
      if (!used) throw new FakeExcelError('ItemNotFound', 'The range has no used cells.', 'Range.getUsedRange');
      return used;
    }, 'Range.getUsedRange');
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.derived((r, sheet) => this.usedWithin(r, sheet, valuesOnly), 'Range.getUsedRangeOrNullObject', true);
  }

  /** The areas this range's cells lie in, on this range's sheet; null when the range is. */
  private areas(location: string, version: string, find: (t: RangeTarget) => ReadonlyArray<Rect>): RangeAreasApi {
    return new RangeAreasApi(
      this.ctx,
      (tx) => {
        tx.requireApi(version, location);
        const parent = this.target(tx);
        if (!parent) return null;
        const rects = find(parent);
        return rects.length === 0 ? null : { sheet: parent.sheet, rects };
      },
      (rect) => new RangeApi(this.ctx, this.sheetApi, () => rect),
    );
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell lies in this range, each whole (Microsoft
   * answered, in office-js#3611, that a merge starting outside the range is not reported); more
   * than 512 fail. None: a null object.
   */
  getMergedAreasOrNullObject(): RangeAreasApi {
    const location = 'Range.getMergedAreasOrNullObject';
    return this.areas(location, '1.13', ({ sheet, rect }) => {
      const merges = sheet.mergesStartingIn(rect);
      if (merges.length > MAX_MERGED_AREAS)
        throw new FakeExcelError(
          'GeneralException',
          `The range holds ${merges.length} merged areas; Excel returns at most ${MAX_MERGED_AREAS}.`,
          location,
        );
      return merges;
    });
  }

  /**
   * ExcelApi 1.9, the `Visible` kind only: the cells in no hidden row or column, as one area per
   * run of shown rows and run of shown columns. None: a null object.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasApi {
    const location = 'Range.getSpecialCellsOrNullObject';
    if (cellType !== 'Visible' || cellValueType !== undefined)
      throw notImplemented(`${location}('${cellType}'${cellValueType === undefined ? '' : `, '${cellValueType}'`})`);
    return this.areas(location, '1.9', ({ sheet, rect }) => {
      const columns = runs(rect.col, rect.cols, sheet.hiddenColumns);
      return runs(rect.row, rect.rows, sheet.hiddenRows).flatMap((r) =>
        columns.map((c) => ({ row: r.start, rows: r.length, col: c.start, cols: c.length })),
      );
    });
  }

  /**
   * Merges the range into one area (`across`: each row into one). Merges inside it are taken in;
   * one reaching out of it, a table, or values beyond the top-left cell are not modelled.
   */
  merge(across = false): void {
    const location = 'Range.merge';
    this.queueCall('merge', { merge: across }, (t, tx) => {
      assertWritable(t.sheet, location);
      const { sheet, rect } = t;
      if (tx.model.tableOverlapping(sheet.id, rect)) throw notImplemented(`${location} over a table`);
      const rows = across
        ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 }))
        : [rect];
      for (const area of rows) {
        if (cellCount(area) === 1) continue;
        for (const merge of sheet.mergesIntersecting(area)) {
          if (!containsRect(area, merge))
            throw notImplemented(`${location} of a range that cuts through the merged area ${localAddress(merge)}`);
          tx.journal.mapSet(sheet.merges, SheetModel.key(merge.row, merge.col), undefined);
        }
        const valued = sheet
          .storedIn(area)
          .find(({ row, col, cell }) => (row !== area.row || col !== area.col) && hasValue(cell));
        if (valued)
          throw notImplemented(
            `${location} over ${localAddress({ row: valued.row, col: valued.col, rows: 1, cols: 1 })}, which holds a value (Excel keeps only the top-left one)`,
          );
        tx.journal.mapSet(sheet.merges, SheetModel.key(area.row, area.col), area);
      }
    });
  }

  /** Splits every merged area the range touches back into cells. */
  unmerge(): void {
    this.queueCall('unmerge', { unmerge: true }, (t, tx) => {
      assertWritable(t.sheet, 'Range.unmerge');
      for (const merge of t.sheet.mergesIntersecting(t.rect))
        tx.journal.mapSet(t.sheet.merges, SheetModel.key(merge.row, merge.col), undefined);
    });
  }

  /** Selects the range, which also makes its sheet the active one. */
  select(): void {
    this.queueCall('select', { select: true }, (t, tx) => {
      if (t.sheet.visibility !== 'Visible')
        throw new FakeExcelError('InvalidOperation', `The sheet '${t.sheet.name}' is hidden.`, 'Range.select');
      tx.journal.assign(t.sheet, 'selection', t.rect);
      tx.journal.assign(tx.model, 'activeSheetId', t.sheet.id);
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' = 'All'): void {
    this.queueCall('clear', { clear: applyTo }, (t, tx) => {
      assertWritable(t.sheet, 'Range.clear');
      if (!['All', 'Formats', 'Contents', 'Hyperlinks'].includes(applyTo))
        throw notImplemented(`Range.clear('${applyTo}')`);
      for (const { row, col, cell } of t.sheet.storedIn(t.rect)) {
        const contents = applyTo === 'All' || applyTo === 'Contents';
        const formats = applyTo === 'All' || applyTo === 'Formats';
        const links = applyTo === 'All' || applyTo === 'Hyperlinks';
        const next: StoredCell = {
          content: contents ? { type: 'empty' } : cell.content,
          numberFormat: formats ? GENERAL : cell.numberFormat,
          ...(contents ? {} : { formula: cell.formula, unevaluated: cell.unevaluated }),
          ...(formats
            ? {}
            : {
                fill: cell.fill,
                font: cell.font,
                borders: cell.borders,
                horizontalAlignment: cell.horizontalAlignment,
              }),
          ...(links ? {} : { hyperlink: cell.hyperlink }),
        };
        t.sheet.setCell(row, col, dropUndefined(next), tx.journal);
      }
      tx.cellsChanged(t.sheet.id, t.rect);
      if (applyTo === 'All' || applyTo === 'Contents') tx.cellsEdited(t.sheet.id, t.rect);
    });
  }
}

function dropUndefined(cell: StoredCell): StoredCell {
  return Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined)) as unknown as StoredCell;
}
