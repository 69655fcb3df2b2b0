/**
 * The adapter functions that lean on newer parts of the in-memory Excel: the watch on the checked
 * sheet (worksheet onChanged) and the goal drop-down of a new budget sheet (data validation).
 */
import path from 'node:path';
import { GOALS } from '../../src/engine/goals';
import { createWorkbookAdapter, type OptionalApis } from '../../src/office';
import { createFakeExcel, fakeWorkbookFromSnapshot } from '../../in-memory-excel';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const SAMPLE = path.resolve(__dirname, '../../samples/hilversum-2023-stand.xlsx');
const NEWEST: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: true,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};

describe('watchSheet', () => {
  it('calls back on a user edit of the sheet, not on the add-in’s highlights, and no more after stop()', async () => {
    const excel = createFakeExcel(fakeWorkbookFromSnapshot(await readWorkbookFile(SAMPLE)));
    const adapter = createWorkbookAdapter(excel.run, NEWEST);
    let changes = 0;
    const stop = await adapter.watchSheet('Stand 2023', () => {
      changes += 1;
    });

    const { plan } = await adapter.check({ lang: 'nl', workbookName: 'hilversum-2023-stand.xlsx' });
    expect(await adapter.highlight(plan.highlights)).toBeGreaterThan(0);
    await adapter.clearHighlights();
    excel.sheet('Instellingen').editCell('B1', 2_000_000);
    await excel.eventsSettled();
    expect(changes).toBe(0);

    excel.sheet('Stand 2023').editCell('E20', '55000');
    await excel.eventsSettled();
    expect(changes).toBe(1);

    await stop();
    expect(excel.changeHandlerCount('Stand 2023')).toBe(0);
    excel.sheet('Stand 2023').editCell('E20', '60000');
    await excel.eventsSettled();
    expect(changes).toBe(1);
  });

  it('says which sheet is missing when asked to watch one that is not there', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
    await expect(
      createWorkbookAdapter(excel.run, NEWEST).watchSheet('Begroting 2021', () => undefined),
    ).rejects.toThrow(/Begroting 2021/);
  });
});

describe('insertBudgetSheet with data validation', () => {
  it('offers the five spending goals in a drop-down down the Bestedingsdoel column', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
    const name = await createWorkbookAdapter(excel.run, NEWEST).insertBudgetSheet({
      lang: 'nl',
      ceilingCents: 32_200_000,
    });
    const sheet = excel.sheet(name);
    expect(sheet.values('A4:G4')).toEqual([
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut', 'Toelichting'],
    ]);
    const dropDown = sheet.dataValidation('C5');
    expect(dropDown?.list.inCellDropDown).toBe(true);
    expect(dropDown?.list.source.split(',')).toEqual(GOALS.map((g) => `${g.goal} ${g.name}`));
    expect(sheet.dataValidation('C1000')).toEqual(dropDown);
    expect(sheet.dataValidation('C4')).toBeUndefined();
    expect(sheet.dataValidation('B5')).toBeUndefined();
  });

  it('leaves the drop-down out where Excel lacks data validation', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
    const name = await createWorkbookAdapter(excel.run, { ...NEWEST, dataValidation: false }).insertBudgetSheet({
      lang: 'nl',
      ceilingCents: 32_200_000,
    });
    expect(excel.sheet(name).dataValidation('C5')).toBeUndefined();
  });
});
