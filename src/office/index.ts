/**
 * The one door between the task pane and Excel: plain functions over an `Excel.run`, so React
 * components never touch Office.js and tests can pass the in-memory Excel instead.
 */
import { checkWorkbook, findBudgetSheets, type CheckOptions, type CheckResult } from '../engine/check';
import { buildOutputPlan } from '../engine/plan/build';
import type { Highlight, OutputPlan } from '../engine/plan/types';
import type { Lang } from '../engine/messages';
import type { Acceptance } from '../engine/acceptances';
import { changeAcceptances, type AcceptanceChange } from './acceptances';
import { insertBudgetSheet } from './budget-sheet';
import { loadCeiling, saveCeiling } from './ceiling-setting';
import { goToCell } from './navigate';
import { watchSheet, type StopWatching } from './watch';
import { clearHighlights, highlightCells } from './highlights';
import { readWorkbook, type ReadStats } from './read';
import type { ExcelRun } from './run';
import { writeTabs, type OptionalApis, type WriteResult } from './write-tabs';
import { isOwnTabName } from '../engine/plan/words';

export type { AcceptanceChange, OptionalApis };

export interface OpenWorkbookCheck {
  readonly result: CheckResult;
  readonly plan: OutputPlan;
  readonly read: ReadStats;
}

export interface WorkbookAdapter {
  /** Reads the workbook, checks it and makes the output plan. */
  check(options: CheckOptions & { lang: Lang; workbookName: string; checkedAt?: Date }): Promise<OpenWorkbookCheck>;
  writeTabs(plan: OutputPlan): Promise<WriteResult>;
  /**
   * Fills the flagged cells; returns how many. Fewer than given when there are more than the
   * record of highlights can hold (HIGHLIGHT_LIMITS): the worst are highlighted first.
   */
  highlight(highlights: ReadonlyArray<Highlight>): Promise<number>;
  clearHighlights(): Promise<number>;
  goTo(sheet: string, cell: string): Promise<void>;
  /** Every sheet's name, and the one that reads best as a budget sheet (the picker's default). */
  listSheets(): Promise<{ readonly names: ReadonlyArray<string>; readonly best?: string }>;
  /** The ceiling typed in the pane earlier, remembered in this workbook. */
  loadCeiling(): Promise<number | undefined>;
  saveCeiling(cents: number | undefined): Promise<void>;
  /** Inserts the standard budget sheet; returns its name. */
  insertBudgetSheet(options: { lang: Lang; ceilingCents: number }): Promise<string>;
  /** Calls `onChange` whenever the sheet's cells change; returns how to stop. */
  watchSheet(sheet: string, onChange: () => void): Promise<StopWatching>;
  /** Accepts a finding with a reason, or withdraws an acceptance, on the sheet "NPO Acceptaties". */
  changeAcceptances(change: AcceptanceChange): Promise<ReadonlyArray<Acceptance>>;
}

/** `apis`: what `Office.context.requirements.isSetSupported` says of ExcelApi 1.13, 1.12, 1.9 and 1.8. */
export function createWorkbookAdapter(run: ExcelRun, apis: OptionalApis): WorkbookAdapter {
  return {
    async check(options) {
      const { snapshot, stats } = await readWorkbook(run, { apis });
      const result = checkWorkbook(snapshot, { ...options, ignoreSheet: options.ignoreSheet ?? isOwnTabName });
      const plan = buildOutputPlan(result, { lang: options.lang, checkedAt: options.checkedAt ?? new Date(), source: options.workbookName });
      return { result, plan, read: stats };
    },
    writeTabs: (plan) => writeTabs(run, plan, apis),
    highlight: (highlights) => highlightCells(run, highlights, apis),
    clearHighlights: () => clearHighlights(run),
    goTo: (sheet, cell) => goToCell(run, sheet, cell),
    async listSheets() {
      const { snapshot } = await readWorkbook(run, { apis });
      const best = findBudgetSheets(snapshot, isOwnTabName)[0]?.sheet.name;
      return { names: snapshot.sheets.map((s) => s.name), ...(best !== undefined ? { best } : {}) };
    },
    loadCeiling: () => loadCeiling(run),
    saveCeiling: (cents) => saveCeiling(run, cents),
    insertBudgetSheet: (options) => insertBudgetSheet(run, options, apis),
    watchSheet: (sheet, onChange) => watchSheet(run, sheet, onChange),
    changeAcceptances: (change) => changeAcceptances(run, change),
  };
}
