/**
 * Worksheet events: `worksheet.onChanged.add(handler)` registers a handler with the workbook at
 * the next sync of the adding context, and `EventHandlerResult.remove()` unregisters it at the
 * next sync of that same context (Microsoft documents that a handler is removed through the
 * context that added it; Office.js sends both as part of a sync).
 *
 * A change to cell contents (values or formulas written, contents cleared, a user typing through
 * `editCell`) makes the workbook call the sheet's handlers once per change, asynchronously after
 * the sync that made it, with `WorksheetChangedEventArgs`-like data. Formatting does not fire
 * `onChanged` (Excel has a separate `onFormatChanged` for that), and neither does recalculation.
 */
import { localAddress, type Rect } from './a1';
import { strict, type ApiContext } from './api-object';
import { invalidArgument } from './cell-writes';
import { FakeExcelError } from './errors';
import type { SheetModel } from './model';
import type { Operation, Transaction } from './transaction';

/** The members of Excel.WorksheetChangedEventArgs the fake gives; the others fail loudly. */
export interface FakeWorksheetChangedEventArgs {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  /** The changed range on that sheet, without the sheet name: `B5` or `A5:F5`. */
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
}

export type WorksheetChangedHandler = (args: FakeWorksheetChangedEventArgs) => unknown;

/** Cells whose contents a change touched, reported after the change was committed. */
export interface EditedArea {
  readonly sheetId: string;
  readonly rect: Rect;
}

interface Registration {
  readonly sheetId: string;
  readonly handler: WorksheetChangedHandler;
}

/**
 * The workbook's event registrations for one session (reopening a workbook drops them, as
 * closing Excel does), and the handler calls still running.
 */
export class EventHub {
  private readonly registrations = new Map<number, Registration>();
  private readonly running = new Set<Promise<void>>();
  private readonly failures: unknown[] = [];
  private nextId = 1;

  newRegistrationId(): number {
    return this.nextId++;
  }

  register(id: number, sheetId: string, handler: WorksheetChangedHandler): void {
    this.registrations.set(id, { sheetId, handler });
  }

  unregister(id: number): void {
    this.registrations.delete(id);
  }

  /** How many handlers are registered on the sheet (or on all sheets). */
  count(sheetId?: string): number {
    return [...this.registrations.values()].filter((r) => sheetId === undefined || r.sheetId === sheetId).length;
  }

  /** Calls the handlers registered on each edited sheet, one call per edit, after the current task. */
  dispatch(edits: ReadonlyArray<EditedArea>): void {
    for (const edit of edits) {
      for (const registration of this.registrations.values()) {
        if (registration.sheetId !== edit.sheetId) continue;
        const args = strict<FakeWorksheetChangedEventArgs>(
          {
            type: 'WorksheetChanged',
            worksheetId: edit.sheetId,
            address: localAddress(edit.rect),
            changeType: 'RangeEdited',
            source: 'Local',
          },
          'WorksheetChangedEventArgs',
        );
        this.schedule(registration.handler, args);
      }
    }
  }

  private schedule(handler: WorksheetChangedHandler, args: FakeWorksheetChangedEventArgs): void {
    // Events reach an add-in after the sync that caused them has answered, never inside it.
    const call = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => handler(args))
      .then(
        () => undefined,
        (error: unknown) => {
          this.failures.push(error);
        },
      )
      .finally(() => this.running.delete(call));
    this.running.add(call);
  }

  /**
   * Resolves when every handler call (also those caused by handlers' own changes) has finished;
   * rejects with what a handler threw, so a failing handler fails the test that waits for it.
   */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    const failures = this.failures.splice(0);
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new AggregateError(failures, `${failures.length} worksheet event handlers failed.`);
  }
}

/** What event registration needs of a request context. */
export interface EventContext extends ApiContext {
  readonly events: EventHub;
  /**
   * Queues a handler removal. Unlike other work it is accepted after the context's batch ended:
   * removing a handler later, through the context that added it, is what the handler's
   * EventHandlerResult is for.
   */
  enqueueRemoval(op: Operation): void;
}

interface SheetTarget {
  target(tx: Transaction): SheetModel | null;
}

/** `worksheet.onChanged`: Office.js's EventHandlers<WorksheetChangedEventArgs>. */
export class WorksheetChangedHandlersApi {
  private readonly added: EventHandlerResultApi[] = [];

  constructor(
    private readonly ctx: EventContext,
    private readonly sheet: SheetTarget,
  ) {
    return strict(this, 'EventHandlers');
  }

  add(handler: WorksheetChangedHandler): EventHandlerResultApi {
    const location = 'Worksheet.onChanged.add';
    if (typeof handler !== 'function') throw invalidArgument('An event handler is a function.', location);
    const hub = this.ctx.events;
    const id = hub.newRegistrationId();
    this.ctx.enqueue({
      location,
      request: { onChanged: 'add' },
      reads: false,
      apply: (tx) => {
        const sheet = this.sheet.target(tx);
        if (!sheet)
          throw new FakeExcelError('ItemNotFound', 'The worksheet does not exist (it is a null object).', location);
        tx.onSuccess(() => hub.register(id, sheet.id, handler));
      },
    });
    const result = new EventHandlerResultApi(this.ctx, id, handler);
    this.added.push(result);
    return result;
  }

  /** Removes every registration of `handler` made through this object. */
  remove(handler: WorksheetChangedHandler): void {
    for (const result of this.added) if (result.handler === handler) result.remove();
  }
}

/** Office.js's EventHandlerResult: the registration's context, and `remove()`. */
export class EventHandlerResultApi {
  private removed = false;

  constructor(
    readonly context: EventContext,
    private readonly id: number,
    readonly handler: WorksheetChangedHandler,
  ) {
    return strict(this, 'EventHandlerResult');
  }

  /** Takes effect at the context's next sync; removing twice does nothing more. */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    const hub = this.context.events;
    this.context.enqueueRemoval({
      location: 'EventHandlerResult.remove',
      request: { onChanged: 'remove' },
      reads: false,
      apply: (tx) => tx.onSuccess(() => hub.unregister(this.id)),
    });
  }
}
