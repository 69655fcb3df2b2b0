/**
 * The report workbook of `npo-check vergelijk`: the "NPO Wijzigingen" tab and a copy of both
 * compared sheets, so that every link on the tab reaches its cell in either version. Built as a NEW
 * workbook: the compared workbooks are only read.
 */
import ExcelJS from 'exceljs';
import { PLAN_MARKER, type PlanSheet } from '../engine/plan/types';
import { WIJZIGINGEN_SHEET } from '../engine/plan/words';
import { copySheet, freeName, outsideReferences } from './report-workbook';
import { PlanWriteError, writePlanSheets } from './write-plan';

const CREATOR = 'NPO-begrotingscontrole (npo-check vergelijk)';

export interface ComparedSheet {
  readonly workbook: ExcelJS.Workbook;
  readonly sheet: string;
}

/** The names the copies get: their own, unless taken (two files whose sheets share a name). */
export function copyNames(oldSheet: string, newSheet: string): { readonly old: string; readonly new: string } {
  const taken = [WIJZIGINGEN_SHEET];
  const old = freeName(oldSheet, taken);
  return { old, new: freeName(newSheet, [...taken, old]) };
}

/** `tab` is the Wijzigingen tab, its links made to the names `copyNames` gives. */
export function buildComparisonWorkbook(
  oldSide: ComparedSheet,
  newSide: ComparedSheet,
  tab: PlanSheet,
  checkedAt: Date,
): ExcelJS.Workbook {
  const report = new ExcelJS.Workbook();
  report.creator = CREATOR;
  report.lastModifiedBy = CREATOR;
  report.created = checkedAt;
  report.modified = checkedAt;
  writePlanSheets(report, { marker: PLAN_MARKER, sheets: [tab], highlights: [] });
  const names = copyNames(oldSide.sheet, newSide.sheet);
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
