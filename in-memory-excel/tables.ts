/**
 * Excel tables: names unique in the whole workbook (without regard to case) and shaped like
 * Excel's rules, no overlap with another table, header cells turned into unique text.
 */
import { fullAddress, parseAddress, MAX_COLUMNS, MAX_ROWS, type Rect } from './a1';
import { ApiObject, CollectionApi } from './api-object';
import { assertWritable, invalidArgument, type RangeTarget } from './cell-writes';
import { cellValue, type StoredCell } from './cells';
import { FakeExcelError, notImplemented } from './errors';
import type { SheetModel, TableModel, WorkbookModel } from './model';
import { RangeApi, type RangeContext } from './range';
import type { Transaction } from './transaction';
import type { SheetLocator, WorksheetApi } from './worksheet';

/**
 * Makes the worksheet object a table belongs to. Passed in by the worksheet and workbook modules
 * rather than imported, so tables.ts and worksheet.ts do not import each other.
 */
export type WorksheetFactory = (ctx: RangeContext, locate: SheetLocator) => WorksheetApi;

const DEFAULT_STYLE = 'TableStyleMedium2';
const TABLE_SCALARS = ['name', 'id', 'style'];
const BUILT_IN_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

/**
 * Excel's rules for a table name: a letter, underscore or backslash first, then letters, digits,
 * periods and underscores; no spaces; not C or R; nothing that reads as a cell reference; at most
 * 255 characters; unique in the workbook.
 */
function checkTableName(name: unknown, model: WorkbookModel, self: TableModel | undefined, location: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255)
    throw invalidArgument('A table name has 1 to 255 characters.', location);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    throw invalidArgument(
      `'${name}' is not a valid table name (letters, digits, '_' and '.', starting with a letter or '_').`,
      location,
    );
  const a1 = parseAddress(name);
  if (
    /^[CcRr]$/.test(name) ||
    (a1 && !a1.sheet && a1.rect.rows === 1 && a1.rect.cols === 1) ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    throw invalidArgument(`'${name}' reads as a cell reference and cannot name a table.`, location);
  }
  const other = model.findTable(name);
  if (other && other !== self)
    throw new FakeExcelError('ItemAlreadyExists', `A table named '${other.name}' already exists.`, location);
  return name;
}

function freeTableName(model: WorkbookModel): string {
  for (let n = 1; ; n++) if (!model.findTable(`Table${n}`)) return `Table${n}`;
}

function headerText(cell: StoredCell): string {
  const value = cellValue(cell);
  return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
}

/**
 * A table's header row holds unique text: empty headers become Column1, Column2, ...; numbers and
 * formulas become their text; a repeated header gets a number (Begroot, Begroot2).
 */
function normaliseHeaders(sheet: SheetModel, rect: Rect, tx: Transaction): void {
  const seen = new Set<string>();
  for (let c = 0; c < rect.cols; c++) {
    const cell = sheet.cell(rect.row, rect.col + c);
    const base = headerText(cell) || `Column${c + 1}`;
    let text = base;
    for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base}${n}`;
    seen.add(text.toLowerCase());
    if (cell.formula === undefined && cell.content.type === 'string' && cell.content.value === text) continue;
    const { formula: _f, unevaluated: _u, ...rest } = cell;
    sheet.setCell(rect.row, rect.col + c, { ...rest, content: { type: 'string', value: text } }, tx.journal);
  }
  tx.cellsChanged(sheet.id, { ...rect, rows: 1 });
}

export class TableCollectionApi extends CollectionApi<TableModel, TableApi> {
  /** `sheet` undefined: the workbook's collection; else that sheet's tables. */
  constructor(
    protected override readonly ctx: RangeContext,
    private readonly sheet: WorksheetApi | undefined,
    private readonly worksheetOf: WorksheetFactory,
  ) {
    super(ctx, 'TableCollection');
  }

  protected resolve(tx: Transaction): ReadonlyArray<TableModel> | null {
    if (!this.sheet) return tx.model.tables;
    const sheet = this.sheet.target(tx);
    return sheet ? tx.model.tablesOn(sheet.id) : null;
  }

  protected itemScalars(): ReadonlyArray<string> {
    return TABLE_SCALARS;
  }

  protected item(table: TableModel): TableApi {
    return new TableApi(this.ctx, () => table, this.worksheetOf);
  }

  add(address: string | RangeApi, hasHeaders: boolean): TableApi {
    if (hasHeaders !== true)
      throw notImplemented(
        'TableCollection.add(address, false) (Excel then inserts a header row and moves the data down)',
      );
    let created: TableModel | undefined;
    const table = new TableApi(this.ctx, () => created ?? null, this.worksheetOf);
    this.queueCall('add', { add: typeof address === 'string' ? address : 'range', hasHeaders }, (_tables, tx) => {
      const { sheet, rect } = this.placeOf(address, tx);
      assertWritable(sheet, 'TableCollection.add');
      // A header-only range gets one empty data row, as Excel's "Format as Table" does.
      const area = rect.rows === 1 ? { ...rect, rows: 2 } : rect;
      if (area.rows + area.row > MAX_ROWS || area.cols + area.col > MAX_COLUMNS)
        throw invalidArgument('The table does not fit on the sheet.', 'TableCollection.add');
      const overlap = tx.model.tableOverlapping(sheet.id, area);
      if (overlap) {
        throw new FakeExcelError(
          'MergedRangeConflict',
          `Cannot complete the operation. A table can't overlap with another table ('${overlap.name}').`,
          'TableCollection.add',
        );
      }
      normaliseHeaders(sheet, area, tx);
      const model: TableModel = {
        id: `{T${tx.model.newObjectId()}}`,
        sheetId: sheet.id,
        rect: area,
        name: freeTableName(tx.model),
        style: DEFAULT_STYLE,
      };
      tx.journal.arraySplice(tx.model.tables, tx.model.tables.length, 0, model);
      created = model;
    });
    return table;
  }

  private placeOf(address: string | RangeApi, tx: Transaction): RangeTarget {
    const sheetOfCollection = this.sheet?.target(tx) ?? undefined;
    if (typeof address !== 'string') {
      const target = address.target(tx);
      if (!target)
        throw new FakeExcelError('ItemNotFound', 'The range for the table does not exist.', 'TableCollection.add');
      if (sheetOfCollection && target.sheet !== sheetOfCollection)
        throw invalidArgument('The range is on another worksheet.', 'TableCollection.add');
      return target;
    }
    const parsed = parseAddress(address);
    if (!parsed) throw invalidArgument(`'${address}' is not a range address.`, 'TableCollection.add');
    const named = parsed.sheet === undefined ? undefined : tx.model.findSheet(parsed.sheet);
    if (parsed.sheet !== undefined && !named)
      throw new FakeExcelError('ItemNotFound', `There is no sheet '${parsed.sheet}'.`, 'TableCollection.add');
    const sheet = named ?? sheetOfCollection ?? tx.model.activeSheet();
    if (sheetOfCollection && sheet !== sheetOfCollection)
      throw invalidArgument('The address is on another worksheet.', 'TableCollection.add');
    return { sheet, rect: parsed.rect };
  }

  private lookup(key: string, orNull: boolean): TableApi {
    const table = new TableApi(
      this.ctx,
      (tx) => {
        const tables = this.target(tx) ?? [];
        const lower = key.toLowerCase();
        const found = tables.find((t) => t.name.toLowerCase() === lower || t.id === key);
        if (!found && !orNull)
          throw new FakeExcelError('ItemNotFound', `There is no table '${key}'.`, 'TableCollection.getItem');
        return found ?? null;
      },
      this.worksheetOf,
      orNull,
    );
    return table;
  }

  getItem(key: string): TableApi {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): TableApi {
    return this.lookup(key, true);
  }
}

export class TableApi extends ApiObject<TableModel> {
  private boundId: string | undefined = undefined;

  constructor(
    protected override readonly ctx: RangeContext,
    private readonly locate: (tx: Transaction) => TableModel | null,
    private readonly worksheetOf: WorksheetFactory,
    orNull = false,
  ) {
    super(ctx, 'Table');
    if (orNull) this.instantiate();
  }

  protected resolve(tx: Transaction): TableModel | null {
    if (this.boundId !== undefined) {
      const table = tx.model.tables.find((t) => t.id === this.boundId);
      if (!table) throw new FakeExcelError('ItemNotFound', 'The table no longer exists.', 'Table');
      return table;
    }
    const table = this.locate(tx);
    if (table) this.boundId = table.id;
    return table;
  }

  protected scalarNames(): ReadonlyArray<string> {
    return TABLE_SCALARS;
  }

  protected readScalar(name: string, t: TableModel): unknown {
    if (name === 'name' || name === 'id' || name === 'style') return t[name];
    throw notImplemented(`Table.${name}`);
  }

  get id(): string {
    return this.loaded('id');
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.queueSet('name', name, (t, tx) => {
      tx.journal.assign(t, 'name', checkTableName(name, tx.model, t, 'Table.name'));
    });
  }

  get style(): string {
    return this.loaded('style');
  }
  /** Built-in styles (TableStyleLight1 ... Dark11); custom styles are not modelled. */
  set style(style: string) {
    this.queueSet('style', style, (t, tx) => {
      if (typeof style !== 'string' || !BUILT_IN_STYLE.test(style))
        throw invalidArgument(`'${String(style)}' is not a built-in table style.`, 'Table.style');
      tx.journal.assign(t, 'style', style);
    });
  }

  /** Removes the table; its cells keep their contents. */
  delete(): void {
    this.queueCall('delete', { delete: true }, (t, tx) => {
      const sheet = tx.model.sheetById(t.sheetId);
      if (sheet) assertWritable(sheet, 'Table.delete');
      tx.journal.arraySplice(tx.model.tables, tx.model.tables.indexOf(t), 1);
    });
  }

  get worksheet(): WorksheetApi {
    return this.worksheetOf(this.ctx, (tx) => {
      const table = this.target(tx);
      return table ? (tx.model.sheetById(table.sheetId) ?? null) : null;
    });
  }

  private rangeOf(part: (rect: Rect) => Rect | null, location: string): RangeApi {
    return new RangeApi(this.ctx, this.worksheet, (_sheet, tx) => {
      const table = this.target(tx);
      if (!table) return null;
      const rect = part(table.rect);
      if (!rect) throw new FakeExcelError('ItemNotFound', 'The table has no such part.', location);
      return rect;
    });
  }

  getRange(): RangeApi {
    return this.rangeOf((r) => r, 'Table.getRange');
  }

  getHeaderRowRange(): RangeApi {
    return this.rangeOf((r) => ({ ...r, rows: 1 }), 'Table.getHeaderRowRange');
  }

  getDataBodyRange(): RangeApi {
    return this.rangeOf(
      (r) => (r.rows > 1 ? { ...r, row: r.row + 1, rows: r.rows - 1 } : null),
      'Table.getDataBodyRange',
    );
  }
}

/** For the fake's inspection helpers: where a table is, as Excel writes it. */
export function tableAddress(model: WorkbookModel, table: TableModel): string {
  const sheet = model.sheetById(table.sheetId);
  return sheet ? fullAddress(sheet.name, table.rect) : '';
}
