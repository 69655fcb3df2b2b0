/**
 * What the pane's buttons do, against the in-memory Excel (small sheets and the samples): the picker and
 * the remembered ceiling, a check and its watch on the sheet, Markeren, Overzichten maken, a new
 * budget sheet, walking the findings, and every failure ending as a sentence.
 */
import path from 'node:path';
import { checkWorkbook } from '../../src/engine/check';
import { validatePlan } from '../../src/engine/plan/validate';
import { createWorkbookAdapter, type OptionalApis, type WorkbookAdapter } from '../../src/office';
import { OfficeActionError } from '../../src/office/errors';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '../../in-memory-excel';
import { createPaneController, type PaneController } from '../../src/taskpane/controller';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { LIST_HEADER } from '../helpers';

const SAMPLES = path.resolve(__dirname, '../../samples');
const APIS: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const AT_14_03 = new Date(2026, 10, 22, 14, 3);

/**
 * One list sheet € 20.000 over its stated ceiling of € 100.000: a single CEILING_EXCEEDED, on the Begroot header
 * (E3) as there is no total row.
 */
function smallWorkbook(): FakeExcel {
  return createFakeExcel({
    sheets: [
      {
        name: 'Begroting',
        values: [
          ['Plafond', '', '', '', 100_000],
          [],
          [...LIST_HEADER],
          [1, 'Taalklas', 'Bovenschools', 'Bink', 120_000, 0],
          [2, 'Zomerschool', 'Thuiszitters', 'Bink', 0, 0],
        ],
      },
    ],
  });
}

async function openSample(file: string): Promise<FakeExcel> {
  return createFakeExcel(fakeWorkbookFromSnapshot(await readWorkbookFile(path.join(SAMPLES, file))));
}

/**
 * The watch played by hand, for tests about what the pane does with a change rather than how
 * Excel reports one: `change(sheet)` is the user editing that sheet; `watched` the sheets
 * followed right now.
 */
function withWatch(adapter: WorkbookAdapter) {
  const handlers = new Map<number, { sheet: string; onChange: () => void }>();
  let next = 0;
  return {
    adapter: {
      ...adapter,
      async watchSheet(sheet: string, onChange: () => void) {
        const id = next++;
        handlers.set(id, { sheet, onChange });
        return async () => {
          handlers.delete(id);
        };
      },
    } satisfies WorkbookAdapter,
    change(sheet: string) {
      for (const h of handlers.values()) if (h.sheet === sheet) h.onChange();
    },
    get watched() {
      return [...handlers.values()].map((h) => h.sheet);
    },
  };
}

async function paneOver(excel: FakeExcel, lang: 'nl' | 'en' = 'nl') {
  const watch = withWatch(createWorkbookAdapter(excel.run, APIS));
  const pane = createPaneController({
    adapter: watch.adapter,
    lang,
    workbookName: 'begroting.xlsx',
    now: () => AT_14_03,
  });
  await pane.start();
  return { pane, watch };
}

const findingNames = (pane: PaneController): string[] =>
  pane.getState().checked?.result.findings.map((f) => `${f.cell} ${f.rule}`) ?? [];

describe('opening the pane', () => {
  it('lists the sheets with the budget sheet preselected and the payments sheet marked, and the ceiling the workbook states', async () => {
    const { pane } = await paneOver(await openSample('hilversum-2023-stand.xlsx'));
    expect(pane.getState()).toMatchObject({
      sheet: 'Stand 2023',
      bestSheet: 'Stand 2023',
      paymentsSheet: 'Betalingen',
      ceiling: { text: '2.138.509,64', origin: 'check', found: { source: 'settings-sheet' } },
    });
    expect(pane.getState().sheets).toEqual(expect.arrayContaining(['Stand 2023', 'Instellingen']));
    expect(pane.getState().work).toBeUndefined();
    expect(pane.getState().notice).toBeUndefined();
  });

  it('takes the ceiling remembered in the workbook', async () => {
    const excel = await openSample('putten-2021.xlsx');
    await createWorkbookAdapter(excel.run, APIS).saveCeiling(32_500_000);
    const { pane } = await paneOver(excel);
    expect(pane.getState().ceiling).toEqual({ text: '325.000,00', cents: 32_500_000, origin: 'user' });
  });

  it('says so when the workbook cannot be read', async () => {
    const excel = await openSample('putten-2021.xlsx');
    excel.setCellEditMode(true);
    const { pane } = await paneOver(excel);
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: 'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.',
    });
    expect(pane.getState().work).toBeUndefined();
  });
});

describe('Controleren', () => {
  it('shows the findings and when it checked, and takes the ceiling the sheet states', async () => {
    const { pane, watch } = await paneOver(smallWorkbook());
    const checking = pane.check();
    expect(pane.getState().work).toBe('check');
    await checking;
    const state = pane.getState();
    expect(state.work).toBeUndefined();
    expect(findingNames(pane)).toEqual(['E3 CEILING_EXCEEDED']);
    expect(state.checked?.checkedAt).toEqual(AT_14_03);
    // Never a success bar over an error: the verdict card says how it stands.
    expect(state.notice).toEqual({
      intent: 'warning',
      text: 'Gecontroleerd om 14:03: 1 fout, 0 waarschuwingen, 0 ter info.',
    });
    expect(state.ceiling).toMatchObject({
      text: '100.000,00',
      cents: 10_000_000,
      origin: 'check',
      found: { source: 'sheet', cell: 'E1' },
    });
    expect(watch.watched).toEqual(['Begroting']);
  });

  it('gives the same findings as the engine on the .xlsx file', async () => {
    const file = path.join(SAMPLES, 'hilversum-2021-begroting.xlsx');
    const { pane } = await paneOver(await openSample('hilversum-2021-begroting.xlsx'));
    await pane.check();
    expect(pane.getState().checked?.result.findings).toEqual(checkWorkbook(await readWorkbookFile(file)).findings);
    expect(findingNames(pane)).toContain('D28 CEILING_EXCEEDED');
    expect(pane.getState().ceiling).toMatchObject({ cents: 213_850_964, origin: 'check' });
  });

  it('says the sheet changed after the check, and a new check follows only the new result', async () => {
    const { pane, watch } = await paneOver(await openSample('hilversum-2023-stand.xlsx'));
    await pane.check();
    watch.change('Instellingen');
    expect(pane.getState().stale).toBe(false);
    watch.change('Stand 2023');
    expect(pane.getState().stale).toBe(true);
    await pane.check();
    expect(pane.getState().stale).toBe(false);
    expect(watch.watched).toEqual(['Stand 2023']);
    await pane.stop();
    expect(watch.watched).toEqual([]);
  });

  it("follows the checked sheet through Excel's own change event, and lets go of it when the pane closes", async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const pane = createPaneController({
      adapter: createWorkbookAdapter(excel.run, APIS),
      lang: 'nl',
      workbookName: 'x.xlsx',
      now: () => AT_14_03,
    });
    await pane.start();
    await pane.check();
    expect(excel.changeHandlerCount('Stand 2023')).toBe(1);
    await pane.highlight();
    await excel.eventsSettled();
    expect(pane.getState().stale).toBe(false);
    excel.sheet('Stand 2023').editCell('E6', 1);
    await excel.eventsSettled();
    expect(pane.getState().stale).toBe(true);
    await pane.check();
    expect(excel.changeHandlerCount()).toBe(1);
    await pane.stop();
    expect(excel.changeHandlerCount()).toBe(0);
  });

  it('checks with a ceiling typed in Dutch notation and remembers it in the workbook', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    const { pane } = await paneOver(excel);
    pane.typeCeiling('2.150.000');
    await pane.check();
    expect(pane.getState().checked?.result.model.ceiling).toEqual({ cents: 215_000_000, source: 'option' });
    expect(findingNames(pane)).not.toContain('D28 CEILING_EXCEEDED');
    expect(pane.getState().ceiling).toEqual({ text: '2.150.000,00', cents: 215_000_000, origin: 'user' });
    expect(excel.settings['npo-budget-checker.ceiling']).toBe(215_000_000);
  });

  it('leaves the ceiling as found when Enter is pressed on it or the same amount is retyped', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    const { pane } = await paneOver(excel);
    await pane.check();
    await pane.commitCeiling();
    pane.typeCeiling('2138509,64');
    await pane.commitCeiling();
    expect(pane.getState().ceiling).toEqual({ text: '2.138.509,64', cents: 213_850_964, origin: 'check' });
    expect(excel.settings['npo-budget-checker.ceiling']).toBeUndefined();
    await pane.check();
    expect(pane.getState().checked?.result.model.ceiling.source).toBe('sheet');
  });

  it('forgets the typed ceiling when the field is emptied', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    await createWorkbookAdapter(excel.run, APIS).saveCeiling(100_000_00);
    const { pane } = await paneOver(excel);
    pane.typeCeiling('');
    expect(await pane.commitCeiling()).toBe(true);
    expect(excel.settings['npo-budget-checker.ceiling']).toBeUndefined();
    await pane.check();
    expect(pane.getState().ceiling).toMatchObject({ cents: 213_850_964, origin: 'check' });
  });

  it('still checks with a typed ceiling the workbook cannot keep, and says it was not kept', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    const adapter: WorkbookAdapter = {
      ...createWorkbookAdapter(excel.run, APIS),
      saveCeiling: () => Promise.reject(new OfficeActionError('cell-editing')),
    };
    const pane = createPaneController({ adapter, lang: 'nl', workbookName: 'x.xlsx', now: () => AT_14_03 });
    await pane.start();
    pane.typeCeiling('2.150.000');
    await pane.check();
    expect(findingNames(pane)).not.toContain('D28 CEILING_EXCEEDED');
    expect(pane.getState().notice?.intent).toBe('warning');
    expect(pane.getState().notice?.text).toContain(
      'Het plafond kon niet in de werkmap worden bewaard. Excel is bezig met het bewerken van een cel.',
    );
    pane.typeCeiling('2.160.000');
    expect(await pane.commitCeiling()).toBe(true);
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: expect.stringMatching(/^Het plafond kon niet in de werkmap worden bewaard/),
    });
    expect(pane.getState().ceiling).toMatchObject({ cents: 216_000_000, origin: 'user' });
  });

  it("refuses a ceiling that is no amount, with the field's message, and does not check", async () => {
    const { pane } = await paneOver(await openSample('hilversum-2021-begroting.xlsx'));
    pane.typeCeiling('twee miljoen');
    await pane.check();
    const state = pane.getState();
    expect(state.checked).toBeUndefined();
    expect(state.ceiling.error).toBe('Dit is geen bedrag. Typ het plafond als 2.138.509,64.');
    expect(state.notice).toEqual({ intent: 'error', text: 'Het plafond is geen geldig bedrag; verbeter het eerst.' });
  });

  it('says why a sheet cannot be checked, in a sentence', async () => {
    const { pane } = await paneOver(await openSample('hilversum-2023-stand.xlsx'));
    pane.chooseSheet('Instellingen');
    await pane.check();
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: expect.stringMatching(/^Werkblad ‘Instellingen’ lijkt geen begrotingsblad/),
    });
    expect(pane.getState().checked).toBeUndefined();
  });

  it('says a plan Excel would refuse is the checker’s own bug: refused where the check makes it, so nothing is written', async () => {
    const excel = smallWorkbook();
    const real = createWorkbookAdapter(excel.run, APIS);
    // As buildOutputPlan would throw, validating the plan it makes in the adapter's check.
    const adapter: WorkbookAdapter = {
      ...real,
      async check(options) {
        const checked = await real.check(options);
        const { plan } = checked;
        return { ...checked, plan: validatePlan({ ...plan, sheets: [{ ...plan.sheets[0]!, name: 'History' }] }) };
      },
    };
    const pane = createPaneController({ adapter, lang: 'nl', workbookName: 'x.xlsx', now: () => AT_14_03 });
    await pane.start();
    await pane.check();
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: 'De NPO-controle stelde tabbladen samen die Excel niet zou aannemen (sheet-name-reserved: History); er is niets geschreven. Dit is een fout in de NPO-controle; meld het graag, met de werkmap als dat kan.',
    });
    expect(pane.getState().checked).toBeUndefined();
    expect(excel.sheetNames).toEqual(['Begroting']);
  });

  it('keeps the result but says so when the sheet cannot be followed', async () => {
    const excel = smallWorkbook();
    const adapter: WorkbookAdapter = {
      ...createWorkbookAdapter(excel.run, APIS),
      watchSheet: () => Promise.reject(new Error('events are not available')),
    };
    const pane = createPaneController({ adapter, lang: 'nl', workbookName: 'x.xlsx', now: () => AT_14_03 });
    await pane.start();
    await pane.check();
    expect(findingNames(pane)).toEqual(['E3 CEILING_EXCEEDED']);
    expect(pane.getState().notice).toEqual({
      intent: 'warning',
      text: 'Gecontroleerd om 14:03: 1 fout, 0 waarschuwingen, 0 ter info. Wijzigingen in het blad worden niet gevolgd. Er ging iets mis: events are not available. Probeer het opnieuw; blijft het misgaan, meld het dan.',
    });
  });

  it('does one piece of work at a time', async () => {
    const { pane } = await paneOver(await openSample('hilversum-2021-begroting.xlsx'));
    const first = pane.check();
    const second = pane.writeTabs();
    await Promise.all([first, second]);
    expect(pane.getState().notice?.text).toMatch(/^Gecontroleerd om/);
  });
});

describe('walking the findings', () => {
  it("goes to each finding's cell with Volgende and Vorige, within the filter", async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const { pane } = await paneOver(excel);
    await pane.check();
    const findings = pane.getState().checked!.result.findings;
    expect(findings.length).toBeGreaterThan(2);

    await pane.next();
    expect(pane.getState().current).toBe(0);
    expect(excel.selection).toEqual({ sheet: findings[0]!.sheet, address: findings[0]!.cell });
    await pane.next();
    expect(pane.getState().current).toBe(1);
    await pane.previous();
    await pane.previous();
    expect(pane.getState().current).toBe(findings.length - 1);

    pane.chooseFilter('warning');
    await pane.next();
    const current = pane.getState().current!;
    expect(findings[current]!.severity).toBe('warning');
    expect(excel.selection).toEqual({ sheet: 'Stand 2023', address: findings[current]!.cell });
  });

  it('goes to a finding chosen from the list', async () => {
    const excel = smallWorkbook();
    const { pane } = await paneOver(excel);
    await pane.check();
    await pane.goToFinding(0);
    expect(pane.getState().current).toBe(0);
    expect(excel.selection).toEqual({ sheet: 'Begroting', address: 'E3' });
  });
});

describe('Markeren, Markeringen wissen, Overzichten maken, Nieuw begrotingsblad', () => {
  it('highlights the flagged cells (checking first) and clears them again', async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const before = excel.snapshotForComparison();
    const { pane } = await paneOver(excel);
    await pane.highlight();
    const cells = pane.getState().checked!.plan.highlights.length;
    expect(pane.getState().notice).toEqual({ intent: 'success', text: `${cells} cellen gemarkeerd.` });
    await pane.clearHighlights();
    expect(pane.getState().notice).toEqual({
      intent: 'success',
      text: `Markeringen gewist: ${cells} cellen terug zoals ze waren.`,
    });
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('says how many cells were left out when there were more than the record of highlights can hold', async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const real = createWorkbookAdapter(excel.run, APIS);
    const adapter: WorkbookAdapter = { ...real, highlight: (highlights) => real.highlight(highlights.slice(0, 1)) };
    const pane = createPaneController({ adapter, lang: 'nl', workbookName: 'x.xlsx', now: () => AT_14_03 });
    await pane.highlight();
    const leftOut = pane.getState().checked!.plan.highlights.length - 1;
    expect(pane.getState().notice).toEqual({
      intent: 'warning',
      text: `1 cel gemarkeerd. ${leftOut} cellen niet gemarkeerd: te veel om later weer te kunnen wissen. De ernstigste zijn gemarkeerd; alle bevindingen staan in de lijst.`,
    });
  });

  it('passes on what the check it made first had to say', async () => {
    const excel = smallWorkbook();
    const adapter: WorkbookAdapter = {
      ...createWorkbookAdapter(excel.run, APIS),
      watchSheet: () => Promise.reject(new OfficeActionError('sheet-missing', 'Begroting')),
    };
    const pane = createPaneController({ adapter, lang: 'nl', workbookName: 'x.xlsx', now: () => AT_14_03 });
    await pane.start();
    await pane.highlight();
    expect(pane.getState().notice).toEqual({
      intent: 'warning',
      text: '1 cel gemarkeerd. Wijzigingen in het blad worden niet gevolgd. Het werkblad ‘Begroting’ bestaat niet meer; het is misschien verwijderd of hernoemd. Controleer opnieuw.',
    });
  });

  it('says why it cannot highlight a protected sheet', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    excel.protect('Begroting 2021');
    const { pane } = await paneOver(excel);
    await pane.highlight();
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: expect.stringMatching(/^Het werkblad is beveiligd/),
    });
  });

  it('writes the overview tabs, names them, and lists them in the picker', async () => {
    const { pane } = await paneOver(await openSample('hilversum-2021-begroting.xlsx'));
    await pane.check();
    await pane.writeTabs();
    const tabs = [
      'NPO Overzicht',
      'Doel 1 Bovenschools',
      'Doel 2 Voorschools',
      'Doel 3 Zorg en welzijn',
      'Doel 4 Samenwerking',
      'Doel 5 Thuiszitters',
      'NPO Controle',
    ];
    expect(pane.getState().notice).toEqual({ intent: 'success', text: '7 tabbladen gemaakt:', items: tabs });
    // The add-in's own tabs are no sheets to check: the picker leaves them out.
    expect(pane.getState().sheets).toEqual(['Begroting 2021']);
    expect(pane.getState().sheet).toBe('Begroting 2021');
  });

  it('checks again before writing when the sheet changed since the check', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    const { pane, watch } = await paneOver(excel);
    await pane.check();
    excel.sheet('Begroting 2021').setCell('D7', { value: 0 });
    watch.change('Begroting 2021');
    await pane.writeTabs();
    expect(pane.getState().stale).toBe(false);
    expect(findingNames(pane)).not.toContain('D28 CEILING_EXCEEDED');
  });

  it('inserts a budget sheet with the ceiling in the field, says its name and selects it', async () => {
    const excel = await openSample('putten-2021.xlsx');
    const { pane } = await paneOver(excel);
    pane.typeCeiling('322.000');
    await pane.insertBudgetSheet();
    expect(pane.getState().notice).toEqual({
      intent: 'success',
      text: 'Nieuw begrotingsblad ‘NPO-begroting’ ingevoegd. Vul de interventies in en kies Controleren.',
    });
    expect(pane.getState().sheet).toBe('NPO-begroting');
    expect(pane.getState().sheets).toContain('NPO-begroting');
    await pane.check();
    expect(pane.getState().checked?.result.model.ceiling.cents).toBe(32_200_000);
  });

  it('speaks English to English users', async () => {
    const { pane } = await paneOver(smallWorkbook(), 'en');
    await pane.highlight();
    expect(pane.getState().notice).toEqual({ intent: 'success', text: '1 cell highlighted.' });
    await pane.check();
    expect(pane.getState().notice).toEqual({
      intent: 'warning',
      text: 'Checked at 14:03: 1 error, 0 warnings, 0 info.',
    });
  });
});
