/**
 * The progress line in the real command line: on stderr only, one line per phase when stderr is
 * no terminal, rewritten in place and wiped when it is one, and stdout byte for byte the same as
 * without it. NPO_PROGRESS_AFTER_MS=0 shows the line on a small workbook; a large value keeps it
 * away, so these tests do not depend on how fast the machine is.
 */
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { writeGeneratedWorkbook } from '../../scripts/generate';
import { runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-progress-'));
const NOW = { NPO_PROGRESS_AFTER_MS: '0', SOURCE_DATE_EPOCH: '1790000000' };
const NEVER = { NPO_PROGRESS_AFTER_MS: '3600000', SOURCE_DATE_EPOCH: '1790000000' };
let file: string;

beforeAll(async () => {
  file = path.join(dir, 'begroting.xlsx');
  await writeGeneratedWorkbook(file, 2_000);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npo-check on a long run', () => {
  it('writes one line per phase on stderr and leaves stdout exactly as without them', async () => {
    const out = path.join(dir, 'rapport.xlsx');
    const shown = await runCli([file, '--out', out], NOW);
    const silent = await runCli([file, '--out', out, '--force'], NEVER);
    expect(silent.stderr).toBe('');
    expect(shown.code).toBe(silent.code);
    expect(shown.stdout).toBe(silent.stdout);
    expect(shown.stderr.split('\n')).toEqual([
      expect.stringMatching(/^Lezen van begroting\.xlsx \(\d+ kB\)… \d+,\d s$/),
      expect.stringMatching(/^Controleren: 2\.005 rijen… \d+,\d s$/),
      expect.stringMatching(/^Rapport schrijven: rapport\.xlsx… \d+,\d s$/),
      expect.stringMatching(/^Uitvoer opmaken… \d+,\d s$/),
      '',
    ]);
    expect(shown.stderr).not.toContain('\r');
  }, 120_000);

  it('keeps JSON on stdout parseable, in English with --lang en', async () => {
    const shown = await runCli([file, '--format', 'json', '--lang', 'en'], NOW);
    const silent = await runCli([file, '--format', 'json', '--lang', 'en'], NEVER);
    expect(shown.stdout).toBe(silent.stdout);
    expect((JSON.parse(shown.stdout) as { interventions: unknown[] }).interventions).toHaveLength(2_000);
    expect(shown.stderr.split('\n')).toEqual([
      expect.stringMatching(/^Reading begroting\.xlsx \(\d+ kB\)… \d+\.\d s$/),
      expect.stringMatching(/^Checking: 2,005 rows… \d+\.\d s$/),
      expect.stringMatching(/^Formatting the output… \d+\.\d s$/),
      '',
    ]);
  }, 120_000);

  it('stays silent with --quiet', async () => {
    const quiet = await runCli([file, '--quiet'], NOW);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('Bevindingen:');
  }, 120_000);

  it('ends the line before a failure is reported on the line after it', async () => {
    const r = await runCli([file, '--sheet', 'Bestaat niet'], NOW);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Lezen van begroting\.xlsx/);
    expect(lines.at(-1)).toMatch(/^npo-check: /);
  }, 120_000);

  it('rewrites one line in place on a terminal and wipes it before the result is printed', async () => {
    const saved = process.env.NPO_PROGRESS_AFTER_MS;
    process.env.NPO_PROGRESS_AFTER_MS = '0';
    try {
      const stdout = collector();
      const stderr = collector({ isTTY: true, columns: 120 });
      await main([file, '--format', 'json'], stdout, stderr);
      expect(stderr.text).toMatch(
        /^\rLezen van begroting\.xlsx .*\rControleren: 2\.005 rijen… .*\rUitvoer opmaken… [\d,]+ s *\r {10,}\r$/s,
      );
      expect(stderr.text).not.toContain('\n');
      expect(() => JSON.parse(stdout.text) as unknown).not.toThrow();
    } finally {
      if (saved === undefined) delete process.env.NPO_PROGRESS_AFTER_MS;
      else process.env.NPO_PROGRESS_AFTER_MS = saved;
    }
  }, 120_000);
});

/** A writable stream that keeps what it is given; a terminal when `tty` says so. */
function collector(
  tty: { isTTY: boolean; columns: number } | Record<string, never> = {},
): NodeJS.WritableStream & { readonly text: string } {
  const chunks: string[] = [];
  // A real stream: main() waits for its output to be written and listens for write failures.
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  Object.assign(stream, tty);
  return Object.defineProperty(stream, 'text', { get: () => chunks.join('') }) as unknown as NodeJS.WritableStream & {
    readonly text: string;
  };
}
