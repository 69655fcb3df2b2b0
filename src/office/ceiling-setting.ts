/** The ceiling a user typed in the task pane, remembered in the workbook so it travels with it. */
import { toOfficeActionError } from './errors';
import type { ExcelRun } from './run';

export const CEILING_SETTING = 'npo-budget-checker.ceiling';

export async function loadCeiling(run: ExcelRun): Promise<number | undefined> {
  try {
    return await run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(CEILING_SETTING);
      setting.load('value');
      await context.sync();
      const value: unknown = setting.isNullObject ? undefined : setting.value;
      return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
    });
  } catch (error) {
    throw toOfficeActionError(error);
  }
}

/** Saves the ceiling in cents; undefined forgets it, so the workbook's own ceiling counts again. */
export async function saveCeiling(run: ExcelRun, cents: number | undefined): Promise<void> {
  try {
    await run(async (context) => {
      if (cents !== undefined) {
        context.workbook.settings.add(CEILING_SETTING, cents);
        await context.sync();
        return;
      }
      const setting = context.workbook.settings.getItemOrNullObject(CEILING_SETTING);
      await context.sync();
      if (setting.isNullObject) return;
      setting.delete();
      await context.sync();
    });
  } catch (error) {
    throw toOfficeActionError(error);
  }
}
