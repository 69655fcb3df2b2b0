/**
 * Setting or removing one correction to how a budget sheet is read, in the open workbook: the
 * corrections live on the add-in's sheet "NPO Leeswijze" (see src/engine/corrections.ts), so they
 * travel with the file and `npo-check` reads them too. The sheet is read and rewritten whole, as
 * text, in one run of two syncs; the user's sheets are never touched. A user's sheet that merely
 * has the name is never written into.
 */
import {
  CORRECTIONS_HEADER,
  CORRECTIONS_HEADER_ROW,
  CORRECTIONS_SHEET,
  type ReadingCorrections,
} from '../engine/corrections';
import { correctionsSheetAfter, isOwnCorrectionsSheet, type CorrectionChange } from '../engine/correction-change';
import { sheetFromValues, type PlainValue } from '../engine/grid';
import { OfficeActionError, toOfficeActionError } from './errors';
import type { ExcelRun } from './run';
import { setColumnWidths } from './write-sheet';

export type { CorrectionChange };

/** Column widths in characters: sheet, setting, value, header when set. */
const WIDTHS = [28, 16, 16, 36];

/** Applies one change for `budgetSheet` and returns that sheet's corrections as they now stand. */
export async function changeCorrection(
  run: ExcelRun,
  budgetSheet: string,
  change: CorrectionChange,
): Promise<ReadingCorrections | undefined> {
  // Refused access means a protected workbook structure when the sheet is to be added, else a protected sheet.
  let adding = false;
  try {
    return await run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(CORRECTIONS_SHEET);
      const used = existing.getUsedRangeOrNullObject(true);
      used.load('values, rowIndex, columnIndex');
      await context.sync();

      let current;
      if (!existing.isNullObject && !used.isNullObject) {
        const snapshot = sheetFromValues(CORRECTIONS_SHEET, used.values as PlainValue[][]);
        // Only a sheet starting at A1 with the add-in's title and header is ours to rewrite.
        if (!isOwnCorrectionsSheet(snapshot) || used.rowIndex !== 0 || used.columnIndex !== 0)
          throw new OfficeActionError('not-own-sheet', CORRECTIONS_SHEET);
        current = snapshot;
      } else if (!existing.isNullObject) {
        // An empty sheet with our name may be a user's start on something else: leave it alone.
        throw new OfficeActionError('not-own-sheet', CORRECTIONS_SHEET);
      }

      const after = correctionsSheetAfter(current, budgetSheet, change);
      const width = after.rows[0]!.length;
      adding = existing.isNullObject;
      const sheet = adding ? context.workbook.worksheets.add(CORRECTIONS_SHEET) : existing;
      if (!adding) used.clear('Contents');
      const range = sheet.getRangeByIndexes(0, 0, after.rows.length, width);
      // Text format first: a header such as "=Begroot" or a value such as "1000" stays as written.
      range.numberFormat = after.rows.map((r) => r.map(() => '@'));
      range.values = after.rows.map((r) => [...r]);
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRangeByIndexes(CORRECTIONS_HEADER_ROW, 0, 1, CORRECTIONS_HEADER.length).format.font.bold = true;
      if (adding) {
        setColumnWidths(sheet, WIDTHS);
      }
      await context.sync();
      return after.corrections;
    });
  } catch (error) {
    throw toOfficeActionError(error, { sheet: CORRECTIONS_SHEET, structure: adding });
  }
}
