/**
 * "Vergelijken met…" in the pane, against the in-memory Excel holding the sample pair (seed 000's
 * agenda beside seed 001's status): comparing, the changes grouped by goal, going to a change's
 * cell in either sheet, writing the Wijzigingen tab beside the other tabs without touching the
 * user's sheets, and every failure as a sentence.
 */
import path from 'node:path';
import { createWorkbookAdapter, type OptionalApis, type WorkbookAdapter } from '../../src/office';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '../../in-memory-excel';
import { createPaneController } from '../../src/taskpane/controller';
import { changeGroups, createCompareController, type CompareController } from '../../src/taskpane/compare';
import { address as cellAddress } from '../../src/engine/grid';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const PAIR = path.resolve(__dirname, '../../samples/hilversum-versies.xlsx');
const APIS: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const AT = new Date(2026, 2, 12, 10, 30);

async function open(): Promise<{ excel: FakeExcel; adapter: WorkbookAdapter; compare: CompareController }> {
  const excel = createFakeExcel(fakeWorkbookFromSnapshot(await readWorkbookFile(PAIR)));
  const adapter = createWorkbookAdapter(excel.run, APIS);
  return {
    excel,
    adapter,
    compare: createCompareController({ adapter, lang: 'nl', workbookName: 'hilversum-versies.xlsx', now: () => AT }),
  };
}

describe('Vergelijken met…', () => {
  it('compares the budget sheet with the sheet picked as the old version, grouped by goal', async () => {
    const { compare } = await open();
    compare.chooseOther('Begroting 2021');
    await compare.compare('Stand 2023');
    const state = compare.getState();
    expect(state.work).toBeUndefined();
    const comparison = state.compared!.comparison;
    expect([comparison.oldSheet, comparison.newSheet]).toEqual(['Begroting 2021', 'Stand 2023']);
    expect(state.notice).toEqual({
      intent: 'success',
      text: '20 wijzigingen tussen ‘Begroting 2021’ en ‘Stand 2023’.',
    });
    const groups = changeGroups(comparison, 'nl');
    expect(groups.map((g) => [g.label, g.changes.length])).toEqual([
      ['Doel 1 Bovenschoolse maatregelen', 8],
      ['Doel 2 Voorschoolse periode', 1],
      ['Doel 3 Zorg en welzijn', 6],
      ['Doel 4 Samenwerking in de gemeente', 4],
      ['Totaal en plafond', 1],
    ]);
    expect(groups[1]!.changes[0]!.id).toBe('VERSION_SPLIT');
    expect(comparison.changes.find((c) => c.id === 'VERSION_BEGROOT_CHANGED' && c.new?.code === '1')).toMatchObject({
      differenceCents: 500_000,
    });
    expect(comparison.changes.filter((c) => c.id === 'VERSION_SWAPPED')).toHaveLength(1);
  });

  it('swaps which version is old, and says which is which', async () => {
    const { compare } = await open();
    compare.chooseOther('Begroting 2021');
    compare.swap();
    expect(compare.getState().otherIsOld).toBe(false);
    await compare.compare('Stand 2023');
    const comparison = compare.getState().compared!.comparison;
    expect([comparison.oldSheet, comparison.newSheet]).toEqual(['Stand 2023', 'Begroting 2021']);
    expect(comparison.totals.differenceCents).toBe(4_500_000);
  });

  it('goes to a change’s cell in the old and in the new sheet', async () => {
    const { excel, compare } = await open();
    compare.chooseOther('Begroting 2021');
    await compare.compare('Stand 2023');
    const one = compare.getState().compared!.comparison.changes.find((c) => c.id === 'VERSION_BEGROOT_CHANGED')!;
    await compare.goTo(one.old!.sheet, one.old!.cell);
    expect(excel.selection).toEqual({ sheet: 'Begroting 2021', address: 'D7' });
    await compare.goTo(one.new!.sheet, one.new!.cell);
    expect(excel.selection).toEqual({ sheet: 'Stand 2023', address: 'E6' });
  });

  it('writes the Wijzigingen tab, keeps it when the overview tabs are written, and replaces only its own tab', async () => {
    const { excel, adapter, compare } = await open();
    const before = excel.snapshotForComparison();
    compare.chooseOther('Begroting 2021');
    await compare.compare('Stand 2023');
    await compare.writeTab();
    expect(compare.getState().notice).toEqual({ intent: 'success', text: 'Tabblad ‘NPO Wijzigingen’ geschreven.' });
    expect(excel.sheetNames).toContain('NPO Wijzigingen');

    const pane = createPaneController({ adapter, lang: 'nl', workbookName: 'hilversum-versies.xlsx', now: () => AT });
    await pane.start();
    pane.chooseSheet('Stand 2023');
    await pane.writeTabs();
    expect(excel.sheetNames).toEqual(expect.arrayContaining(['NPO Wijzigingen', 'NPO Overzicht', 'NPO Controle']));

    await compare.writeTab();
    const names = excel.sheetNames;
    expect(names.filter((n) => n.startsWith('NPO Wijzigingen'))).toEqual(['NPO Wijzigingen']);
    expect(names).toEqual(expect.arrayContaining(['NPO Overzicht', 'NPO Controle']));
    // The user's sheets are exactly as they were.
    const after = excel.snapshotForComparison();
    for (const sheet of ['Begroting 2021', 'Stand 2023', 'Instellingen']) expect(after[sheet]).toEqual(before[sheet]);
  });

  it('writes beside a user’s own sheet named NPO Wijzigingen, never over it', async () => {
    const { excel, compare } = await open();
    await excel.run(async (context) => {
      context.workbook.worksheets.add('NPO Wijzigingen').getRange('A1').values = [['mijn aantekeningen']];
      await context.sync();
    });
    compare.chooseOther('Begroting 2021');
    await compare.compare('Stand 2023');
    await compare.writeTab();
    expect(compare.getState().notice?.text).toBe('Tabblad ‘NPO Wijzigingen (2)’ geschreven.');
  });

  it('compares a user’s sheet named NPO Wijzigingen: the sheet keeps its name, the tab takes (2), its links go to the sheet', async () => {
    const { excel, adapter } = await open();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Begroting 2021').name = 'NPO Wijzigingen';
      await context.sync();
    });
    const { plan } = await adapter.compareSheets({
      oldSheet: 'NPO Wijzigingen',
      newSheet: 'Stand 2023',
      lang: 'nl',
      workbookName: 'hilversum-versies.xlsx',
      comparedAt: AT,
    });
    const written = await adapter.writeComparisonTab(plan);
    expect(written.sheets).toEqual(['NPO Wijzigingen (2)']);
    const linked = plan.sheets[0]!.cells.filter((c) => c.link?.sheet === 'NPO Wijzigingen');
    expect(linked.length).toBeGreaterThan(10);
    const tab = excel.sheet('NPO Wijzigingen (2)');
    for (const c of linked) {
      expect(tab.cell(cellAddress(c.row, c.col)).hyperlink?.documentReference).toBe(
        `'NPO Wijzigingen'!${c.link!.cell}`,
      );
    }
  });

  it('says what is wrong: no sheet picked, the same sheet, a sheet that is no budget', async () => {
    const { compare } = await open();
    await compare.compare('Stand 2023');
    expect(compare.getState().notice).toEqual({
      intent: 'error',
      text: 'Kies eerst het werkblad om mee te vergelijken.',
    });
    compare.chooseOther('Stand 2023');
    await compare.compare('Stand 2023');
    expect(compare.getState().notice).toEqual({
      intent: 'error',
      text: 'Kies een ander werkblad dan het begrotingsblad zelf.',
    });
    compare.chooseOther('Instellingen');
    await compare.compare('Stand 2023');
    expect(compare.getState().notice?.intent).toBe('error');
    expect(compare.getState().notice?.text).toMatch(/^Vergelijken lukte niet: .*Instellingen/);
    expect(compare.getState().compared).toBeUndefined();
  });
});
