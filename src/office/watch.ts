/**
 * Tells the task pane when the checked sheet changes, so results can say they are out of date and
 * offer to check again. Formatting (the add-in's own highlights) does not count as a change.
 */
import { toOfficeActionError } from './errors';
import type { ExcelRun } from './run';

export type StopWatching = () => Promise<void>;

export async function watchSheet(run: ExcelRun, sheetName: string, onChange: () => void): Promise<StopWatching> {
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  try {
    await run(async (context) => {
      registration = context.workbook.worksheets.getItem(sheetName).onChanged.add(async () => {
        onChange();
      });
      await context.sync();
    });
  } catch (error) {
    throw toOfficeActionError(error, { sheet: sheetName });
  }
  return async () => {
    if (!registration) return;
    // An event handler is removed through the context that added it.
    const context = registration.context;
    registration.remove();
    registration = undefined;
    await context.sync();
  };
}
