/**
 * `npm run bench`: median times of the engine alone and of reading the same sheet from `.xlsx`,
 * for generated list sheets of 1.000, 10.000 and 100.000 interventions. Medians, because these
 * machines are small and shared; the per-1.000 column shows whether time grows linearly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkWorkbook } from '../src/engine/check';
import { sheetFromValues } from '../src/engine/grid';
import { readWorkbookFile } from '../src/xlsx/read-file';
import { generatedListRows, writeGeneratedWorkbook } from './generate';

const SIZES = [1_000, 10_000, 100_000];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(runs: number, work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const ms = (v: number): string => `${v.toFixed(1)} ms`.padStart(11);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'npo-bench-'));
  const engineRuns = Number(process.env.BENCH_RUNS ?? 7);
  console.log(`npo-check bench — node ${process.version}, ${engineRuns} runs per engine figure, medians`);
  console.log(`${'interventions'.padStart(13)} ${'engine'.padStart(11)} ${'per 1.000'.padStart(11)} ${'read .xlsx'.padStart(11)} ${'per 1.000'.padStart(11)}  findings`);
  try {
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
      const read = await timed(size >= 100_000 ? 3 : 5, () => readWorkbookFile(file));
      const per = (t: number): string => ms((t * 1_000) / size);
      console.log(`${size.toLocaleString('nl-NL').padStart(13)} ${ms(engine)} ${per(engine)} ${ms(read)} ${per(read)}  ${findings}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
