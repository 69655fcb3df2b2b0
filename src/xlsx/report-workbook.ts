/**
 * The report workbook: the plan's tabs plus a copy of the checked budget sheet (and of the payments
 * sheet, when there is one) with its flagged cells filled by severity and the findings as notes.
 * Built as a NEW workbook, so the user's own workbook (object and file) is only ever read.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Severity } from '../engine/findings';
import { placeTabs } from '../engine/plan/names';
import { SEVERITY_FILL, type Highlight } from '../engine/plan/types';
import type { ValidPlan } from '../engine/plan/validate';
import { PlanWriteError, writePlanSheets } from './write-plan';
import { definedNamesOf } from './read-file';
import { xlsxBytes } from './write-xlsx';

const CREATOR = 'NPO-begrotingscontrole (npo-check)';
/** Without a check time the report still carries a fixed one, so two runs give the same workbook. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));
/** `alsoCopy`: further sheets of the source the plan links to and highlights (the payments sheet). */
export function buildReportWorkbook(
  source: ExcelJS.Workbook,
  checkedSheet: string,
  plan: ValidPlan,
  checkedAt: Date = FIXED_TIME,
  alsoCopy: ReadonlyArray<string> = [],
): ExcelJS.Workbook {
  const originals = [checkedSheet, ...alsoCopy].map((name) => {
    const sheet = source.getWorksheet(name);
    if (!sheet) throw new PlanWriteError('checked-sheet-missing', name);
    return sheet;
  });
  const report = new ExcelJS.Workbook();
  report.creator = CREATOR;
  report.lastModifiedBy = CREATOR;
  report.created = checkedAt;
  report.modified = checkedAt;

  // The tabs in the plan's order, as in Excel; the copies keep the user's names, and a tab named like
  // one of them is placed beside it, as in Excel.
  writePlanSheets(report, placeTabs(plan, { sheets: originals.map((o) => o.name) }));
  const definedNames = definedNamesOf(source);
  const copies = new Map<string, ExcelJS.Worksheet>();
  for (const original of originals) {
    const copy = report.addWorksheet(original.name);
    copySheet(original, copy, outsideReferences(definedNames, original.name));
    copies.set(original.name, copy);
  }
  const highlighted = new Map<Partial<ExcelJS.Style>, Map<Severity, Partial<ExcelJS.Style>>>();
  for (const highlight of plan.highlights) applyHighlight(copies, highlight, highlighted);
  return report;
}

/** Characters that end an unquoted sheet name or name in a formula. */
const DELIMITERS = new Set([...' \t\r\n!\'"(),;:=+-*/&^<>{}[]']);
const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.\\]*/g;

/**
 * Which formulas cannot stay formulas in the copy: those naming another sheet, another workbook,
 * a table or a defined name. None of those exist in the report, so Excel would turn them into
 * #REF! on recalculation; the copy keeps their cached value instead. A reference to the sheet's
 * own name stays valid only when the copy keeps that name (`ownName`).
 *
 * One pass over the formula, each character read once: the regular expressions this replaced
 * took 45 seconds on one formula of 200.000 characters.
 */
export function outsideReferences(
  definedNames: ReadonlyArray<string>,
  ownName: string | undefined,
): (formula: string) => boolean {
  const names = new Set(definedNames.map((n) => n.toLowerCase()));
  const own = ownName?.toLowerCase();
  return (formula) => {
    let at = 0;
    while (at < formula.length) {
      const c = formula[at]!;
      if (c === '"') {
        // A string literal may hold any character without referring to anything; "" is a quote.
        at = closingQuote(formula, at, '"') + 1;
      } else if (c === '[') {
        return true;
      } else if (c === "'") {
        const close = closingQuote(formula, at, "'");
        if (
          formula[close + 1] === '!' &&
          formula
            .slice(at + 1, close)
            .replace(/''/g, "'")
            .toLowerCase() !== own
        )
          return true;
        at = close + 1;
      } else if (DELIMITERS.has(c)) {
        at++;
      } else {
        let end = at;
        while (end < formula.length && !DELIMITERS.has(formula[end]!)) end++;
        const run = formula.slice(at, end);
        if (
          formula[end] === '!'
            ? run.toLowerCase() !== own
            : (run.match(IDENTIFIER) ?? []).some((id) => names.has(id.toLowerCase()))
        )
          return true;
        at = end;
      }
    }
    return false;
  };
}

/** The index of the quote closing the one at `open` (a doubled quote is part of the text), or the end. */
function closingQuote(text: string, open: number, quote: string): number {
  let at = open + 1;
  for (;;) {
    const next = text.indexOf(quote, at);
    if (next < 0) return text.length;
    if (text[next + 1] !== quote) return next;
    at = next + 2;
  }
}

export function copySheet(
  from: ExcelJS.Worksheet,
  to: ExcelJS.Worksheet,
  isOutside: (formula: string) => boolean,
): void {
  from.columns?.forEach((column, i) => {
    const target = to.getColumn(i + 1);
    if (column.width !== undefined) target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
  const styles = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  // findRow/findCell, not eachRow/eachCell with includeEmpty: those create the empty rows and
  // cells they visit, which would change the source. Empty cells are copied too: a border or
  // fill without a value is part of how the sheet looks.
  for (let r = 1; r <= from.rowCount; r++) {
    const row = from.findRow(r);
    if (!row) continue;
    const target = to.getRow(r);
    if (row.height !== undefined) target.height = row.height;
    if (row.hidden) target.hidden = true;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) copyCell(cell, target.getCell(c), isOutside, styles);
    }
  }
  // Without style: each cell of the range already has its own (a border on the right edge, say).
  for (const range of from.model.merges) to.mergeCellsWithoutStyle(range);
  to.views = structuredClone(from.views ?? []);
}

function copyCell(
  from: ExcelJS.Cell,
  to: ExcelJS.Cell,
  isOutside: (formula: string) => boolean,
  styles: Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>,
): void {
  // The part of a merged range under its top-left cell holds no value of its own.
  if (from.type !== ExcelJS.ValueType.Merge) to.value = copiedValue(from, isOutside);
  to.style = copiedStyle(from, styles);
  if (from.note !== undefined) to.note = structuredClone(from.note);
}

/** The key for every style without properties: ExcelJS gives each cell read without a style an empty object of its own. */
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * Cloned, so a highlight never colours the source, but once per style object of the source (and
 * once for all empty ones), not once per cell: cells read from a file share one object per style,
 * and so do their copies. ExcelJS turns a shared object into a style id once instead of once per
 * cell. It remembers the id by the object alone, though, and a number format it adds by the cell's
 * type (dates) decides that id; so a date without a format of its own keeps a clone of its own.
 */
function copiedStyle(
  cell: ExcelJS.Cell,
  styles: Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>,
): Partial<ExcelJS.Style> {
  const style = cell.style;
  if (style.numFmt === undefined && isDateCell(cell)) return structuredClone(style);
  const key = Object.keys(style).length === 0 ? NO_STYLE : style;
  let copy = styles.get(key);
  if (!copy) {
    copy = structuredClone(style);
    styles.set(key, copy);
  }
  return copy;
}

function isDateCell(cell: ExcelJS.Cell): boolean {
  return (
    cell.type === ExcelJS.ValueType.Date || (cell.type === ExcelJS.ValueType.Formula && cell.result instanceof Date)
  );
}

function copiedValue(cell: ExcelJS.Cell, isOutside: (formula: string) => boolean): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return cloneValue(cell.value);
  // `cell.formula` spells out a shared formula for this cell, so each copy stands on its own.
  // `cell.result`, not `cell.value.result`: ExcelJS's value getter drops a result of 0, "" or false.
  const result = cell.result as ExcelJS.CellFormulaValue['result'];
  if (isOutside(cell.formula)) return result === undefined ? null : cloneValue(result);
  return { formula: cell.formula, result: cloneValue(result) };
}

/**
 * A date is copied as a date of this realm: ExcelJS writes a value as a date only when it is an
 * `instanceof Date` here, and structuredClone may hand back another realm's Date (under a test
 * runner's sandbox), which ExcelJS would write as a quoted string.
 */
function cloneValue<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return (value instanceof Date ? new Date(value.getTime()) : structuredClone(value)) as T;
}

/** `highlighted`: the filled style per style of the copy and severity, shared as the copy's styles are. */
function applyHighlight(
  copies: ReadonlyMap<string, ExcelJS.Worksheet>,
  highlight: Highlight,
  highlighted: Map<Partial<ExcelJS.Style>, Map<Severity, Partial<ExcelJS.Style>>>,
): void {
  const copy = copies.get(highlight.sheet);
  if (!copy) throw new PlanWriteError('highlight-sheet', `${highlight.sheet}!${highlight.cell}`);
  const cell = copy.getCell(highlight.row + 1, highlight.col + 1);
  const fill = (): Partial<ExcelJS.Style> => ({
    ...structuredClone(cell.style),
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[highlight.severity] } },
  });
  if (cell.style.numFmt === undefined && isDateCell(cell)) {
    cell.style = fill();
  } else {
    const bySeverity = highlighted.get(cell.style) ?? new Map<Severity, Partial<ExcelJS.Style>>();
    highlighted.set(cell.style, bySeverity);
    const style = bySeverity.get(highlight.severity) ?? fill();
    bySeverity.set(highlight.severity, style);
    cell.style = style;
  }
  // The user's own note stays, under the findings that explain the colour.
  const existing = cell.note === undefined ? '' : noteText(cell.note);
  cell.note = existing === '' ? highlight.note : `${highlight.note}\n\n${existing}`;
}

function noteText(note: string | ExcelJS.Comment): string {
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

export class ReportFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ReportFileError';
  }
}

/**
 * Writes the workbook to a temporary file next to `file` and puts it in place only when it is
 * whole, so a failure halfway leaves either the old file or nothing, never half a workbook.
 *
 * Whether something is already there is decided at that last moment, not by a look long before:
 * without `replace` the report is linked into place, which fails when a file of that name appeared
 * meanwhile (two runs at once, one wins); with `replace` only a regular file is replaced, never a
 * device, a pipe, a folder or a link. Ctrl-C or a kill while writing removes the temporary file.
 */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  file: string,
  options: { replace?: boolean } = {},
): Promise<void> {
  const data = await xlsxBytes(workbook);
  // Short, whatever the report is called: the report's own name plus a suffix could pass the
  // system's limit on a name (255 bytes) where the report's name does not.
  const temp = path.join(path.dirname(file), `.npo-check-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(temp, { force: true });
    stopListening();
    // The signal's own ending, now that the temporary file is gone.
    process.kill(process.pid, signal);
  };
  const stopListening = (): void => {
    for (const signal of CLEANUP_SIGNALS) process.removeListener(signal, onSignal);
  };
  for (const signal of CLEANUP_SIGNALS) process.once(signal, onSignal);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await (options.replace ? replaceWith(temp, file) : placeNew(temp, file));
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof ReportFileError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw new ReportFileError(file, e.code, e.message);
  } finally {
    stopListening();
  }
}

const CLEANUP_SIGNALS: ReadonlyArray<NodeJS.Signals> = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Where a file system has no hard links (FAT, some network shares), an exclusive copy does. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Links the finished report into place: fails with EEXIST when anything has that name by now. */
async function placeNew(temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined || !NO_LINKS.has(code)) throw error;
    await fs.copyFile(temp, file, fsConstants.COPYFILE_EXCL);
  }
  await fs.unlink(temp);
}

/** Replaces what is at `file`, when it is a regular file (or nothing). */
async function replaceWith(temp: string, file: string): Promise<void> {
  let existing;
  try {
    existing = await fs.lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing && !existing.isFile()) throw new ReportFileError(file, NOT_A_FILE, 'not a regular file');
  await fs.rename(temp, file);
}

/** `ReportFileError.code` for a place taken by something other than a regular file. */
export const NOT_A_FILE = 'NOT_A_FILE';
