/**
 * One playground build for all end-to-end suites of a Jest run. Building it (webpack, then the
 * sample workbooks) costs tens of seconds; four suites used to build it four times. The slow
 * project's global setup (tests/e2e/global-setup.ts) names an empty folder in
 * NPO_PLAYGROUND_DIR; the first suite that needs the playground builds it there while the others
 * wait, and the global teardown removes it. A suite run outside that setup builds its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPlayground } from '../../scripts/playground-build';

const ROOT = path.resolve(__dirname, '../..');

export interface Playground {
  /** The folder to serve. */
  readonly folder: string;
  /** Removes the folder if this suite built it for itself; a shared build is left to the teardown. */
  release(): void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function buildShared(shared: string): Promise<string> {
  const site = path.join(shared, 'site');
  const ready = path.join(shared, 'ready');
  const failed = path.join(shared, 'failed');
  let builder = false;
  try {
    mkdirSync(path.join(shared, 'lock'));
    builder = true;
  } catch {
    // Another suite is building it.
  }
  if (builder) {
    try {
      const build = await buildPlayground(ROOT, site);
      process.stdout.write(
        `playground built once for this run: webpack ${build.webpackSeconds.toFixed(1)} s, samples ${build.samplesSeconds.toFixed(1)} s\n`,
      );
      writeFileSync(ready, '');
    } catch (error) {
      writeFileSync(failed, String(error instanceof Error ? error.message : error));
      throw error;
    }
    return site;
  }
  for (;;) {
    if (existsSync(ready)) return site;
    if (existsSync(failed)) throw new Error(`the shared playground build failed:\n${readFileSync(failed, 'utf8')}`);
    await sleep(250);
  }
}

export async function playground(prefix: string): Promise<Playground> {
  const shared = process.env.NPO_PLAYGROUND_DIR;
  if (shared && existsSync(shared)) return { folder: await buildShared(shared), release: () => undefined };
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  await buildPlayground(ROOT, folder);
  return { folder, release: () => rmSync(folder, { recursive: true, force: true }) };
}
