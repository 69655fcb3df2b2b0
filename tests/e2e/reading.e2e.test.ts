/**
 * "Leeswijze" end to end, in Chromium over the playground: Putten's plan with "Bedrag gemeente"
 * beside "Bedrag scholen" is misread (both added up as begroot, € 382.000 against a € 322.000
 * grant). The section opens by itself and says so; the user sets column E to "negeren" in the pane;
 * the figures become € 322.000 at once; the workbook is saved, closed and opened again (the
 * in-memory Excel's `reopen()`) and the correction still applies; the same workbook saved as .xlsx
 * gives `npo-check` the same figures; axe finds no violation with the section open.
 * Screenshots go to tests/output/ only.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { CORRECTIONS_SHEET } from '../../src/engine/corrections';
import { formatEuro } from '../../src/engine/money';
import type { FakeWorkbookData } from '../../in-memory-excel';
import type { PlaygroundApi } from '../../src/playground/harness';
import { strings } from '../../src/taskpane/strings';
import { playground, type Playground } from './shared-playground';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { runCli } from '../support/run-cli';
import { scanWithAxe } from './axe';
import { launchChromium, openPlaygroundPage } from './browser';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT = path.join(ROOT, 'tests', 'output');
const CLI = path.join(ROOT, 'bin', 'npo-check.js');
const NOW = new Date('2025-03-14T10:30:00+01:00');
const STEP_MS = 15_000;
const nl = strings('nl');

// Putten's plan with the schools' own contribution beside the municipality's share.
const PUTTEN: FakeWorkbookData = {
  name: 'putten-leeswijze.xlsx',
  sheets: [
    {
      name: 'Begroting',
      values: [
        ['NPO-begroting gemeente Putten'],
        ['Plafond NPO-middelen', 322_000],
        [],
        ['Nr', 'Activiteit', 'Doel', 'Bedrag gemeente', 'Bedrag scholen'],
        [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 150_000, 40_000],
        [2, 'Doorgaande lijn 0-7 jaar', 'VVE', 172_000, 20_000],
      ],
    },
  ],
};

declare const window: Window & { __npoPlayground: PlaygroundApi };

let folder = '';
let built: Playground | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

const pane = (): Locator => page.getByTestId('task-pane');
const reading = (): Locator => pane().getByRole('region', { name: nl.reading.heading });
const columnE = (): Locator => reading().getByRole('combobox', { name: 'Kolom E ‘Bedrag scholen’' });
/** The figures per goal as shown, with no-break spaces as plain ones. */
const perGoal = async (): Promise<string> =>
  (await pane().getByRole('region', { name: 'Per bestedingsdoel' }).innerText()).replace(/\u00a0/g, ' ');
const shot = (name: string) => page.screenshot({ path: path.join(OUTPUT, `${name}.png`), animations: 'disabled' });

async function check(): Promise<void> {
  await pane().getByRole('button', { name: nl.check, exact: true }).click();
  await reading().waitFor();
}

async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    await shot(`failed-reading-${name}`).catch((shotError: unknown) => {
      process.stderr.write(`no picture of the failed step ${name}: ${String(shotError)}\n`);
    });
    throw error;
  }
}

/** The in-memory workbook as an .xlsx file, cell by cell (values, formulas, number formats). */
async function saveAsXlsx(data: FakeWorkbookData, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const [address, cell] of Object.entries(sheet.cells ?? {})) {
      const target = ws.getCell(address);
      if (cell.formula !== undefined)
        target.value = { formula: cell.formula.replace(/^=/, ''), result: cell.value as ExcelJS.CellValue as number };
      else if (cell.value !== undefined && cell.value !== null) target.value = cell.value as ExcelJS.CellValue;
      if (cell.numberFormat !== undefined && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
    }
  }
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first.`);
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium();
  built = await playground('npo-reading-');
  folder = built.folder;
  server = await serveStatic(folder);
  ({ page } = await openPlaygroundPage(browser, server.url, {
    viewport: { width: 1280, height: 1400 },
    stepMs: STEP_MS,
    now: NOW,
    errors: pageErrors,
    load: { workbook: PUTTEN },
  }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.release();
});

describe('Leeswijze in the playground (chromium)', () => {
  it('opens by itself on the misread sheet: both amount columns added up as begroot', () =>
    step('misread', async () => {
      await check();
      await expect(
        reading().getByRole('button', { name: nl.reading.heading }).getAttribute('aria-expanded'),
      ).resolves.toBe('true');
      await expect(reading().innerText()).resolves.toContain('zijn allebei als begroot gelezen');
      await expect(columnE().inputValue()).resolves.toBe('auto');
      expect(await perGoal()).toContain(formatEuro(38_200_000));
    }));

  it('has no WCAG 2.1 A/AA violations with the section open (axe-core)', () =>
    step('axe', async () => {
      const scan = await scanWithAxe(page);
      writeFileSync(path.join(OUTPUT, 'axe-reading.json'), `${JSON.stringify(scan, null, 2)}\n`);
      expect(scan.violations).toEqual([]);
    }));

  it("Toon op blad selects column E's header cell", () =>
    step('show', async () => {
      await reading()
        .getByRole('button', { name: nl.reading.showColumn('E') })
        .click();
      await page.waitForFunction(() => window.__npoPlayground.excel.selection.address === 'E4');
      await reading()
        .getByRole('button', { name: nl.reading.showHeaderRow(4) })
        .click();
      await page.waitForFunction(() => window.__npoPlayground.excel.selection.address === 'A4:E4');
    }));

  it('column E set to negeren in the pane: stored, checked at once, the plan is the grant', () =>
    step('negeren', async () => {
      await columnE().selectOption('negeren');
      await pane()
        .getByText(`${nl.reading.saved} Gecontroleerd om 10:30: 0 fouten, 0 waarschuwingen, 0 ter info.`, {
          exact: true,
        })
        .waitFor();
      expect(await perGoal()).toContain(formatEuro(32_200_000));
      expect(await perGoal()).not.toContain(formatEuro(38_200_000));
      await expect(columnE().inputValue()).resolves.toBe('negeren');
      await expect(reading().innerText()).resolves.toContain(nl.reading.byUser);
      await expect(page.evaluate(() => window.__npoPlayground.excel.sheetNames)).resolves.toEqual([
        'Begroting',
        CORRECTIONS_SHEET,
      ]);
      await shot('reading-corrected');
      // The section alone, the mouse off every control: the README's picture (copied by hand to docs/).
      await page.mouse.move(0, 0);
      await reading().screenshot({ path: path.join(OUTPUT, 'taskpane-reading.png'), animations: 'disabled' });
    }));

  it(
    'after reopening the workbook the correction still applies, and npo-check on it as .xlsx gives the same figures',
    () =>
      step('reopen', async () => {
        await page.evaluate(() => window.__npoPlayground.reopen());
        await pane().getByRole('combobox', { name: 'Werkblad' }).waitFor();
        await check();
        // Read with certainty now, so the section is folded to its one line until the user opens it.
        const toggle = reading().getByRole('button', { name: nl.reading.heading });
        await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
        await expect(reading().innerText()).resolves.toContain('kopregel rij 4 · begroot D');
        await toggle.click();
        await expect(columnE().inputValue()).resolves.toBe('negeren');
        const shown = await perGoal();
        expect(shown).toContain(formatEuro(32_200_000));

        const data = await page.evaluate(() => window.__npoPlayground.excel.toData());
        const file = path.join(folder, 'putten-leeswijze.xlsx');
        await saveAsXlsx(data, file);
        const r = await runCli([file, '--format', 'json', '--quiet']);
        expect(r.stderr).toBe('');
        const json = JSON.parse(r.stdout) as {
          totals: { begrootCents: number };
          reading: { tables: Array<{ columns: Array<{ column: string; byUser: boolean }> }> };
        };
        expect(json.totals.begrootCents).toBe(32_200_000);
        expect(json.reading.tables[0]!.columns.find((c) => c.column === 'E')).toMatchObject({ byUser: true });
        expect(r.code).toBe(0);
      }),
    60_000,
  );

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
