/**
 * The hostile corpus through the compiled command line, each case in a folder of its own and in a
 * child process with Node's default heap, as users run it: it must end within TIME_BOUND_MS and MEMORY_BOUND_KB (peak
 * resident memory of that very process), exit as the case says with one named sentence on stderr
 * and never a stack trace, leave its input byte for byte as it was, and leave nothing in its
 * folder but what the case expects (no temporary file, no half report).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOSTILE, type Built, type HostileCase } from './hostile';

/** The bar is 15 s and 1 GB; these leave room for a shared, busy machine. */
const TIME_BOUND_MS = 15_000;
const MEMORY_BOUND_KB = 1024 * 1024;
const MEASURED = path.resolve(__dirname, 'measured.js');
/** Building a case and running it; the bound that counts is TIME_BOUND_MS, checked on the run itself. */
const TEST_TIMEOUT_MS = 120_000;

const root = mkdtempSync(path.join(tmpdir(), 'npo-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly rssKb: number;
}

/** A regular file's SHA-256; what is no regular file (a device, a FIFO, nothing) is described instead. */
function fingerprint(file: string): string {
  try {
    const stats = lstatSync(file);
    return stats.isFile()
      ? createHash('sha256').update(readFileSync(file)).digest('hex')
      : `not a file (${stats.mode})`;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'unknown';
  }
}

function run(built: Built, dir: string): Promise<Outcome> {
  const args = built.args ? built.args.map((a) => (a === '{input}' ? built.input : a)) : [built.input];
  const rssFile = path.join(root, `${path.basename(dir)}.rss`);
  const stdoutFd = built.stdout ? openSync(built.stdout, 'w') : undefined;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MEASURED, ...args], {
      env: {
        ...process.env,
        NPO_PROGRESS_AFTER_MS: '3600000',
        SOURCE_DATE_EPOCH: '1700000000',
        NPO_RSS_FILE: rssFile,
        ...built.env,
      },
      stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_BOUND_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (stdoutFd !== undefined) closeSync(stdoutFd);
      const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, rssKb });
    });
  });
}

/** Figures per case, printed once at the end: the README's table comes from here. */
const measured: string[] = [];
afterAll(() => {
  if (process.env.NPO_HOSTILE_REPORT) console.log(measured.join('\n'));
});

describe.each([...new Set(HOSTILE.map((c) => c.klass))])('hostile files: %s', (klass) => {
  it.each(HOSTILE.filter((c) => c.klass === klass).map((c) => [c.id, c] as const))(
    '%s',
    async (_id, entry: HostileCase) => {
      const dir = mkdtempSync(path.join(root, `${entry.id}-`));
      const built = await entry.build(dir);
      const before = fingerprint(built.input);
      const listing = readdirSync(dir).sort();
      const result = await run(built, dir);
      measured.push(`${entry.id}\t${result.ms} ms\t${Math.round(result.rssKb / 1024)} MB\texit ${result.code}`);

      expect({ signal: result.signal, withinTime: result.ms < TIME_BOUND_MS }).toEqual({
        signal: null,
        withinTime: true,
      });
      expect(result.rssKb).toBeLessThan(MEMORY_BOUND_KB);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.code).toBe(entry.expected.exit);
      if (entry.expected.exit === 2) {
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^npo-check: /);
        expect(lines[0]!.slice('npo-check: '.length)).toMatch(entry.expected.sentence!);
        expect(result.stdout).toBe('');
      } else {
        expect(result.stderr).toBe('');
      }
      expect(fingerprint(built.input)).toBe(before);
      expect(readdirSync(dir).sort()).toEqual([...new Set([...listing, ...(entry.expected.leaves ?? [])])].sort());
      await entry.check?.({ stdout: result.stdout, stderr: result.stderr, dir, built });
    },
    TEST_TIMEOUT_MS,
  );
});

/** Runs that need a process of their own to be hostile: a closed pipe, a race, a Ctrl-C. */
describe('hostile files: processes', () => {
  const budget = async (dir: string, rows = 3): Promise<string> => {
    const { newWorkbook, HEADER } = await import('../corpus/workbooks');
    const lines = Array.from({ length: rows }, (_, i) => [i + 1, `Interventie ${i + 1}`, 'VVE', 'Bink', 1_000, 500]);
    const file = path.join(dir, 'begroting.xlsx');
    await newWorkbook([{ name: 'Begroting', rows: [[...HEADER], ...lines] }]).xlsx.writeFile(file);
    return file;
  };
  const start = (args: ReadonlyArray<string>, env: NodeJS.ProcessEnv = {}) =>
    spawn(process.execPath, [MEASURED, ...args], {
      env: { ...process.env, NPO_PROGRESS_AFTER_MS: '3600000', SOURCE_DATE_EPOCH: '1700000000', ...env },
    });
  const ended = (
    child: ReturnType<typeof start>,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> => {
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  };

  it(
    'names a closed pipe on stdout (EPIPE) with exit 2, no stack trace',
    async () => {
      const dir = mkdtempSync(path.join(root, 'epipe-'));
      const child = start([await budget(dir, 2_000)]);
      child.stdout.destroy();
      const result = await ended(child);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect({ code: result.code, stderr: result.stderr }).toEqual({
        code: 2,
        stderr: expect.stringMatching(
          /^npo-check: de uitkomst kon niet worden weggeschreven \(het programma dat de uitvoer las is gestopt\)/,
        ),
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'lets one of two runs without --force write the report, the other says it exists',
    async () => {
      const dir = mkdtempSync(path.join(root, 'race-'));
      const input = await budget(dir);
      const out = path.join(dir, 'rapport.xlsx');
      const results = await Promise.all([ended(start([input, '--out', out])), ended(start([input, '--out', out]))]);
      expect(results.map((r) => r.code).sort()).toEqual([0, 2]);
      expect(results.find((r) => r.code === 2)!.stderr).toMatch(
        /^npo-check: ‘[^’]+rapport\.xlsx’ bestaat al; kies een andere naam of geef --force om het te overschrijven\.\n$/,
      );
      expect(readdirSync(dir).sort()).toEqual(['begroting.xlsx', 'rapport.xlsx']);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'leaves no temporary file and no report when interrupted while writing the report',
    async () => {
      const dir = mkdtempSync(path.join(root, 'sigint-'));
      const input = await budget(dir, 20_000);
      const child = start([input, '--out', path.join(dir, 'rapport.xlsx')], { NPO_PROGRESS_AFTER_MS: '0' });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        if (/Rapport schrijven/.test(d)) child.kill('SIGINT');
      });
      const result = await ended(child);
      expect(result.signal).toBe('SIGINT');
      expect(readdirSync(dir)).toEqual(['begroting.xlsx']);
    },
    TEST_TIMEOUT_MS,
  );
});
