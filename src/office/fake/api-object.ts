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
    else if (typeof value === 'object' && value !== null) paths.push(...nestedPaths(value as { [key: string]: unknown }, [...prefix, key], owner));
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
    for (const key of Object.keys(o)) if (key !== 'select' && key !== 'expand') throw notImplemented(`${owner}.load({ ${key} })`);
    return [...select, ...expand];
  }
  return nestedPaths(o, [], owner);
}

/** Keys JavaScript tooling probes on any object (promises, test matchers, inspectors). */
const PROBES = new Set(['then', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'toJSON']);

/** Wraps an object so that touching a member it lacks throws NotImplemented naming it. */
export function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop) || prop.startsWith('@@') || prop.startsWith('$$') || prop.startsWith('__')) return undefined;
      throw notImplemented(`${typeName}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.set(t, prop, value, receiver);
      throw notImplemented(`${typeName}.${prop}`);
    },
  });
}

export abstract class ApiObject<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined = undefined;

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
    if (this.nullState === undefined) throw propertyNotLoaded(`${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** Resolves and remembers, for after the sync, whether the object turned out to exist. */
  target(tx: Transaction): T | null {
    const target = this.resolve(tx);
    tx.onSuccess(() => {
      this.nullState = target === null;
    });
    return target;
  }

  /** Queued at creation by `*OrNullObject` methods, so `isNullObject` is known after the next sync. */
  protected instantiate(): this {
    this.ctx.enqueue({ location: `${this.typeName}.instantiate`, request: { instantiate: this.typeName }, reads: false, apply: (tx) => void this.target(tx) });
    return this;
  }

  load(option?: LoadInput): this {
    const own: string[] = [];
    for (const path of loadPaths(option, this.typeName)) this.loadPath(path, own);
    if (own.length > 0) this.queueLoad([...new Set(own)]);
    return this;
  }

  /** Office.js's `toJSON`: the loaded scalar properties as plain data. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
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
    this.ctx.enqueue({
      location: `${this.typeName}.load`,
      request: { load: this.typeName, names },
      reads: true,
      apply: (tx) => {
        const target = this.target(tx);
        const values = this.read(names, target, tx);
        tx.respond(values);
        tx.onSuccess(() => this.accept(values));
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
    for (const [name, value] of Object.entries(values)) this.loadedValues.set(name, value);
    if (isNull !== undefined) this.nullState = isNull;
  }

  /** A loaded property, or PropertyNotLoaded as Office.js throws. */
  protected loaded<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(`${this.typeName}.${name}`);
    return this.loadedValues.get(name) as V;
  }

  /**
   * A property set: queued for the sync, and (as Office.js's generated setters do) kept on the
   * proxy, so reading it back returns what was set, not what Excel made of it.
   */
  protected queueSet(name: string, value: unknown, apply: (target: T, tx: Transaction) => void): void {
    this.loadedValues.set(name, value);
    this.queueCall(name, { set: name, value }, apply);
  }

  protected queueCall(name: string, request: unknown, apply: (target: T, tx: Transaction) => void): void {
    const location = `${this.typeName}.${name}`;
    this.ctx.enqueue({
      location,
      request: { on: this.typeName, ...(request as object) },
      reads: false,
      apply: (tx) => {
        const target = this.target(tx);
        if (target === null) throw new FakeExcelError('ItemNotFound', `${this.typeName} does not exist (it is a null object).`, location);
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
    if (!this.result) throw new FakeExcelError('ValueNotLoaded', `The value of ${this.location} is not available before context.sync().`, this.location);
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
    this.ctx.enqueue({
      location: `${this.typeName}.load`,
      request: { load: this.typeName, names },
      reads: true,
      apply: (tx) => {
        const targets = this.target(tx) ?? [];
        const items = targets.map((t) => this.item(t));
        const values = items.map((item, i) => item.read(names, targets[i]!, tx));
        tx.respond(values);
        tx.onSuccess(() => {
          items.forEach((item, i) => item.accept(values[i]!, false));
          this.loadedItems = items;
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
