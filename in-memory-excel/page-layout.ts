/**
 * `Worksheet.pageLayout` (ExcelApi 1.9): how a sheet prints. Modelled: `orientation`, `zoom` (set
 * as a whole object, as Office.js requires), `setPrintTitleRows`, and the headers and footers of
 * `headersFooters.defaultForAllPages`. An Excel older than 1.9 refuses every member (ApiNotFound).
 */
import { MAX_ROWS, parseAddress } from './a1';
import { ApiObject } from './api-object';
import { invalidArgument } from './cell-writes';
import { notImplemented } from './errors';
import type { SheetModel } from './model';
import type { RangeContext } from './range';
import type { Transaction } from './transaction';

import {
  DEFAULT_PAGE_LAYOUT,
  PARTS,
  type HeaderFooterPart,
  type Orientation,
  type PageLayoutModel,
  type ZoomModel,
} from './page-layout-model';

export { DEFAULT_PAGE_LAYOUT, type PageLayoutModel };

/** Excel's Header/Footer dialog refuses a header or footer of more than 255 characters. */
const MAX_HEADER_FOOTER = 255;
const PAGE_LAYOUT_API = '1.9';

/** What `Worksheet.pageLayout` hangs off: the sheet proxy it resolves through. */
interface SheetTarget {
  target(tx: Transaction): SheetModel | null;
}

abstract class PagePart extends ApiObject<SheetModel> {
  protected constructor(
    protected override readonly ctx: RangeContext,
    protected readonly sheet: SheetTarget,
    typeName: string,
  ) {
    super(ctx, typeName);
  }

  protected resolve(tx: Transaction): SheetModel | null {
    tx.requireApi(PAGE_LAYOUT_API, this.typeName);
    return this.sheet.target(tx);
  }

  protected change(sheet: SheetModel, tx: Transaction, change: (layout: PageLayoutModel) => PageLayoutModel): void {
    tx.journal.assign(sheet, 'pageLayout', change(sheet.pageLayout));
  }
}

export class PageLayoutApi extends PagePart {
  private headersFootersApi: HeaderFooterGroupApi | undefined = undefined;

  constructor(ctx: RangeContext, sheet: SheetTarget) {
    super(ctx, sheet, 'PageLayout');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['orientation', 'zoom'];
  }

  protected readScalar(name: string, sheet: SheetModel): unknown {
    if (name === 'orientation') return sheet.pageLayout.orientation;
    if (name === 'zoom') return { ...sheet.pageLayout.zoom };
    throw notImplemented(`PageLayout.${name}`);
  }

  protected override navigation(name: string): ApiObject<unknown> | undefined {
    return name === 'headersFooters' ? (this.headersFooters as ApiObject<unknown>) : undefined;
  }

  get orientation(): Orientation {
    return this.loaded('orientation');
  }
  set orientation(orientation: Orientation) {
    this.queueSet('orientation', orientation, (sheet, tx) => {
      if (orientation !== 'Portrait' && orientation !== 'Landscape')
        throw invalidArgument(`'${String(orientation)}' is no page orientation.`, 'PageLayout.orientation');
      this.change(sheet, tx, (layout) => ({ ...layout, orientation }));
    });
  }

  get zoom(): ZoomModel {
    return this.loaded('zoom');
  }
  /** Set as one object; a fitting and a scale exclude each other, as in Excel's Page Setup. */
  set zoom(zoom: ZoomModel) {
    const given = { ...zoom };
    this.queueSet('zoom', given, (sheet, tx) => {
      this.change(sheet, tx, (layout) => ({ ...layout, zoom: checkZoom(given) }));
    });
  }

  get headersFooters(): HeaderFooterGroupApi {
    return (this.headersFootersApi ??= new HeaderFooterGroupApi(this.ctx, this.sheet));
  }

  /** Whole rows (`$1:$5`, `5:5`) or a range whose rows are meant (`A5:G5`). A Range object is not modelled. */
  setPrintTitleRows(printTitleRows: string): void {
    if (typeof printTitleRows !== 'string') throw notImplemented('PageLayout.setPrintTitleRows(Range)');
    this.queueCall('setPrintTitleRows', { setPrintTitleRows: printTitleRows }, (sheet, tx) => {
      const rows = titleRows(printTitleRows);
      this.change(sheet, tx, (layout) => ({ ...layout, printTitleRows: rows }));
    });
  }

  getPrintTitleRowsOrNullObject(): never {
    throw notImplemented('PageLayout.getPrintTitleRowsOrNullObject');
  }
}

function checkZoom(zoom: ZoomModel): ZoomModel {
  const location = 'PageLayout.zoom';
  for (const key of Object.keys(zoom)) {
    if (key !== 'scale' && key !== 'horizontalFitToPages' && key !== 'verticalFitToPages')
      throw invalidArgument(`Unknown zoom option '${key}'.`, location);
  }
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom;
  if (scale !== undefined && (wide !== undefined || tall !== undefined))
    throw invalidArgument('A zoom has either a scale or a number of pages to fit to, not both.', location);
  if (scale !== undefined) {
    if (!Number.isInteger(scale) || scale < 10 || scale > 400)
      throw invalidArgument(`The scale must be a whole number from 10 to 400, not ${scale}.`, location);
    return { scale };
  }
  if (wide === undefined && tall === undefined)
    throw invalidArgument('A zoom needs a scale or a number of pages to fit to.', location);
  for (const pages of [wide, tall]) {
    if (pages !== undefined && (!Number.isInteger(pages) || pages < 0 || pages > 32767))
      throw invalidArgument(`Pages to fit to must be a whole number from 0 to 32767, not ${pages}.`, location);
  }
  return {
    ...(wide !== undefined ? { horizontalFitToPages: wide } : {}),
    ...(tall !== undefined ? { verticalFitToPages: tall } : {}),
  };
}

function titleRows(address: string): { first: number; last: number } {
  const parsed = parseAddress(address);
  // Whole columns repeated at the top of every page would be every row: Excel refuses that.
  if (!parsed || parsed.sheet !== undefined || (parsed.rect.row === 0 && parsed.rect.rows === MAX_ROWS)) {
    throw invalidArgument(`'${address}' is no range of rows on this sheet.`, 'PageLayout.setPrintTitleRows');
  }
  return { first: parsed.rect.row, last: parsed.rect.row + parsed.rect.rows - 1 };
}

export class HeaderFooterGroupApi extends PagePart {
  private defaultApi: HeaderFooterApi | undefined = undefined;

  constructor(ctx: RangeContext, sheet: SheetTarget) {
    super(ctx, sheet, 'HeaderFooterGroup');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return ['state'];
  }

  /** Only one header and footer for every page is modelled. */
  protected readScalar(name: string): unknown {
    if (name === 'state') return 'Default';
    throw notImplemented(`HeaderFooterGroup.${name}`);
  }

  protected override navigation(name: string): ApiObject<unknown> | undefined {
    return name === 'defaultForAllPages' ? (this.defaultForAllPages as ApiObject<unknown>) : undefined;
  }

  get defaultForAllPages(): HeaderFooterApi {
    return (this.defaultApi ??= new HeaderFooterApi(this.ctx, this.sheet));
  }

  get firstPage(): never {
    throw notImplemented('HeaderFooterGroup.firstPage');
  }

  get oddPages(): never {
    throw notImplemented('HeaderFooterGroup.oddPages');
  }

  get evenPages(): never {
    throw notImplemented('HeaderFooterGroup.evenPages');
  }
}

export class HeaderFooterApi extends PagePart {
  constructor(ctx: RangeContext, sheet: SheetTarget) {
    super(ctx, sheet, 'HeaderFooter');
  }

  protected scalarNames(): ReadonlyArray<string> {
    return PARTS;
  }

  protected readScalar(name: string, sheet: SheetModel): unknown {
    if ((PARTS as ReadonlyArray<string>).includes(name))
      return sheet.pageLayout.headersFooters[name as HeaderFooterPart];
    throw notImplemented(`HeaderFooter.${name}`);
  }

  private setPart(part: HeaderFooterPart, text: string): void {
    this.queueSet(part, text, (sheet, tx) => {
      if (typeof text !== 'string') throw invalidArgument(`HeaderFooter.${part} takes text.`, `HeaderFooter.${part}`);
      const parts = { ...sheet.pageLayout.headersFooters, [part]: text };
      const side = part.endsWith('Header')
        ? ['leftHeader', 'centerHeader', 'rightHeader']
        : ['leftFooter', 'centerFooter', 'rightFooter'];
      const length = side.reduce((sum, p) => sum + parts[p as HeaderFooterPart].length, 0);
      if (length > MAX_HEADER_FOOTER)
        throw invalidArgument(
          `A header or footer holds at most ${MAX_HEADER_FOOTER} characters; this one would have ${length}.`,
          `HeaderFooter.${part}`,
        );
      this.change(sheet, tx, (layout) => ({ ...layout, headersFooters: parts }));
    });
  }

  get leftHeader(): string {
    return this.loaded('leftHeader');
  }
  set leftHeader(text: string) {
    this.setPart('leftHeader', text);
  }
  get centerHeader(): string {
    return this.loaded('centerHeader');
  }
  set centerHeader(text: string) {
    this.setPart('centerHeader', text);
  }
  get rightHeader(): string {
    return this.loaded('rightHeader');
  }
  set rightHeader(text: string) {
    this.setPart('rightHeader', text);
  }
  get leftFooter(): string {
    return this.loaded('leftFooter');
  }
  set leftFooter(text: string) {
    this.setPart('leftFooter', text);
  }
  get centerFooter(): string {
    return this.loaded('centerFooter');
  }
  set centerFooter(text: string) {
    this.setPart('centerFooter', text);
  }
  get rightFooter(): string {
    return this.loaded('rightFooter');
  }
  set rightFooter(text: string) {
    this.setPart('rightFooter', text);
  }
}
