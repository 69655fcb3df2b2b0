/**
 * Worksheets: the collection (add, getItem, walking with getFirst/getNext), one sheet's name,
 * id, position, visibility, its ranges, freeze panes, protection and custom properties.
 */
import { parseAddress, withinGrid, MAX_COLUMNS, MAX_ROWS, type Rect } from './a1';
import { ApiObject, ClientResult, CollectionApi } from './api-object';
import { invalidArgument } from './cell-writes';
import { FakeExcelError, notImplemented } from './errors';
import { WorksheetChangedHandlersApi } from './events';
import { SheetModel, type CustomPropertyModel, type Visibility, type WorkbookModel } from './model';
import { PageLayoutApi } from './page-layout';
import { RangeApi, type RangeContext } from './range';
import { TableCollectionApi } from './tables';
import type { Transaction } from './transaction';

const A1: Rect = { row: 0, col: 0, rows: 1, cols: 1 };
const VISIBILITIES: ReadonlyArray<Visibility> = ['Visible', 'Hidden', 'VeryHidden'];

/**
 * Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe first
 * or last, not "History" (reserved), unique in the workbook without regard to case.
 */
function checkSheetName(name: unknown, model: WorkbookModel, self: SheetModel | undefined, location: string): string {
  if (typeof name !== 'string' || name.length === 0) throw invalidArgument('A sheet name cannot be empty.', location);
  if (name.length > 31)
    throw invalidArgument(`A sheet name has at most 31 characters ('${name}' has ${name.length}).`, location);
  if (/[:\\/?*[\]]/.test(name))
    throw invalidArgument(`A sheet name cannot contain : \\ / ? * [ or ] ('${name}').`, location);
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument(`A sheet name cannot begin or end with an apostrophe ('${name}').`, location);
  if (name.toLowerCase() === 'history') throw invalidArgument("'History' is a name Excel reserves.", location);
  const other = model.findSheet(name);
  if (other && other !== self)
    throw new FakeExcelError('ItemAlreadyExists', `A sheet named '${other.name}' already exists.`, location);
  return name;
}

function assertStructureEditable(model: WorkbookModel, location: string): void {
  if (model.structureProtected)
    throw new FakeExcelError('AccessDenied', "The workbook's structure is protected.", location);
}

export type SheetLocator = (tx: Transaction) => SheetModel | null;

/** A worksheet proxy located by `locate` when the sync first needs it. */
export function worksheetFor(ctx: RangeContext, locate: SheetLocator, orNull = false): WorksheetApi {
  return new WorksheetApi(ctx, locate, orNull);
}

const SHEET_SCALARS = ['name', 'id', 'position', 'visibility'];

export class WorksheetApi extends ApiObject<SheetModel> {
  private boundId: string | undefined = undefined;
  private freezePanesApi: WorksheetFreezePanesApi | undefined = undefined;
  private protectionApi: WorksheetProtectionApi | undefined = undefined;
  private tablesApi: TableCollectionApi | undefined = undefined;
  private customPropertiesApi: WorksheetCustomPropertyCollectionApi | undefined = undefined;
  private onChangedApi: WorksheetChangedHandlersApi | undefined = undefined;
  private pageLayoutApi: PageLayoutApi | undefined = undefined;

  constructor(
    protected override readonly ctx: RangeContext,
    private readonly locate: SheetLocator,
    orNull = false,
  ) {
    super(ctx, 'Worksheet');
    if (orNull) this.instantiate();
  }

  /** Once found, a proxy stays with that sheet through renames and moves, as Excel's does. */
  protected resolve(tx: Transaction): SheetModel | null {
    if (this.boundId !== undefined) {
      const sheet = tx.model.sheetById(this.boundId);
      if (!sheet) throw new FakeExcelError('ItemNotFound', 'The worksheet has been deleted.', 'Worksheet');
      return sheet;
    }
    const sheet = this.locate(tx);
    if (sheet) this.boundId = sheet.id;
    return sheet;
  }

  protected scalarNames(): ReadonlyArray<string> {
    return SHEET_SCALARS;
  }

  protected readScalar(name: string, sheet: SheetModel, tx: Transaction): unknown {
    switch (name) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'position':
        return tx.model.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
    }
    throw notImplemented(`Worksheet.${name}`);
  }

  protected override navigation(name: string): ApiObject<unknown> | undefined {
    if (name === 'protection') return this.protection as ApiObject<unknown>;
    if (name === 'freezePanes') return this.freezePanes as ApiObject<unknown>;
    if (name === 'pageLayout') return this.pageLayout as ApiObject<unknown>;
    return undefined;
  }

  get id(): string {
    return this.loaded('id');
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.queueSet('name', name, (sheet, tx) => {
      assertStructureEditable(tx.model, 'Worksheet.name');
      tx.journal.assign(sheet, 'name', checkSheetName(name, tx.model, sheet, 'Worksheet.name'));
    });
  }

  get position(): number {
    return this.loaded('position');
  }
  set position(position: number) {
    this.queueSet('position', position, (sheet, tx) => {
      assertStructureEditable(tx.model, 'Worksheet.position');
      const sheets = tx.model.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length)
        throw invalidArgument(`Position ${position} is outside 0..${sheets.length - 1}.`, 'Worksheet.position');
      tx.journal.arraySplice(sheets, sheets.indexOf(sheet), 1);
      tx.journal.arraySplice(sheets, position, 0, sheet);
    });
  }

  get visibility(): Visibility {
    return this.loaded('visibility');
  }
  set visibility(visibility: Visibility) {
    this.queueSet('visibility', visibility, (sheet, tx) => {
      assertStructureEditable(tx.model, 'Worksheet.visibility');
      if (!VISIBILITIES.includes(visibility))
        throw invalidArgument(`'${visibility}' is no sheet visibility.`, 'Worksheet.visibility');
      if (visibility !== 'Visible' && sheet.visibility === 'Visible' && tx.model.visibleSheets().length === 1) {
        throw new FakeExcelError(
          'InvalidOperation',
          'A workbook must keep at least one visible sheet.',
          'Worksheet.visibility',
        );
      }
      tx.journal.assign(sheet, 'visibility', visibility);
      if (visibility !== 'Visible' && tx.model.activeSheetId === sheet.id)
        tx.journal.assign(tx.model, 'activeSheetId', tx.model.visibleSheets()[0]!.id);
    });
  }

  /** Excel refuses to delete the only visible sheet, a very hidden sheet, or any sheet of a protected structure. */
  delete(): void {
    this.queueCall('delete', { delete: true }, (sheet, tx) => {
      const model = tx.model;
      assertStructureEditable(model, 'Worksheet.delete');
      if (sheet.visibility === 'VeryHidden')
        throw new FakeExcelError('InvalidOperation', 'A very hidden sheet cannot be deleted.', 'Worksheet.delete');
      if (sheet.visibility === 'Visible' && model.visibleSheets().length === 1) {
        throw new FakeExcelError(
          'InvalidOperation',
          'A workbook must keep at least one visible sheet.',
          'Worksheet.delete',
        );
      }
      const index = model.sheets.indexOf(sheet);
      for (const table of model.tablesOn(sheet.id))
        tx.journal.arraySplice(model.tables, model.tables.indexOf(table), 1);
      tx.journal.arraySplice(model.sheets, index, 1);
      if (model.activeSheetId === sheet.id) {
        const visible = model.sheets.filter((s, i) => s.visibility === 'Visible' && i >= index);
        tx.journal.assign(model, 'activeSheetId', (visible[0] ?? model.visibleSheets().at(-1)!).id);
      }
    });
  }

  activate(): void {
    this.queueCall('activate', { activate: true }, (sheet, tx) => {
      if (sheet.visibility !== 'Visible')
        throw new FakeExcelError(
          'InvalidOperation',
          `The sheet '${sheet.name}' is hidden and cannot be activated.`,
          'Worksheet.activate',
        );
      tx.journal.assign(tx.model, 'activeSheetId', sheet.id);
    });
  }

  private range(locate: (sheet: SheetModel) => Rect | null, orNull = false): RangeApi {
    return new RangeApi(this.ctx, this, locate, orNull);
  }

  /** An address on this sheet (a sheet name in it must be this sheet's); no address: the whole sheet. */
  getRange(address?: string): RangeApi {
    return this.range((sheet) => {
      if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
      const parsed = parseAddress(address);
      if (!parsed) throw invalidArgument(`'${address}' is not a range address.`, 'Worksheet.getRange');
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument(`'${address}' is not on the sheet '${sheet.name}'.`, 'Worksheet.getRange');
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi {
    return this.range(() => {
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      const integers = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
      if (!integers || !withinGrid(rect))
        throw invalidArgument(
          `(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is not a range on the sheet.`,
          'Worksheet.getRangeByIndexes',
        );
      return rect;
    });
  }

  getCell(row: number, column: number): RangeApi {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** A blank sheet's used range is A1, as Excel documents. */
  getUsedRange(valuesOnly = false): RangeApi {
    return this.range((sheet) => sheet.usedRect(valuesOnly) ?? A1);
  }

  /** A blank sheet gives a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.range((sheet) => sheet.usedRect(valuesOnly) ?? null, true);
  }

  private neighbour(step: 1 | -1, visibleOnly: boolean, orNull: boolean, location: string): WorksheetApi {
    return worksheetFor(
      this.ctx,
      (tx) => {
        const sheet = this.target(tx);
        if (!sheet) return null;
        const sheets = tx.model.sheets;
        for (let i = sheets.indexOf(sheet) + step; i >= 0 && i < sheets.length; i += step) {
          if (!visibleOnly || sheets[i]!.visibility === 'Visible') return sheets[i]!;
        }
        if (orNull) return null;
        throw new FakeExcelError('ItemNotFound', 'There is no such worksheet.', location);
      },
      orNull,
    );
  }

  getNext(visibleOnly = false): WorksheetApi {
    return this.neighbour(1, visibleOnly, false, 'Worksheet.getNext');
  }

  getNextOrNullObject(visibleOnly = false): WorksheetApi {
    return this.neighbour(1, visibleOnly, true, 'Worksheet.getNextOrNullObject');
  }

  getPrevious(visibleOnly = false): WorksheetApi {
    return this.neighbour(-1, visibleOnly, false, 'Worksheet.getPrevious');
  }

  getPreviousOrNullObject(visibleOnly = false): WorksheetApi {
    return this.neighbour(-1, visibleOnly, true, 'Worksheet.getPreviousOrNullObject');
  }

  /** ExcelApi 1.9: how the sheet prints (in-memory-excel/page-layout.ts). */
  get pageLayout(): PageLayoutApi {
    return (this.pageLayoutApi ??= new PageLayoutApi(this.ctx, this));
  }

  get freezePanes(): WorksheetFreezePanesApi {
    return (this.freezePanesApi ??= new WorksheetFreezePanesApi(this.ctx, this));
  }

  get protection(): WorksheetProtectionApi {
    return (this.protectionApi ??= new WorksheetProtectionApi(this.ctx, this));
  }

  get tables(): TableCollectionApi {
    return (this.tablesApi ??= new TableCollectionApi(this.ctx, this, worksheetFor));
  }

  get customProperties(): WorksheetCustomPropertyCollectionApi {
    return (this.customPropertiesApi ??= new WorksheetCustomPropertyCollectionApi(this.ctx, this));
  }

  /** Fires after the sheet's cell contents change (events.ts); formatting does not fire it. */
  get onChanged(): WorksheetChangedHandlersApi {
    return (this.onChangedApi ??= new WorksheetChangedHandlersApi(this.ctx, this));
  }
}

export class WorksheetCollectionApi extends CollectionApi<SheetModel, WorksheetApi> {
  constructor(protected override readonly ctx: RangeContext) {
    super(ctx, 'WorksheetCollection');
  }

  protected resolve(tx: Transaction): ReadonlyArray<SheetModel> {
    return tx.model.sheets;
  }

  protected itemScalars(): ReadonlyArray<string> {
    return SHEET_SCALARS;
  }

  protected item(sheet: SheetModel): WorksheetApi {
    return worksheetFor(this.ctx, () => sheet);
  }

  /** A new sheet goes after the last one and is not activated; without a name it is SheetN. */
  add(name?: string): WorksheetApi {
    let created: SheetModel | undefined;
    const sheet = worksheetFor(this.ctx, () => created ?? null);
    this.queueCall('add', { add: name ?? null }, (_sheets, tx) => {
      const model = tx.model;
      assertStructureEditable(model, 'WorksheetCollection.add');
      let sheetName = name;
      if (sheetName === undefined) {
        let n = model.sheets.length + 1;
        while (model.findSheet(`Sheet${n}`)) n += 1;
        sheetName = `Sheet${n}`;
      }
      created = new SheetModel(
        model.newSheetId(),
        checkSheetName(sheetName, model, undefined, 'WorksheetCollection.add'),
      );
      tx.journal.arraySplice(model.sheets, model.sheets.length, 0, created);
    });
    return sheet;
  }

  /** By name (without regard to case) or by id, as Excel's getItem takes either. */
  private find(key: string, orNull: boolean, location: string): WorksheetApi {
    return worksheetFor(
      this.ctx,
      (tx) => {
        const sheet = tx.model.findSheet(key) ?? tx.model.sheetById(key);
        if (sheet) return sheet;
        if (orNull) return null;
        throw new FakeExcelError(
          'ItemNotFound',
          `The requested resource doesn't exist: there is no worksheet '${key}'.`,
          location,
        );
      },
      orNull,
    );
  }

  getItem(key: string): WorksheetApi {
    return this.find(key, false, 'WorksheetCollection.getItem');
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return this.find(key, true, 'WorksheetCollection.getItemOrNullObject');
  }

  getActiveWorksheet(): WorksheetApi {
    return worksheetFor(this.ctx, (tx) => tx.model.activeSheet());
  }

  private end(first: boolean, visibleOnly: boolean, location: string): WorksheetApi {
    return worksheetFor(this.ctx, (tx) => {
      const candidates = visibleOnly ? tx.model.visibleSheets() : tx.model.sheets;
      const sheet = first ? candidates[0] : candidates.at(-1);
      if (!sheet) throw new FakeExcelError('ItemNotFound', 'There is no such worksheet.', location);
      return sheet;
    });
  }

  getFirst(visibleOnly = false): WorksheetApi {
    return this.end(true, visibleOnly, 'WorksheetCollection.getFirst');
  }

  getLast(visibleOnly = false): WorksheetApi {
    return this.end(false, visibleOnly, 'WorksheetCollection.getLast');
  }

  override getCount(visibleOnly = false): ClientResult<number> {
    const result = new ClientResult<number>('WorksheetCollection.getCount');
    this.queueCall('getCount', { getCount: visibleOnly }, (_sheets, tx) => {
      const count = visibleOnly ? tx.model.visibleSheets().length : tx.model.sheets.length;
      tx.onSuccess(() => result.settle(count));
    });
    return result;
  }
}

/** Parts of a worksheet that resolve through it. */
abstract class SheetPartApi extends ApiObject<SheetModel> {
  protected constructor(
    protected override readonly ctx: RangeContext,
    protected readonly sheet: WorksheetApi,
    typeName: string,
  ) {
    super(ctx, typeName);
  }

  protected resolve(tx: Transaction): SheetModel | null {
    return this.sheet.target(tx);
  }
}

export class WorksheetFreezePanesApi extends SheetPartApi {
  constructor(ctx: RangeContext, sheet: WorksheetApi) {
    super(ctx, sheet, 'WorksheetFreezePanes');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw notImplemented(`WorksheetFreezePanes.${name}`);
  }

  private freeze(
    name: string,
    request: unknown,
    rows: (sheet: SheetModel, tx: Transaction) => { rows: number; cols: number },
  ): void {
    this.queueCall(name, request, (sheet, tx) => {
      const frozen = rows(sheet, tx);
      if (!(Number.isInteger(frozen.rows) && Number.isInteger(frozen.cols) && frozen.rows >= 0 && frozen.cols >= 0)) {
        throw invalidArgument(
          'Freeze panes take a whole, non-negative number of rows and columns.',
          `WorksheetFreezePanes.${name}`,
        );
      }
      tx.journal.assign(sheet, 'frozenRows', frozen.rows);
      tx.journal.assign(sheet, 'frozenColumns', frozen.cols);
    });
  }

  freezeRows(count = 1): void {
    this.freeze('freezeRows', { freezeRows: count }, () => ({ rows: count, cols: 0 }));
  }

  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', { freezeColumns: count }, () => ({ rows: 0, cols: count }));
  }

  /** Everything above and left of the range's bottom-right corner stays in view. */
  freezeAt(frozenRange: RangeApi | string): void {
    const range = typeof frozenRange === 'string' ? this.sheet.getRange(frozenRange) : frozenRange;
    this.freeze('freezeAt', { freezeAt: typeof frozenRange === 'string' ? frozenRange : 'range' }, (_sheet, tx) => {
      const target = range.target(tx);
      if (!target)
        throw new FakeExcelError('ItemNotFound', 'The range does not exist.', 'WorksheetFreezePanes.freezeAt');
      return { rows: target.rect.row + target.rect.rows, cols: target.rect.col + target.rect.cols };
    });
  }

  unfreeze(): void {
    this.freeze('unfreeze', { unfreeze: true }, () => ({ rows: 0, cols: 0 }));
  }

  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): RangeApi {
    return new RangeApi(
      this.ctx,
      this.sheet,
      (sheet) => {
        if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
        const rows = sheet.frozenRows || MAX_ROWS;
        const cols = sheet.frozenColumns || MAX_COLUMNS;
        return { row: 0, col: 0, rows, cols };
      },
      true,
    );
  }
}

export class WorksheetProtectionApi extends SheetPartApi {
  constructor(ctx: RangeContext, sheet: WorksheetApi) {
    super(ctx, sheet, 'WorksheetProtection');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['protected'];
  }

  protected readScalar(name: string, sheet: SheetModel): unknown {
    if (name === 'protected') return sheet.isProtected;
    throw notImplemented(`WorksheetProtection.${name}`);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }

  /** Protection options and passwords are not modelled: a protected sheet refuses every change. */
  protect(): void {
    this.queueCall('protect', { protect: true }, (sheet, tx) => tx.journal.assign(sheet, 'isProtected', true));
  }

  unprotect(): void {
    this.queueCall('unprotect', { unprotect: true }, (sheet, tx) => tx.journal.assign(sheet, 'isProtected', false));
  }
}

interface PropertyTarget {
  readonly sheet: SheetModel;
  readonly property: CustomPropertyModel;
}

const MAX_PROPERTY_KEY = 255;

/** Worksheet custom properties (ExcelApi 1.12): string values under case-insensitive keys. */
export class WorksheetCustomPropertyCollectionApi extends CollectionApi<PropertyTarget, WorksheetCustomPropertyApi> {
  constructor(
    protected override readonly ctx: RangeContext,
    private readonly sheet: WorksheetApi,
  ) {
    super(ctx, 'WorksheetCustomPropertyCollection');
  }

  protected resolve(tx: Transaction): ReadonlyArray<PropertyTarget> | null {
    const sheet = this.sheet.target(tx);
    return sheet ? [...sheet.customProperties.values()].map((property) => ({ sheet, property })) : null;
  }

  protected itemScalars(): ReadonlyArray<string> {
    return ['key', 'value'];
  }

  protected item(target: PropertyTarget): WorksheetCustomPropertyApi {
    return new WorksheetCustomPropertyApi(this.ctx, () => target);
  }

  /** Adds the property, or overwrites the one with that key. */
  add(key: string, value: string): WorksheetCustomPropertyApi {
    let created: PropertyTarget | undefined;
    const property = new WorksheetCustomPropertyApi(this.ctx, () => created ?? null);
    this.queueCall('add', { add: key, value }, (_properties, tx) => {
      const sheet = this.sheet.target(tx)!;
      if (typeof key !== 'string' || key.length === 0 || key.length > MAX_PROPERTY_KEY) {
        throw invalidArgument(
          `A custom property key has 1 to ${MAX_PROPERTY_KEY} characters.`,
          'WorksheetCustomPropertyCollection.add',
        );
      }
      const model: CustomPropertyModel = { key, value: String(value) };
      tx.journal.mapSet(sheet.customProperties, key.toLowerCase(), model);
      created = { sheet, property: model };
    });
    return property;
  }

  private find(key: string, orNull: boolean): WorksheetCustomPropertyApi {
    return new WorksheetCustomPropertyApi(
      this.ctx,
      (tx) => {
        const sheet = this.sheet.target(tx);
        const property = sheet?.customProperties.get(key.toLowerCase());
        if (sheet && property) return { sheet, property };
        if (orNull) return null;
        throw new FakeExcelError(
          'ItemNotFound',
          `There is no custom property '${key}'.`,
          'WorksheetCustomPropertyCollection.getItem',
        );
      },
      orNull,
    );
  }

  getItem(key: string): WorksheetCustomPropertyApi {
    return this.find(key, false);
  }

  getItemOrNullObject(key: string): WorksheetCustomPropertyApi {
    return this.find(key, true);
  }
}

export class WorksheetCustomPropertyApi extends ApiObject<PropertyTarget> {
  constructor(
    ctx: RangeContext,
    private readonly locate: (tx: Transaction) => PropertyTarget | null,
    orNull = false,
  ) {
    super(ctx, 'WorksheetCustomProperty');
    if (orNull) this.instantiate();
  }

  protected resolve(tx: Transaction): PropertyTarget | null {
    return this.locate(tx);
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['key', 'value'];
  }

  protected readScalar(name: string, t: PropertyTarget): unknown {
    if (name === 'key') return t.property.key;
    if (name === 'value') return t.property.value;
    throw notImplemented(`WorksheetCustomProperty.${name}`);
  }

  get key(): string {
    return this.loaded('key');
  }

  get value(): string {
    return this.loaded('value');
  }
  set value(value: string) {
    this.queueSet('value', value, (t, tx) => tx.journal.assign(t.property, 'value', String(value)));
  }

  delete(): void {
    this.queueCall('delete', { delete: true }, (t, tx) =>
      tx.journal.mapSet(t.sheet.customProperties, t.property.key.toLowerCase(), undefined),
    );
  }
}
