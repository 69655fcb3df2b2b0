/**
 * What the parts of `npm run bench` share: medians, timing, figures written the Dutch way
 * (1.000.000, `2,0 s`, `450 MB`), and running a part in a child process of its own, so each part's
 * peak memory is its own and a part that runs out of memory fails only itself.
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds `work` takes. */
export async function time(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Median milliseconds of `runs` runs; `between` runs before each (a garbage collection, say). */
export async function timed(runs: number, work: () => unknown, between?: () => void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    between?.();
    times.push(await time(work));
  }
  return median(times);
}

const MB = 1024 * 1024;

/** 1.000.000 */
export function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** One decimal with a comma: 2,0 */
export function decimal(n: number, digits = 1): string {
  const [whole, fraction] = n.toFixed(digits).split('.');
  return fraction === undefined
    ? count(Number(whole))
    : `${whole!.startsWith('-') ? '-' : ''}${count(Math.abs(Number(whole)))},${fraction}`;
}

/** `17 ms` below a second, else `2,0 s`. */
export function duration(ms: number): string {
  return ms < 1_000 ? `${Math.round(ms)} ms` : `${decimal(ms / 1_000)} s`;
}

/** `450 MB`, whole megabytes (1 MB = 1024 × 1024 bytes, as Excel's 5 MB limit counts). */
export function megabytes(bytes: number): string {
  return `${count(bytes / MB)} MB`;
}

/** Payload sizes: `10 kB`, `1,7 MB`. */
export function payload(bytes: number): string {
  return bytes < MB ? `${count(bytes / 1024)} kB` : `${decimal(bytes / MB)} MB`;
}

/** The process's peak resident memory so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Heap in use after a full collection (needs `--expose-gc`; without it, as it stands). */
export function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** In a part's child process: hands the figures to the parent and ends. */
export function answer(result: unknown): void {
  process.send!(result, () => process.disconnect());
}

/**
 * Runs a compiled part (`build/scripts/bench-*.js`) in its own Node process with its own flags and
 * resolves with the figures it answers. A crash (out of memory, say) rejects, naming the part.
 */
export function runPart<T>(script: string, args: ReadonlyArray<string>, nodeFlags: ReadonlyArray<string>): Promise<T> {
  return new Promise((resolve, reject) => {
    let result: T | undefined;
    const child = fork(script, [...args], { execArgv: [...nodeFlags], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => {
      result = message as T;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result !== undefined && code === 0) resolve(result);
      else reject(new Error(`${script} ${args.join(' ')} stopped (${signal ?? `exit code ${code}`}) without figures`));
    });
  });
}
