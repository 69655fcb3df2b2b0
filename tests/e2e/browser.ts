/**
 * Debian's chromium through playwright-core, headless. The end-to-end test fails (never skips)
 * when chromium is missing: `apt-get install --no-install-recommends chromium` (.ci/run does).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FakeWorkbookData } from '../../in-memory-excel';
import type { PlaygroundApi } from '../../src/playground/harness';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM}: installeer het met apt-get install --no-install-recommends chromium (of zet CHROMIUM_PATH). / ` +
        `Chromium is missing at ${CHROMIUM}: install it with apt-get install --no-install-recommends chromium (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Where the pane's page gets its workbook: a bundled sample by name, or workbook data. */
export type PlaygroundLoad = { readonly sample: string } | { readonly workbook: FakeWorkbookData };

declare const window: Window & { __npoPlayground: PlaygroundApi };

export interface PanePageOptions {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly deviceScaleFactor?: number;
  /** Each step's time limit. */
  readonly stepMs: number;
  /** The page's clock, fixed, so dates on the page are the test's. */
  readonly now?: Date;
  /** Collects the page's uncaught errors and console errors. */
  readonly errors?: string[];
  readonly load: PlaygroundLoad;
}

/**
 * The playground page as a Dutch user in Amsterdam opens it: a context of its own, the workbook
 * loaded, and the pane ready (its sheet list shown).
 */
export async function openPlaygroundPage(
  browser: Browser,
  url: string,
  options: PanePageOptions,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport,
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(options.stepMs);
  const errors = options.errors;
  if (errors) {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }
  if (options.now) await page.clock.setFixedTime(options.now);
  await page.goto(url);
  await page.waitForFunction(() => window.__npoPlayground !== undefined);
  const load = options.load;
  if ('sample' in load) await page.evaluate((name) => window.__npoPlayground.loadSample(name), load.sample);
  else await page.evaluate((data) => window.__npoPlayground.loadWorkbook(data), load.workbook);
  await page.getByTestId('task-pane').getByRole('combobox', { name: 'Werkblad' }).waitFor();
  return { context, page };
}
