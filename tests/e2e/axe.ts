/**
 * An axe-core scan of the page as it stands, against WCAG 2.1 A and AA: axe's own script is
 * injected into the page (so the scan sees the real DOM and styles) and run there.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: ReadonlyArray<string>;
}

export interface AxeScan {
  readonly violations: ReadonlyArray<AxeViolation>;
  readonly passes: number;
  /** What axe could not decide (e.g. contrast over overlapping elements): for a person to look at. */
  readonly incomplete: ReadonlyArray<AxeViolation>;
}

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function scanWithAxe(page: Page): Promise<AxeScan> {
  // Fluent's buttons fade their colours in over some 100 ms after a click or a change of focus; a
  // scan in the middle of such a transition measures a colour no one is left looking at (it failed
  // that way once on a busy machine). So wait for what is running to finish (endless ones, a
  // spinner, excepted), then scan what the user sees.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const brief = (v: (typeof results.violations)[number]) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
    });
    return {
      violations: results.violations.map(brief),
      passes: results.passes.length,
      incomplete: results.incomplete.map(brief),
    };
  }, WCAG_21_AA);
}
