/**
 * The sheet "NPO Koppeling" in the open workbook: created with the codes the reconciliation could
 * not match, or, when it is there, extended with the codes it does not list yet. The officer fills
 * in the intervention per code; the next check matches every booking under it. Only cells below
 * the existing lines are written: what the officer typed is never overwritten. A sheet of that name
 * without the mapping's header is a user's own and is left alone. Two syncs.
 */
import { sheetFromValues, type PlainValue } from '../engine/grid';
import {
  MAPPING_HEADER,
  MAPPING_SHEET,
  mappingRowsToAdd,
  mappingSheetHead,
  readMapping,
  type MappingCandidate,
} from '../engine/payments/matching';
import { OfficeActionError, toOfficeActionError } from './errors';
import type { ExcelRun } from './run';
import { setColumnWidths } from './write-sheet';

/** Column widths in characters: code, intervention, bookings, amount, description. */
const WIDTHS = [16, 16, 11, 14, 60];

/** Writes the codes not yet listed; returns how many lines were added. */
export async function fillMappingSheet(run: ExcelRun, candidates: ReadonlyArray<MappingCandidate>): Promise<number> {
  let adding = false;
  try {
    return await run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(MAPPING_SHEET);
      const used = existing.getUsedRangeOrNullObject(true);
      used.load('values, rowIndex, columnIndex, rowCount');
      await context.sync();

      let listed: string[] = [];
      let nextRow = 0;
      if (!existing.isNullObject && !used.isNullObject) {
        const values = used.values as PlainValue[][];
        // Rows and columns before the used range are empty: put them back so rows keep their numbers.
        const padded = [
          ...Array.from({ length: used.rowIndex }, () => []),
          ...values.map((r) => [...Array<PlainValue>(used.columnIndex).fill(null), ...r]),
        ];
        const snapshot = sheetFromValues(MAPPING_SHEET, padded);
        const mapping = readMapping({ sheets: [snapshot] });
        const hasHeader = padded.some((r) => r.some((v) => typeof v === 'string' && v.trim().toLowerCase() === 'code'));
        if (!hasHeader) throw new OfficeActionError('not-own-sheet', MAPPING_SHEET);
        listed = [...mapping.lines.map((l) => l.code), ...padded.map((r) => String(r[0] ?? ''))];
        nextRow = used.rowIndex + used.rowCount;
      } else if (!existing.isNullObject) {
        throw new OfficeActionError('not-own-sheet', MAPPING_SHEET);
      }

      const rows = mappingRowsToAdd(candidates, listed);
      adding = existing.isNullObject;
      const sheet = adding ? context.workbook.worksheets.add(MAPPING_SHEET) : existing;
      if (adding) {
        const head = mappingSheetHead();
        const headRange = sheet.getRangeByIndexes(0, 0, head.length, MAPPING_HEADER.length);
        headRange.values = head;
        sheet.getRange('A1').format.font.bold = true;
        sheet.getRangeByIndexes(head.length - 1, 0, 1, MAPPING_HEADER.length).format.font.bold = true;
        setColumnWidths(sheet, WIDTHS);
        nextRow = head.length;
      }
      if (rows.length > 0) {
        const range = sheet.getRangeByIndexes(nextRow, 0, rows.length, MAPPING_HEADER.length);
        // Codes and descriptions as text: an order number "0712" keeps its zero, "=…" stays text.
        range.numberFormat = rows.map(() => ['@', '@', '0', '#,##0.00', '@']);
        range.values = rows;
      }
      sheet.activate();
      sheet.getRangeByIndexes(nextRow, 1, 1, 1).select();
      await context.sync();
      return rows.length;
    });
  } catch (error) {
    throw toOfficeActionError(error, { sheet: MAPPING_SHEET, structure: adding });
  }
}
