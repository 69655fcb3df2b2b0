/**
 * Comparing two sheets of the open workbook: one read of the workbook, the engine on each sheet,
 * the comparison and its "NPO Wijzigingen" tab as a plan. Writing the tab replaces only an earlier
 * Wijzigingen tab of the add-in's, never the overview tabs (nor, as ever, a user's sheet).
 */
import { checkWorkbook } from '../engine/check';
import { compareBudgets, type Comparison } from '../engine/compare';
import { todayDayNumber } from '../engine/inputs/day';
import type { Lang } from '../engine/messages';
import { wijzigingenPlan } from '../engine/plan/wijzigingen';
import { isOwnTabName } from '../engine/plan/words';
import type { ValidPlan } from '../engine/plan/validate';
import { readWorkbook } from './read';
import type { ExcelRun } from './run';
import { isWijzigingenTab, writeTabs, type OptionalApis, type WriteResult } from './write-tabs';

export interface CompareSheetsOptions {
  /** Either may be left out: then the sheet that reads best as a budget. */
  readonly oldSheet?: string;
  readonly newSheet?: string;
  readonly lang: Lang;
  readonly workbookName: string;
  readonly comparedAt: Date;
}

export interface OpenWorkbookComparison {
  readonly comparison: Comparison;
  /** The plan with the one tab "NPO Wijzigingen". */
  readonly plan: ValidPlan;
}

export async function compareSheets(
  run: ExcelRun,
  apis: OptionalApis,
  options: CompareSheetsOptions,
): Promise<OpenWorkbookComparison> {
  const { snapshot } = await readWorkbook(run, { apis });
  const check = (sheet: string | undefined) =>
    checkWorkbook(snapshot, {
      ...(sheet !== undefined ? { sheet } : {}),
      lang: options.lang,
      ignoreSheet: isOwnTabName,
    });
  const comparison = compareBudgets(check(options.oldSheet).model, check(options.newSheet).model);
  const plan = wijzigingenPlan(comparison, {
    lang: options.lang,
    checkedOn: todayDayNumber(options.comparedAt),
    oldSource: options.workbookName,
    newSource: options.workbookName,
  });
  return { comparison, plan };
}

export function writeComparisonTab(run: ExcelRun, plan: ValidPlan, apis: OptionalApis): Promise<WriteResult> {
  return writeTabs(run, plan, apis, undefined, isWijzigingenTab);
}
