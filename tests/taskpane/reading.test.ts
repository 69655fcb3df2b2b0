/**
 * The pane's "Leeswijze" against the in-memory Excel with Putten's plan, whose "Bedrag gemeente"
 * and "Bedrag scholen" are both read as begroot: the section opens by itself and says so; a
 * column's role, the header row and the unit are changed, stored on "NPO Leeswijze" and checked at
 * once; the correction survives reopening; "Toon op blad" only selects; a failure is a sentence.
 * A sheet read with certainty keeps the section folded.
 */
import path from 'node:path';
import { CORRECTIONS_SHEET } from '../../src/engine/corrections';
import type { PlainValue } from '../../src/engine/grid';
import { createWorkbookAdapter, type OptionalApis } from '../../src/office';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '../../in-memory-excel';
import { createPaneController, type PaneController } from '../../src/taskpane/controller';
import {
  columnChange,
  headerRowChange,
  readingView,
  unitChange,
  type ReadingView,
} from '../../src/taskpane/reading-view';
import { strings } from '../../src/taskpane/strings';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const APIS: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
const AT_14_03 = new Date(2026, 10, 22, 14, 3);
const nl = strings('nl');

const BUDGET: PlainValue[][] = [
  ['NPO-begroting gemeente Putten'],
  ['Plafond NPO-middelen', 322_000],
  [],
  ['Nr', 'Activiteit', 'Doel', 'Bedrag gemeente', 'Bedrag scholen'],
  [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 150_000, 40_000],
  [2, 'Doorgaande lijn 0-7 jaar', 'VVE', 172_000, 20_000],
];

const putten = (extra: Array<{ name: string; values: PlainValue[][] }> = []): FakeExcel =>
  createFakeExcel({ sheets: [{ name: 'Begroting', values: BUDGET }, ...extra] });

async function paneOver(excel: FakeExcel, lang: 'nl' | 'en' = 'nl'): Promise<PaneController> {
  const pane = createPaneController({
    adapter: createWorkbookAdapter(excel.run, APIS),
    lang,
    workbookName: 'putten.xlsx',
    now: () => AT_14_03,
  });
  await pane.start();
  await pane.check();
  return pane;
}

const view = (pane: PaneController, lang: 'nl' | 'en' = 'nl'): ReadingView =>
  readingView(pane.getState().checked!.result, lang);
const begroot = (pane: PaneController): number => pane.getState().checked!.result.summaries.begrootCents;
const column = (v: ReadingView, letter: string) => v.tables[0]!.columns.find((c) => c.letter === letter)!;

describe('the Leeswijze section', () => {
  it('opens by itself on an uncertain reading, naming both begroot columns, and shows every column as read', async () => {
    const pane = await paneOver(putten());
    const v = view(pane);
    expect(v.open).toBe(true);
    expect(v.alerts).toHaveLength(1);
    expect(v.alerts[0]).toContain(
      'Kolommen D ‘Bedrag gemeente’ en E ‘Bedrag scholen’ zijn allebei als begroot gelezen',
    );
    expect(v.summary).toBe('kopregel rij 4 · begroot D + E');
    expect(v.headerRow).toBe(4);
    expect(v.tables[0]!.headerRange).toBe('A4:E4');
    expect(v.tables[0]!.columns.map((c) => [c.label, c.role, c.value, c.cell])).toEqual([
      ['Kolom A ‘Nr’', 'code', 'auto', 'A4'],
      ['Kolom B ‘Activiteit’', 'interventie', 'auto', 'B4'],
      ['Kolom C ‘Doel’', 'bestedingsdoel', 'auto', 'C4'],
      ['Kolom D ‘Bedrag gemeente’', 'begroot', 'auto', 'D4'],
      ['Kolom E ‘Bedrag scholen’', 'begroot', 'auto', 'E4'],
    ]);
    expect(v.unitValue).toBe('auto');
    expect(v.unitOptions[0]!.text).toBe('Automatisch (euro)');
    expect(v.ceiling).toBe('Plafond: €\u00a0322.000,00 (uit het begrotingsblad (Begroting!B2))');
    expect(begroot(pane)).toBe(38_200_000);
  });

  it('stays folded on a sheet read with certainty', async () => {
    const excel = createFakeExcel(
      fakeWorkbookFromSnapshot(
        await readWorkbookFile(path.resolve(__dirname, '../../samples/hilversum-2023-stand.xlsx')),
      ),
    );
    const v = view(await paneOver(excel));
    expect(v).toMatchObject({ open: false, alerts: [] });
  });

  it('a column set to negeren is stored, checked at once and shown as aangepast door gebruiker; the plan is then the grant', async () => {
    const excel = putten();
    const pane = await paneOver(excel);
    const users = excel.snapshotForComparison()['Begroting'];
    await expect(pane.changeReading(columnChange(column(view(pane), 'E'), 'negeren'))).resolves.toBe(true);
    expect(pane.getState().work).toBeUndefined();
    expect(begroot(pane)).toBe(32_200_000);
    const v = view(pane);
    expect(column(v, 'E')).toMatchObject({ value: 'negeren', byUser: true, role: 'genegeerd' });
    expect(v).toMatchObject({ open: false, alerts: [], summary: 'kopregel rij 4 · begroot D' });
    expect(pane.getState().notice).toEqual({
      intent: 'success',
      text: `${nl.reading.saved} Gecontroleerd om 14:03: 0 fouten, 0 waarschuwingen, 0 ter info.`,
    });
    expect(excel.sheetNames).toEqual(['Begroting', CORRECTIONS_SHEET]);
    expect(excel.snapshotForComparison()['Begroting']).toEqual(users);

    // Reopened, a new pane finds the correction applied.
    const again = await paneOver(excel.reopen());
    expect(begroot(again)).toBe(32_200_000);
    expect(column(view(again), 'E').byUser).toBe(true);

    // Automatic again: the check chooses by itself, and warns again.
    await again.changeReading(columnChange(column(view(again), 'E'), 'auto'));
    expect(begroot(again)).toBe(38_200_000);
    expect(view(again).open).toBe(true);
  });

  it("changes the header row and the unit, each marked as the user's", async () => {
    const pane = await paneOver(putten());
    expect(headerRowChange('vier')).toBeUndefined();
    expect(headerRowChange('0')).toBeUndefined();
    await pane.changeReading(headerRowChange(' 4 ')!);
    expect(view(pane)).toMatchObject({ headerRow: 4, headerRowByUser: true });
    await pane.changeReading(unitChange('1000'));
    const v = view(pane);
    expect(v).toMatchObject({ unitValue: '1000', unitByUser: true });
    expect(v.summary).toBe('kopregel rij 4 · begroot D + E · × €\u00a01.000');
    expect(begroot(pane)).toBe(38_200_000 * 1000);
    await pane.changeReading(unitChange('auto'));
    await pane.changeReading({ setting: 'kopregel' });
    expect(view(pane)).toMatchObject({ unitValue: 'auto', unitByUser: false, headerRowByUser: false });
  });

  it('Toon op blad selects the header cells and writes nothing', async () => {
    const excel = putten();
    const pane = await paneOver(excel);
    const before = excel.snapshotForComparison();
    await pane.goToCell('Begroting', view(pane).tables[0]!.headerRange);
    expect(excel.selection).toEqual({ sheet: 'Begroting', address: 'A4:E4' });
    await pane.goToCell('Begroting', column(view(pane), 'E').cell);
    expect(excel.selection).toEqual({ sheet: 'Begroting', address: 'E4' });
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('says in one sentence why a change was not stored, and does not check again', async () => {
    const excel = putten([{ name: CORRECTIONS_SHEET, values: [['Mijn aantekeningen']] }]);
    const pane = await paneOver(excel);
    const checkedAt = pane.getState().checked!.checkedAt;
    await expect(pane.changeReading(columnChange(column(view(pane), 'E'), 'negeren'))).resolves.toBe(false);
    expect(pane.getState().notice).toEqual({
      intent: 'error',
      text: `De leeswijze is niet aangepast. Er staat al een werkblad ‘${CORRECTIONS_SHEET}’ dat de NPO-controle niet zelf heeft gemaakt; dat blad wordt niet overschreven. Geef het een andere naam en probeer het opnieuw.`,
    });
    expect(pane.getState().checked!.checkedAt).toBe(checkedAt);
    expect(excel.sheet(CORRECTIONS_SHEET).values('A1:B1')).toEqual([['Mijn aantekeningen', '']]);
  });

  it('speaks English with the pane', async () => {
    const pane = await paneOver(putten(), 'en');
    await pane.changeReading(columnChange(column(view(pane, 'en'), 'E'), 'negeren'));
    const v = view(pane, 'en');
    expect(v.summary).toBe('header row 4 · budgeted D');
    expect(column(v, 'E')).toMatchObject({ label: 'Column E ‘Bedrag scholen’', role: 'ignored', byUser: true });
    expect(pane.getState().notice?.text).toMatch(/^Reading changed\. Checked at 14:03/);
  });
});
