/**
 * "Nieuw begrotingsblad": inserts the standard budget sheet the engine reads best: a title block
 * with the ceiling, and an Excel table with Nr, Interventie, Bestedingsdoel (a drop-down of the
 * five goals where Excel supports data validation), Uitvoerder, Begroot, Benut and Toelichting.
 */
import { GOALS } from '../engine/goals';
import type { Lang } from '../engine/messages';
import { NUMBER_FORMATS, TABLE_STYLE } from '../engine/plan/types';
import { BUDGET_TEMPLATE } from '../engine/words/sheets';
import { toOfficeActionError } from './errors';
import type { ExcelRun } from './run';
import { setColumnWidths } from './write-sheet';
import { freeName, type OptionalApis } from './write-tabs';

export const BUDGET_SHEET_NAME = 'NPO-begroting';
export const BUDGET_TABLE_NAME = 'NPO_Begroting';

/** The goal names offered in the drop-down, as the engine reads them: "1 Bovenschoolse maatregelen". */
export const GOAL_CHOICES = GOALS.map((g) => `${g.goal} ${g.name}`);

const HEADER_ROW = 3;
/** Light yellow, as input cells are marked in Excel's own templates. */
const FILL_IN_COLOUR = '#FFF2CC';
const WIDTHS = [8, 40, 30, 22, 16, 16, 40];

export async function insertBudgetSheet(
  run: ExcelRun,
  options: { lang: Lang; ceilingCents?: number },
  apis: Pick<OptionalApis, 'dataValidation'>,
): Promise<string> {
  const w = BUDGET_TEMPLATE[options.lang];
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();

      const name = freeName(BUDGET_SHEET_NAME, new Set(sheets.items.map((s) => s.name.toLowerCase())));
      const tableName = freeName(BUDGET_TABLE_NAME, new Set(tables.items.map((t) => t.name.toLowerCase())), 255, '_%');
      const sheet = sheets.add(name);
      sheet.getRange('A1').values = [[w.title]];
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRange('A1').format.font.size = 14;
      sheet.getRange('B2').numberFormat = [[NUMBER_FORMATS.euro]];
      if (options.ceilingCents !== undefined) {
        sheet.getRange('A2:B2').values = [[w.ceiling, options.ceilingCents / 100]];
      } else {
        // Left empty rather than filled with Hilversum's grant, which the next check would take as this workbook's own.
        sheet.getRange('A2:C2').values = [[w.ceiling, '', w.fillIn]];
        sheet.getRange('B2').format.fill.color = FILL_IN_COLOUR;
        sheet.getRange('C2').format.font.italic = true;
      }
      const header = sheet.getRangeByIndexes(HEADER_ROW, 0, 1, w.headers.length);
      header.values = [[...w.headers]];
      const table = sheet.tables.add(sheet.getRangeByIndexes(HEADER_ROW, 0, 2, w.headers.length), true);
      table.name = tableName;
      table.style = TABLE_STYLE;
      sheet.getRangeByIndexes(HEADER_ROW + 1, 4, 1, 2).numberFormat = [[NUMBER_FORMATS.euro, NUMBER_FORMATS.euro]];
      if (apis.dataValidation) {
        // The whole column below the header, so rows added to the table keep the drop-down.
        const goals = sheet.getRange(`C${HEADER_ROW + 2}:C1000`);
        goals.dataValidation.rule = { list: { inCellDropDown: true, source: GOAL_CHOICES.join(',') } };
      }
      setColumnWidths(sheet, WIDTHS);
      sheet.activate();
      sheet.getRangeByIndexes(HEADER_ROW + 1, 0, 1, 1).select();
      await context.sync();
      return name;
    });
  } catch (error) {
    throw toOfficeActionError(error, { structure: true });
  }
}
