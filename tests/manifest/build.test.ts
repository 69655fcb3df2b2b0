/**
 * `npm run build` as IT would run it: webpack in production mode, once, into a scratch folder.
 * Needs build/scripts/production-manifest.js, which `npm test` compiles (build:cli) before Jest.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addinBaseUrl, productionManifest } from '../../scripts/production-manifest';

const ROOT = join(__dirname, '..', '..');
const WEBPACK_CLI = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const BASE_URL = 'https://intranet.gemeente.example/npo-controle/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function webpackProduction(outputPath: string, baseUrl: string | undefined): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.ADDIN_BASE_URL;
  if (baseUrl !== undefined) env.ADDIN_BASE_URL = baseUrl;
  return spawnSync(process.execPath, [WEBPACK_CLI, '--mode', 'production', '--output-path', outputPath], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
}

/** The script a page loads from this add-in's own files (not office.js), by its src. */
function bundleOf(html: string, entry: string): string {
  const match = new RegExp(`<script[^>]*\\ssrc="?(${entry}\\.[0-9a-f]{8}\\.js)"?`).exec(html);
  if (!match?.[1]) throw new Error(`no ${entry} bundle in ${html}`);
  return match[1];
}

describe('npm run build (webpack, production)', () => {
  let dist = '';
  let seconds = 0;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'npo-dist-'));
    const started = process.hrtime.bigint();
    const result = webpackProduction(dist, BASE_URL);
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`webpack failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }, 300_000);

  afterAll(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('loads office.js from Microsoft’s CDN before the task pane’s own script', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const officeJs = html.search(new RegExp(`<script[^>]*\\ssrc="?${OFFICE_JS.replace(/[.]/g, '\\.')}"?`));
    expect(officeJs).toBeGreaterThanOrEqual(0);
    const bundle = bundleOf(html, 'taskpane');
    expect(html.indexOf(bundle)).toBeGreaterThan(officeJs);
    expect(existsSync(join(dist, bundle))).toBe(true);
    const commands = readFileSync(join(dist, 'commands.html'), 'utf8');
    expect(commands).toContain(OFFICE_JS);
    expect(existsSync(join(dist, bundleOf(commands, 'commands')))).toBe(true);
  });

  it('bundles no office.js, uses no eval and is minified', () => {
    const scripts = readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBe(2);
    for (const script of scripts) {
      const code = readFileSync(join(dist, script), 'utf8');
      expect(code).not.toMatch(/\beval\(/);
      expect(code).not.toMatch(/new Function\(/);
      expect(code).not.toContain('appsforoffice.microsoft.com');
      expect(code.split('\n').length).toBeLessThanOrEqual(3);
    }
  });

  it('writes the manifest with every URL on ADDIN_BASE_URL, and the icons and support page it names', () => {
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    expect(manifest).toBe(productionManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), addinBaseUrl(BASE_URL)));
    for (const url of manifest.match(/https:\/\/[^"<\s]+/g) ?? []) {
      expect(existsSync(join(dist, url.slice(BASE_URL.length)))).toBe(true);
    }
    for (const file of readdirSync(dist).filter((f) => /\.(html|js|xml)$/.test(f))) {
      expect(readFileSync(join(dist, file), 'utf8')).not.toContain('localhost');
    }
  });

  // React and Fluent UI with the engine stay far below this; the xlsx side (ExcelJS) pulled into the
  // task pane by mistake would not.
  it('keeps the task pane script under 250 KiB gzipped (and reports its size)', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const code = readFileSync(join(dist, bundleOf(html, 'taskpane')));
    const gzipped = gzipSync(code, { level: 9 }).length;
    process.stdout.write(
      `production build: ${seconds.toFixed(1)} s; taskpane script ${(code.length / 1024).toFixed(1)} KiB, ` +
        `${(gzipped / 1024).toFixed(1)} KiB gzipped\n`,
    );
    expect(gzipped).toBeLessThan(250 * 1024);
  });
});

describe('npm run build without a usable ADDIN_BASE_URL', () => {
  it.each([
    [undefined, /ADDIN_BASE_URL ontbreekt[\s\S]*ADDIN_BASE_URL is missing/],
    ['http://intranet.gemeente.example/', /moet met https:\/\/ beginnen[\s\S]*must start with https:\/\//],
  ])(
    'stops with %j, saying why in Dutch and English, without a stack trace',
    (baseUrl, message) => {
      const dist = mkdtempSync(join(tmpdir(), 'npo-dist-'));
      try {
        const result = webpackProduction(dist, baseUrl);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(readdirSync(dist)).toEqual([]);
      } finally {
        rmSync(dist, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
