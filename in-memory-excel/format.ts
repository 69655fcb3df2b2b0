/**
 * Range formatting: fill, font, borders, alignment, column widths and row heights. A property
 * read over several cells gives their common value, or null when they differ (as Excel does).
 * A cell without fill reads colour `#FFFFFF`, like a white one; only `pattern` (`None` against
 * `Solid`) tells them apart.
 */
import { cellCount, type Rect } from './a1';
import { ApiObject } from './api-object';
import { assertWritable, colorArgument, invalidArgument, updateCells, type RangeTarget } from './cell-writes';
import {
  EDGES,
  EMPTY_CELL,
  fontOf,
  NO_BORDER,
  NO_FILL_COLOR,
  normaliseFont,
  type BorderLine,
  type Edge,
  type FontFormat,
  type StoredCell,
} from './cells';
import { notImplemented } from './errors';
import type { SheetModel } from './model';
import type { RangeApi, RangeContext } from './range';
import type { Transaction } from './transaction';

/** The common value of `read` over the rectangle's cells, or null when they differ. */
function uniform<V>(sheet: SheetModel, rect: Rect, read: (cell: StoredCell) => V): V | null {
  const stored = sheet.storedIn(rect);
  const values = stored.length < cellCount(rect) ? [read(EMPTY_CELL)] : [];
  for (const s of stored) values.push(read(s.cell));
  const first = values[0] as V;
  return values.every((v) => v === first) ? first : null;
}

/** Objects reached through `range.format`: they resolve to their range. */
abstract class RangePartApi extends ApiObject<RangeTarget> {
  protected constructor(
    protected override readonly ctx: RangeContext,
    protected readonly range: RangeApi,
    typeName: string,
  ) {
    super(ctx, typeName);
  }

  protected resolve(tx: Transaction): RangeTarget | null {
    return this.range.target(tx);
  }

  /** A format change: refused on a protected sheet, applied to every cell. */
  protected queueFormat(name: string, value: unknown, update: (cell: StoredCell, t: RangeTarget) => StoredCell): void {
    const location = `${this.typeName}.${name}`;
    this.queueSet(name, value, (t, tx) => {
      assertWritable(t.sheet, location);
      updateCells(t, tx, location, (cell) => update(cell, t));
    });
  }
}

const ALIGNMENTS = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];

export class RangeFormatApi extends RangePartApi {
  private fillApi: RangeFillApi | undefined = undefined;
  private fontApi: RangeFontApi | undefined = undefined;
  private bordersApi: RangeBorderCollectionApi | undefined = undefined;

  constructor(ctx: RangeContext, range: RangeApi) {
    super(ctx, range, 'RangeFormat');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['columnWidth', 'rowHeight', 'horizontalAlignment'];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    const { sheet, rect } = t;
    switch (name) {
      case 'columnWidth': {
        const widths = new Set<number>();
        for (let c = rect.col; c < rect.col + rect.cols && widths.size < 2; c++) widths.add(sheet.columnWidth(c));
        return widths.size === 1 ? [...widths][0] : null;
      }
      case 'rowHeight': {
        const heights = new Set<number>();
        for (let r = rect.row; r < rect.row + rect.rows && heights.size < 2; r++) heights.add(sheet.rowHeight(r));
        return heights.size === 1 ? [...heights][0] : null;
      }
      case 'horizontalAlignment':
        return uniform(sheet, rect, (cell) => cell.horizontalAlignment ?? 'General');
    }
    throw notImplemented(`RangeFormat.${name}`);
  }

  protected override navigation(name: string): ApiObject<unknown> | undefined {
    if (name === 'fill') return this.fill as ApiObject<unknown>;
    if (name === 'font') return this.font as ApiObject<unknown>;
    return undefined;
  }

  get fill(): RangeFillApi {
    return (this.fillApi ??= new RangeFillApi(this.ctx, this.range));
  }

  get font(): RangeFontApi {
    return (this.fontApi ??= new RangeFontApi(this.ctx, this.range));
  }

  get borders(): RangeBorderCollectionApi {
    return (this.bordersApi ??= new RangeBorderCollectionApi(this.ctx, this.range));
  }

  get columnWidth(): number | null {
    return this.loaded('columnWidth');
  }
  /** Points, for every column of the range; Excel allows 0 to 255 characters' worth. */
  set columnWidth(points: number) {
    this.queueSizes('columnWidth', points, (t, tx) => {
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) tx.journal.mapSet(t.sheet.columnWidths, c, points);
    });
  }

  get rowHeight(): number | null {
    return this.loaded('rowHeight');
  }
  /** Points, for every row of the range; Excel allows 0 to 409. */
  set rowHeight(points: number) {
    this.queueSizes('rowHeight', points, (t, tx) => {
      if (points > 409) throw invalidArgument('A row height is at most 409 points.', 'RangeFormat.rowHeight');
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) tx.journal.mapSet(t.sheet.rowHeights, r, points);
    });
  }

  private queueSizes(name: string, points: number, apply: (t: RangeTarget, tx: Transaction) => void): void {
    this.queueSet(name, points, (t, tx) => {
      assertWritable(t.sheet, `RangeFormat.${name}`);
      if (typeof points !== 'number' || !Number.isFinite(points) || points < 0)
        throw invalidArgument(`${name} takes a number of points.`, `RangeFormat.${name}`);
      apply(t, tx);
    });
  }

  get horizontalAlignment(): string | null {
    return this.loaded('horizontalAlignment');
  }
  set horizontalAlignment(alignment: string) {
    this.queueFormat('horizontalAlignment', alignment, (cell) => {
      if (!ALIGNMENTS.includes(alignment))
        throw invalidArgument(`'${alignment}' is no horizontal alignment.`, 'RangeFormat.horizontalAlignment');
      if (alignment === 'General') {
        const { horizontalAlignment: _dropped, ...rest } = cell;
        return rest;
      }
      return { ...cell, horizontalAlignment: alignment };
    });
  }
}

export class RangeFillApi extends RangePartApi {
  constructor(ctx: RangeContext, range: RangeApi) {
    super(ctx, range, 'RangeFill');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['color', 'pattern'];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    if (name === 'color') return uniform(t.sheet, t.rect, (cell) => cell.fill ?? NO_FILL_COLOR);
    if (name === 'pattern') return uniform(t.sheet, t.rect, (cell) => (cell.fill === undefined ? 'None' : 'Solid'));
    throw notImplemented(`RangeFill.${name}`);
  }

  get color(): string | null {
    return this.loaded('color');
  }
  /** A colour gives the cells a solid fill. */
  set color(color: string) {
    this.queueFormat('color', color, (cell) => ({ ...cell, fill: colorArgument(color, 'RangeFill.color') }));
  }

  get pattern(): string | null {
    return this.loaded('pattern');
  }
  /** `None` removes the fill; `Solid` on a cell without fill gives it a white one. Other patterns are not modelled. */
  set pattern(pattern: string) {
    this.queueFormat('pattern', pattern, (cell) => {
      if (pattern === 'None') return withoutFill(cell);
      if (pattern === 'Solid') return { ...cell, fill: cell.fill ?? NO_FILL_COLOR };
      throw notImplemented(`RangeFill.pattern = '${pattern}'`);
    });
  }

  /** Removes the fill: the cells read pattern `None` again. */
  clear(): void {
    this.queueCall('clear', { clear: 'fill' }, (t, tx) => {
      assertWritable(t.sheet, 'RangeFill.clear');
      for (const { row, col, cell } of t.sheet.storedIn(t.rect))
        t.sheet.setCell(row, col, withoutFill(cell), tx.journal);
    });
  }
}

function withoutFill(cell: StoredCell): StoredCell {
  const { fill: _dropped, ...rest } = cell;
  return rest;
}

export class RangeFontApi extends RangePartApi {
  constructor(ctx: RangeContext, range: RangeApi) {
    super(ctx, range, 'RangeFont');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['bold', 'italic', 'color', 'size', 'name', 'underline'];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    if (!this.scalarNames().includes(name)) throw notImplemented(`RangeFont.${name}`);
    return uniform(t.sheet, t.rect, (cell) => fontOf(cell)[name as keyof FontFormat]);
  }

  private queueFont<K extends keyof FontFormat>(key: K, value: FontFormat[K], check: () => FontFormat[K]): void {
    this.queueFormat(key, value, (cell) => {
      const font = normaliseFont({ ...cell.font, [key]: check() });
      if (font) return { ...cell, font };
      const { font: _dropped, ...rest } = cell;
      return rest;
    });
  }

  private flag(key: 'bold' | 'italic', value: boolean): void {
    this.queueFont(key, value, () => {
      if (typeof value !== 'boolean') throw invalidArgument(`${key} takes true or false.`, `RangeFont.${key}`);
      return value;
    });
  }

  get bold(): boolean | null {
    return this.loaded('bold');
  }
  set bold(value: boolean) {
    this.flag('bold', value);
  }

  get italic(): boolean | null {
    return this.loaded('italic');
  }
  set italic(value: boolean) {
    this.flag('italic', value);
  }

  get color(): string | null {
    return this.loaded('color');
  }
  set color(value: string) {
    this.queueFont('color', value, () => colorArgument(value, 'RangeFont.color'));
  }

  get size(): number | null {
    return this.loaded('size');
  }
  /** Excel takes font sizes from 1 to 409 points. */
  set size(value: number) {
    this.queueFont('size', value, () => {
      if (typeof value !== 'number' || !(value >= 1 && value <= 409))
        throw invalidArgument('A font size is 1 to 409 points.', 'RangeFont.size');
      return value;
    });
  }

  get name(): string | null {
    return this.loaded('name');
  }
  set name(value: string) {
    this.queueFont('name', value, () => {
      if (typeof value !== 'string' || value === '')
        throw invalidArgument('A font name is a non-empty string.', 'RangeFont.name');
      return value;
    });
  }

  get underline(): string | null {
    return this.loaded('underline');
  }
  set underline(value: string) {
    this.queueFont('underline', value, () => {
      if (!UNDERLINES.includes(value))
        throw invalidArgument(`'${value}' is no underline style.`, 'RangeFont.underline');
      return value;
    });
  }
}

const UNDERLINES = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];

const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

export class RangeBorderCollectionApi extends RangePartApi {
  constructor(ctx: RangeContext, range: RangeApi) {
    super(ctx, range, 'RangeBorderCollection');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw notImplemented(`RangeBorderCollection.${name}`);
  }

  /** The outer edges are modelled; inside and diagonal borders are not. */
  getItem(index: string): RangeBorderApi {
    if (!(EDGES as ReadonlyArray<string>).includes(index))
      throw notImplemented(`RangeBorderCollection.getItem('${index}')`);
    return new RangeBorderApi(this.ctx, this.range, index as Edge);
  }
}

/** The cells along one edge of a rectangle. */
function edgeRect(rect: Rect, edge: Edge): Rect {
  switch (edge) {
    case 'EdgeTop':
      return { ...rect, rows: 1 };
    case 'EdgeBottom':
      return { ...rect, row: rect.row + rect.rows - 1, rows: 1 };
    case 'EdgeLeft':
      return { ...rect, cols: 1 };
    case 'EdgeRight':
      return { ...rect, col: rect.col + rect.cols - 1, cols: 1 };
  }
}

/**
 * One outer edge, stored on the cells along it. Excel draws a shared line once (A1's bottom is
 * A2's top); the fake keeps each cell's own side, so read the edge that was written.
 */
export class RangeBorderApi extends RangePartApi {
  constructor(
    ctx: RangeContext,
    range: RangeApi,
    private readonly edge: Edge,
  ) {
    super(ctx, range, 'RangeBorder');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['style', 'color', 'weight', 'sideIndex'];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    if (name === 'sideIndex') return this.edge;
    if (name !== 'style' && name !== 'color' && name !== 'weight') throw notImplemented(`RangeBorder.${name}`);
    return uniform(t.sheet, edgeRect(t.rect, this.edge), (cell) => (cell.borders?.[this.edge] ?? NO_BORDER)[name]);
  }

  get sideIndex(): string {
    return this.loaded('sideIndex');
  }

  private queueLine(name: keyof BorderLine, value: string, check: () => string): void {
    const location = `RangeBorder.${name}`;
    this.queueSet(name, value, (t, tx) => {
      assertWritable(t.sheet, location);
      const checkedValue = check();
      updateCells({ sheet: t.sheet, rect: edgeRect(t.rect, this.edge) }, tx, location, (cell) => {
        const current = cell.borders?.[this.edge] ?? NO_BORDER;
        const drawn = name !== 'style' && current.style === 'None' ? { ...current, style: 'Continuous' } : current;
        const line: BorderLine = { ...drawn, [name]: checkedValue };
        const borders = { ...cell.borders, [this.edge]: line };
        if (line.style === 'None') delete borders[this.edge];
        if (Object.keys(borders).length > 0) return { ...cell, borders };
        const { borders: _dropped, ...rest } = cell;
        return rest;
      });
    });
  }

  get style(): string | null {
    return this.loaded('style');
  }
  set style(value: string) {
    this.queueLine('style', value, () => {
      if (!BORDER_STYLES.includes(value)) throw invalidArgument(`'${value}' is no border style.`, 'RangeBorder.style');
      return value;
    });
  }

  get color(): string | null {
    return this.loaded('color');
  }
  /** A colour (or weight) on an edge without a line draws a continuous one. */
  set color(value: string) {
    this.queueLine('color', value, () => colorArgument(value, 'RangeBorder.color'));
  }

  get weight(): string | null {
    return this.loaded('weight');
  }
  set weight(value: string) {
    this.queueLine('weight', value, () => {
      if (!BORDER_WEIGHTS.includes(value))
        throw invalidArgument(`'${value}' is no border weight.`, 'RangeBorder.weight');
      return value;
    });
  }
}
