/**
 * Excel.RangeAreas (ExcelApi 1.9): rectangles on one sheet, as `getMergedAreasOrNullObject` and
 * `getSpecialCellsOrNullObject` give them, with `areas` as a collection of ranges. Which
 * rectangles is worked out when the sync reaches the object and fixed from then on; none at all
 * makes a null object.
 */
import { cellCount, fullAddress, type Rect } from './a1';
import { ApiObject, CollectionApi } from './api-object';
import type { RangeTarget } from './cell-writes';
import { notImplemented } from './errors';
import type { SheetModel } from './model';
import type { RangeApi, RangeContext } from './range';
import type { Transaction } from './transaction';

export interface AreasTarget {
  readonly sheet: SheetModel;
  /** Never empty: no rectangle is a null object. */
  readonly rects: ReadonlyArray<Rect>;
}

/** Finds the rectangles when the sync needs them; null makes a null object. */
export type AreasLocator = (tx: Transaction) => AreasTarget | null;

/** `RangeAreas.cellCount` reads -1 beyond this, as Excel documents. */
const MAX_CELL_COUNT = 2 ** 31 - 1;

export class RangeAreasApi extends ApiObject<AreasTarget> {
  private bound: AreasTarget | undefined = undefined;
  private areasApi: RangeCollectionApi | undefined = undefined;

  /** `rangeAt` makes the proxy for one rectangle, on the sheet the areas belong to. */
  constructor(
    protected override readonly ctx: RangeContext,
    private readonly locate: AreasLocator,
    private readonly rangeAt: (rect: Rect) => RangeApi,
  ) {
    super(ctx, 'RangeAreas');
    // Only the *OrNullObject methods make RangeAreas here, so isNullObject is always known after a sync.
    this.instantiate();
  }

  protected resolve(tx: Transaction): AreasTarget | null {
    if (this.bound) return this.bound;
    const found = this.locate(tx);
    if (found) this.bound = found;
    return found;
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['address', 'addressLocal', 'areaCount', 'cellCount'];
  }

  protected readScalar(name: string, t: AreasTarget): unknown {
    switch (name) {
      case 'address':
      case 'addressLocal':
        return t.rects.map((rect) => fullAddress(t.sheet.name, rect)).join(',');
      case 'areaCount':
        return t.rects.length;
      case 'cellCount': {
        const cells = t.rects.reduce((n, rect) => n + cellCount(rect), 0);
        return cells > MAX_CELL_COUNT ? -1 : cells;
      }
    }
    throw notImplemented(`RangeAreas.${name}`);
  }

  protected override navigation(name: string): ApiObject<unknown> | undefined {
    return name === 'areas' ? (this.areas as ApiObject<unknown>) : undefined;
  }

  get address(): string {
    return this.loaded('address');
  }
  get addressLocal(): string {
    return this.loaded('addressLocal');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }

  get areas(): RangeCollectionApi {
    return (this.areasApi ??= new RangeCollectionApi(this.ctx, this, this.rangeAt));
  }
}

/** `RangeAreas.areas`: one range per rectangle, in the order the areas have. */
export class RangeCollectionApi extends CollectionApi<RangeTarget, RangeApi> {
  constructor(
    protected override readonly ctx: RangeContext,
    private readonly parent: RangeAreasApi,
    private readonly rangeAt: (rect: Rect) => RangeApi,
  ) {
    super(ctx, 'RangeCollection');
  }

  protected resolve(tx: Transaction): ReadonlyArray<RangeTarget> | null {
    const areas = this.parent.target(tx);
    return areas ? areas.rects.map((rect) => ({ sheet: areas.sheet, rect })) : null;
  }

  protected itemScalars(): ReadonlyArray<string> {
    return ['address', 'addressLocal', 'cellCount', 'columnCount', 'columnIndex', 'rowCount', 'rowIndex'];
  }

  protected item(target: RangeTarget): RangeApi {
    return this.rangeAt(target.rect);
  }
}
