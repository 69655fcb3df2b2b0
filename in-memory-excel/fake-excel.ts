/// <reference types="office-js" />
/**
 * The in-memory Excel: `run` has the shape of `Excel.run`, and the rest is for tests to arrange
 * the workbook, make Excel misbehave on purpose, and look at what happened.
 *
 * A sync applies its operations in order. When one fails, by default nothing of that sync stays
 * (the stricter reading for "nothing half-written" tests). Real Excel keeps the operations before
 * the failing one; `partialFailure: true` does that, so code can be shown to clean up either way.
 */
import { localAddress, parseAddress } from './a1';
import { FakeRequestContext, type SyncEngine } from './context';
import { FakeExcelError, isFakeExcelError, type FakeErrorCode } from './errors';
import { EventHub } from './events';
import { compareSheet, FakeSheetHandle, type ComparableCell } from './inspect';
import { loadWorkbook, saveWorkbook, FakeDataError, type FakeWorkbookData } from './data';
import { Journal } from './journal';
import { WorkbookModel, type SheetModel } from './model';
import { FormulaCache, recalculate } from './recalc';
import { excelApiMinor, jsonBytes, Transaction, type Operation } from './transaction';

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Keep the operations before a failing one, as Excel does; default: keep nothing of that sync. */
  readonly partialFailure?: boolean;
  /** Request and response limit in bytes; default 5 MB as Excel on the web. */
  readonly payloadLimitBytes?: number;
  /**
   * The newest ExcelApi requirement set this Excel has, e.g. '1.8' for Excel 2019: `isSetSupported`
   * answers by it, and members of newer sets that the fake marks (README) fail with ApiNotFound.
   * Default: every set.
   */
  readonly excelApi?: string;
}

export interface SyncRecord {
  readonly operations: number;
  /** JSON bytes of what the sync sent: written values, formats, names, method arguments, loads. */
  readonly requestBytes: number;
  /** JSON bytes of what it loaded (0 when it failed before answering). */
  readonly responseBytes: number;
  /** The error code, when the sync failed. */
  readonly error?: string;
}

export interface InjectedFailure {
  readonly code: FakeErrorCode;
  /** The operation index at which to fail; earlier ones are applied (and kept with partialFailure). Default 0. */
  readonly afterOperations?: number;
  readonly message?: string;
}

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

let sessions = 0;

export class FakeExcel implements SyncEngine {
  readonly formulas = new FormulaCache();
  /** Event handlers registered in this session; `reopen()` starts without any, as Excel does. */
  readonly events = new EventHub();
  readonly workbookName: string;
  private readonly model: WorkbookModel;
  private readonly records: SyncRecord[] = [];
  private injected: InjectedFailure | undefined;
  private cellEditing = false;
  private editWaiters: Array<() => void> = [];
  private readonly excelApi: number;

  constructor(
    initial: FakeWorkbookData,
    private readonly options: FakeExcelOptions = {},
  ) {
    sessions += 1;
    this.excelApi = options.excelApi === undefined ? Infinity : excelApiMinor(options.excelApi);
    this.model = new WorkbookModel(sessions);
    this.workbookName = initial.name ?? 'Book1.xlsx';
    // Opening a workbook is never taken back: no undo to keep.
    const journal = new Journal(false);
    const toCompute = loadWorkbook(this.model, initial, journal, this.formulas);
    recalculate(this.model, this.formulas, toCompute, journal);
  }

  /** `Excel.run` for the code under test: `createWorkbookAdapter(fake.run, ...)`. */
  readonly run = <T>(batch: ExcelBatch<T>): Promise<T> => this.runBatch(batch, false);

  /** `Excel.run({ delayForCellEdit }, batch)`: with it, syncs wait until cell editing ends. */
  runWith<T>(options: { readonly delayForCellEdit?: boolean }, batch: ExcelBatch<T>): Promise<T> {
    return this.runBatch(batch, options.delayForCellEdit === true);
  }

  private async runBatch<T>(batch: ExcelBatch<T>, delayForCellEdit: boolean): Promise<T> {
    const context = new FakeRequestContext(this, delayForCellEdit);
    try {
      const pending: unknown = batch(context as unknown as Excel.RequestContext);
      if (typeof (pending as { then?: unknown } | null)?.then !== 'function') {
        throw new FakeExcelError(
          'RunMustReturnPromise',
          'The batch function passed to Excel.run must return a promise.',
          'Excel.run',
        );
      }
      const value = await (pending as Promise<T>);
      await context.finish();
      return value;
    } finally {
      context.close();
    }
  }

  async execute(operations: ReadonlyArray<Operation>, delayForCellEdit: boolean): Promise<void> {
    const requestBytes = operations.reduce((n, op) => n + jsonBytes(op.request), 0);
    let responseBytes = 0;
    let error: string | undefined;
    let tx: Transaction | undefined;
    try {
      // A sync is a round trip: code never sees its effect before the promise settles.
      await Promise.resolve();
      if (this.cellEditing) {
        if (!delayForCellEdit) {
          throw new FakeExcelError(
            'InvalidOperationInCellEditMode',
            "The operation isn't available while Excel is in Edit cell mode.",
            'RequestContext.sync',
          );
        }
        await new Promise<void>((resolve) => this.editWaiters.push(resolve));
      }
      const limit = this.options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
      if (requestBytes > limit) {
        throw new FakeExcelError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size has exceeded the limit (${requestBytes} > ${limit} bytes).`,
          'RequestContext.sync',
        );
      }
      tx = new Transaction(this.model, this.formulas, this.excelApi);
      const failure = this.injected;
      this.injected = undefined;
      const failAt = failure ? Math.min(failure.afterOperations ?? 0, operations.length) : -1;
      for (let i = 0; i <= operations.length; i++) {
        if (i === failAt) {
          this.undoFailed(tx, tx.journal.mark());
          throw new FakeExcelError(
            failure!.code,
            failure!.message ?? `Injected failure: ${failure!.code}.`,
            operations[i]?.location ?? 'RequestContext.sync',
          );
        }
        const op = operations[i];
        if (!op) break;
        const mark = tx.journal.mark();
        const editsMark = tx.edited.length;
        try {
          if (op.reads) tx.calculate();
          op.apply(tx);
        } catch (e) {
          tx.edited.length = editsMark;
          this.undoFailed(tx, mark);
          throw isFakeExcelError(e) && e.debugInfo.errorLocation === undefined
            ? new FakeExcelError(e.code, e.message, op.location)
            : e;
        }
      }
      tx.calculate();
      responseBytes = tx.responseBytes;
      if (responseBytes > limit) {
        if (!this.options.partialFailure) tx.journal.rollback();
        throw new FakeExcelError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size has exceeded the limit (${responseBytes} > ${limit} bytes).`,
          'RequestContext.sync',
        );
      }
      tx.commit();
      this.events.dispatch(tx.edited);
    } catch (e) {
      error = isFakeExcelError(e) ? e.code : 'Error';
      // With partialFailure the changes before the failing operation stay, and so do their events.
      if (this.options.partialFailure && tx) this.events.dispatch(tx.edited);
      throw e;
    } finally {
      this.records.push({ operations: operations.length, requestBytes, responseBytes, ...(error ? { error } : {}) });
    }
  }

  /** After a failed operation: back to before the sync, or (partialFailure) to before that operation. */
  private undoFailed(tx: Transaction, mark: number): void {
    if (this.options.partialFailure) {
      tx.journal.rollback(mark);
      tx.calculate();
    } else {
      tx.journal.rollback();
    }
  }

  // ---- Making Excel misbehave -------------------------------------------------------------

  /** The next sync fails with `code` (see InjectedFailure for where). */
  failNextSync(code: FakeErrorCode, options: Omit<InjectedFailure, 'code'> = {}): void {
    this.injected = { code, ...options };
  }

  /** While on, every sync fails with InvalidOperationInCellEditMode (or waits, with delayForCellEdit). */
  setCellEditMode(on: boolean): void {
    this.cellEditing = on;
    if (!on) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const wake of waiters) wake();
    }
  }

  protect(sheetName: string, on = true): void {
    this.sheetModel(sheetName).isProtected = on;
  }

  /** Workbook structure protection: adding, deleting, renaming, moving and hiding sheets is refused. */
  protectStructure(on = true): void {
    this.model.structureProtected = on;
  }

  // ---- What a user does (typing is `sheet(name).editCell`) -------------------------------

  /**
   * A user clicking a sheet's tab and, optionally, a cell or range on it: the sheet becomes the
   * active one and the range its selection. A hidden sheet has no tab to click.
   */
  select(sheetName: string, address?: string): void {
    const sheet = this.sheetModel(sheetName);
    if (sheet.visibility !== 'Visible')
      throw new FakeDataError(`The sheet '${sheet.name}' is hidden: it has no tab to click.`);
    if (address !== undefined) {
      const parsed = parseAddress(address);
      if (!parsed || parsed.sheet !== undefined) throw new FakeDataError(`'${address}' is not a local A1 address.`);
      sheet.selection = parsed.rect;
    }
    this.model.activeSheetId = sheet.id;
  }

  // ---- Looking -----------------------------------------------------------------------------

  /** `Office.context.requirements.isSetSupported`: only ExcelApi is modelled (by FakeExcelOptions.excelApi). */
  isSetSupported(name: string, minVersion = '1.1'): boolean {
    if (name !== 'ExcelApi')
      throw new FakeDataError(`The in-memory Excel models only the ExcelApi requirement sets, not '${name}'.`);
    return excelApiMinor(minVersion) <= this.excelApi;
  }

  get syncCount(): number {
    return this.records.length;
  }

  get requests(): ReadonlyArray<SyncRecord> {
    return this.records;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.requestBytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.responseBytes));
  }

  get sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  get activeSheet(): string {
    return this.model.activeSheet().name;
  }

  /** The selection on the active sheet, e.g. { sheet: 'Begroting 2021', address: 'D28' }. */
  get selection(): { sheet: string; address: string } {
    const sheet = this.model.activeSheet();
    return { sheet: sheet.name, address: localAddress(sheet.selection) };
  }

  get isStructureProtected(): boolean {
    return this.model.structureProtected;
  }

  /** The settings as the workbook stores them (JSON values). */
  get settings(): Record<string, unknown> {
    return Object.fromEntries([...this.model.settings].map(([k, v]) => [k, JSON.parse(v) as unknown]));
  }

  private sheetModel(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new FakeDataError(`There is no sheet '${name}'.`);
    return sheet;
  }

  /** Direct access to a sheet's cells, past the API (no sync, no protection, no limits). */
  sheet(name: string): FakeSheetHandle {
    return new FakeSheetHandle(this.model, this.sheetModel(name), this.formulas, this.events);
  }

  /**
   * Resolves once every `onChanged` handler call caused so far has finished; rejects with the
   * error a handler threw (the fake never drops one silently).
   */
  eventsSettled(): Promise<void> {
    return this.events.settled();
  }

  /** How many `onChanged` handlers are registered, on one sheet or on all. */
  changeHandlerCount(sheetName?: string): number {
    return this.events.count(sheetName === undefined ? undefined : this.sheetModel(sheetName).id);
  }

  /** Every sheet's non-empty cells by address, for "left exactly as it was" comparisons. */
  snapshotForComparison(): Record<string, Record<string, ComparableCell>> {
    return Object.fromEntries(this.model.sheets.map((s) => [s.name, compareSheet(s)]));
  }

  /** The workbook as data: what saving it would keep (settings included). */
  toData(): FakeWorkbookData {
    return saveWorkbook(this.model, this.workbookName);
  }

  /**
   * Saves, closes and opens the workbook again: cells, formats, tables and settings stay; the
   * sync history does not, and sheet ids change, because Excel documents worksheet ids as stable
   * only within a session.
   */
  reopen(): FakeExcel {
    const data = this.toData();
    return new FakeExcel({ ...data, sheets: data.sheets.map(({ id: _id, ...sheet }) => sheet) }, this.options);
  }
}

export function createFakeExcel(
  initial: FakeWorkbookData = { sheets: [{ name: 'Sheet1' }] },
  options: FakeExcelOptions = {},
): FakeExcel {
  return new FakeExcel(initial, options);
}
