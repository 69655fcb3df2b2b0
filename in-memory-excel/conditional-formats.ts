/**
 * Conditional formats on a range. Only data bars are modelled (the add-in's "% benut" bars);
 * adding any other type fails loudly. They live beside the cells, not in them, so they change
 * neither values nor fills.
 */
import { intersects } from './a1';
import { ApiObject, ClientResult } from './api-object';
import { assertWritable, colorArgument, type RangeTarget } from './cell-writes';
import { FakeExcelError, notImplemented } from './errors';
import type { ConditionalFormatModel, SheetModel } from './model';
import type { RangeApi, RangeContext } from './range';
import type { Transaction } from './transaction';

interface FormatTarget {
  readonly sheet: SheetModel;
  readonly format: ConditionalFormatModel;
}

export class ConditionalFormatCollectionApi extends ApiObject<RangeTarget> {
  constructor(
    protected override readonly ctx: RangeContext,
    private readonly range: RangeApi,
  ) {
    super(ctx, 'ConditionalFormatCollection');
  }

  protected resolve(tx: Transaction): RangeTarget | null {
    return this.range.target(tx);
  }

  protected scalarNames(): ReadonlyArray<string> {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw notImplemented(`ConditionalFormatCollection.${name}`);
  }

  add(type: string): ConditionalFormatApi {
    if (type !== 'DataBar') throw notImplemented(`ConditionalFormatCollection.add('${type}')`);
    const format = new ConditionalFormatApi(this.ctx, this.range);
    this.queueCall('add', { add: type }, (t, tx) => {
      assertWritable(t.sheet, 'ConditionalFormatCollection.add');
      const model: ConditionalFormatModel = { id: tx.model.newObjectId(), type, rect: t.rect };
      tx.journal.arraySplice(t.sheet.conditionalFormats, t.sheet.conditionalFormats.length, 0, model);
      format.bind(model.id);
    });
    return format;
  }

  /** Formats on the sheet that overlap the range. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>('ConditionalFormatCollection.getCount');
    this.queueCall('getCount', { getCount: true }, (t, tx) => {
      const count = t.sheet.conditionalFormats.filter((f) => intersects(f.rect, t.rect)).length;
      tx.onSuccess(() => result.settle(count));
    });
    return result;
  }

  clearAll(): void {
    this.queueCall('clearAll', { clearAll: true }, (t, tx) => {
      assertWritable(t.sheet, 'ConditionalFormatCollection.clearAll');
      for (let i = t.sheet.conditionalFormats.length - 1; i >= 0; i--) {
        if (intersects(t.sheet.conditionalFormats[i]!.rect, t.rect))
          tx.journal.arraySplice(t.sheet.conditionalFormats, i, 1);
      }
    });
  }
}

export class ConditionalFormatApi extends ApiObject<FormatTarget> {
  private boundId: string | undefined = undefined;
  private dataBarApi: DataBarConditionalFormatApi | undefined = undefined;

  constructor(
    protected override readonly ctx: RangeContext,
    private readonly range: RangeApi,
  ) {
    super(ctx, 'ConditionalFormat');
  }

  bind(id: string): void {
    this.boundId = id;
  }

  protected resolve(tx: Transaction): FormatTarget | null {
    const t = this.range.target(tx);
    const format = t?.sheet.conditionalFormats.find((f) => f.id === this.boundId);
    if (!t || !format)
      throw new FakeExcelError('ItemNotFound', 'The conditional format does not exist.', 'ConditionalFormat');
    return { sheet: t.sheet, format };
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['type', 'id'];
  }

  protected readScalar(name: string, t: FormatTarget): unknown {
    if (name === 'type') return t.format.type;
    if (name === 'id') return t.format.id;
    throw notImplemented(`ConditionalFormat.${name}`);
  }

  get type(): string {
    return this.loaded('type');
  }

  get id(): string {
    return this.loaded('id');
  }

  get dataBar(): DataBarConditionalFormatApi {
    return (this.dataBarApi ??= new DataBarConditionalFormatApi(this.ctx, this));
  }

  delete(): void {
    this.queueCall('delete', { delete: true }, (t, tx) => {
      assertWritable(t.sheet, 'ConditionalFormat.delete');
      tx.journal.arraySplice(t.sheet.conditionalFormats, t.sheet.conditionalFormats.indexOf(t.format), 1);
    });
  }
}

class DataBarConditionalFormatApi extends ApiObject<FormatTarget> {
  private positive: ConditionalDataBarPositiveFormatApi | undefined = undefined;

  constructor(
    protected override readonly ctx: RangeContext,
    private readonly owner: ConditionalFormatApi,
  ) {
    super(ctx, 'DataBarConditionalFormat');
  }

  protected resolve(tx: Transaction): FormatTarget | null {
    return this.owner.target(tx);
  }

  protected scalarNames(): ReadonlyArray<string> {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw notImplemented(`DataBarConditionalFormat.${name}`);
  }

  get positiveFormat(): ConditionalDataBarPositiveFormatApi {
    return (this.positive ??= new ConditionalDataBarPositiveFormatApi(this.ctx, this.owner));
  }
}

class ConditionalDataBarPositiveFormatApi extends ApiObject<FormatTarget> {
  constructor(
    ctx: RangeContext,
    private readonly owner: ConditionalFormatApi,
  ) {
    super(ctx, 'ConditionalDataBarPositiveFormat');
  }

  protected resolve(tx: Transaction): FormatTarget | null {
    return this.owner.target(tx);
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['fillColor'];
  }

  protected readScalar(name: string, t: FormatTarget): unknown {
    if (name === 'fillColor') return t.format.dataBarPositiveFill ?? '#638EC6';
    throw notImplemented(`ConditionalDataBarPositiveFormat.${name}`);
  }

  get fillColor(): string {
    return this.loaded('fillColor');
  }
  set fillColor(color: string) {
    this.queueSet('fillColor', color, (t, tx) => {
      assertWritable(t.sheet, 'ConditionalDataBarPositiveFormat.fillColor');
      tx.journal.assign(
        t.format,
        'dataBarPositiveFill',
        colorArgument(color, 'ConditionalDataBarPositiveFormat.fillColor'),
      );
    });
  }
}
