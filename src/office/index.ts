/**
 * The one door between the task pane and Excel: plain functions over an `Excel.run`, so React
 * components never touch Office.js and tests can pass the in-memory Excel instead.
 */
import { buildModel, checkWorkbook, findBudgetSheets, type CheckOptions, type CheckResult } from '../engine/check';
import { todayDayNumber } from '../engine/inputs/day';
import type { Ceiling } from '../engine/model';
import { isPaymentsSheet } from '../engine/payments/detect';
import { buildOutputPlan } from '../engine/plan/build';
import type { Highlight } from '../engine/plan/types';
import type { ValidPlan } from '../engine/plan/validate';
import type { Lang } from '../engine/messages';
import type { Acceptance } from '../engine/acceptances';
import { changeAcceptances, type AcceptanceChange } from './acceptances';
import { fillMappingSheet } from './mapping-sheet';
import type { MappingCandidate } from '../engine/payments/matching';
import { changeCorrection, type CorrectionChange } from './corrections';
import type { ReadingCorrections } from '../engine/corrections';
import { compareSheets, writeComparisonTab, type CompareSheetsOptions, type OpenWorkbookComparison } from './compare';
import { insertBudgetSheet } from './budget-sheet';
import { loadCeiling, saveCeiling } from './ceiling-setting';
import { goToCell } from './navigate';
import { watchSheet, type StopWatching } from './watch';
import { clearHighlights, highlightCells } from './highlights';
import { readWorkbook, type ReadStats } from './read';
import type { ExcelRun } from './run';
import { writeTabs, type OptionalApis, type WriteResult } from './write-tabs';
import { isOwnTabName } from '../engine/plan/words';

export type { AcceptanceChange, CorrectionChange, CompareSheetsOptions, OpenWorkbookComparison, OptionalApis };

export interface SheetList {
  readonly names: ReadonlyArray<string>;
  readonly best?: string;
  /** The sheet that reads as payments: listed, but no budget sheet. */
  readonly payments?: string;
  /** The ceiling as a check of that sheet would find it (`source: 'default'` when the workbook states none). */
  readonly ceiling?: Ceiling;
}

export interface OpenWorkbookCheck {
  readonly result: CheckResult;
  readonly plan: ValidPlan;
  readonly read: ReadStats;
}

export interface WorkbookAdapter {
  /** Reads the workbook, checks it and makes the output plan. */
  check(options: CheckOptions & { lang: Lang; workbookName: string; checkedAt?: Date }): Promise<OpenWorkbookCheck>;
  writeTabs(plan: ValidPlan): Promise<WriteResult>;
  /**
   * Fills the flagged cells; returns how many. Fewer than given when there are more than the
   * record of highlights can hold (HIGHLIGHT_LIMITS): the worst are highlighted first.
   */
  highlight(highlights: ReadonlyArray<Highlight>): Promise<number>;
  clearHighlights(): Promise<number>;
  goTo(sheet: string, cell: string): Promise<void>;
  /**
   * The user's sheets (not the add-in's own tabs), the one that reads best as a budget sheet (the
   * picker's default), the payments sheet, and the ceiling the workbook states for `sheet` (else
   * for the best sheet): the pane shows it before any check.
   */
  listSheets(sheet?: string): Promise<SheetList>;
  /** The ceiling typed in the pane earlier, remembered in this workbook. */
  loadCeiling(): Promise<number | undefined>;
  saveCeiling(cents: number | undefined): Promise<void>;
  /** Inserts the standard budget sheet, its ceiling cell empty and marked "vul in" without `ceilingCents`; returns its name. */
  insertBudgetSheet(options: { lang: Lang; ceilingCents?: number }): Promise<string>;
  /** Calls `onChange` whenever the sheet's cells change; returns how to stop. */
  watchSheet(sheet: string, onChange: () => void): Promise<StopWatching>;
  /** Accepts a finding with a reason, or withdraws an acceptance, on the sheet "NPO Acceptaties". */
  changeAcceptances(change: AcceptanceChange): Promise<ReadonlyArray<Acceptance>>;
  /** Sets or removes one correction to how `sheet` is read, on the sheet "NPO Leeswijze"; returns its corrections now. */
  changeCorrection(sheet: string, change: CorrectionChange): Promise<ReadingCorrections | undefined>;
  /** Compares two sheets of the workbook as versions of the budget, with the "NPO Wijzigingen" tab as a plan. */
  compareSheets(options: CompareSheetsOptions): Promise<OpenWorkbookComparison>;
  /** Writes the "NPO Wijzigingen" tab, replacing only an earlier one of the add-in's. */
  writeComparisonTab(plan: ValidPlan): Promise<WriteResult>;
  /**
   * Adds the codes the reconciliation could not match to the sheet "NPO Koppeling" (created when missing);
   * returns how many lines were added.
   */
  fillMapping(candidates: ReadonlyArray<MappingCandidate>): Promise<number>;
}

/** `apis`: what `Office.context.requirements.isSetSupported` says of ExcelApi 1.13, 1.12, 1.9 and 1.8. */
export function createWorkbookAdapter(run: ExcelRun, apis: OptionalApis): WorkbookAdapter {
  return {
    async check(options) {
      const { snapshot, stats } = await readWorkbook(run, { apis });
      const result = checkWorkbook(snapshot, { ...options, ignoreSheet: options.ignoreSheet ?? isOwnTabName });
      const plan = buildOutputPlan(result, {
        lang: options.lang,
        checkedOn: todayDayNumber(options.checkedAt ?? new Date()),
        source: options.workbookName,
      });
      return { result, plan, read: stats };
    },
    writeTabs: (plan) => writeTabs(run, plan, apis),
    highlight: (highlights) => highlightCells(run, highlights, apis),
    clearHighlights: () => clearHighlights(run),
    goTo: (sheet, cell) => goToCell(run, sheet, cell),
    async listSheets(sheet) {
      const { snapshot } = await readWorkbook(run, { apis });
      const candidates = findBudgetSheets(snapshot, isOwnTabName);
      const best = candidates[0]?.sheet.name;
      // The add-in's tabs and its "NPO Acceptaties" sheet are no budget sheets to choose.
      const users = snapshot.sheets.filter((s) => !isOwnTabName(s.name));
      const payments = users.find((s) => isPaymentsSheet(s))?.name;
      const chosen = candidates.find((c) => c.sheet.name === sheet) ?? candidates[0];
      const ceiling = chosen ? buildModel(snapshot, chosen.sheet, chosen.header)?.ceiling : undefined;
      return {
        names: users.map((s) => s.name),
        ...(best !== undefined ? { best } : {}),
        ...(payments !== undefined ? { payments } : {}),
        ...(ceiling !== undefined ? { ceiling } : {}),
      };
    },
    loadCeiling: () => loadCeiling(run),
    saveCeiling: (cents) => saveCeiling(run, cents),
    insertBudgetSheet: (options) => insertBudgetSheet(run, options, apis),
    watchSheet: (sheet, onChange) => watchSheet(run, sheet, onChange),
    changeAcceptances: (change) => changeAcceptances(run, change),
    changeCorrection: (sheet, change) => changeCorrection(run, sheet, change),
    compareSheets: (options) => compareSheets(run, apis, options),
    writeComparisonTab: (plan) => writeComparisonTab(run, plan, apis),
    fillMapping: (candidates) => fillMappingSheet(run, candidates),
  };
}
