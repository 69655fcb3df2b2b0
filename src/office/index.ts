/**
 * The one door between the task pane and Excel: plain functions over an `Excel.run`, so React
 * components never touch Office.js and tests can pass the in-memory Excel instead.
 */
import { checkWorkbook, type CheckOptions, type CheckResult } from '../engine/check';
import { buildOutputPlan } from '../engine/plan/build';
import type { Highlight, OutputPlan } from '../engine/plan/types';
import type { Lang } from '../engine/messages';
import { goToCell } from './navigate';
import { clearHighlights, highlightCells } from './highlights';
import { readWorkbook, type ReadStats } from './read';
import type { ExcelRun } from './run';
import { writeTabs, type OptionalApis, type WriteResult } from './write-tabs';
import { isOwnTabName } from '../engine/plan/words';

export type { OptionalApis };

export interface OpenWorkbookCheck {
  readonly result: CheckResult;
  readonly plan: OutputPlan;
  readonly read: ReadStats;
}

export interface WorkbookAdapter {
  /** Reads the workbook, checks it and makes the output plan. */
  check(options: CheckOptions & { lang: Lang; workbookName: string; checkedAt?: Date }): Promise<OpenWorkbookCheck>;
  writeTabs(plan: OutputPlan): Promise<WriteResult>;
  highlight(highlights: ReadonlyArray<Highlight>): Promise<number>;
  clearHighlights(): Promise<number>;
  goTo(sheet: string, cell: string): Promise<void>;
}

/** `apis`: what `Office.context.requirements.isSetSupported` says of ExcelApi 1.12 and 1.9. */
export function createWorkbookAdapter(run: ExcelRun, apis: OptionalApis): WorkbookAdapter {
  return {
    async check(options) {
      const { snapshot, stats } = await readWorkbook(run);
      const result = checkWorkbook(snapshot, { ...options, ignoreSheet: options.ignoreSheet ?? isOwnTabName });
      const plan = buildOutputPlan(result, { lang: options.lang, checkedAt: options.checkedAt ?? new Date(), source: options.workbookName });
      return { result, plan, read: stats };
    },
    writeTabs: (plan) => writeTabs(run, plan, apis),
    highlight: (highlights) => highlightCells(run, highlights, apis),
    clearHighlights: () => clearHighlights(run),
    goTo: (sheet, cell) => goToCell(run, sheet, cell),
  };
}
