/**
 * Part of `npm run bench`, run in a child process: the engine alone on generated list sheets of
 * the sizes given (e.g. 100000 1000000), each size's median of `runs`, so the largest is compared
 * with a smaller one measured in the same process. Started with --expose-gc: every run starts
 * after a full collection, and the heap figures are what stays alive, not garbage.
 *
 *   node --expose-gc --max-old-space-size=4096 build/scripts/bench-engine.js 3 100000 1000000
 */
import { getHeapStatistics } from 'node:v8';
import { checkWorkbook, type CheckResult } from '../src/engine/check';
import { sheetFromValues, type WorkbookSnapshot } from '../src/engine/grid';
import { answer, collectGarbage, liveHeap, median, peakRss, time } from './bench-support';
import { generatedListRows } from './generate';

export interface EngineSize {
  readonly interventions: number;
  readonly runsMs: ReadonlyArray<number>;
  readonly medianMs: number;
  readonly findings: number;
  /** Heap the grid snapshot keeps alive, and the check's result besides it. */
  readonly snapshotHeap: number;
  readonly resultHeap: number;
  /** The heap V8 had taken from the system right after a run, at most: near its peak during the check. */
  readonly heapAfterRun: number;
}

export interface EngineFigures {
  readonly sizes: ReadonlyArray<EngineSize>;
  readonly peakRss: number;
  readonly heapLimit: number;
}

async function main(): Promise<void> {
  const [runs, ...sizes] = process.argv.slice(2).map(Number);
  // Warm-up: the first runs pay for compiling and optimising the engine, not for checking.
  const warm: WorkbookSnapshot = { sheets: [sheetFromValues('Begroting', generatedListRows(10_000))] };
  for (let i = 0; i < 3; i++) checkWorkbook(warm);
  const figures: EngineSize[] = [];
  for (const size of sizes) {
    const before = liveHeap();
    const snapshot: WorkbookSnapshot = { sheets: [sheetFromValues('Begroting', generatedListRows(size!))] };
    const snapshotHeap = liveHeap() - before;
    const runsMs: number[] = [];
    let heapAfterRun = 0;
    let result: CheckResult | undefined;
    for (let i = 0; i < runs!; i++) {
      result = undefined;
      collectGarbage();
      runsMs.push(await time(() => (result = checkWorkbook(snapshot))));
      heapAfterRun = Math.max(heapAfterRun, getHeapStatistics().total_heap_size);
    }
    const resultHeap = liveHeap() - before - snapshotHeap;
    figures.push({
      interventions: size!,
      runsMs,
      medianMs: median(runsMs),
      findings: result!.findings.length,
      snapshotHeap,
      resultHeap,
      heapAfterRun,
    });
  }
  answer({
    sizes: figures,
    peakRss: peakRss(),
    heapLimit: getHeapStatistics().heap_size_limit,
  } satisfies EngineFigures);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
