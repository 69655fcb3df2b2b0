/**
 * The pane on a ledger export, end to end in chromium (the playground, as in taskpane.e2e.test.ts):
 * Hilversum's 2023 status beside its ledger (samples/hilversum-2023-grootboek.xlsx). Controleren
 * shows under Afstemming which amount counted and how the bookings matched, the order code no
 * intervention was found for with its total; its button goes to the booking; "Codes aanvullen in
 * NPO Koppeling" writes it to the mapping sheet; filled in there, the next check matches it and
 * the unknown-intervention finding is gone. Pictures only in tests/output/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { formatEuro } from '../../src/engine/money';
import type { PlaygroundApi } from '../../src/playground/harness';
import { unbreakable } from '../../src/taskpane/text';
import { playground, type Playground } from './shared-playground';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { launchChromium, openPlaygroundPage } from './browser';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT = path.join(ROOT, 'tests', 'output');
const SAMPLE = 'hilversum-2023-grootboek';
const STEP_MS = 15_000;

declare const window: Window & { __npoPlayground: PlaygroundApi };

let folder = '';
let built: Playground | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;

const pane = (): Locator => page.getByTestId('task-pane');
const koppeling = (): Locator => pane().getByRole('region', { name: 'Koppeling' });
const check = async (): Promise<void> => {
  await pane().getByRole('button', { name: 'Controleren' }).click();
  await koppeling().waitFor();
};

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium();
  built = await playground('npo-playground-ledger-');
  folder = built.folder;
  server = await serveStatic(folder);
  ({ page } = await openPlaygroundPage(browser, server.url, {
    viewport: { width: 1280, height: 900 },
    stepMs: STEP_MS,
    load: { sample: SAMPLE },
  }));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.release();
});

describe('Afstemming on a ledger export (chromium)', () => {
  it('shows the amount basis, the matching and the unmatched order code with its total', async () => {
    await check();
    const text = await koppeling().innerText();
    expect(text).toContain('Bedragen: excl. btw (Debet min Credit, btw in een eigen kolom)');
    expect(text).toContain('Gekoppeld: 29 via NPO Koppeling; 1 niet gekoppeld.');
    expect(text).toContain('1 code zonder interventie');
    expect(text).toContain(`HEA-7090: 1 boeking, ${unbreakable(formatEuro(1_250_000))}`);
    await koppeling().getByRole('button', { name: 'Ga naar de eerste boeking met code HEA-7090' }).click();
    await page.waitForFunction(() => window.__npoPlayground.excel.selection.sheet === 'Grootboek');
    expect(await page.evaluate(() => window.__npoPlayground.excel.selection.address)).toBe('K11');
  });

  it('writes the code to NPO Koppeling; filled in there, the next check matches the booking', async () => {
    await koppeling().getByRole('button', { name: 'Codes aanvullen in NPO Koppeling' }).click();
    await koppeling().getByText('1 code staat nu in NPO Koppeling').waitFor();
    const row = await page.evaluate(() => window.__npoPlayground.excel.sheet('NPO Koppeling').values('A20:E20')[0]);
    expect(row).toEqual(['HEA-7090', '', 1, 12500, 'Weekendlessen OBS de Dubbeldekker (HEA)']);
    await page.screenshot({ path: path.join(OUTPUT, 'ledger-koppeling.png') });

    // The officer decides the Weekendschool counts under intervention 16 and types it in.
    await page.evaluate(() => window.__npoPlayground.excel.sheet('NPO Koppeling').editCell('B20', 16));
    await check();
    await koppeling().getByText('Gekoppeld: 30 via NPO Koppeling.').waitFor();
    await expect(koppeling().getByText('zonder interventie').count()).resolves.toBe(0);
    await expect(pane().getByRole('region', { name: 'Bevindingen' }).innerText()).resolves.not.toContain(
      'Grootboek!E11',
    );
  });
});
