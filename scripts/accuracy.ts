/**
 * `npm run accuracy`: how well the checker reads the realistic workbooks of tests/fixtures/realistic
 * (built by scripts/realistic-fixtures.ts), against the reading written by hand for each.
 *
 * Each workbook is read as npo-check reads a file and checked with its expectation's options. Then:
 * - findings (open ones, `RULE CELL`, sheet-qualified off the budget sheet) against the required
 *   and acceptable entries: recall = required found / required; precision = findings matching a
 *   required entry / (findings − findings matching only an acceptable entry);
 * - the figures per goal, without goal and in total, begroot and benut, to the cent, and the sheet
 *   chosen as budget sheet: a workbook's figures are exact only when read from the expected sheet.
 * A workbook the engine refuses (or fails on) misses every required finding and every figure.
 *
 * Usage: `npm run accuracy [-- --json] [-- --strict] [-- <fixtures folder>]`. It is a report: the
 * exit code is 0, except with --strict, where recall below 100%, precision below 95% or any figure
 * off gives 1.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook, type CheckOptions, type CheckResult } from '../src/engine/check';
import type { Finding } from '../src/engine/findings';
import { formatEuro } from '../src/engine/money';
import { isOwnTabName } from '../src/engine/plan/words';
import { loadWorkbookFile } from '../src/xlsx/read-file';
import { snapshotWorkbook } from '../src/xlsx/snapshot';

interface Figures {
  readonly begroot: number;
  readonly benut: number;
}

const GOAL_KEYS = ['1', '2', '3', '4', '5'] as const;

export interface Expectation {
  readonly description: string;
  readonly sheet?: string;
  readonly options?: { readonly ceilingCents?: number };
  readonly required: ReadonlyArray<string>;
  readonly acceptable?: ReadonlyArray<string>;
  readonly goals: Readonly<Record<(typeof GOAL_KEYS)[number], Figures>>;
  readonly withoutGoal: Figures;
  readonly total: Figures;
}

/** One figure that differs: what it is, and both values in cents. */
interface FigureDifference {
  readonly figure: string;
  readonly expected: number;
  readonly got: number | null;
}

export interface WorkbookScore {
  readonly name: string;
  readonly ok: boolean;
  readonly expectedSheet?: string;
  readonly sheet?: string;
  readonly required: number;
  readonly found: number;
  readonly missed: ReadonlyArray<string>;
  readonly extra: ReadonlyArray<string>;
  /** Findings reported that matched only an acceptable entry: they count for nothing. */
  readonly acceptable: ReadonlyArray<string>;
  readonly figuresExact: boolean;
  readonly figures: ReadonlyArray<FigureDifference>;
  readonly error?: string;
}

export interface AccuracyReport {
  readonly workbooks: ReadonlyArray<WorkbookScore>;
  readonly recall: { readonly found: number; readonly required: number };
  readonly precision: { readonly matched: number; readonly counted: number };
  readonly figuresExact: { readonly exact: number; readonly workbooks: number };
}

interface Entry {
  readonly text: string;
  readonly rule: string;
  readonly where?: string;
}

function parseEntry(text: string): Entry {
  const [rule, where] = text.trim().split(/\s+/, 2) as [string, string?];
  return where === undefined ? { text, rule } : { text, rule, where };
}

/** How a finding is written in an expectation: its cell, with the sheet when it is not the budget sheet. */
function findingKey(finding: Finding, budgetSheet: string): { rule: string; where: string; text: string } {
  const where = finding.sheet === budgetSheet ? finding.cell : `${finding.sheet}!${finding.cell}`;
  return { rule: finding.rule, where, text: `${finding.rule} ${where}` };
}

function matches(entry: Entry, key: { rule: string; where: string }): boolean {
  return entry.rule === key.rule && (entry.where === undefined || entry.where === key.where);
}

/**
 * Pairs findings with required entries, each used once: entries naming a cell first, so an entry
 * without a cell never takes the finding a precise entry needs. What is left over is acceptable
 * when it matches an acceptable entry (any number of times), else extra.
 */
function matchFindings(
  expected: Expectation,
  findings: ReadonlyArray<Finding>,
  budgetSheet: string,
): Pick<WorkbookScore, 'found' | 'missed' | 'extra' | 'acceptable'> {
  const keys = findings.map((f) => findingKey(f, budgetSheet));
  const used = new Set<number>();
  const required = expected.required.map(parseEntry);
  const missed: string[] = [];
  const ordered = [...required.filter((e) => e.where !== undefined), ...required.filter((e) => e.where === undefined)];
  for (const entry of ordered) {
    const index = keys.findIndex((k, i) => !used.has(i) && matches(entry, k));
    if (index < 0) missed.push(entry.text);
    else used.add(index);
  }
  const acceptableEntries = (expected.acceptable ?? []).map(parseEntry);
  const acceptable: string[] = [];
  const extra: string[] = [];
  keys.forEach((k, i) => {
    if (used.has(i)) return;
    if (acceptableEntries.some((e) => matches(e, k))) acceptable.push(k.text);
    else extra.push(k.text);
  });
  return { found: used.size, missed, extra, acceptable };
}

function compareFigures(expected: Expectation, result: CheckResult | undefined): FigureDifference[] {
  const differences: FigureDifference[] = [];
  const compare = (figure: string, want: number, got: number | undefined): void => {
    if (got !== want) differences.push({ figure, expected: want, got: got ?? null });
  };
  const summaries = result?.summaries;
  for (const key of GOAL_KEYS) {
    const goal = summaries?.goals.find((g) => String(g.goal) === key);
    compare(`doel ${key} begroot`, expected.goals[key].begroot, goal?.begrootCents);
    compare(`doel ${key} benut`, expected.goals[key].benut, goal?.benutCents);
  }
  compare('zonder doel begroot', expected.withoutGoal.begroot, summaries?.withoutGoal.begrootCents);
  compare('zonder doel benut', expected.withoutGoal.benut, summaries?.withoutGoal.benutCents);
  compare('totaal begroot', expected.total.begroot, summaries?.begrootCents);
  compare('totaal benut', expected.total.benut, summaries?.benutCents);
  return differences;
}

export async function scoreWorkbook(file: string, expected: Expectation): Promise<WorkbookScore> {
  const name = path.basename(file, '.xlsx');
  let result: CheckResult | undefined;
  let error: string | undefined;
  try {
    const snapshot = snapshotWorkbook(await loadWorkbookFile(file));
    // The options npo-check passes, plus the expectation's own (a ceiling the sheet does not state).
    const options: CheckOptions = { ignoreSheet: isOwnTabName, ...(expected.options ?? {}) };
    result = checkWorkbook(snapshot, options);
  } catch (e) {
    // An EngineError is the engine refusing the workbook; anything else is a failure. Both mean
    // nothing was read, and the score says so rather than stopping the benchmark.
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const sheet = result?.model.sheet;
  const findingsScore = result
    ? matchFindings(expected, result.findings, result.model.sheet)
    : { found: 0, missed: [...expected.required], extra: [], acceptable: [] };
  const figures = compareFigures(expected, result);
  const sheetRight = expected.sheet === undefined || expected.sheet === sheet;
  const figuresExact = result !== undefined && sheetRight && figures.length === 0;
  return {
    name,
    ok: figuresExact && findingsScore.missed.length === 0 && findingsScore.extra.length === 0,
    ...(expected.sheet !== undefined ? { expectedSheet: expected.sheet } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    required: expected.required.length,
    ...findingsScore,
    figuresExact,
    figures,
    ...(error !== undefined ? { error } : {}),
  };
}

export async function scoreFolder(folder: string): Promise<AccuracyReport> {
  const names = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => f.slice(0, -'.xlsx'.length))
    .sort();
  const workbooks: WorkbookScore[] = [];
  for (const name of names) {
    const expected = JSON.parse(fs.readFileSync(path.join(folder, `${name}.expected.json`), 'utf8')) as Expectation;
    workbooks.push(await scoreWorkbook(path.join(folder, `${name}.xlsx`), expected));
  }
  let found = 0;
  let required = 0;
  let extra = 0;
  for (const w of workbooks) {
    found += w.found;
    required += w.required;
    extra += w.extra.length;
  }
  return {
    workbooks,
    recall: { found, required },
    precision: { matched: found, counted: found + extra },
    figuresExact: { exact: workbooks.filter((w) => w.figuresExact).length, workbooks: workbooks.length },
  };
}

/** `97,3%`; a ratio with nothing to count is a full score (no findings reported, none false). */
function percent(part: number, whole: number): string {
  const value = whole === 0 ? 100 : (part * 100) / whole;
  return `${value.toFixed(1).replace('.', ',')}%`;
}

function euro(cents: number | null): string {
  return cents === null ? 'niets' : formatEuro(cents);
}

export function finalLine(report: AccuracyReport): string {
  const { recall, precision, figuresExact } = report;
  return (
    `recall ${percent(recall.found, recall.required)} (${recall.found}/${recall.required})` +
    ` · precision ${percent(precision.matched, precision.counted)} (${precision.matched}/${precision.counted})` +
    ` · figures exact ${figuresExact.exact}/${figuresExact.workbooks} workbooks`
  );
}

export function textReport(report: AccuracyReport): string {
  const lines: string[] = [];
  for (const w of report.workbooks) {
    lines.push(`${w.ok ? '✓' : '✗'} ${w.name}`);
    if (w.error !== undefined) lines.push(`    fout: ${w.error}`);
    if (w.expectedSheet !== undefined && w.sheet !== undefined && w.sheet !== w.expectedSheet)
      lines.push(`    blad: verwacht "${w.expectedSheet}", gekozen "${w.sheet}"`);
    if (w.missed.length > 0) lines.push(`    gemist: ${w.missed.join(', ')}`);
    if (w.extra.length > 0) lines.push(`    extra: ${w.extra.join(', ')}`);
    for (const d of w.figures) lines.push(`    ${d.figure}: verwacht ${euro(d.expected)}, gekregen ${euro(d.got)}`);
  }
  lines.push('', finalLine(report));
  return `${lines.join('\n')}\n`;
}

/** The --strict bar: every required finding, at most 5% false, every figure exact. */
export function meetsBar(report: AccuracyReport): boolean {
  const { recall, precision, figuresExact } = report;
  const precisionOk = precision.counted === 0 || precision.matched / precision.counted >= 0.95;
  return recall.found === recall.required && precisionOk && figuresExact.exact === figuresExact.workbooks;
}

async function main(argv: ReadonlyArray<string>): Promise<number> {
  const json = argv.includes('--json');
  const strict = argv.includes('--strict');
  const folder = path.resolve(
    argv.find((a) => !a.startsWith('--')) ?? path.resolve(__dirname, '../../tests/fixtures/realistic'),
  );
  const report = await scoreFolder(folder);
  process.stdout.write(
    json ? `${JSON.stringify({ ...report, summary: finalLine(report) }, null, 2)}\n` : textReport(report),
  );
  return strict && !meetsBar(report) ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(`accuracy: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    });
}
