/** How a sheet prints, as the in-memory Excel stores it (no imports: the sheet model holds one). */
export type Orientation = 'Portrait' | 'Landscape';

export interface ZoomModel {
  readonly scale?: number;
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
}

export type HeaderFooterPart =
  'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter';
export const PARTS: ReadonlyArray<HeaderFooterPart> = [
  'leftHeader',
  'centerHeader',
  'rightHeader',
  'leftFooter',
  'centerFooter',
  'rightFooter',
];

export interface PageLayoutModel {
  readonly orientation: Orientation;
  readonly zoom: ZoomModel;
  /** 0-based first and last row repeated at the top of every printed page. */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  readonly headersFooters: Readonly<Record<HeaderFooterPart, string>>;
}

export const DEFAULT_PAGE_LAYOUT: PageLayoutModel = {
  orientation: 'Portrait',
  zoom: { scale: 100 },
  headersFooters: {
    leftHeader: '',
    centerHeader: '',
    rightHeader: '',
    leftFooter: '',
    centerFooter: '',
    rightFooter: '',
  },
};
