/**
 * The workbook: its sheets, tables, selection, structure protection, and the add-in's settings,
 * which are stored with the workbook (as JSON) and so outlive the session that wrote them.
 */
import { ApiObject, CollectionApi } from './api-object';
import { invalidArgument } from './cell-writes';
import { FakeExcelError, notImplemented } from './errors';
import type { WorkbookModel } from './model';
import { RangeApi, type RangeContext } from './range';
import { TableCollectionApi } from './tables';
import type { Transaction } from './transaction';
import { WorksheetCollectionApi, worksheetFor, type WorksheetApi } from './worksheet';

export interface WorkbookContext extends RangeContext {
  readonly workbookName: string;
}

function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && Object.values(value as object).every(isJsonValue);
}

/** What a setting stores: JSON text. Dates (which Office.js treats specially) are not modelled. */
function encodeSetting(value: unknown, location: string): string {
  if (value instanceof Date) throw notImplemented(`${location} with a Date value`);
  if (!isJsonValue(value))
    throw invalidArgument(
      'A setting value must be JSON: strings, finite numbers, booleans, null, arrays and plain objects.',
      location,
    );
  return JSON.stringify(value);
}

interface SettingTarget {
  readonly key: string;
  readonly model: WorkbookModel;
}

export class SettingCollectionApi extends CollectionApi<SettingTarget, SettingApi> {
  constructor(protected override readonly ctx: WorkbookContext) {
    super(ctx, 'SettingCollection');
  }

  protected resolve(tx: Transaction): ReadonlyArray<SettingTarget> {
    return [...tx.model.settings.keys()].map((key) => ({ key, model: tx.model }));
  }

  protected itemScalars(): ReadonlyArray<string> {
    return ['key', 'value'];
  }

  protected item(target: SettingTarget): SettingApi {
    return new SettingApi(this.ctx, () => target);
  }

  /** Sets or adds the setting (keys are case-sensitive). */
  add(key: string, value: unknown): SettingApi {
    const setting = new SettingApi(this.ctx, (tx) => ({ key, model: tx.model }));
    this.queueCall('add', { add: key, value }, (_settings, tx) => {
      if (typeof key !== 'string' || key.length === 0)
        throw invalidArgument('A setting key is a non-empty string.', 'SettingCollection.add');
      tx.journal.mapSet(tx.model.settings, key, encodeSetting(value, 'SettingCollection.add'));
    });
    return setting;
  }

  private find(key: string, orNull: boolean): SettingApi {
    return new SettingApi(
      this.ctx,
      (tx) => {
        if (tx.model.settings.has(key)) return { key, model: tx.model };
        if (orNull) return null;
        throw new FakeExcelError('ItemNotFound', `There is no setting '${key}'.`, 'SettingCollection.getItem');
      },
      orNull,
    );
  }

  getItem(key: string): SettingApi {
    return this.find(key, false);
  }

  getItemOrNullObject(key: string): SettingApi {
    return this.find(key, true);
  }
}

export class SettingApi extends ApiObject<SettingTarget> {
  constructor(
    ctx: WorkbookContext,
    private readonly locate: (tx: Transaction) => SettingTarget | null,
    orNull = false,
  ) {
    super(ctx, 'Setting');
    if (orNull) this.instantiate();
  }

  protected resolve(tx: Transaction): SettingTarget | null {
    return this.locate(tx);
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['key', 'value'];
  }

  protected readScalar(name: string, t: SettingTarget): unknown {
    if (name === 'key') return t.key;
    if (name === 'value') {
      const text = t.model.settings.get(t.key);
      if (text === undefined)
        throw new FakeExcelError('ItemNotFound', `There is no setting '${t.key}'.`, 'Setting.value');
      return JSON.parse(text) as unknown;
    }
    throw notImplemented(`Setting.${name}`);
  }

  get key(): string {
    return this.loaded('key');
  }

  get value(): unknown {
    return this.loaded('value');
  }
  set value(value: unknown) {
    this.queueSet('value', value, (t, tx) =>
      tx.journal.mapSet(t.model.settings, t.key, encodeSetting(value, 'Setting.value')),
    );
  }

  delete(): void {
    this.queueCall('delete', { delete: true }, (t, tx) => {
      if (!t.model.settings.has(t.key))
        throw new FakeExcelError('ItemNotFound', `There is no setting '${t.key}'.`, 'Setting.delete');
      tx.journal.mapSet(t.model.settings, t.key, undefined);
    });
  }
}

export class WorkbookProtectionApi extends ApiObject<WorkbookModel> {
  constructor(ctx: WorkbookContext) {
    super(ctx, 'WorkbookProtection');
  }

  protected resolve(tx: Transaction): WorkbookModel {
    return tx.model;
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['protected'];
  }

  protected readScalar(name: string, model: WorkbookModel): unknown {
    if (name === 'protected') return model.structureProtected;
    throw notImplemented(`WorkbookProtection.${name}`);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }

  /** Passwords are not modelled. */
  protect(): void {
    this.queueCall('protect', { protect: true }, (model, tx) => tx.journal.assign(model, 'structureProtected', true));
  }

  unprotect(): void {
    this.queueCall('unprotect', { unprotect: true }, (model, tx) =>
      tx.journal.assign(model, 'structureProtected', false),
    );
  }
}

export class WorkbookApi extends ApiObject<WorkbookModel> {
  readonly worksheets: WorksheetCollectionApi;
  readonly settings: SettingCollectionApi;
  readonly tables: TableCollectionApi;
  readonly protection: WorkbookProtectionApi;

  constructor(protected override readonly ctx: WorkbookContext) {
    super(ctx, 'Workbook');
    this.worksheets = new WorksheetCollectionApi(ctx);
    this.settings = new SettingCollectionApi(ctx);
    this.tables = new TableCollectionApi(ctx, undefined, worksheetFor);
    this.protection = new WorkbookProtectionApi(ctx);
  }

  protected resolve(tx: Transaction): WorkbookModel {
    return tx.model;
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['name'];
  }

  protected readScalar(name: string): unknown {
    if (name === 'name') return this.ctx.workbookName;
    throw notImplemented(`Workbook.${name}`);
  }

  protected override navigation(name: string): ApiObject<unknown> | undefined {
    if (name === 'protection') return this.protection as ApiObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.loaded('name');
  }

  private activeSheet(): WorksheetApi {
    return worksheetFor(this.ctx, (tx) => tx.model.activeSheet());
  }

  /** The selection on the active sheet. */
  getSelectedRange(): RangeApi {
    return new RangeApi(this.ctx, this.activeSheet(), (sheet) => sheet.selection);
  }

  /** The selection's first cell (the fake does not track the active cell inside a selection). */
  getActiveCell(): RangeApi {
    return new RangeApi(this.ctx, this.activeSheet(), (sheet) => ({
      row: sheet.selection.row,
      col: sheet.selection.col,
      rows: 1,
      cols: 1,
    }));
  }
}
