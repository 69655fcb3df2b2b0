/**
 * `npo-check vergelijk <oud.xlsx> <nieuw.xlsx>`: compares two versions of the budget (two files, or
 * two sheets of one workbook) and prints what changed, as text or JSON; with `--out` it writes the
 * "NPO Wijzigingen" tab beside a copy of both sheets. Exit codes: 0 no changes, 1 changes, 2 the
 * comparison could not be made (one line on stderr).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../engine/check';
import { compareBudgets } from '../engine/compare';
import { comparisonJson, comparisonText, type ComparedVersion } from '../engine/compare/report';
import { todayDayNumber } from '../engine/inputs/day';
import type { JsonComparisonV1 } from '../engine/json-report';
import type { Lang } from '../engine/messages';
import { wijzigingenPlan } from '../engine/plan/wijzigingen';
import { isOwnTabName } from '../engine/plan/words';
import { loadWorkbookFile } from '../xlsx/read-file';
import { buildComparisonWorkbook, copyNames } from '../xlsx/comparison-workbook';
import { writeWorkbookFile } from '../xlsx/report-workbook';
import { snapshotWorkbook } from '../xlsx/snapshot';
import { CompareUsageError, compareUsage } from './compare-messages';
import { reportWrittenText } from './messages';

export interface CompareOptions {
  readonly oldFile: string;
  readonly newFile: string;
  readonly oldSheet?: string;
  readonly newSheet?: string;
  readonly format: 'text' | 'json';
  readonly lang: Lang;
  readonly out?: string;
  readonly force: boolean;
}

/** What the command line's main module lends: its failure sentences and its guards for `--out`. */
export interface CompareSupport {
  describeFailure(error: unknown, lang: Lang): string;
  assertReportTarget(input: string, out: string, force: boolean): Promise<void>;
  checkTime(sourceDateEpoch: string | undefined): Date;
}

export function parseCompareArgs(argv: ReadonlyArray<string>): CompareOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'sheet-old': { type: 'string' },
        'sheet-new': { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string', default: 'nl' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CompareUsageError('bad-option', (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const lang = values.lang;
  if (lang !== 'nl' && lang !== 'en') throw new CompareUsageError('bad-lang', String(lang));
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new CompareUsageError('bad-format', String(format));
  if (positionals.length === 0 || positionals.length > 2) throw new CompareUsageError('files', positionals.join(' '));
  const oldSheet = values['sheet-old'];
  const newSheet = values['sheet-new'];
  if (positionals.length === 1 && (oldSheet === undefined || newSheet === undefined))
    throw new CompareUsageError('one-file-needs-sheets', positionals[0]!);
  if (values.force && values.out === undefined) throw new CompareUsageError('force-without-out', '--force');
  return {
    oldFile: positionals[0]!,
    newFile: positionals[1] ?? positionals[0]!,
    ...(oldSheet !== undefined ? { oldSheet } : {}),
    ...(newSheet !== undefined ? { newSheet } : {}),
    format,
    lang,
    ...(values.out !== undefined ? { out: values.out } : {}),
    force: values.force === true,
  };
}

export async function runCompare(
  argv: ReadonlyArray<string>,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  support: CompareSupport,
): Promise<number> {
  const lang: Lang = argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) ? 'en' : 'nl';
  try {
    const options = parseCompareArgs(argv);
    if (options === 'help') {
      out.write(compareUsage(lang));
      return 0;
    }
    const sameFile = path.resolve(options.oldFile) === path.resolve(options.newFile);
    const oldBook = await loadWorkbookFile(options.oldFile);
    const newBook = sameFile ? oldBook : await loadWorkbookFile(options.newFile);
    if (options.out !== undefined) {
      await support.assertReportTarget(options.oldFile, options.out, options.force);
      if (!sameFile) await support.assertReportTarget(options.newFile, options.out, options.force);
    }
    const read = (book: ExcelJS.Workbook, sheet: string | undefined) =>
      checkWorkbook(snapshotWorkbook(book), {
        ...(sheet !== undefined ? { sheet } : {}),
        lang: options.lang,
        ignoreSheet: isOwnTabName,
      });
    const oldResult = read(oldBook, options.oldSheet);
    const newResult = read(newBook, options.newSheet);
    if (sameFile && oldResult.model.sheet === newResult.model.sheet)
      throw new CompareUsageError('same-sheet', oldResult.model.sheet);
    const comparison = compareBudgets(oldResult.model, newResult.model);
    const oldVersion: ComparedVersion = { file: options.oldFile, model: oldResult.model };
    const newVersion: ComparedVersion = { file: options.newFile, model: newResult.model };
    if (options.out !== undefined) {
      const checkedAt = support.checkTime(process.env.SOURCE_DATE_EPOCH);
      const names = copyNames(comparison.oldSheet, comparison.newSheet);
      const plan = wijzigingenPlan(comparison, {
        lang: options.lang,
        checkedOn: todayDayNumber(checkedAt),
        oldSource: path.basename(options.oldFile),
        newSource: path.basename(options.newFile),
        oldLinkSheet: names.old,
        newLinkSheet: names.new,
      });
      const report = buildComparisonWorkbook(
        { workbook: oldBook, sheet: comparison.oldSheet },
        { workbook: newBook, sheet: comparison.newSheet },
        plan,
        checkedAt,
      );
      await writeWorkbookFile(report, options.out, { replace: options.force });
    }
    if (options.format === 'json') {
      const json: JsonComparisonV1 = {
        ...comparisonJson(comparison, oldVersion, newVersion),
        ...(options.out !== undefined ? { report: options.out } : {}),
      };
      out.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      const text = comparisonText(comparison, oldVersion, newVersion, options.lang);
      out.write(options.out !== undefined ? `${text}\n${reportWrittenText(options.out, options.lang)}\n` : text);
    }
    return comparison.changes.length > 0 ? 1 : 0;
  } catch (error) {
    const sentence = error instanceof CompareUsageError ? error.describe(lang) : support.describeFailure(error, lang);
    err.write(`npo-check vergelijk: ${sentence}\n`);
    if (process.env.NPO_DEBUG && error instanceof Error && error.stack) err.write(`${error.stack}\n`);
    return 2;
  }
}
