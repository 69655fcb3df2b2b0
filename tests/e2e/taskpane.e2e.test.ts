/**
 * The task pane end to end, in a real browser: the playground page (the pane beside a grid of the
 * in-memory Excel, src/playground) is built with webpack, served from 127.0.0.1 and driven in
 * Debian's chromium through playwright-core, the way a user works through Hilversum's 2023 status
 * sheet: check, read the findings and the figures per goal, go to a finding and walk on, read the
 * Afstemming and go to a payment's row, accept a finding with a reason and withdraw it again,
 * highlight and clear, edit a cell (the results go out of date), write the overview tabs, insert a
 * new budget sheet; and axe-core scans of the pane with its results, also with the accepted
 * findings and a reason field open.
 *
 * The expected findings and figures come from the engine run on the same .xlsx file, so the test
 * pins what the pane shows of them, not the rules (tests/integration/samples.test.ts pins those).
 * Screenshots go to tests/output/ only: a test never writes into tracked files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ACCEPTANCES_SHEET } from '../../src/engine/acceptances';
import type { Finding } from '../../src/engine/findings';
import { ruleTitle } from '../../src/engine/plan/words';
import { unbreakable } from '../../src/taskpane/text';
import { checkWorkbook, type CheckResult } from '../../src/engine/check';
import { GOALS } from '../../src/engine/goals';
import { formatEuro } from '../../src/engine/money';
import { todayDayNumber } from '../../src/engine/inputs/day';
import { buildOutputPlan } from '../../src/engine/plan/build';
import type { OutputPlan } from '../../src/engine/plan/types';
import type { PlaygroundApi } from '../../src/playground/harness';
import { countBySeverity as severityCounts } from '../../src/engine/inputs/severity-counts';
import { visibleFindings } from '../../src/taskpane/state';
import { strings } from '../../src/taskpane/strings';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { playground, type Playground } from './shared-playground';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { scanWithAxe, type AxeScan } from './axe';
import { launchChromium, openPlaygroundPage } from './browser';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT = path.join(ROOT, 'tests', 'output');
const SAMPLE = 'hilversum-2023-stand';
const SHEET = 'Stand 2023';
/** The tabs every plan has; the full list comes from the engine's plan. */
const CORE_TABS = [
  'NPO Overzicht',
  'Doel 1 Bovenschools',
  'Doel 2 Voorschools',
  'Doel 3 Zorg en welzijn',
  'Doel 4 Samenwerking',
  'Doel 5 Thuiszitters',
  'NPO Controle',
];
/** A fixed clock, so "Gecontroleerd om …" and with it the README's pictures stay the same run after run. */
const NOW = new Date('2025-03-14T10:30:00+01:00');
/** Room for the grid and the pane; 2x pixels so the picture of the pane alone is sharp. */
const VIEWPORT = { width: 1280, height: 900 };
const STEP_MS = 15_000;
const REASON = 'bewust overschreden, besluit B&W 12-3-2024';
const nl = strings('nl');

declare const window: Window & { __npoPlayground: PlaygroundApi };

let folder = '';
let built: Playground | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
let expected: CheckResult;
let plan: OutputPlan;
let usersSheets: ReadonlyArray<string> = [];
const pageErrors: string[] = [];

/**
 * Pictures that come out the same run after run: the mouse off every control (no hover colour)
 * and transitions stopped. Whole-page ones at CSS pixels: readable, a quarter of the bytes of 2x.
 */
async function steadyShot(target: Page | Locator, file: string, scale: 'css' | 'device'): Promise<void> {
  await page.mouse.move(0, 0);
  await target.screenshot({ path: file, scale, animations: 'disabled' });
}
const pageShot = (file: string) => steadyShot(page, file, 'css');
const stepShot = (name: string) => pageShot(path.join(OUTPUT, `${name}.png`));

/** Runs one step; on failure keeps a picture of the page in tests/output/ to look at. */
async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    await stepShot(`failed-${name}`).catch((shotError: unknown) => {
      process.stderr.write(`no picture of the failed step ${name}: ${String(shotError)}\n`);
    });
    throw error;
  }
}

const pane = (): Locator => page.getByTestId('task-pane');
const findingsRegion = (): Locator => pane().getByRole('region', { name: 'Bevindingen' });
const findingButtons = (): Locator => findingsRegion().locator('button[data-finding]');
/** "F20 Overbesteed": where a finding is (its sheet too when not the budget sheet) and its title. */
const place = (f: Finding): string => (f.sheet === SHEET ? f.cell : `${f.sheet}!${f.cell}`);
const shortName = (f: Finding): string => `${place(f)} ${ruleTitle(f.rule, 'nl')}`;
const cardName = (f: Finding): string => `${ruleTitle(f.rule, 'nl')} ${place(f)}: ${unbreakable(f.message)}`;
/** The findings in the order the pane lists (and walks) them: by severity, one rule's together. */
const listed = (findings: ReadonlyArray<Finding>): Finding[] =>
  visibleFindings(findings, 'all').map((i) => findings[i]!);
const listedNames = (findings: ReadonlyArray<Finding>): string[] => listed(findings).map(cardName);
const findingName = (i: number): string => cardName(expected.findings[i]!);
/** Opens every group of findings of one rule, so all cards are on the page. */
async function openRuleGroups(): Promise<void> {
  for (;;) {
    const closed = findingsRegion().locator('button[aria-expanded="false"]');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}
/** After a check the settings and the other actions are folded away: open them. */
async function openSettings(): Promise<void> {
  const header = pane().getByRole('button', { name: /^Werkblad, plafond en acties/ });
  if ((await header.count()) > 0 && (await header.getAttribute('aria-expanded')) === 'false') await header.click();
}

const focusedName = () =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
/** The line under "Bevindingen": the counts of the findings that count, and how many were accepted. */
const countsLine = (result: Pick<CheckResult, 'findings'>, accepted: number): string => {
  const c = severityCounts(result.findings);
  return nl.withAccepted(nl.counts(c.error, c.warning, c.info), accepted);
};

async function scanIsClean(file: string): Promise<void> {
  const scan: AxeScan = await scanWithAxe(page);
  writeFileSync(path.join(OUTPUT, file), `${JSON.stringify(scan, null, 2)}\n`);
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

const selection = () => page.evaluate(() => window.__npoPlayground.excel.selection);
const sheetNames = () => page.evaluate(() => window.__npoPlayground.excel.sheetNames);
const snapshot = () => page.evaluate(() => JSON.stringify(window.__npoPlayground.excel.snapshotForComparison()));

async function expectSelection(sheet: string, address: string): Promise<void> {
  await page.waitForFunction(
    ([s, a]) => {
      const now = window.__npoPlayground.excel.selection;
      return now.sheet === s && now.address === a;
    },
    [sheet, address] as const,
  );
  await page.locator(`td[data-address="${address}"][data-selected="true"]`).waitFor();
}

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  // A picture of a step that failed last time would only mislead now.
  for (const file of readdirSync(OUTPUT)) if (file.startsWith('failed-')) rmSync(path.join(OUTPUT, file));
  // Started first: without chromium the test fails at once, not after a build.
  browser = await launchChromium();
  const [shared, workbook] = await Promise.all([
    playground('npo-playground-'),
    readWorkbookFile(path.join(ROOT, 'samples', `${SAMPLE}.xlsx`)),
  ]);
  built = shared;
  folder = shared.folder;
  usersSheets = workbook.sheets.map((sheet) => sheet.name);
  expected = checkWorkbook(workbook);
  plan = buildOutputPlan(expected, { lang: 'nl', checkedOn: todayDayNumber(NOW), source: `${SAMPLE}.xlsx` });
  server = await serveStatic(folder);
  ({ page } = await openPlaygroundPage(browser, server.url, {
    viewport: VIEWPORT,
    deviceScaleFactor: 2,
    stepMs: STEP_MS,
    now: NOW,
    errors: pageErrors,
    load: { sample: SAMPLE },
  }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.release();
});

describe('the task pane in the playground (chromium)', () => {
  it('opens on the best budget sheet, with the ceiling from the workbook', () =>
    step('open', async () => {
      await expect(pane().getByRole('combobox', { name: 'Werkblad' }).textContent()).resolves.toContain(SHEET);
      await expect(pane().getByRole('textbox', { name: 'Plafond' }).inputValue()).resolves.toContain('2.138.509,64');
    }));

  it('Controleren shows every finding of the engine and the figures per goal', () =>
    step('check', async () => {
      await pane().getByRole('button', { name: 'Controleren' }).click();
      await findingButtons().first().waitFor();
      await openRuleGroups();
      const names = await findingButtons().evaluateAll((buttons) =>
        buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
      );
      expect(names).toEqual(listedNames(expected.findings));
      // The sample's pinned defects (samples/README.md) are among them.
      expect(names.map((n) => n.split(':')[0])).toEqual(
        expect.arrayContaining([
          'Overbesteed F20',
          'Overbesteed F12',
          'Bedrag als tekst F12',
          'Subtotaal klopt niet E21',
        ]),
      );

      const perGoal = await pane().getByRole('region', { name: 'Per bestedingsdoel' }).innerText();
      for (const goal of expected.summaries.goals) {
        expect(perGoal).toContain(`${goal.goal} ${GOALS[goal.goal - 1]!.name}`);
        expect(perGoal).toContain(formatEuro(goal.begrootCents));
        expect(perGoal).toContain(formatEuro(goal.benutCents));
      }
      expect(perGoal).toContain(formatEuro(expected.summaries.begrootCents));
      await stepShot('01-results');
      await steadyShot(pane(), path.join(OUTPUT, 'taskpane-results.png'), 'device');
    }));

  it('choosing a finding selects its cell in the workbook', () =>
    step('finding', async () => {
      const first = listed(expected.findings)[0]!;
      await findingButtons().first().click();
      await expectSelection(first.sheet, first.cell);
      await expect(findingButtons().first().getAttribute('aria-current')).resolves.toBe('true');
      await stepShot('02-finding');
      await pageShot(path.join(OUTPUT, 'taskpane-finding.png'));
    }));

  it('Volgende and Vorige walk through the findings, cell by cell', () =>
    step('walk', async () => {
      const walk = listed(expected.findings);
      for (const i of [1, 2]) {
        await pane().getByRole('button', { name: 'Volgende' }).click();
        await expectSelection(walk[i]!.sheet, walk[i]!.cell);
        await expect(findingsRegion().locator('[aria-current="true"]').getAttribute('aria-label')).resolves.toBe(
          cardName(walk[i]!),
        );
      }
      await pane().getByRole('button', { name: 'Vorige' }).click();
      await expectSelection(walk[1]!.sheet, walk[1]!.cell);
      expect(await selection()).toEqual({ sheet: walk[1]!.sheet, address: walk[1]!.cell });
    }));

  it('Afstemming shows benut against the payments; its buttons go to the payment rows and the benut cell', () =>
    step('afstemming', async () => {
      const region = pane().getByRole('region', { name: 'Afstemming' });
      const bieb = region.getByRole('listitem').filter({ hasText: 'Bibliotheek' });
      await bieb.waitFor();
      const rec = expected.reconciliation!.interventions.find((i) => i.intervention.name.startsWith('Bibliotheek'))!;
      expect(rec.differenceCents).toBe(285_200);
      const text = await bieb.innerText();
      expect(text).toContain('€ 2.852,00');
      expect(text).toContain(formatEuro(rec.intervention.benutCents));
      expect(text).toContain(formatEuro(rec.paidCents));
      await expect(region.innerText()).resolves.toContain(
        unbreakable('binnen de rapporteringstolerantie van € 125.000,00'),
      );
      await openSettings();
      await pane().getByRole('textbox', { name: 'Begin periode' }).waitFor();
      await expect(pane().getByRole('textbox', { name: 'Einde periode' }).inputValue()).resolves.toBe('31-7-2025');

      const firstRow = rec.payments[0]!.row + 1;
      await bieb.getByRole('button', { name: `Ga naar betaling rij ${firstRow}` }).click();
      await page.waitForFunction(() => window.__npoPlayground.excel.selection.sheet === 'Betalingen');
      expect((await selection()).address).toMatch(new RegExp(`^[A-Z]+${firstRow}$`));
      await stepShot('02b-afstemming');

      // Back to the budget sheet, so the steps below work on it as a user would.
      await bieb.getByRole('button', { name: `Ga naar benut van ‘${rec.intervention.name}’` }).click();
      await expectSelection(SHEET, `F${rec.intervention.row + 1}`);
    }));

  it('has no serious or critical WCAG 2.1 A/AA violations (axe-core)', () =>
    step('axe', () => scanIsClean('axe.json')));

  it('a finding accepted with a reason stops counting, is listed under Geaccepteerd, and counts again when withdrawn', () =>
    step('accept', async () => {
      const at = expected.findings.findIndex((f) => f.rule === 'OVERSPENT' && f.cell === 'F20');
      const target = expected.findings[at]!;
      const short = shortName(target);
      const remaining = { findings: expected.findings.filter((f) => f !== target) };
      const filter = findingsRegion().getByRole('group', { name: 'Toon bevindingen' });
      const warnings = (n: number) => filter.getByRole('button', { name: `Waarschuwing (${n})`, exact: true });
      await findingsRegion().getByText(countsLine(expected, 0), { exact: true }).waitFor();
      await warnings(severityCounts(expected.findings).warning).waitFor();

      // The reason field opens in place with the focus in it; an empty reason is refused.
      await findingsRegion()
        .getByRole('button', { name: `Accepteren… ${short}`, exact: true })
        .click();
      const form = findingsRegion().getByRole('form', { name: `Bevinding ${short} accepteren` });
      const reason = form.getByRole('textbox', { name: 'Reden (verplicht)' });
      await page.waitForFunction(
        () => document.activeElement?.tagName === 'INPUT' && document.activeElement.closest('form') !== null,
      );
      await form.getByRole('button', { name: 'Accepteren', exact: true }).click();
      await form.getByText(nl.reasonRequired).waitFor();
      await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(sheetNames()).resolves.not.toContain(ACCEPTANCES_SHEET);

      // Typed and saved with Enter: the check runs again, the finding leaves the list and the counts.
      await reason.fill(REASON);
      await reason.press('Enter');
      await findingsRegion().getByText(countsLine(remaining, 1), { exact: true }).waitFor();
      await warnings(severityCounts(remaining.findings).warning).waitFor();
      await openRuleGroups();
      const names = await findingButtons().evaluateAll((buttons) =>
        buttons.map((b) => b.getAttribute('aria-label') ?? ''),
      );
      expect(names).toEqual(listedNames(remaining.findings));
      await pane()
        .getByText(`${nl.findingAccepted} Gecontroleerd om 10:30: ${countsLine(remaining, 1)}.`, { exact: true })
        .waitFor();
      // The focus is back in the list, on the finding that took the accepted one's place.
      const order = listed(expected.findings);
      await expect(focusedName()).resolves.toBe(cardName(order[order.indexOf(target) + 1]!));
      await expect(sheetNames()).resolves.toContain(ACCEPTANCES_SHEET);

      // Under "Geaccepteerd (1)": the finding, its reason and the date; its button goes to the cell.
      const accepted = pane().getByRole('region', { name: 'Geaccepteerd (1)' });
      await accepted.getByRole('button', { name: 'Geaccepteerd (1)' }).click();
      const acceptedText = await accepted.innerText();
      expect(acceptedText).toContain(`Reden: ${REASON}`);
      expect(acceptedText).toContain('geaccepteerd op 14-3-2025');
      await steadyShot(accepted, path.join(OUTPUT, '02c-accepted-section.png'), 'css');
      await accepted.getByRole('button', { name: findingName(at), exact: true }).click();
      await expectSelection(SHEET, target.cell);

      // The pane with the accepted findings and a reason field open still passes axe.
      await findingButtons().first().waitFor();
      await findingsRegion()
        .getByRole('button', { name: /^Accepteren… / })
        .first()
        .click();
      await findingsRegion().getByRole('textbox', { name: 'Reden (verplicht)' }).waitFor();
      await stepShot('02d-accepting');
      await scanIsClean('axe-accepted.json');
      await page.keyboard.press('Escape');
      await expect(findingsRegion().getByRole('textbox', { name: 'Reden (verplicht)' }).count()).resolves.toBe(0);

      // Withdrawn: the section goes, the finding and the counts are back as the engine has them.
      await accepted.getByRole('button', { name: `Intrekken: ${short}`, exact: true }).click();
      await findingsRegion().getByText(countsLine(expected, 0), { exact: true }).waitFor();
      await accepted.waitFor({ state: 'detached' });
      await openRuleGroups();
      const back = await findingButtons().evaluateAll((buttons) =>
        buttons.map((b) => b.getAttribute('aria-label') ?? ''),
      );
      expect(back).toEqual(listedNames(expected.findings));
      await expect(focusedName()).resolves.toBe(findingName(at));
      await pane()
        .getByText(`${nl.acceptanceWithdrawn} Gecontroleerd om 10:30: ${countsLine(expected, 0)}.`, { exact: true })
        .waitFor();
    }));

  it('Markeren fills the flagged cells; Markeringen wissen leaves the workbook exactly as before', () =>
    step('highlight', async () => {
      const before = await snapshot();
      await openSettings();
      const flagged = plan.highlights.map((h) => ({ sheet: h.sheet, cell: h.cell }));
      expect(flagged.length).toBeGreaterThan(0);
      await pane().getByRole('button', { name: 'Markeren' }).click();
      await page.waitForFunction(
        (cells) => cells.every((c) => window.__npoPlayground.excel.sheet(c.sheet).fill(c.cell) !== null),
        flagged,
      );
      const onSheet = flagged.find((h) => h.sheet === SHEET)!;
      await expect(
        page.locator(`td[data-address="${onSheet.cell}"]`).evaluate((td) => getComputedStyle(td).backgroundColor),
      ).resolves.not.toBe('rgba(0, 0, 0, 0)');
      await stepShot('03-highlighted');
      await pane().getByRole('button', { name: 'Markeringen wissen' }).click();
      await page.waitForFunction(
        (expectedSnapshot) => JSON.stringify(window.__npoPlayground.excel.snapshotForComparison()) === expectedSnapshot,
        before,
      );
      expect(await snapshot()).toBe(before);
    }));

  it('a user typing into the checked sheet marks the results out of date', () =>
    step('stale', async () => {
      const typing = page.getByRole('form', { name: 'Cel typen' });
      await typing.getByRole('textbox', { name: 'Cel' }).fill('E20');
      await typing.getByRole('textbox', { name: 'Waarde' }).fill('55000');
      await typing.getByRole('button', { name: 'Typen' }).click();
      await pane().getByText('Het blad is gewijzigd sinds de controle.').waitFor();
      await pane().getByRole('button', { name: 'Opnieuw controleren' }).waitFor();
      expect(await page.evaluate((sheet) => window.__npoPlayground.excel.sheet(sheet).cell('E20').value, SHEET)).toBe(
        55000,
      );
    }));

  it('Overzichten maken writes the overview, a tab per goal and the findings tab', () =>
    step('tabs', async () => {
      await openSettings();
      await pane().getByRole('button', { name: 'Overzichten maken' }).click();
      const tabs = plan.sheets.map((sheet) => sheet.name);
      expect(tabs).toEqual(expect.arrayContaining(CORE_TABS));
      await page.waitForFunction(
        (names) => names.every((t) => window.__npoPlayground.excel.sheetNames.includes(t)),
        tabs,
      );
      // The acceptances sheet stays from the step above, empty but for its title and header.
      expect(await sheetNames()).toEqual([...usersSheets, ACCEPTANCES_SHEET, ...tabs]);
      await expect(page.getByRole('tab', { name: 'NPO Overzicht' }).isVisible()).resolves.toBe(true);
      await stepShot('04-tabs');
    }));

  it('Nieuw begrotingsblad inserts the standard sheet: header row, table and the goal drop-down', () =>
    step('budget-sheet', async () => {
      await openSettings();
      await pane().getByRole('button', { name: 'Nieuw begrotingsblad' }).click();
      await page.waitForFunction(() => window.__npoPlayground.excel.sheetNames.includes('NPO-begroting'));
      const inserted = await page.evaluate(() => {
        const { excel } = window.__npoPlayground;
        const sheet = excel.sheet('NPO-begroting');
        return {
          active: excel.activeSheet,
          header: sheet.values('A4:G4'),
          tables: sheet.tables.map((t) => t.name),
          dropDown: sheet.dataValidation('C5'),
        };
      });
      expect(inserted.active).toBe('NPO-begroting');
      expect(inserted.header).toEqual([
        ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut', 'Toelichting'],
      ]);
      expect(inserted.tables).toEqual(['NPO_Begroting']);
      expect(inserted.dropDown?.list.inCellDropDown).toBe(true);
      expect(inserted.dropDown?.list.source.split(',')).toEqual(GOALS.map((g) => `${g.goal} ${g.name}`));
      await page.getByRole('tab', { name: 'NPO-begroting', selected: true }).waitFor();
      await stepShot('05-budget-sheet');
    }));

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
