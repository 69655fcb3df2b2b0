/**
 * The output plan: everything the add-in writes, as data. The engine makes it; the Office.js and
 * ExcelJS adapters only carry it out, so the tabs in Excel and in the report workbook never drift.
 * Rows and columns are 0-based.
 */
import type { Severity } from '../findings';
import type { GoalNumber } from '../goals';

/**
 * What a cell receives. Text is always written as literal text, even when it starts with `=`,
 * `+`, `-` or `@` (text from the user's sheet must never become a formula). A formula carries the
 * result the engine expects, so the tab can be audited and adapters can fill in cached values.
 */
export type PlanContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'formula'; readonly formula: string; readonly result: number | string };

export type PlanStyle = 'title' | 'subtitle' | 'header' | 'total' | 'label' | 'note';

export type PlanFormat = 'euro' | 'percent' | 'integer';

/** The number format code behind each plan format; Excel shows it in the user's locale. */
export const NUMBER_FORMATS: Readonly<Record<PlanFormat, string>> = {
  euro: '"€" #,##0.00;"€" -#,##0.00',
  percent: '0.0%',
  integer: '0',
};

/**
 * Excel's Text format, which every text cell gets: Excel then keeps what is written as text, where
 * General would turn "1.250" into a number or "=A1" into a formula. A link's text is the
 * exception in a file, which writes the link as a HYPERLINK formula: a formula in a Text cell
 * would turn into text as soon as a user edits it.
 */
export const TEXT_FORMAT = '@';

/** A line along one edge of a cell: always a continuous line. `color` is ARGB. */
export interface PlanLine {
  readonly weight: 'thin';
  readonly color: string;
}

/**
 * How a plan style looks, the one description both adapters carry out (so the tabs in Excel and
 * in the report workbook look alike). Colours are ARGB; a font property left out is Excel's
 * default (Calibri 11, black, upright); borders only along the top or bottom edge.
 */
export interface PlanLook {
  readonly bold?: true;
  readonly italic?: true;
  readonly size?: number;
  readonly color?: string;
  readonly underline?: true;
  readonly fill?: string;
  readonly borderTop?: PlanLine;
  readonly borderBottom?: PlanLine;
}

/** Light enough that a table header with this fill still reads like the light table style around it. */
const HEADER_FILL = 'FFDDEBF7';
const GREY = 'FF595959';
const THIN: PlanLine = { weight: 'thin', color: 'FF8EA9DB' };

export const PLAN_LOOKS: Readonly<Record<PlanStyle, PlanLook>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: GREY },
  header: { bold: true, fill: HEADER_FILL, borderBottom: THIN },
  total: { bold: true, borderTop: THIN },
  label: { bold: true },
  note: { italic: true, color: GREY },
};

/** A link looks like one: Excel's own colour for an unvisited hyperlink, underlined. */
export const LINK_LOOK: PlanLook = { color: 'FF0563C1', underline: true };

/** A cell's whole look: its style's, with a link's colour and underline on top. */
export function lookOf(cell: Pick<PlanCell, 'style' | 'link'>): PlanLook {
  const style = cell.style ? PLAN_LOOKS[cell.style] : {};
  return cell.link ? { ...style, ...LINK_LOOK } : style;
}

/** The style of every table on the tabs: light, banded rows, filter buttons in the header. */
export const TABLE_STYLE = 'TableStyleLight9';

/**
 * A column width of the plan (Excel's width in characters, as a file stores it) in points, as
 * Office.js sets it: the width in pixels of Calibri 11 (7 px per character, Excel's rounding from
 * ECMA-376 §18.3.1.13) at 96 dpi, 0.75 pt per pixel. Excel's default width, 8.43 characters (9.140625
 * in a file), is 64 px or 48 pt.
 */
export function columnWidthPoints(chars: number): number {
  const DIGIT_PX = 7;
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return pixels * 0.75;
}

export interface PlanLink {
  readonly sheet: string;
  /** A1 address without `$`. */
  readonly cell: string;
}

export interface PlanCell {
  readonly row: number;
  readonly col: number;
  readonly content: PlanContent;
  readonly format?: PlanFormat;
  readonly style?: PlanStyle;
  /** Headers of figure columns stand right, above their figures. */
  readonly align?: 'right';
  /** A link to a cell in this workbook (the finding's cell, a goal's tab). */
  readonly link?: PlanLink;
}

/** An Excel table over a block of the tab: header row plus data rows (the total row stays outside). */
export interface PlanTable {
  readonly name: string;
  readonly headerRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly lastRow: number;
}

/** A data bar over a column range, e.g. % benut. */
export interface PlanDataBar {
  readonly col: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** ARGB colour. */
  readonly color: string;
}

/**
 * How a tab prints: landscape where its columns are wide, always one page wide (as many pages
 * tall as it needs), the header row repeated on every page, and a footer naming the tab and the
 * page. Footer texts use Excel's header/footer codes: `&A` the tab's name, `&P` the page, `&N` the
 * number of pages, `&&` an ampersand.
 */
export interface PlanPageLayout {
  readonly orientation: 'portrait' | 'landscape';
  /** Pages wide the printout is fitted to; its height follows from the width. */
  readonly fitToPagesWide: number;
  /** The 0-based rows printed at the top of every page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly footer: { readonly left: string; readonly right: string };
}

export type PlanSheetPurpose = 'overzicht' | 'doel' | 'afstemming' | 'jaarrekening' | 'controle' | 'wijzigingen';

export interface PlanSheet {
  readonly name: string;
  readonly purpose: PlanSheetPurpose;
  readonly goal?: GoalNumber;
  readonly cells: ReadonlyArray<PlanCell>;
  /** Width per column in characters (Excel's column width unit). */
  readonly columnWidths: ReadonlyArray<number>;
  /** Rows and columns kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly tables: ReadonlyArray<PlanTable>;
  readonly dataBars: ReadonlyArray<PlanDataBar>;
  readonly pageLayout?: PlanPageLayout;
}

/** A flagged cell of the checked sheet: filled by severity, with the findings as its note. */
export interface Highlight {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cell: string;
  readonly severity: Severity;
  readonly note: string;
}

export interface OutputPlan {
  /** Written with every tab, so adapters recognise their own tabs by more than their name. */
  readonly marker: string;
  readonly sheets: ReadonlyArray<PlanSheet>;
  readonly highlights: ReadonlyArray<Highlight>;
  /**
   * The user's sheets the plan links to (the checked sheet, the payments sheet). Should a tab's
   * name be one of these, a link naming it goes to the user's sheet, not to the tab.
   */
  readonly sourceSheets?: ReadonlyArray<string>;
}

/** ARGB fills per severity, light enough to keep the figures readable. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFF8CBAD',
  warning: 'FFFFE699',
  info: 'FFBDD7EE',
};

export const PLAN_MARKER = 'npo-budget-checker/1';
