/**
 * Debian's chromium through playwright-core, headless. The end-to-end test fails (never skips)
 * when chromium is missing: `apt-get install --no-install-recommends chromium` (.ci/run does).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
