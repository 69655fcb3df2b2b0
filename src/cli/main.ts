/**
 * `npo-check`: runs the engine on an `.xlsx` file and, with `--out`, writes the report workbook.
 * Exit codes: 0 no error-level finding, 1 at least one, 2 the workbook cannot be read, holds no
 * budget sheet or the report cannot be written (one clear line on stderr). A run longer than a
 * second shows what it is doing on stderr (src/cli/progress.ts); stdout carries only the result.
 */
import { promises as fs, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type ExcelJS from 'exceljs';
import { checkWorkbook, EngineError, findBudgetSheets, type CheckResult } from '../engine/check';
import { COLUMN_CHOICES, UNITS, type ColumnCorrection, type ReadingCorrections } from '../engine/corrections';
import { parseAddress, type WorkbookSnapshot } from '../engine/grid';
import { parseCeilingInput } from '../engine/inputs/ceiling-input';
import { shortDutchDateOf, todayDayNumber } from '../engine/inputs/day';
import { DEFAULT_PERIOD, readPeriodInput } from '../engine/inputs/period';
import { hasErrors } from '../engine/inputs/severity-counts';
import type { Lang } from '../engine/messages';
import { buildOutputPlan } from '../engine/plan/build';
import { isOwnTabName } from '../engine/plan/words';
import type { JsonReportV1 } from '../engine/json-report';
import { toJsonReport, toTextReport } from '../engine/report';
import { loadWorkbookFile, WorkbookFileError } from '../xlsx/read-file';
import { buildReportWorkbook, ReportFileError, writeWorkbookFile } from '../xlsx/report-workbook';
import { snapshotWorkbook } from '../xlsx/snapshot';
import { PlanWriteError } from '../xlsx/write-plan';
import {
  cliText,
  fileProblemText,
  HiddenBudgetSheets,
  hiddenOnlyText,
  nestedTooDeepText,
  hiddenSheetsText,
  OutputWriteError,
  OutputRefusal,
  planProblemText,
  progressText,
  reportFileText,
  reportWrittenText,
  unexpectedErrorText,
  UsageError,
  type OutputProblem,
  type ProgressPhase,
} from './messages';
import { Progress, progressAfterMs } from './progress';
import { runCompare } from './compare';
import { addLedgerSheet, LedgerFileError, vatOption } from './ledger';
import type { Period, VatChoice } from '../engine/payments/model';
import { visible } from './visible';

export interface CliOptions {
  readonly file: string;
  readonly sheet?: string;
  readonly ceilingCents?: number;
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  /** Where to write the report workbook. */
  readonly out?: string;
  readonly force: boolean;
  readonly paymentsSheet?: string;
  /** The spending period, when `--period-start` or `--period-end` gave it (an end not given is the default's). */
  readonly period?: Period;
  /** `--ledger`: a ledger export (.csv or .xlsx) beside the workbook, reconciled as its payments sheet. */
  readonly ledger?: string;
  /** `--vat excl|incl`: which amount of a booking counts. */
  readonly vat?: VatChoice;
  /** No progress line on stderr, however long the run takes. */
  readonly quiet: boolean;
  /** Print the full reading (every column's role) in the text report. */
  readonly explain: boolean;
  /** `--header-row`, `--column`, `--unit`: corrections to the reading for this run. */
  readonly corrections?: ReadingCorrections;
}

export function parseCliArgs(argv: ReadonlyArray<string>): CliOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        ceiling: { type: 'string' },
        'payments-sheet': { type: 'string' },
        'period-start': { type: 'string' },
        'period-end': { type: 'string' },
        ledger: { type: 'string' },
        vat: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'nl' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        explain: { type: 'boolean', default: false },
        'header-row': { type: 'string' },
        column: { type: 'string', multiple: true },
        unit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    // Node's message runs over several lines of English; the first names the option.
    const detail = (error as Error).message.split('\n')[0]!;
    const dashValue = /^Option '(--[\w-]+)[^']*' argument is ambiguous/.exec(detail);
    if (dashValue) throw new UsageError('dash-value', dashValue[1]!);
    throw new UsageError('bad-option', detail);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const lang = values.lang;
  if (lang !== 'nl' && lang !== 'en') throw new UsageError('bad-lang', String(lang));
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError('bad-format', String(format));
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? 'no-file' : 'many-files', positionals.join(' '));
  const ceilingCents = values.ceiling !== undefined ? ceilingOption(values.ceiling) : undefined;
  if (values.force && values.out === undefined) throw new UsageError('force-without-out', '--force');
  const period = periodOption(values['period-start'], values['period-end']);
  return {
    file: positionals[0]!,
    sheet: values.sheet,
    ceilingCents,
    format,
    lang,
    out: values.out,
    force: values.force === true,
    paymentsSheet: values['payments-sheet'],
    ...(period !== undefined ? { period } : {}),
    ledger: values.ledger,
    vat: vatOption(values.vat),
    quiet: values.quiet === true,
    explain: values.explain === true,
    ...readingOptions(values['header-row'], values.column, values.unit),
  };
}

/** `--header-row 5 --column E=begroot --unit 1000` as corrections to the reading. */
function readingOptions(
  headerRow: string | undefined,
  columns: ReadonlyArray<string> | undefined,
  unit: string | undefined,
): { corrections?: ReadingCorrections } {
  const corrections: { headerRow?: number; columns?: ColumnCorrection[]; unit?: number } = {};
  if (headerRow !== undefined) {
    const row = Number(headerRow);
    if (!/^\d+$/.test(headerRow.trim()) || row < 1) throw new UsageError('bad-header-row', headerRow);
    corrections.headerRow = row - 1;
  }
  for (const given of columns ?? []) {
    const m = /^\s*([A-Za-z]{1,3})\s*=\s*(.+?)\s*$/.exec(given);
    const choice = COLUMN_CHOICES.find((c) => c === m?.[2]?.toLowerCase());
    if (!m || !choice) throw new UsageError('bad-column', given);
    corrections.columns = [...(corrections.columns ?? []), { col: parseAddress(`${m[1]}1`)!.col, choice }];
  }
  if (unit !== undefined) {
    const factor = Number(unit.replace(/\./g, ''));
    if (!UNITS.includes(factor)) throw new UsageError('bad-unit', unit);
    corrections.unit = factor;
  }
  return Object.keys(corrections).length > 0 ? { corrections } : {};
}

/** `--ceiling` read as the pane reads its field; a third decimal is refused, never rounded. */
function ceilingOption(text: string): number {
  const input = parseCeilingInput(text);
  if (input.kind === 'amount') return input.cents;
  throw new UsageError(
    input.kind === 'invalid' && input.reason === 'fractional-cent' ? 'ceiling-fraction' : 'bad-ceiling',
    text,
  );
}

/** `--period-start` and `--period-end` as the pane reads its fields; undefined when neither is given. */
function periodOption(start: string | undefined, end: string | undefined): Period | undefined {
  if (start === undefined && end === undefined) return undefined;
  const input = readPeriodInput(start, end);
  if (input.kind === 'valid') return input.period;
  if (input.start !== undefined) throw new UsageError('bad-period-start', start ?? '');
  if (input.end === 'order')
    throw new UsageError(
      'period-order',
      `${start ?? shortDutchDateOf(DEFAULT_PERIOD.start)} – ${end ?? shortDutchDateOf(DEFAULT_PERIOD.end)}`,
    );
  throw new UsageError('bad-period-end', end ?? '');
}

/** Runs the command; returns the exit code. Output goes to the given streams (tests pass their own). */
export async function main(
  argv: ReadonlyArray<string>,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  // `npo-check vergelijk …` compares two versions; src/cli/compare.ts owns that subcommand.
  if (argv[0] === 'vergelijk')
    return runCompare(argv.slice(1), out, err, { describeFailure, assertReportTarget, checkTime });
  const lang = requestedLang(argv);
  let progress: Progress | undefined;
  try {
    const options = parseCliArgs(argv);
    if (options === 'help') {
      out.write(cliText('usage', lang));
      return 0;
    }
    if (options === 'version') {
      out.write(`${cliText('version', lang)}\n`);
      return 0;
    }
    if (!options.quiet)
      progress = new Progress(err, { lang: options.lang, afterMs: progressAfterMs(process.env.NPO_PROGRESS_AFTER_MS) });
    const step = (phase: ProgressPhase): void => progress?.phase(visible(progressText(phase, options.lang), true));
    // The report is written before anything is printed, so a failed write prints only its reason.
    const { result, hiddenSheets } = await checkAndReport(options, step);
    step({ kind: 'output' });
    const output = options.format === 'json' ? jsonOutput(result, options) : textOutput(result, options, hiddenSheets);
    // The progress line goes before anything is printed: on a terminal both share the screen.
    progress?.end();
    await writeOut(out, options.format === 'json' ? output : visible(output));
    return hasErrors(result.findings) ? 1 : 0;
  } catch (error) {
    progress?.end();
    err.write(`npo-check: ${visible(describeFailure(error, lang), true)}\n`);
    if (process.env.NPO_DEBUG && error instanceof Error && error.stack) err.write(`${error.stack}\n`);
    return 2;
  }
}

/** The check's result, and the hidden sheets the text report names when no sheet was chosen. */
interface Checked {
  readonly result: CheckResult;
  readonly hiddenSheets: ReadonlyArray<string>;
}

/**
 * Reads, checks and, with --out, writes the report. The user's workbook, its snapshot and the plan
 * are let go before ExcelJS writes the report: it builds the whole file in memory, and every live
 * object is traced again at each garbage collection meanwhile. Kept alive, they took the live heap
 * when writing starts from 593 MB to 1.017 MB at 100.000 rows (docs/robuustheid.md, Schaal).
 */
async function checkAndReport(options: CliOptions, step: (phase: ProgressPhase) => void): Promise<Checked> {
  const { checked, report } = await checkFile(options, step);
  if (report !== undefined && options.out !== undefined)
    await writeWorkbookFile(report, options.out, { replace: options.force });
  return checked;
}

/** Returns the report workbook unwritten; what it was built from ends with this call. */
async function checkFile(
  options: CliOptions,
  step: (phase: ProgressPhase) => void,
): Promise<{ checked: Checked; report?: ExcelJS.Workbook }> {
  step({ kind: 'read', file: path.basename(options.file), bytes: await fileBytes(options.file) });
  const workbook = await loadWorkbookFile(options.file);
  const ledgerSheet = options.ledger !== undefined ? await addLedgerSheet(workbook, options.ledger) : undefined;
  if (options.out !== undefined) await assertReportTarget(options.file, options.out, options.force);
  const snapshot = snapshotWorkbook(workbook);
  step({ kind: 'check', rows: snapshot.sheets.reduce((n, sheet) => n + sheet.rows.length, 0) });
  const result = checkChosen(
    snapshot,
    ledgerSheet !== undefined ? { ...options, paymentsSheet: ledgerSheet } : options,
  );
  const hiddenSheets = options.sheet === undefined ? snapshot.sheets.filter((s) => s.hidden).map((s) => s.name) : [];
  const checked = { result, hiddenSheets };
  if (options.out === undefined) return { checked };
  step({ kind: 'report', file: path.basename(options.out) });
  return { checked, report: reportWorkbook(workbook, result, options) };
}

/**
 * The check, with the sheet names as the user typed them matched in any Unicode normalisation
 * (`é` typed as e + accent). A budget sheet that happens to carry the name of one of the report's
 * tabs is still found when no other sheet reads as a budget; a hidden sheet only when named, and
 * the error then says where the hidden ones are.
 */
function checkChosen(snapshot: WorkbookSnapshot, options: CliOptions): CheckResult {
  const named = (name: string | undefined): string | undefined =>
    name === undefined
      ? undefined
      : (snapshot.sheets.find((s) => s.name.normalize('NFC') === name.normalize('NFC'))?.name ?? name);
  const check = (ignoreSheet?: (name: string) => boolean): CheckResult =>
    checkWorkbook(snapshot, {
      sheet: named(options.sheet),
      ceilingCents: options.ceilingCents,
      ...(options.corrections ? { corrections: options.corrections } : {}),
      lang: options.lang,
      ...(ignoreSheet ? { ignoreSheet } : {}),
      paymentsSheet: named(options.paymentsSheet),
      ...(options.period !== undefined ? { period: options.period } : {}),
      ...(options.vat !== undefined ? { vat: options.vat } : {}),
    });
  try {
    return check(isOwnTabName);
  } catch (error) {
    if (!(error instanceof EngineError) || error.code !== 'NO_BUDGET_SHEET') throw error;
    try {
      return check();
    } catch {
      const hidden = snapshot.sheets
        .filter((s) => s.hidden && findBudgetSheets({ sheets: [s] }).length > 0)
        .map((s) => s.name);
      throw hidden.length > 0 ? new HiddenBudgetSheets(error, hidden) : error;
    }
  }
}

/** Writes all of `text`; a closed pipe or a full disk becomes an `OutputWriteError`, never a crash. */
function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => reject(new OutputWriteError(error as NodeJS.ErrnoException));
    // Kept after the write: the stream may report the same failure again as an event, and an
    // event nobody listens to ends the process with a stack trace.
    stream.on('error', fail);
    stream.write(text, (error) => (error ? fail(error) : resolve()));
  });
}

function jsonOutput(result: CheckResult, options: CliOptions): string {
  const json: JsonReportV1 = {
    ...toJsonReport(result, options.file),
    ...(options.out !== undefined ? { report: options.out } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function textOutput(result: CheckResult, options: CliOptions, hidden: ReadonlyArray<string>): string {
  const report = `${toTextReport(result, options.file, options.lang, { explain: options.explain })}${hidden.length > 0 ? `${hiddenSheetsText(hidden, options.lang)}\n` : ''}`;
  return options.out !== undefined ? `${report}\n${reportWrittenText(options.out, options.lang)}\n` : report;
}

/** The file's size for the progress line; a file that cannot be read is reported by the reading itself. */
async function fileBytes(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return undefined;
  }
}

/** The check time shown in the report: now, or SOURCE_DATE_EPOCH for a reproducible report. */
function checkTime(sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch === undefined) return new Date();
  const date = /^\d{1,15}$/.test(sourceDateEpoch) ? new Date(Number(sourceDateEpoch) * 1000) : undefined;
  // Beyond the year 275760 a Date is invalid, and so would the report's date be.
  if (!date || Number.isNaN(date.getTime())) throw new UsageError('bad-source-date-epoch', sourceDateEpoch);
  return date;
}

/**
 * Refuses a report path that would overwrite the input (by path, symlink or hard link), an
 * existing file without --force, a folder, or a place whose folder does not exist.
 */
async function assertReportTarget(input: string, out: string, force: boolean): Promise<void> {
  const refuse = (problem: OutputProblem): OutputRefusal => new OutputRefusal(problem, out, path.dirname(out));
  const target = path.resolve(out);
  const folder = path.dirname(target);
  const folderStats = await statIfExists(folder);
  if (!folderStats) throw refuse('out-folder-missing');
  if (!folderStats.isDirectory()) throw refuse('out-folder-not-folder');
  const existing = await statIfExists(target);
  const inputStats = await fs.stat(input, { bigint: true });
  const realTarget = existing ? await fs.realpath(target) : path.join(await fs.realpath(folder), path.basename(target));
  // Same device and inode: a hard link, or another spelling on a case-insensitive disk. Some file
  // systems report inode 0 for every file, which proves nothing.
  const sameFile =
    existing !== undefined &&
    inputStats.ino !== 0n &&
    existing.dev === inputStats.dev &&
    existing.ino === inputStats.ino;
  if (sameFile || realTarget === (await fs.realpath(input))) throw refuse('out-is-input');
  if (existing?.isDirectory()) throw refuse('out-is-folder');
  if (existing && !force) throw refuse('out-exists');
}

/** The file's stats, or undefined when nothing is there (a missing folder on the way counts too). */
async function statIfExists(file: string): Promise<BigIntStats | undefined> {
  try {
    return await fs.stat(file, { bigint: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function reportWorkbook(workbook: ExcelJS.Workbook, result: CheckResult, options: CliOptions): ExcelJS.Workbook {
  const checkedAt = checkTime(process.env.SOURCE_DATE_EPOCH);
  const plan = buildOutputPlan(result, {
    lang: options.lang,
    checkedOn: todayDayNumber(checkedAt),
    source: path.basename(options.file),
  });
  const alsoCopy = result.reconciliation ? [result.reconciliation.paymentsSheet.sheet] : [];
  return buildReportWorkbook(workbook, result.model.sheet, plan, checkedAt, alsoCopy);
}

/** The language to report a failure in, even when the arguments themselves could not be parsed. */
function requestedLang(argv: ReadonlyArray<string>): Lang {
  return argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) ? 'en' : 'nl';
}

function describeFailure(error: unknown, lang: Lang): string {
  if (error instanceof UsageError) return error.describe(lang);
  if (error instanceof LedgerFileError) return error.describe(lang);
  if (error instanceof WorkbookFileError) return fileProblemText(error, lang);
  if (error instanceof EngineError) return error.message;
  if (error instanceof OutputRefusal) return error.describe(lang);
  if (error instanceof ReportFileError) return reportFileText(error, lang);
  if (error instanceof PlanWriteError) return planProblemText(error, lang);
  if (error instanceof OutputWriteError) return error.describe(lang);
  // The engine reads formulas recursively; a formula nested thousands of levels deep (no workbook
  // Excel makes: it allows 64) runs out of stack. Named, not reported as a bug of ours.
  if (error instanceof RangeError && /call stack/i.test(error.message)) return nestedTooDeepText(lang);
  if (error instanceof HiddenBudgetSheets) return `${error.cause.message} ${hiddenOnlyText(error.hidden, lang)}`;
  const detail = error instanceof Error ? error.message : String(error);
  return unexpectedErrorText(detail, lang);
}
