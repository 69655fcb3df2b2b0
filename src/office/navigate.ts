/** Takes the user to a finding: activates its sheet, then selects its cell. */
import { toOfficeActionError } from './errors';
import type { ExcelRun } from './run';

export async function goToCell(run: ExcelRun, sheetName: string, cell: string): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    throw toOfficeActionError(error, { sheet: sheetName });
  }
}
