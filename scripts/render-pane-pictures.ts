/// <reference lib="dom" />
/**
 * `npm run readme-pane-pictures`: renders the task pane in Chromium over the in-memory Excel (the
 * playground build, as the end-to-end tests use it) and writes the README's pictures of it into
 * docs/. Run by hand when the pane changes; never by `npm test` (tests write no tracked files).
 *
 * - docs/taskpane-results.png  Hilversum 2023 after Controleren, at Excel's 320 px pane width:
 *                              the verdict card with the counts, the start of the figures.
 * - docs/taskpane-findings.png the findings of that check by severity and rule, the first one
 *                              chosen and marked, the navigator above the list, a rule's group.
 * - docs/taskpane-finding.png  the playground page: the chosen finding's cell selected in the
 *                              grid beside the pane.
 * - docs/taskpane-putten.png   Putten's workbook just opened: its own ceiling, € 322.000, before
 *                              any click, with the actions and Markeren's legend.
 *
 * A fixed clock and no hover, so the pictures change only when the pane does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser';
import { buildPlayground } from './playground-build';
import { serveStatic } from './static-server';

const root = path.resolve(__dirname, '../..');
const docs = path.join(root, 'docs');
const NOW = new Date('2025-03-14T10:30:00+01:00');
const PANE_WIDTH = 320;

async function open(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 2,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.clock.setFixedTime(NOW);
  await page.goto(url);
  await page.getByTestId('task-pane').getByRole('combobox', { name: 'Werkblad' }).waitFor();
  return page;
}

async function check(page: Page): Promise<void> {
  await page.getByTestId('task-pane').getByRole('button', { name: 'Controleren' }).click();
  await page.getByTestId('verdict').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'verdict-heading');
  // The picture shows the pane as it reads, not the keyboard focus on the verdict's heading.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The pane alone at 2x, sharp at its narrow width; the whole playground page at CSS pixels, a quarter of the bytes. */
async function shoot(page: Page, file: string, scale: 'device' | 'css' = 'device'): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(docs, file), animations: 'disabled', scale });
  process.stdout.write(`Afbeelding geschreven: docs/${file}\n`);
}

async function render(browser: Browser, url: string): Promise<void> {
  const paneOnly = (sample: string) => `${url}?view=pane&sample=${sample}`;

  const results = await open(browser, paneOnly('hilversum-2023-stand'), { width: PANE_WIDTH, height: 640 });
  await check(results);
  await results.evaluate(() => window.scrollTo(0, 0));
  await shoot(results, 'taskpane-results.png');

  // The findings: the first one chosen (its group opens by itself), the list from its heading on.
  const findings = results.getByTestId('task-pane').getByRole('region', { name: 'Bevindingen' });
  await findings.locator('button[data-finding]').first().click();
  await results.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await results.setViewportSize({ width: PANE_WIDTH, height: 900 });
  await findings
    .getByRole('heading')
    .first()
    .evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await shoot(results, 'taskpane-findings.png');
  await results.context().close();

  const playground = await open(browser, `${url}?sample=hilversum-2023-stand`, { width: 1280, height: 900 });
  await check(playground);
  const pane = playground.getByTestId('task-pane');
  await pane.getByRole('region', { name: 'Bevindingen' }).locator('button[data-finding]').first().click();
  await playground.locator('td[data-selected="true"]').first().waitFor();
  await shoot(playground, 'taskpane-finding.png', 'css');
  await playground.context().close();

  const putten = await open(browser, paneOnly('putten-2021'), { width: PANE_WIDTH, height: 540 });
  await shoot(putten, 'taskpane-putten.png');
  await putten.context().close();
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'npo-pane-pictures-'));
  const browser = await launchChromium();
  try {
    await buildPlayground(root, folder);
    const server = await serveStatic(folder);
    try {
      await render(browser, server.url);
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run readme-pane-pictures: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
