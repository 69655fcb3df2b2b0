/**
 * The fake `Excel.RequestContext`: holds the queue of operations that proxies add and hands it to
 * the workbook on `sync()`. After its `run` ended, the context refuses further work, as Office.js
 * does for objects used outside their batch; only an event handler's removal (and the sync that
 * carries it) is still taken, as removing a handler goes through the context that added it.
 */
import { FakeExcelError, notImplemented } from './errors';
import type { LoadInput } from './api-object';
import type { EventHub } from './events';
import type { FormulaCache } from './recalc';
import type { Operation } from './transaction';
import { WorkbookApi, type WorkbookContext } from './workbook';

export interface SyncEngine {
  readonly formulas: FormulaCache;
  readonly events: EventHub;
  readonly workbookName: string;
  execute(operations: ReadonlyArray<Operation>, delayForCellEdit: boolean): Promise<void>;
}

interface Loadable {
  load(option?: LoadInput): unknown;
}

const CONTEXT_HANDLER: ProxyHandler<FakeRequestContext> = {
  get(target, prop, receiver) {
    const value: unknown = Reflect.get(target, prop, receiver);
    if (value !== undefined || typeof prop === 'symbol' || prop in target || prop === 'then') return value;
    throw notImplemented(`RequestContext.${prop}`);
  },
};

export class FakeRequestContext implements WorkbookContext {
  readonly workbook: WorkbookApi;
  /** Office.js tracks proxies for memory; nothing to model, so add/remove do nothing. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Operation[] = [];
  private closed = false;

  constructor(
    private readonly engine: SyncEngine,
    private readonly delayForCellEdit: boolean,
  ) {
    const strict = new Proxy(this, CONTEXT_HANDLER);
    // Objects hand out `object.context`: that must be the strict one too.
    this.workbook = new WorkbookApi(strict);
    return strict;
  }

  get formulas(): FormulaCache {
    return this.engine.formulas;
  }

  get workbookName(): string {
    return this.engine.workbookName;
  }

  get events(): EventHub {
    return this.engine.events;
  }

  /** An arrow on the unwrapped context: it runs for every queued operation, without the Proxy's detour. */
  readonly enqueue = (op: Operation): void => {
    if (this.closed) {
      throw new FakeExcelError(
        'InvalidRequestContext',
        'This object belongs to an Excel.run batch that has already finished.',
        op.location,
      );
    }
    this.queue.push(op);
  };

  /** Event handler removals are the one thing a finished batch's context still takes (events.ts). */
  enqueueRemoval(op: Operation): void {
    this.queue.push(op);
  }

  load<T extends Loadable>(object: T, option?: LoadInput): T {
    object.load(option);
    return object;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    // After the batch, a sync may still carry handler removals (queued through enqueueRemoval); nothing else.
    if (this.closed && this.queue.length === 0) {
      throw new FakeExcelError(
        'InvalidRequestContext',
        'context.sync() after the Excel.run batch finished.',
        'RequestContext.sync',
      );
    }
    const operations = this.queue;
    this.queue = [];
    await this.engine.execute(operations, this.delayForCellEdit);
    return passThroughValue as T;
  }

  /** Excel.run sends what is still queued when the batch's promise resolves. */
  async finish(): Promise<void> {
    if (this.queue.length > 0) await this.sync();
  }

  close(): void {
    this.closed = true;
  }
}
