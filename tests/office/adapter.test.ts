/**
 * The Office.js adapter against the in-memory Excel, loaded with the samples: reading, the sync
 * budget, writing the tabs (twice, beside a user's sheet, after reopening), exact fill
 * restoration, navigation, and every failure leaving the workbook as it was.
 */
import path from 'node:path';
import { checkWorkbook } from '../../src/engine/check';
import { cellAt, sheetFromValues, type Cell } from '../../src/engine/grid';
import { todayDayNumber } from '../../src/engine/inputs/day';
import { buildOutputPlan } from '../../src/engine/plan/build';
import { SEVERITY_FILL } from '../../src/engine/plan/types';
import { OfficeActionError } from '../../src/office/errors';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '../../in-memory-excel';
import { createWorkbookAdapter, type OptionalApis, type WorkbookAdapter } from '../../src/office';
import { readWorkbook } from '../../src/office/read';
import type { ExcelRun } from '../../src/office/run';
import { writeTabs } from '../../src/office/write-tabs';
import { highlightCells, HIGHLIGHTS_PER_SYNC } from '../../src/office/highlights';
import { readWorkbookFile } from '../../src/xlsx/read-file';
import { generatedListRows } from '../../scripts/generate';

const SAMPLES = path.resolve(__dirname, '../../samples');
const ALL_APIS: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const OLDEST_APIS: OptionalApis = {
  customProperties: false,
  fillPattern: false,
  dataValidation: false,
  visibleCells: false,
  mergedAreas: false,
  pageLayout: false,
};
const CHECKED_AT = new Date(2026, 10, 22);
const TABS = [
  'NPO Overzicht',
  'Doel 1 Bovenschools',
  'Doel 2 Voorschools',
  'Doel 3 Zorg en welzijn',
  'Doel 4 Samenwerking',
  'Doel 5 Thuiszitters',
  'NPO Controle',
];
/** The tabs for a workbook with a payments sheet (the Hilversum 2023 sample's "Betalingen"). */
const TABS_WITH_PAYMENTS = [...TABS.slice(0, -1), 'NPO Afstemming', 'NPO Jaarrekening', 'NPO Controle'];
/** The Hilversum 2023 sample's own sheets. */
const STAND_2023 = ['Stand 2023', 'Instellingen', 'Betalingen'];

async function openSample(file: string, options: Parameters<typeof createFakeExcel>[1] = {}): Promise<FakeExcel> {
  return createFakeExcel(fakeWorkbookFromSnapshot(await readWorkbookFile(path.join(SAMPLES, file))), options);
}

function adapterFor(excel: FakeExcel, apis = ALL_APIS): WorkbookAdapter {
  return createWorkbookAdapter(excel.run, apis);
}

const checkOptions = { lang: 'nl' as const, workbookName: 'begroting.xlsx', checkedAt: CHECKED_AT };

/** The user's sheets (everything but the add-in's tabs), cell by cell: values, formulas, formats, fills. */
function usersSheets(excel: FakeExcel): unknown {
  const all = excel.snapshotForComparison();
  return Object.fromEntries(
    Object.entries(all).filter(([name]) => !TABS_WITH_PAYMENTS.some((t) => name.startsWith(t))),
  );
}

async function expectProblem(
  promise: Promise<unknown>,
  problem: OfficeActionError['problem'],
): Promise<OfficeActionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfficeActionError);
  expect((error as OfficeActionError).problem).toBe(problem);
  return error as OfficeActionError;
}

describe('reading the open workbook', () => {
  it.each(['hilversum-2021-begroting.xlsx', 'hilversum-2023-stand.xlsx', 'putten-2021.xlsx', 'voerendaal-2021.xlsx'])(
    'gives the engine the same findings for %s as the .xlsx file does',
    async (file) => {
      const excel = await openSample(file);
      const { result } = await adapterFor(excel).check(checkOptions);
      const fromFile = checkWorkbook(await readWorkbookFile(path.join(SAMPLES, file)));
      expect(result.findings).toEqual(fromFile.findings);
      expect(result.summaries).toEqual(fromFile.summaries);
    },
  );

  it('reads values, formulas, number formats and errors, not displayed text', async () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: 'Begroting',
          cells: {
            B2: { value: 1234.5, numberFormat: '"€" #,##0.00' },
            C2: { formula: '=B2*2' },
            D2: { error: '#REF!' },
            E2: { value: '€ 40.171' },
          },
        },
      ],
    });
    const { snapshot } = await readWorkbook(excel.run);
    const sheet = snapshot.sheets[0]!;
    expect(cellAt(sheet, 1, 1)).toEqual<Cell>({ kind: 'number', value: 1234.5, format: '"€" #,##0.00' });
    expect(cellAt(sheet, 1, 2)).toEqual<Cell>({ kind: 'number', value: 2469, formula: '=B2*2' });
    expect(cellAt(sheet, 1, 3)).toEqual<Cell>({ kind: 'error', value: '#REF!' });
    expect(cellAt(sheet, 1, 4)).toEqual<Cell>({ kind: 'text', value: '€ 40.171' });
  });

  // Writing takes a sync for the sheet list, two for the content (its 7.000 links are an operation
  // each, and Office.js sends a few hundred bytes of object paths per operation) and one for the swap.
  it('checks a 5.000-row sheet in at most 2 syncs, and checks and writes all tabs in at most 6', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Begroting', values: generatedListRows(5_000) }] });
    const adapter = adapterFor(excel);
    const { plan, read } = await adapter.check(checkOptions);
    expect(read.syncs).toBeLessThanOrEqual(2);
    expect(excel.syncCount).toBeLessThanOrEqual(2);
    await adapter.writeTabs(plan);
    expect(excel.syncCount).toBeLessThanOrEqual(6);
    expect(excel.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('reads 200.000 rows in blocks whose every request and response stays under 5 MB', async () => {
    const rows = generatedListRows(200_000);
    const excel = createFakeExcel({ sheets: [{ name: 'Begroting', values: rows }] });
    const { snapshot, stats } = await readWorkbook(excel.run);
    expect(stats.syncs).toBeGreaterThan(2);
    expect(excel.largestResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(excel.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    const expected = sheetFromValues('Begroting', rows);
    expect(snapshot.sheets[0]!.rows.length).toBe(expected.rows.length);
    expect(cellAt(snapshot.sheets[0]!, 200_003, 1)).toEqual(cellAt(expected, 200_003, 1));
  }, 120_000);
});

describe('writing the summary tabs', () => {
  it('writes every tab, with the engine’s totals as formulas and user text as text', async () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: 'Begroting',
          values: [
            ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut'],
            [1, '=HYPERLINK("http://example.invalid","klik")', 1, '+31 6 12345678', 1_000, 500],
            [2, 'Bijles', 1, '@partner', 2_000, 2_500],
          ],
        },
      ],
    });
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    const { sheets } = await adapter.writeTabs(plan);
    expect(sheets).toEqual(TABS);
    expect(excel.sheetNames).toEqual(['Begroting', ...TABS]);
    const doel1 = excel.sheet('Doel 1 Bovenschools');
    expect(doel1.cell('B5')).toMatchObject({
      value: '=HYPERLINK("http://example.invalid","klik")',
      valueType: 'String',
    });
    expect(doel1.cell('B5').formula).toBeUndefined();
    expect(doel1.cell('C5')).toMatchObject({ value: '+31 6 12345678', valueType: 'String' });
    expect(doel1.cell('C6')).toMatchObject({ value: '@partner', valueType: 'String' });
    expect(doel1.cell('D7')).toMatchObject({ formula: '=SUM(D5:D6)', value: 3_000 });
    expect(doel1.cell('E7')).toMatchObject({ value: 3_000 });
    expect(doel1.tables).toEqual([expect.objectContaining({ name: 'NPO_Doel_1' })]);
    expect(excel.sheet('NPO Overzicht').cell('B13')).toMatchObject({ formula: '=SUM(B6:B12)', value: 3_000 });
    expect(excel.sheet('NPO Overzicht').frozen).toEqual({ rows: 5, columns: 1 });
  });

  it('replaces its own tabs when written twice, even renamed, and leaves the user’s sheets alone', async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const before = usersSheets(excel);
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    await adapter.writeTabs(plan);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('NPO Controle').name = 'Mijn controle';
      await context.sync();
    });
    await adapter.writeTabs(plan);
    expect(excel.sheetNames).toEqual([...STAND_2023, ...TABS_WITH_PAYMENTS]);
    expect(usersSheets(excel)).toEqual(before);
  });

  it.each([
    ['with custom properties', ALL_APIS, []],
    ['without them (ids change on reopening)', OLDEST_APIS, TABS_WITH_PAYMENTS.map((t) => `${t} (2)`)],
  ])('recognises its tabs after the workbook was closed and reopened %s', async (_name, apis, extra) => {
    const first = await openSample('hilversum-2023-stand.xlsx');
    const { plan } = await adapterFor(first, apis).check(checkOptions);
    await adapterFor(first, apis).writeTabs(plan);
    const reopened = first.reopen();
    const { sheets } = await adapterFor(reopened, apis).writeTabs(plan);
    expect(reopened.sheetNames).toEqual([...STAND_2023, ...TABS_WITH_PAYMENTS, ...extra]);
    expect(sheets).toEqual(extra.length > 0 ? extra : TABS_WITH_PAYMENTS);
  });

  it('never overwrites a user’s sheet that has a tab’s name, and links to the tab it wrote instead', async () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: 'Begroting',
          values: [
            ['Interventie', 'Bestedingsdoel', 'Begroot'],
            ['Zomerschool', 1, 1_000],
          ],
        },
        { name: 'NPO Overzicht', values: [['Mijn eigen overzicht']] },
      ],
    });
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    const { sheets } = await adapter.writeTabs(plan);
    expect(sheets[0]).toBe('NPO Overzicht (2)');
    expect(excel.sheet('NPO Overzicht').cell('A1').value).toBe('Mijn eigen overzicht');
    expect(excel.sheet('Doel 1 Bovenschools').cell('J5').hyperlink).toMatchObject({
      documentReference: "'Begroting'!A2",
    });
  });

  it('leaves nothing half-written when Excel refuses a request midway', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx', { partialFailure: true });
    const before = excel.snapshotForComparison();
    const { plan } = await adapterFor(excel).check(checkOptions);
    // The second sync of the write is the one that adds and fills the tabs; Excel applies the
    // operations before the refused one (partialFailure), as it really does.
    const run: ExcelRun = (batch) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        let syncs = 0;
        context.sync = () => {
          syncs += 1;
          if (syncs === 2) excel.failNextSync('RequestPayloadSizeLimitExceeded', { afterOperations: 40 });
          return sync();
        };
        return batch(context);
      });
    const error = await expectProblem(writeTabs(run, plan, ALL_APIS), 'payload-too-large');
    expect(error.describe('nl')).toMatch(/^Excel weigerde een te grote opdracht/);
    expect(excel.snapshotForComparison()).toEqual(before);
    expect(excel.sheetNames).toEqual(['Begroting 2021']);
  });

  it('says so in a sentence when the workbook structure is protected, and changes nothing', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    const before = excel.snapshotForComparison();
    excel.protectStructure();
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    const error = await expectProblem(adapter.writeTabs(plan), 'workbook-protected');
    expect(error.describe('nl')).toContain('De structuur van de werkmap is beveiligd');
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('asks to finish editing a cell first', async () => {
    const excel = await openSample('hilversum-2021-begroting.xlsx');
    excel.setCellEditMode(true);
    const error = await expectProblem(adapterFor(excel).check(checkOptions), 'cell-editing');
    expect(error.describe('en')).toBe('Excel is editing a cell. Press Enter or Esc and try again.');
  });
});

describe('highlights', () => {
  async function highlighted(file: string, apis = ALL_APIS) {
    const excel = await openSample(file);
    const adapter = adapterFor(excel, apis);
    const { plan } = await adapter.check(checkOptions);
    return { excel, adapter, plan };
  }

  it('fills each flagged cell by severity and puts every cell back exactly as it was', async () => {
    const { excel, adapter, plan } = await highlighted('hilversum-2023-stand.xlsx');
    excel.sheet('Stand 2023').setFill('F20', '#00B050');
    const before = excel.snapshotForComparison();
    expect(await adapter.highlight(plan.highlights)).toBe(plan.highlights.length);
    expect(excel.sheet('Stand 2023').fill('F12')).toBe(`#${SEVERITY_FILL.error.slice(2)}`);
    expect(excel.sheet('Stand 2023').fill('F20')).toBe(`#${SEVERITY_FILL.warning.slice(2)}`);
    expect(await adapter.clearHighlights()).toBe(plan.highlights.length);
    expect(excel.snapshotForComparison()).toEqual(before);
    expect(excel.sheet('Stand 2023').fill('F20')).toBe('#00B050');
    expect(excel.sheet('Stand 2023').fill('F12')).toBeNull();
  });

  it('keeps the original fill when highlighting twice', async () => {
    const { excel, adapter, plan } = await highlighted('hilversum-2023-stand.xlsx');
    const before = excel.snapshotForComparison();
    await adapter.highlight(plan.highlights);
    await adapter.highlight(plan.highlights.slice(1));
    await adapter.clearHighlights();
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it.each([
    ['with fill.pattern', ALL_APIS],
    ['without it', OLDEST_APIS],
  ])('removes highlights after the workbook was closed and reopened (%s)', async (_name, apis) => {
    const { excel, adapter, plan } = await highlighted('hilversum-2021-begroting.xlsx', apis);
    const before = excel.snapshotForComparison();
    await adapter.highlight(plan.highlights);
    const reopened = excel.reopen();
    expect(await adapterFor(reopened, apis).clearHighlights()).toBe(plan.highlights.length);
    expect(reopened.snapshotForComparison()).toEqual(before);
  });

  it('highlights thousands of cells in batches under the request limit, and a failure halfway can still be undone', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Begroting', values: generatedListRows(40_000) }] });
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    expect(plan.highlights.length).toBeGreaterThan(2 * HIGHLIGHTS_PER_SYNC);
    const before = excel.snapshotForComparison();
    // The third sync fills the second batch: the first batch is filled and recorded by then.
    const run: ExcelRun = (batch) =>
      excel.run((context) => {
        const sync = context.sync.bind(context);
        let syncs = 0;
        context.sync = () => {
          syncs += 1;
          if (syncs === 3) excel.failNextSync('RequestPayloadSizeLimitExceeded');
          return sync();
        };
        return batch(context);
      });
    await expectProblem(highlightCells(run, plan.highlights, ALL_APIS), 'payload-too-large');
    expect(excel.snapshotForComparison()).not.toEqual(before);
    await adapter.clearHighlights();
    expect(excel.snapshotForComparison()).toEqual(before);

    const fresh = excel.syncCount;
    await adapter.highlight(plan.highlights);
    expect(excel.syncCount - fresh).toBe(Math.ceil(plan.highlights.length / HIGHLIGHTS_PER_SYNC) + 1);
    expect(excel.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    await adapter.clearHighlights();
    expect(excel.snapshotForComparison()).toEqual(before);
  }, 120_000);

  it('refuses a protected sheet with a sentence, changing nothing', async () => {
    const { excel, adapter, plan } = await highlighted('hilversum-2021-begroting.xlsx');
    const before = excel.snapshotForComparison();
    excel.protect('Begroting 2021');
    const error = await expectProblem(adapter.highlight(plan.highlights), 'sheet-protected');
    expect(error.describe('nl')).toMatch(/^Het werkblad is beveiligd/);
    expect(excel.snapshotForComparison()).toEqual(before);
  });
});

describe('going to a finding', () => {
  it('activates the finding’s sheet and selects its cell', async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const adapter = adapterFor(excel);
    const { result } = await adapter.check(checkOptions);
    await adapter.writeTabs(
      buildOutputPlan(result, { lang: 'nl', checkedOn: todayDayNumber(CHECKED_AT), source: 'x.xlsx' }),
    );
    const overspent = result.findings.find((f) => f.rule === 'OVERSPENT')!;
    await adapter.goTo(overspent.sheet, overspent.cell);
    expect(excel.activeSheet).toBe('Stand 2023');
    expect(excel.selection).toEqual({ sheet: 'Stand 2023', address: overspent.cell });
  });

  it('says the sheet is gone when it was deleted meanwhile', async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const error = await expectProblem(adapterFor(excel).goTo('Verwijderd blad', 'A1'), 'sheet-missing');
    expect(error.describe('nl')).toBe(
      'Het werkblad ‘Verwijderd blad’ bestaat niet meer; het is misschien verwijderd of hernoemd. Controleer opnieuw.',
    );
  });
});

describe('the sheet picker, the ceiling and a new budget sheet', () => {
  it("lists the user's sheets, never a tab of its own, preselects the best budget sheet, names the payments sheet and the ceiling it states", async () => {
    const excel = await openSample('hilversum-2023-stand.xlsx');
    const adapter = adapterFor(excel);
    const { plan } = await adapter.check(checkOptions);
    await adapter.writeTabs(plan);
    const { names, best, payments, ceiling } = await adapter.listSheets();
    expect(excel.sheetNames).toEqual([...STAND_2023, ...TABS_WITH_PAYMENTS]);
    expect(names).toEqual(STAND_2023);
    expect(best).toBe('Stand 2023');
    expect(payments).toBe('Betalingen');
    expect(ceiling).toMatchObject({ cents: 213_850_964, source: 'settings-sheet' });
  });

  it('reads the ceiling Putten states before any check, and the default where a workbook states none', async () => {
    expect((await adapterFor(await openSample('putten-2021.xlsx')).listSheets()).ceiling).toMatchObject({
      cents: 32_200_000,
    });
    const bare = createFakeExcel({
      sheets: [
        {
          name: 'Begroting',
          values: [
            ['Interventie', 'Bestedingsdoel', 'Begroot'],
            ['Taalklas', 1, 1000],
          ],
        },
      ],
    });
    expect((await adapterFor(bare).listSheets()).ceiling).toMatchObject({ source: 'default', cents: 213_850_964 });
  });

  it('remembers a ceiling typed in the pane in the workbook, also after reopening, and forgets it on request', async () => {
    const excel = await openSample('putten-2021.xlsx');
    await adapterFor(excel).saveCeiling(32_500_000);
    const reopened = excel.reopen();
    expect(await adapterFor(reopened).loadCeiling()).toBe(32_500_000);
    await adapterFor(reopened).saveCeiling(undefined);
    expect(await adapterFor(reopened).loadCeiling()).toBeUndefined();
    await adapterFor(reopened).saveCeiling(undefined);
  });

  it("inserts the standard sheet without Hilversum's grant when no ceiling is known: the cell empty and marked 'vul in'", async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
    const adapter = adapterFor(excel);
    const name = await adapter.insertBudgetSheet({ lang: 'nl' });
    const sheet = excel.sheet(name);
    expect(sheet.cell('B2').value).toBe('');
    expect(String(sheet.cell('C2').value)).toMatch(/^← vul in/);
    expect((await adapter.listSheets()).ceiling).toMatchObject({ source: 'default' });
  });

  it('inserts the standard budget sheet, which the checker then reads as a list with its ceiling', async () => {
    const excel = createFakeExcel({
      sheets: [{ name: 'Blad1' }, { name: 'NPO-begroting', values: [['van de gebruiker']] }],
    });
    const adapter = adapterFor(excel);
    const name = await adapter.insertBudgetSheet({ lang: 'nl', ceilingCents: 11_325_800 });
    expect(name).toBe('NPO-begroting (2)');
    expect(excel.sheet('NPO-begroting').cell('A1').value).toBe('van de gebruiker');
    const sheet = excel.sheet(name);
    expect(sheet.values('A4:G4')).toEqual([
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut', 'Toelichting'],
    ]);
    expect(sheet.tables).toEqual([expect.objectContaining({ name: 'NPO_Begroting' })]);
    expect(excel.activeSheet).toBe(name);
    sheet.setValues([[1, 'Zomerschool', '1 Bovenschoolse maatregelen', 'Bink', 120_000, 0]], 'A5');
    const { result } = await adapter.check({ ...checkOptions, sheet: name });
    expect(result.model).toMatchObject({ layout: 'list', ceiling: { cents: 11_325_800, source: 'sheet' } });
    expect(result.findings.map((f) => [f.rule, f.amountCents])).toEqual([['CEILING_EXCEEDED', 674_200]]);
  });
});
