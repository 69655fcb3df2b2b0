/**
 * The report workbook of `npo-check vergelijk`: the "NPO Wijzigingen" tab and a copy of both
 * compared sheets, so that every link on the tab reaches its cell in either version. Built as a NEW
 * workbook: the compared workbooks are only read.
 */
import ExcelJS from 'exceljs';
import { freeName, placeTabs } from '../engine/plan/names';
import type { ValidPlan } from '../engine/plan/validate';
import { copySheet, outsideReferences } from './report-workbook';
import { PlanWriteError, writePlanSheets } from './write-plan';

const CREATOR = 'NPO-begrotingscontrole (npo-check vergelijk)';

export interface ComparedSheet {
  readonly workbook: ExcelJS.Workbook;
  readonly sheet: string;
}

/**
 * The names the copies get: their own, as in the user's workbooks; only when both files name their
 * sheets alike does the new one take "Name (2)".
 */
export function copyNames(oldSheet: string, newSheet: string): { readonly old: string; readonly new: string } {
  return { old: oldSheet, new: freeName(newSheet, new Set([oldSheet.toLowerCase()])) };
}

/** `plan` is the comparison's plan (wijzigingenPlan), its links made to the names `copyNames` gives. */
export function buildComparisonWorkbook(
  oldSide: ComparedSheet,
  newSide: ComparedSheet,
  plan: ValidPlan,
  checkedAt: Date,
): ExcelJS.Workbook {
  const report = new ExcelJS.Workbook();
  report.creator = CREATOR;
  report.lastModifiedBy = CREATOR;
  report.created = checkedAt;
  report.modified = checkedAt;
  const names = copyNames(oldSide.sheet, newSide.sheet);
  // The copies keep the user's names; a tab named like one of them is placed beside it, as in Excel.
  writePlanSheets(report, placeTabs(plan, { sheets: [names.old, names.new] }));
  for (const [side, name] of [
    [oldSide, names.old],
    [newSide, names.new],
  ] as const) {
    const original = side.workbook.getWorksheet(side.sheet);
    if (!original) throw new PlanWriteError('checked-sheet-missing', side.sheet);
    const definedNames = side.workbook.definedNames.model.map((d) => d.name);
    copySheet(
      original,
      report.addWorksheet(name),
      outsideReferences(definedNames, name === original.name ? original.name : undefined),
    );
  }
  return report;
}
