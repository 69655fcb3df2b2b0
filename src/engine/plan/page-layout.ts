/**
 * How each tab prints. Without a page layout Excel prints a wide tab portrait at 100%, its
 * columns spread over several pages across: the overview came out on three. Every tab is fitted
 * to one page wide, turned landscape when its columns are wider than a portrait A4 page holds
 * legibly, repeats its header row, and says in the footer which tab and page it is.
 */
import type { PlanPageLayout, PlanSheet } from './types';
import type { words } from './words';

/**
 * Columns wider than this together (in characters, Excel's column width unit) print landscape:
 * an A4 portrait page holds about 95 characters of Calibri 11 between its default margins.
 */
export const PORTRAIT_MAX_CHARS = 95;

export function pageLayoutOf(sheet: PlanSheet, w: Pick<ReturnType<typeof words>, 'pageOf'>): PlanPageLayout {
  const width = sheet.columnWidths.reduce((sum, chars) => sum + chars, 0);
  // The row the tab freezes above its list is its header row; the title rows above it are not repeated.
  const headerRow = sheet.freeze && sheet.freeze.rows > 0 ? sheet.freeze.rows - 1 : undefined;
  return {
    orientation: width > PORTRAIT_MAX_CHARS ? 'landscape' : 'portrait',
    fitToPagesWide: 1,
    ...(headerRow !== undefined ? { repeatRows: { first: headerRow, last: headerRow } } : {}),
    footer: { left: TAB_NAME, right: w.pageOf },
  };
}

export function withPageLayout(sheet: PlanSheet, w: Pick<ReturnType<typeof words>, 'pageOf'>): PlanSheet {
  return { ...sheet, pageLayout: pageLayoutOf(sheet, w) };
}

/** Excel's footer code for the tab's own name: right also for a tab written as "NPO Overzicht (2)". */
export const TAB_NAME = '&A';
