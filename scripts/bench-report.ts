/**
 * Part of `npm run bench`, run in a child process: writing the report workbook (.xlsx bytes) for a
 * generated list sheet of `interventions` rows, as `npo-check --out` builds it (read from .xlsx,
 * checked, planned, the report workbook built), `runs` times in this process; the median, and the
 * process's resident memory before writing and at its peak. One writer and one size per process,
 * so the peak is that writer's:
 *
 *   node build/scripts/bench-report.js report 3 100000
 *
 * `report` is the report's own writer (src/xlsx/write-xlsx.ts), `exceljs` ExcelJS's plain
 * `writeBuffer`, the baseline measured beside it in the same command.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { checkWorkbook } from '../src/engine/check';
import { todayDayNumber } from '../src/engine/inputs/day';
import { buildOutputPlan } from '../src/engine/plan/build';
import { loadWorkbookFile } from '../src/xlsx/read-file';
import { buildReportWorkbook } from '../src/xlsx/report-workbook';
import { snapshotWorkbook } from '../src/xlsx/snapshot';
import { xlsxBytes } from '../src/xlsx/write-xlsx';
import {
  answer,
  collectGarbage,
  count,
  duration,
  median,
  megabytes,
  payload,
  peakRss,
  runPart,
  time,
} from './bench-support';
import { writeGeneratedWorkbook } from './generate';

export type ReportWriter = (workbook: ExcelJS.Workbook) => Promise<Uint8Array>;

export const REPORT_WRITERS: Readonly<Record<string, ReportWriter>> = {
  report: xlsxBytes,
  exceljs: async (workbook) => new Uint8Array(await workbook.xlsx.writeBuffer()),
};

export interface ReportFigures {
  readonly writer: string;
  readonly interventions: number;
  /** Cells in the report workbook, over all its sheets. */
  readonly cells: number;
  readonly runsMs: ReadonlyArray<number>;
  readonly medianMs: number;
  readonly bytes: number;
  /** Resident memory with the source and the report workbook built, before the first write. */
  readonly rssBefore: number;
  readonly peakRss: number;
}

const CHECKED_AT = new Date(Date.UTC(2024, 2, 1, 9, 30));

/** The report workbook npo-check --out would write for a generated sheet of `interventions` rows. */
export async function generatedReport(interventions: number): Promise<ExcelJS.Workbook> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'npo-bench-report-'));
  try {
    const file = path.join(dir, 'begroting.xlsx');
    await writeGeneratedWorkbook(file, interventions);
    const source = await loadWorkbookFile(file);
    const result = checkWorkbook(snapshotWorkbook(source));
    const plan = buildOutputPlan(result, {
      lang: 'nl',
      checkedOn: todayDayNumber(CHECKED_AT),
      source: 'begroting.xlsx',
    });
    return buildReportWorkbook(source, result.model.sheet, plan, CHECKED_AT);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureReportWriter(
  name: string,
  write: ReportWriter,
  interventions: number,
  runs: number,
): Promise<ReportFigures> {
  const report = await generatedReport(interventions);
  let cells = 0;
  report.eachSheet((sheet) => sheet.eachRow({ includeEmpty: false }, (row) => void (cells += row.cellCount)));
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  const runsMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    runsMs.push(await time(async () => (bytes = (await write(report)).length)));
  }
  return { writer: name, interventions, cells, runsMs, medianMs: median(runsMs), bytes, rssBefore, peakRss: peakRss() };
}

const SIZES = [1_000, 100_000];

/**
 * Part 6 of `npm run bench`: each writer on each size in a child process of its own (this script,
 * compiled), the report's writer and ExcelJS's plain one side by side in the same command, so a
 * busy machine slows both alike. Returns what failed.
 */
export async function benchReportWriting(
  heapMb: number,
  runsFor: (interventions: number) => number,
): Promise<string[]> {
  console.log(
    `\n6. Writing the report workbook (.xlsx) for ${SIZES.map(count).join(' and ')} interventions, each writer in its own process (node --max-old-space-size=${heapMb})…`,
  );
  const failures: string[] = [];
  const rows: ReportFigures[] = [];
  for (const interventions of SIZES) {
    for (const writer of Object.keys(REPORT_WRITERS)) {
      try {
        rows.push(
          await runPart<ReportFigures>(
            __filename,
            [writer, String(runsFor(interventions)), String(interventions)],
            ['--expose-gc', `--max-old-space-size=${heapMb}`],
          ),
        );
      } catch (error) {
        failures.push(`report writer ${writer} on ${count(interventions)} interventions: ${(error as Error).message}`);
      }
    }
  }
  console.log(
    '\n| report for, interventions | cells | writer | time (median) | runs | RSS before writing | peak RSS | file |',
  );
  console.log('|---:|---:|---|---:|---|---:|---:|---:|');
  for (const f of rows) {
    console.log(
      `| ${count(f.interventions)} | ${count(f.cells)} | ${WRITER_NAMES[f.writer] ?? f.writer} | ${duration(f.medianMs)} | ${f.runsMs.map(duration).join(', ')} | ` +
        `${megabytes(f.rssBefore)} | ${megabytes(f.peakRss)} | ${payload(f.bytes)} |`,
    );
  }
  console.log(
    "\nRSS before writing: the source and the report workbook built, as in npo-check --out; the peak is the whole process's.",
  );
  return failures;
}

const WRITER_NAMES: Readonly<Record<string, string>> = {
  report: 'xlsxBytes (the report)',
  exceljs: 'ExcelJS writeBuffer',
};

async function main(): Promise<void> {
  const [name, runs, interventions] = process.argv.slice(2);
  const write = REPORT_WRITERS[name!];
  if (!write) throw new Error(`unknown writer ${name}; one of ${Object.keys(REPORT_WRITERS).join(', ')}`);
  answer(await measureReportWriter(name!, write, Number(interventions), Number(runs)));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
