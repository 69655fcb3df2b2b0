/**
 * The "bad input" corpus through the compiled command line: every awkward workbook gets findings
 * or one clear Dutch line on stderr with exit code 2, never a stack trace, and the file itself is
 * left exactly as it was, also when a report is written next to it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { CORPUS, type CorpusEntry, type CorpusOutcome } from '../corpus/corpus';
import { runCli, type Run } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-corpus-'));
// The folder holds the 50 MB workbook: it goes when the tests are done.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
/** No progress line on stderr, however slow the machine: stderr holds only what is tested. */
const QUIET = { NPO_PROGRESS_AFTER_MS: '3600000', SOURCE_DATE_EPOCH: '1700000000' };
const run = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}): Promise<Run> =>
  runCli(args, { ...QUIET, ...env });

function expectOutcome(result: Run, expected: CorpusOutcome, file: string): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  if (expected.kind === 'refused') {
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npo-check: /);
    expect(lines[0]!.slice('npo-check: '.length)).toMatch(expected.stderr);
    return;
  }
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: expected.exit, stderr: '' });
  const json = JSON.parse(result.stdout);
  expect({
    file: json.file,
    sheet: json.sheet,
    layout: json.layout,
    headerRow: json.headerRow,
    interventions: json.interventions.length,
    begrootCents: json.totals.begrootCents,
    findings: json.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`),
    ...(expected.names ? { names: json.interventions.map((i: { name: string }) => i.name) } : {}),
  }).toEqual({
    file,
    sheet: expected.sheet,
    layout: expected.layout,
    headerRow: expected.headerRow,
    interventions: expected.interventions,
    begrootCents: expected.begrootCents,
    findings: expected.findings,
    ...(expected.names ? { names: expected.names } : {}),
  });
}

/** The report holds the user's texts as text: a name like `=HYPERLINK(…)` never becomes a formula. */
async function expectNamesAsText(report: string, names: ReadonlyArray<string>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(report);
  const texts = new Set<string>();
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.formula);
        else if (typeof cell.value === 'string') texts.add(cell.value);
      }),
    ),
  );
  for (const name of names) expect(texts).toContain(name);
  // The report's own links are HYPERLINK formulas too; none of them may be the user's text.
  expect(formulas.filter((f) => f.includes('http://x') || f === '1+1')).toEqual([]);
}

/**
 * The file's outcome in JSON with a report written next to it (with --out the outcome is the same,
 * and the report must land elsewhere), and as text; the file stays as it was, byte for byte.
 */
async function checkEntry(entry: CorpusEntry, file: string): Promise<void> {
  const before = sha256(file);
  const report = path.join(dir, `${entry.id}-rapport.xlsx`);
  const [json, text, ...others] = await Promise.all([
    run([file, '--format', 'json', '--out', report]),
    run([file]),
    ...(entry.runs ?? []).map((r) => run([file, '--format', 'json', ...r.args])),
  ]);
  expectOutcome(json, entry.expected, file);
  (entry.runs ?? []).forEach((r, i) => expectOutcome(others[i]!, r.expected, file));
  // The text report tells the same: the same exit code, and on stderr nothing or the same line.
  expect({ code: text.code, stderr: text.stderr }).toEqual({ code: json.code, stderr: json.stderr });
  if (entry.expected.kind === 'findings') {
    expect(text.stdout).toContain(`Werkblad: ${entry.expected.sheet} (`);
    expect(JSON.parse(json.stdout).report).toBe(report);
    expect(existsSync(report)).toBe(true);
    if (entry.expected.names) await expectNamesAsText(report, entry.expected.names);
  } else {
    expect(existsSync(report)).toBe(false);
  }
  expect(sha256(file)).toBe(before);
}

describe('npo-check on the bad-input corpus', () => {
  it('has entries with unique ids', () => {
    const ids = CORPUS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(CORPUS.filter((e) => !e.large).map((e) => [e.id, e] as const))(
    '%s',
    async (_id, entry) => {
      await checkEntry(entry, await entry.build(dir));
    },
    30_000,
  );
});

describe.each(CORPUS.filter((e) => e.large).map((e) => [e.id, e] as const))('npo-check on %s', (_id, entry) => {
  let file: string;

  beforeAll(async () => {
    file = await entry.build(dir);
  }, 60_000);

  it('answers from the zip directory at once, without reading the sheets', async () => {
    const started = Date.now();
    // A 256 MB heap: loading the sheets (4.3 GB) would crash long before an answer.
    const small = await run([file, '--format', 'json'], { NODE_OPTIONS: '--max-old-space-size=256' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expectOutcome(small, entry.expected, file);
    await checkEntry(entry, file);
  }, 60_000);
});
