/**
 * What every fake proxy object shares with Office.js's: properties that must be loaded and synced
 * before they are read, writes and method calls queued until `context.sync()`, `*OrNullObject`
 * objects whose `isNullObject` is known after a sync, and `load(...)` in its string, array and
 * object forms.
 *
 * Every instance is wrapped in a JavaScript Proxy: reading or setting a member the fake does not
 * implement throws `NotImplemented` naming it, so a test cannot pass by touching what is not
 * modelled.
 */
import { FakeExcelError, notImplemented, propertyNotLoaded } from './errors';
import type { Operation, Transaction } from './transaction';

export interface ApiContext {
  enqueue(op: Operation): void;
}

/** The forms `load` takes in Office.js: 'a, b/c', ['a', 'b/c'], { select, expand } or { a: true, b: { c: true } }. */
export type LoadInput = string | ReadonlyArray<string> | { readonly [key: string]: unknown } | undefined;

/** A load path; `*` as the last segment means every scalar property of that object. */
type Path = ReadonlyArray<string>;
const ALL = '*';

function splitList(list: string | ReadonlyArray<string>): Path[] {
  const parts = typeof list === 'string' ? [list] : list;
  return parts
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => p.split('/').map((s) => s.trim()));
}

function nestedPaths(option: { readonly [key: string]: unknown }, prefix: string[], owner: string): Path[] {
  const paths: Path[] = [];
  for (const [key, value] of Object.entries(option)) {
    if (key === '$all') {
      if (value === true) paths.push([...prefix, ALL]);
      continue;
    }
    if (key.startsWith('$')) throw notImplemented(`${owner}.load({ ${key} })`);
    if (value === true) paths.push([...prefix, key]);
    else if (typeof value === 'object' && value !== null)
      paths.push(...nestedPaths(value as { [key: string]: unknown }, [...prefix, key], owner));
  }
  return paths;
}

function loadPaths(option: LoadInput, owner: string): Path[] {
  if (option === undefined || option === '') return [[ALL]];
  if (typeof option === 'string' || Array.isArray(option)) return splitList(option as string | ReadonlyArray<string>);
  const o = option as { readonly [key: string]: unknown };
  if ('select' in o || 'expand' in o) {
    const select = o.select === undefined ? [] : splitList(o.select as string | string[]);
    const expand = o.expand === undefined ? [] : splitList(o.expand as string | string[]).map((p) => [...p, ALL]);
    for (const key of Object.keys(o))
      if (key !== 'select' && key !== 'expand') throw notImplemented(`${owner}.load({ ${key} })`);
    return [...select, ...expand];
  }
  return nestedPaths(o, [], owner);
}

/** Keys JavaScript tooling probes on any object (promises, test matchers, inspectors). */
const PROBES = new Set(['then', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'toJSON']);

const hasOwn = Object.prototype.hasOwnProperty;

/** One handler per type name, shared by all its objects (a proxy's handler is made once, not per object). */
const handlers = new Map<string, ProxyHandler<object>>();

function strictHandler(typeName: string): ProxyHandler<object> {
  let handler = handlers.get(typeName);
  if (handler) return handler;
  handler = {
    get(t, prop, receiver) {
      // Members that exist are by far the most asked for: read first, check only what reads undefined.
      const value: unknown = Reflect.get(t, prop, receiver);
      if (value !== undefined || typeof prop === 'symbol' || prop in t) return value;
      if (PROBES.has(prop) || prop.startsWith('@@') || prop.startsWith('$$') || prop.startsWith('__')) return undefined;
      throw notImplemented(`${typeName}.${prop}`);
    },
    set(t, prop, value, receiver) {
      // An own field is plain data: set it directly (Reflect.set through the proxy does the same, slowly).
      if (typeof prop !== 'symbol' && hasOwn.call(t, prop)) {
        (t as Record<string, unknown>)[prop] = value;
        return true;
      }
      if (typeof prop === 'symbol' || prop in t) return Reflect.set(t, prop, value, receiver);
      throw notImplemented(`${typeName}.${prop}`);
    },
  };
  handlers.set(typeName, handler);
  return handler;
}

/** Wraps an object so that touching a member it lacks throws NotImplemented naming it. */
export function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, strictHandler(typeName) as ProxyHandler<T>);
}

/** What an object holds between syncs: its loaded values, and what the syncs found (see `ApiObject.target`). */
interface ObjectState<T> {
  /**
   * The object itself, unwrapped: the fake's own bookkeeping at sync time goes through it rather
   * than through the strict Proxy. Never handed out, and never passed on as an API object.
   */
  readonly self: ApiObject<T>;
  /** Loaded (and set) property values; made when the first one arrives, as most objects never hold one. */
  loaded: Map<string, unknown> | undefined;
  /** What `isNullObject` reads; undefined before a sync found out. */
  nullState: boolean | undefined;
  /** The last resolution: in which sync, at which model version, and what it found. */
  serial: number;
  version: number;
  target: T | null;
  /** What the current sync found last, handed to `nullState` when the sync succeeds. */
  pendingNull: boolean;
  /** The sync that already holds the commit for `nullState`. */
  notedSerial: number;
}

export abstract class ApiObject<T> {
  /** Kept in one plain object: every member access on `this` goes through the strict Proxy. */
  private readonly objectState: ObjectState<T> = {
    self: this,
    loaded: undefined,
    nullState: undefined,
    serial: -1,
    version: -1,
    target: null,
    pendingNull: false,
    notedSerial: -1,
  };

  protected constructor(
    protected readonly ctx: ApiContext,
    readonly typeName: string,
  ) {
    // Handing out the wrapped instance makes every subclass strict without each one remembering to.
    return strict(this, typeName);
  }

  /**
   * The model object behind the proxy at this point of the sync, null for a null object. Throws
   * the error Excel would give (ItemNotFound, InvalidArgument, ...) when it cannot be found.
   */
  protected abstract resolve(tx: Transaction): T | null;

  /** Scalar properties `load` can fetch. */
  protected abstract scalarNames(): ReadonlyArray<string>;

  protected abstract readScalar(name: string, target: T, tx: Transaction): unknown;

  /** Navigation properties, for load paths such as `format/fill/color`. */
  protected navigation(_name: string): ApiObject<unknown> | undefined {
    return undefined;
  }

  /** Office.js's `object.context`: the request context the object belongs to. */
  get context(): ApiContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    const nullState = this.objectState.nullState;
    if (nullState === undefined) throw propertyNotLoaded(`${this.typeName}.isNullObject`);
    return nullState;
  }

  /**
   * Resolves and remembers, for after the sync, whether the object turned out to exist.
   *
   * What `resolve` finds depends only on the model (and on what this proxy bound itself to, which
   * it does once, on finding its target), so it is reused while the model is unchanged (the
   * journal's version): a chain of `getNextOrNullObject` proxies resolves each link once per
   * sync instead of walking back to its start for every operation. An error is never reused.
   */
  target(tx: Transaction): T | null {
    const state = this.objectState;
    const version = tx.journal.version;
    let target: T | null;
    if (state.serial === tx.serial && state.version === version) {
      target = state.target;
    } else {
      target = state.self.resolve(tx);
      state.serial = tx.serial;
      state.version = version;
      state.target = target;
    }
    // isNullObject after the sync is what the sync's last resolution found.
    state.pendingNull = target === null;
    if (state.notedSerial !== tx.serial) {
      state.notedSerial = tx.serial;
      tx.onSuccess(() => {
        state.nullState = state.pendingNull;
      });
    }
    return target;
  }

  /** Queued at creation by `*OrNullObject` methods, so `isNullObject` is known after the next sync. */
  protected instantiate(): this {
    const self = this.objectState.self;
    self.ctx.enqueue({
      location: `${self.typeName}.instantiate`,
      request: { instantiate: self.typeName },
      reads: false,
      apply: (tx) => void self.target(tx),
    });
    return this;
  }

  load(option?: LoadInput): this {
    const own: string[] = [];
    for (const path of loadPaths(option, this.typeName)) this.loadPath(path, own);
    if (own.length > 0) this.queueLoad([...new Set(own)]);
    return this;
  }

  /** The object unwrapped, for the fake's own use (see `ObjectState.self`). */
  protected unwrapped(): this {
    return this.objectState.self as this;
  }

  /** Office.js's `toJSON`: the loaded scalar properties as plain data. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.objectState.loaded ?? []);
  }

  /** Office.js's `set`: several properties at once, nested objects for navigation properties. */
  set(properties: { readonly [key: string]: unknown }): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this.navigation(key);
      if (child && typeof value === 'object' && value !== null) child.set(value as { [key: string]: unknown });
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  /** Office.js's `track`/`untrack` only manage proxy memory; nothing to model. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  protected loadPath(path: Path, own: string[]): void {
    const [head, ...rest] = path;
    if (head === ALL) {
      own.push(...this.scalarNames());
      return;
    }
    if (head === 'isNullObject' && rest.length === 0) return;
    if (rest.length === 0 && this.scalarNames().includes(head!)) {
      own.push(head!);
      return;
    }
    const child = this.navigation(head!);
    if (!child) throw notImplemented(`${this.typeName}.${head} (in load)`);
    // Loading a navigation property itself loads all of its scalars, as Office.js does.
    const childNames: string[] = [];
    child.loadPath(rest.length === 0 ? [ALL] : rest, childNames);
    if (childNames.length > 0) child.queueLoad([...new Set(childNames)]);
  }

  protected queueLoad(names: ReadonlyArray<string>): void {
    const self = this.objectState.self;
    self.ctx.enqueue({
      location: `${self.typeName}.load`,
      request: { load: self.typeName, names },
      reads: true,
      apply: (tx) => {
        const target = self.target(tx);
        const values = self.read(names, target, tx);
        tx.respond(values);
        tx.onSuccess(() => self.accept(values));
      },
    });
  }

  /** Snapshot of the named properties now; a null object reads null everywhere. */
  read(names: ReadonlyArray<string>, target: T | null, tx: Transaction): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = target === null ? null : this.readScalar(name, target, tx);
    return values;
  }

  accept(values: Record<string, unknown>, isNull?: boolean): void {
    const state = this.objectState;
    const loaded = (state.loaded ??= new Map());
    for (const [name, value] of Object.entries(values)) loaded.set(name, value);
    if (isNull !== undefined) state.nullState = isNull;
  }

  /** A loaded property, or PropertyNotLoaded as Office.js throws. */
  protected loaded<V>(name: string): V {
    const loaded = this.objectState.loaded;
    if (loaded === undefined || !loaded.has(name)) throw propertyNotLoaded(`${this.typeName}.${name}`);
    return loaded.get(name) as V;
  }

  /**
   * A property set: queued for the sync, and (as Office.js's generated setters do) kept on the
   * proxy, so reading it back returns what was set, not what Excel made of it.
   */
  protected queueSet(name: string, value: unknown, apply: (target: T, tx: Transaction) => void): void {
    (this.objectState.loaded ??= new Map()).set(name, value);
    this.queueCall(name, { set: name, value }, apply);
  }

  protected queueCall(name: string, request: unknown, apply: (target: T, tx: Transaction) => void): void {
    const self = this.objectState.self;
    const typeName = self.typeName;
    const location = `${typeName}.${name}`;
    self.ctx.enqueue({
      location,
      request: { on: typeName, ...(request as object) },
      reads: false,
      apply: (tx) => {
        const target = self.target(tx);
        if (target === null)
          throw new FakeExcelError('ItemNotFound', `${typeName} does not exist (it is a null object).`, location);
        apply(target, tx);
      },
    });
  }
}

/** Office.js's ClientResult: a value returned by a method, readable after the sync. */
export class ClientResult<V> {
  private result: { value: V } | undefined;

  constructor(private readonly location: string) {}

  get value(): V {
    if (!this.result)
      throw new FakeExcelError(
        'ValueNotLoaded',
        `The value of ${this.location} is not available before context.sync().`,
        this.location,
      );
    return this.result.value;
  }

  settle(value: V): void {
    this.result = { value };
  }
}

/**
 * A collection: `items` after loading item properties (`load('items/name')`, or just
 * `load('name')` as Office.js also accepts), fresh item proxies per load, and `getCount()`.
 */
export abstract class CollectionApi<TT, TItem extends ApiObject<TT>> extends ApiObject<ReadonlyArray<TT>> {
  private loadedItems: TItem[] | undefined = undefined;

  protected abstract itemScalars(): ReadonlyArray<string>;

  /** A proxy bound to one existing item. */
  protected abstract item(target: TT): TItem;

  protected scalarNames(): ReadonlyArray<string> {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw notImplemented(`${this.typeName}.${name}`);
  }

  protected override loadPath(path: Path, own: string[]): void {
    const rest = path[0] === 'items' ? path.slice(1) : path;
    const names = this.itemScalars();
    if (rest.length === 0 || rest[0] === ALL) own.push(...names);
    else if (rest.length === 1 && names.includes(rest[0]!)) own.push(rest[0]!);
    else throw notImplemented(`${this.typeName}.load('${path.join('/')}')`);
  }

  protected override queueLoad(names: ReadonlyArray<string>): void {
    const self = this.unwrapped();
    self.ctx.enqueue({
      location: `${self.typeName}.load`,
      request: { load: self.typeName, names },
      reads: true,
      apply: (tx) => {
        const targets = self.target(tx) ?? [];
        const items = targets.map((t) => self.item(t));
        const values = items.map((item, i) => item.read(names, targets[i]!, tx));
        tx.respond(values);
        tx.onSuccess(() => {
          items.forEach((item, i) => item.accept(values[i]!, false));
          self.loadedItems = items;
        });
      },
    });
  }

  get items(): TItem[] {
    if (!this.loadedItems) throw propertyNotLoaded(`${this.typeName}.items`);
    return this.loadedItems;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>(`${this.typeName}.getCount`);
    this.queueCall('getCount', { getCount: true }, (targets, tx) => tx.onSuccess(() => result.settle(targets.length)));
    return result;
  }
}
