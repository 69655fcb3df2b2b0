/**
 * `npm run bench`: how the checker scales, on generated list sheets (scripts/generate.ts).
 *
 * 1. The engine alone and reading the same sheet from `.xlsx`, for 1.000, 10.000 and 100.000
 *    interventions, in this process (medians; the per-1.000 column shows whether time grows
 *    linearly).
 * 2. The engine on 1.000.000 interventions, against 100.000 in the same process
 *    (scripts/bench-engine.ts).
 * 3. The command line end to end (read, check, write the report with --out), as users run it, on
 *    100.000 rows against 1.000: wall time, the phases from its own progress lines, peak memory.
 * 4. The task pane's adapter on 200.000 rows in the in-memory Excel (scripts/bench-adapter.ts):
 *    check, write the tabs, highlight, clear; syncs and the largest request and response, each of
 *    which must stay under Excel on the web's 5 MB, or the bench fails (exit code 1).
 * 5. A ledger export of 50.000 bookings reconciled (scripts/bench-ledger.ts), as a snapshot and
 *    read from CSV: over 5 s fails the bench.
 * 6. Writing the report workbook for 1.000 and 100.000 interventions (scripts/bench-report.ts):
 *    the report's writer beside ExcelJS's plain writeBuffer, time and peak memory.
 *
 * Parts 2, 4 and 6 run in child processes with a heap of HEAP_MB: checking 1.000.000 interventions
 * keeps some 1,3 GB alive and runs out of memory under a 2 GB heap, which is V8's default on
 * machines with 8 GB or less. Medians, because these machines are small and shared. BENCH_RUNS,
 * BENCH_SCALE_RUNS, BENCH_CLI_RUNS and BENCH_REPORT_RUNS change the number of runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkWorkbook } from '../src/engine/check';
import { sheetFromValues } from '../src/engine/grid';
import { readWorkbookFile } from '../src/xlsx/read-file';
import type { AdapterFigures, AdapterStep } from './bench-adapter';
import type { EngineFigures } from './bench-engine';
import { benchLedger } from './bench-ledger';
import { benchReportWriting } from './bench-report';
import { count, decimal, duration, median, megabytes, payload, runPart, timed } from './bench-support';
import { generatedListRows, writeGeneratedWorkbook } from './generate';

const SIZES = [1_000, 10_000, 100_000];
const SCALE_SIZES = [100_000, 1_000_000];
const CLI_SIZES = [1_000, 100_000];
const ADAPTER_ROWS = 200_000;
/** Excel on the web's limit for one request and for one response (the in-memory Excel's too). */
const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const HEAP_MB = 4_096;

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/npo-check.js');
const PART = (name: string): string => path.join(__dirname, `${name}.js`);

const runsFrom = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** Problems that fail the bench; printed at the end. */
const failures: string[] = [];

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'npo-bench-'));
  const cpus = os.cpus();
  console.log(
    `npo-check bench — node ${process.version}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'}), ` +
      `${megabytes(os.totalmem())} memory, load ${decimal(os.loadavg()[0]!)} at the start`,
  );
  try {
    const files = await engineAndRead(dir);
    const engine = await scaleEngine();
    const cli = await commandLine(dir, files);
    const adapter = await taskPaneAdapter();
    printTables(engine, cli, adapter);
    await ledger();
    failures.push(...(await benchReportWriting(HEAP_MB, (n) => runsFrom('BENCH_REPORT_RUNS', n >= 100_000 ? 3 : 5))));
    console.log(
      `\nLoad at the end: ${decimal(os.loadavg()[0]!)} (on ${cpus.length} cores; above that, other work shared the machine and the times are longer).`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.log(`\nBENCH FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

/** Part 1, in this process; returns the `.xlsx` files it wrote, by size, for the command line. */
async function engineAndRead(dir: string): Promise<Map<number, string>> {
  const engineRuns = runsFrom('BENCH_RUNS', 7);
  console.log(`\n1. Engine and reading .xlsx, in one process: medians of ${engineRuns} runs (engine), 3–5 (reading)`);
  const column = (v: string, width = 11): string => v.padStart(width);
  console.log(
    `${column('interventions', 13)} ${column('engine')} ${column('per 1.000')} ${column('read .xlsx')} ${column('per 1.000')}  findings`,
  );
  const files = new Map<number, string>();
  const ms = (v: number): string => column(`${decimal(v)} ms`);
  for (const size of SIZES) {
    const snapshot = { sheets: [sheetFromValues('Begroting', generatedListRows(size))] };
    let findings = 0;
    // Warm-up: the first runs pay for compiling and optimising the engine, not for checking.
    for (let i = 0; i < 3; i++) checkWorkbook(snapshot);
    const engine = await timed(engineRuns, () => {
      findings = checkWorkbook(snapshot).findings.length;
    });
    const file = path.join(dir, `begroting-${size}.xlsx`);
    await writeGeneratedWorkbook(file, size);
    files.set(size, file);
    const read = await timed(size >= 100_000 ? 3 : 5, () => readWorkbookFile(file));
    const per = (t: number): string => ms((t * 1_000) / size);
    console.log(`${column(count(size), 13)} ${ms(engine)} ${per(engine)} ${ms(read)} ${per(read)}  ${count(findings)}`);
  }
  return files;
}

/** Part 2: 1.000.000 interventions against 100.000, in a child process of its own. */
async function scaleEngine(): Promise<EngineFigures | undefined> {
  const runs = runsFrom('BENCH_SCALE_RUNS', 3);
  console.log(
    `\n2. Engine on ${SCALE_SIZES.map(count).join(' and ')} interventions (${runs} runs each, node --max-old-space-size=${HEAP_MB})…`,
  );
  try {
    return await runPart<EngineFigures>(
      PART('bench-engine'),
      [String(runs), ...SCALE_SIZES.map(String)],
      ['--expose-gc', `--max-old-space-size=${HEAP_MB}`],
    );
  } catch (error) {
    failures.push(`engine: ${(error as Error).message}`);
    return undefined;
  }
}

interface CliRun {
  readonly wallMs: number;
  readonly peakRss: number;
  /** Seconds since the command started, per phase, from its progress lines. */
  readonly phases: ReadonlyMap<string, number>;
  readonly stdoutBytes: number;
  readonly reportBytes: number;
}

interface CliFigures {
  readonly rows: number;
  readonly runs: ReadonlyArray<CliRun>;
}

const PHASES = ['Lezen', 'Controleren', 'Rapport schrijven', 'Uitvoer opmaken'] as const;

/** Part 3: the compiled command line in a child process, with --out, as users run it. */
async function commandLine(dir: string, files: ReadonlyMap<number, string>): Promise<CliFigures[]> {
  const runs = runsFrom('BENCH_CLI_RUNS', 3);
  console.log(
    `\n3. npo-check end to end (read, check, write the report with --out) on ${CLI_SIZES.map(count).join(' and ')} rows, ${runs} runs each…`,
  );
  const figures: CliFigures[] = [];
  for (const rows of CLI_SIZES) {
    const results: CliRun[] = [];
    for (let i = 0; i < runs; i++) {
      try {
        results.push(await runCommandLine(dir, files.get(rows)!, `rapport-${rows}-${i}.xlsx`));
      } catch (error) {
        failures.push(`npo-check on ${count(rows)} rows: ${(error as Error).message}`);
        break;
      }
    }
    figures.push({ rows, runs: results });
  }
  return figures;
}

function runCommandLine(dir: string, file: string, reportName: string): Promise<CliRun> {
  const report = path.join(dir, reportName);
  const rssFile = path.join(dir, `${reportName}.rss`);
  return new Promise((resolve, reject) => {
    let stdoutBytes = 0;
    let stderr = '';
    const start = performance.now();
    const child = spawn(process.execPath, ['-r', PART('bench-rss'), BIN, file, '--out', report], {
      // Progress lines from the start, one per phase (stderr is a pipe): they carry the phase times.
      env: { ...process.env, NPO_PROGRESS_AFTER_MS: '0', NPO_BENCH_RSS_FILE: rssFile, SOURCE_DATE_EPOCH: '1790000000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - start;
      // 0: no errors found, 1: errors found (the generated sheets have some); anything else failed.
      if (code !== 0 && code !== 1) {
        reject(new Error(`exit ${signal ?? code}: ${stderr.trim().split('\n').at(-1) ?? ''}`));
        return;
      }
      const phases = new Map<string, number>();
      for (const line of stderr.split('\n')) {
        const phase = PHASES.find((p) => line.startsWith(p));
        const seconds = /(\d+),(\d) s$/.exec(line);
        if (phase && seconds) phases.set(phase, Number(`${seconds[1]}.${seconds[2]}`));
      }
      resolve({
        wallMs,
        peakRss: Number(readFileSync(rssFile, 'utf8')),
        phases,
        stdoutBytes,
        reportBytes: statSync(report).size,
      });
    });
  });
}

/** Part 5: a ledger export of 50.000 bookings reconciled (scripts/bench-ledger.ts); over 5 s fails the bench. */
async function ledger(): Promise<void> {
  const runs = runsFrom('BENCH_RUNS', 5);
  const f = await benchLedger(50_000, runs);
  console.log(
    `\n5. Ledger export, ${count(f.bookings)} bookings (medians of ${runs}): engine ${duration(f.engineMs)}, CSV read + engine ${duration(f.csvMs)}, ${count(f.findings)} findings`,
  );
  if (f.csvMs > 5_000) failures.push(`ledger of ${count(f.bookings)} bookings: ${duration(f.csvMs)}, over 5 s`);
}

/** Part 4: the adapter on 200.000 rows in the in-memory Excel, in a child process of its own. */
async function taskPaneAdapter(): Promise<AdapterFigures | undefined> {
  console.log(
    `\n4. Task pane adapter on ${count(ADAPTER_ROWS)} rows in the in-memory Excel (one run; node --max-old-space-size=${HEAP_MB})…`,
  );
  try {
    const figures = await runPart<AdapterFigures>(
      PART('bench-adapter'),
      [String(ADAPTER_ROWS)],
      ['--expose-gc', `--max-old-space-size=${HEAP_MB}`],
    );
    for (const s of figures.steps) {
      if (s.error) failures.push(`adapter ${s.step}: ${s.error}`);
      if (s.largestRequest >= PAYLOAD_LIMIT)
        failures.push(`adapter ${s.step}: a request of ${payload(s.largestRequest)}, over Excel on the web's 5 MB`);
      if (s.largestResponse >= PAYLOAD_LIMIT)
        failures.push(`adapter ${s.step}: a response of ${payload(s.largestResponse)}, over Excel on the web's 5 MB`);
    }
    return figures;
  } catch (error) {
    failures.push(`adapter: ${(error as Error).message}`);
    return undefined;
  }
}

const STEP_NAMES: Record<AdapterStep['step'], string> = {
  check: 'check (read + engine + plan)',
  'write-tabs': 'write the tabs',
  highlight: 'highlight',
  'clear-highlights': 'clear highlights',
};

function printTables(
  engine: EngineFigures | undefined,
  cli: ReadonlyArray<CliFigures>,
  adapter: AdapterFigures | undefined,
): void {
  console.log('\nScale (paste into the README):\n');
  if (engine) {
    const runs = engine.sizes[0]?.runsMs.length ?? 0;
    console.log(
      `| engine alone | time (median of ${runs}) | per 1.000 | findings | heap held: snapshot + result | heap after a run | peak RSS |`,
    );
    console.log('|---:|---:|---:|---:|---:|---:|---:|');
    engine.sizes.forEach((s, i) => {
      const last = i === engine.sizes.length - 1;
      console.log(
        `| ${count(s.interventions)} | ${duration(s.medianMs)} | ${decimal((s.medianMs * 1_000) / s.interventions)} ms | ${count(s.findings)} | ` +
          `${megabytes(s.snapshotHeap)} + ${megabytes(s.resultHeap)} | ${megabytes(s.heapAfterRun)} | ${last ? megabytes(engine.peakRss) : ''} |`,
      );
    });
    console.log(
      `\nOne process for both sizes, heap limit ${megabytes(engine.heapLimit)}; runs: ${engine.sizes.map((s) => s.runsMs.map(duration).join(', ')).join(' / ')}.\n`,
    );
  }
  if (cli.length > 0) {
    const runs = Math.max(...cli.map((c) => c.runs.length));
    console.log(
      `| npo-check --out, rows | end to end (median of ${runs}) | read | check | report | start-up + output | peak RSS | report file |`,
    );
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const c of cli) {
      if (c.runs.length === 0) continue;
      const phase = (from: string, to: string): string => {
        const times = c.runs.map((r) => r.phases.get(to)! - r.phases.get(from)!);
        return times.every((t) => Number.isFinite(t)) ? duration(median(times) * 1_000) : '?';
      };
      console.log(
        `| ${count(c.rows)} | ${duration(median(c.runs.map((r) => r.wallMs)))} | ${phase('Lezen', 'Controleren')} | ${phase('Controleren', 'Rapport schrijven')} | ` +
          `${phase('Rapport schrijven', 'Uitvoer opmaken')} | ${startAndOutput(c.runs)} | ${megabytes(median(c.runs.map((r) => r.peakRss)))} | ${payload(c.runs[0]!.reportBytes)} |`,
      );
    }
    const largest = cli.at(-1);
    if (largest && largest.runs.length > 0) {
      console.log(
        `\nPhases from npo-check's own progress lines (0,1 s steps); the text report on stdout of ${count(largest.rows)} rows is ${payload(largest.runs[0]!.stdoutBytes)}.\n`,
      );
    }
  }
  if (adapter) {
    console.log(`| pane adapter, ${count(adapter.rows)} rows | time | syncs | largest request | largest response |`);
    console.log('|---|---:|---:|---:|---:|');
    for (const s of adapter.steps) {
      const what =
        s.step === 'highlight' ? `${STEP_NAMES[s.step]} (${count(adapter.highlights)} cells)` : STEP_NAMES[s.step];
      const mark = (bytes: number): string => `${payload(bytes)}${bytes >= PAYLOAD_LIMIT ? ' **over 5 MB**' : ''}`;
      console.log(
        `| ${what}${s.error ? ' — failed' : ''} | ${duration(s.ms)} | ${s.syncs} | ${mark(s.largestRequest)} | ${mark(s.largestResponse)} |`,
      );
    }
    const over = adapter.steps.some((s) => s.largestRequest >= PAYLOAD_LIMIT || s.largestResponse >= PAYLOAD_LIMIT);
    console.log(
      `\n${count(adapter.findings)} findings. The engine and plan alone on the same rows: ${duration(adapter.baselineMs)}. ` +
        `Highlight record in the workbook's settings: ${adapter.highlightRecordBytes !== undefined ? payload(adapter.highlightRecordBytes) : 'none'}. ` +
        `Peak RSS ${megabytes(adapter.peakRss)}, the in-memory Excel included. ` +
        (over
          ? 'Some request or response is over 5 MB: Excel on the web would refuse it.'
          : 'Every request and response stays under 5 MB.'),
    );
  }
}

/** What is neither reading, checking nor writing: Node's start-up, loading modules, printing the result. */
function startAndOutput(runs: ReadonlyArray<CliRun>): string {
  const times = runs.map((r) => r.wallMs / 1_000 - (r.phases.get('Uitvoer opmaken')! - r.phases.get('Lezen')!));
  return times.every((t) => Number.isFinite(t)) ? duration(median(times) * 1_000) : '?';
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
