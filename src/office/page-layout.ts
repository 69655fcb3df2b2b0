/**
 * The plan's page layout in Excel (ExcelApi 1.9, `Worksheet.pageLayout`): orientation, fitted to
 * one page wide, the header row repeated on every page, and the footer. Where Excel lacks 1.9 the
 * tabs are written without it; they still print, only as Excel's defaults have it.
 */
import type { PlanPageLayout } from '../engine/plan/types';
import { operationBytes } from './run';
import type { Chunk } from './write-sheet';

export function pageLayoutChunk(sheet: Excel.Worksheet, layout: PlanPageLayout): Chunk {
  const orientation = layout.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // Only the width is given: the height then follows the content, over as many pages as it needs.
  const zoom = { horizontalFitToPages: layout.fitToPagesWide };
  const titles = layout.repeatRows ? `$${layout.repeatRows.first + 1}:$${layout.repeatRows.last + 1}` : undefined;
  return {
    bytes:
      operationBytes(orientation) +
      operationBytes(zoom) +
      (titles !== undefined ? operationBytes(titles) : 0) +
      operationBytes(layout.footer.left) +
      operationBytes(layout.footer.right),
    queue() {
      const page = sheet.pageLayout;
      page.orientation = orientation;
      page.zoom = zoom;
      if (titles !== undefined) page.setPrintTitleRows(titles);
      const footer = page.headersFooters.defaultForAllPages;
      footer.leftFooter = layout.footer.left;
      footer.rightFooter = layout.footer.right;
    },
  };
}
