/**
 * Accepting a finding, or withdrawing an acceptance, in the open workbook: the list lives on the
 * add-in's sheet "NPO Acceptaties" (see src/engine/acceptances.ts), so it travels with the file
 * and the command line reads it too. The sheet is read and rewritten whole in one run: two syncs.
 * A user's sheet that merely has the name is never written into.
 */
import {
  ACCEPTANCES_HEADER,
  ACCEPTANCES_HEADER_ROW,
  ACCEPTANCES_SHEET,
  acceptancesSheetRows,
  isAcceptancesSheet,
  readAcceptances,
  withAcceptance,
  withoutAcceptance,
  type Acceptance,
} from '../engine/acceptances';
import { sheetFromValues, type PlainValue } from '../engine/grid';
import { OfficeActionError, toOfficeActionError } from './errors';
import type { ExcelRun } from './run';
import { setColumnWidths } from './write-sheet';

export type AcceptanceChange = { readonly accept: Acceptance } | { readonly withdraw: string };

/** Column widths in characters: fingerprint, rule, intervention, amount, reason, date, message. */
const WIDTHS = [36, 24, 14, 14, 50, 16, 80];

/** Applies one change and returns the acceptances as they now stand in the workbook. */
export async function changeAcceptances(run: ExcelRun, change: AcceptanceChange): Promise<ReadonlyArray<Acceptance>> {
  // Refused access means a protected workbook structure when the sheet is to be added, else a protected sheet.
  let adding = false;
  try {
    return await run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(ACCEPTANCES_SHEET);
      const used = existing.getUsedRangeOrNullObject(true);
      used.load('values, rowIndex, columnIndex');
      await context.sync();

      let current: ReadonlyArray<Acceptance> = [];
      if (!existing.isNullObject && !used.isNullObject) {
        const snapshot = sheetFromValues(ACCEPTANCES_SHEET, used.values as PlainValue[][]);
        // Only a sheet starting at A1 with the add-in's title and header is ours to rewrite.
        const ours = isAcceptancesSheet(snapshot) && used.rowIndex === 0 && used.columnIndex === 0;
        if (!ours) throw new OfficeActionError('not-own-sheet', ACCEPTANCES_SHEET);
        current = readAcceptances({ sheets: [snapshot] }).acceptances;
      } else if (!existing.isNullObject) {
        // An empty sheet with our name may be a user's start on something else: leave it alone.
        throw new OfficeActionError('not-own-sheet', ACCEPTANCES_SHEET);
      }

      const next =
        'accept' in change ? withAcceptance(current, change.accept) : withoutAcceptance(current, change.withdraw);
      const rows = acceptancesSheetRows(next);
      adding = existing.isNullObject;
      const sheet = adding ? context.workbook.worksheets.add(ACCEPTANCES_SHEET) : existing;
      if (!existing.isNullObject) used.clear('Contents');
      const range = sheet.getRangeByIndexes(0, 0, rows.length, ACCEPTANCES_HEADER.length);
      // Text format first: a reason such as "=zie besluit" must stay text, never become a formula.
      range.numberFormat = rows.map((r) => r.map(() => '@'));
      range.values = rows;
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRangeByIndexes(ACCEPTANCES_HEADER_ROW, 0, 1, ACCEPTANCES_HEADER.length).format.font.bold = true;
      if (adding) {
        setColumnWidths(sheet, WIDTHS);
      }
      await context.sync();
      return next;
    });
  } catch (error) {
    throw toOfficeActionError(error, { sheet: ACCEPTANCES_SHEET, structure: adding });
  }
}
