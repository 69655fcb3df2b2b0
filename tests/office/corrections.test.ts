/**
 * Correcting how a sheet is read, in the open workbook (the in-memory Excel): a correction is
 * stored as text on the add-in's sheet "NPO Leeswijze", read by the next check, survives saving and
 * reopening, can be removed, keeps every other line, never lands in a user's sheet, and a refusal
 * by Excel is a clear problem with nothing changed.
 */
import {
  CORRECTIONS_HEADER,
  CORRECTIONS_NOTE,
  CORRECTIONS_SHEET,
  CORRECTIONS_TITLE,
} from '../../src/engine/corrections';
import type { PlainValue } from '../../src/engine/grid';
import { OfficeActionError } from '../../src/office/errors';
import { createFakeExcel, type FakeExcel } from '../../in-memory-excel';
import { createWorkbookAdapter, type WorkbookAdapter } from '../../src/office';

const checkOptions = { lang: 'nl' as const, workbookName: 'putten.xlsx', checkedAt: new Date(2026, 10, 22) };
const APIS = {
  customProperties: true,
  fillPattern: true,
  dataValidation: false,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};

// Putten's plan with the schools' own contribution beside the municipality's share: both are read as begroot.
const BUDGET: PlainValue[][] = [
  ['NPO-begroting gemeente Putten'],
  ['Plafond NPO-middelen', 322_000],
  [],
  ['Nr', 'Activiteit', 'Doel', 'Bedrag gemeente', 'Bedrag scholen'],
  [1, 'Preventie en weerbaarheid', 'Zorg en welzijn', 150_000, 40_000],
  [2, 'Doorgaande lijn 0-7 jaar', 'VVE', 172_000, 20_000],
];

function open(extra: ReadonlyArray<{ name: string; values: PlainValue[][] }> = []): {
  excel: FakeExcel;
  adapter: WorkbookAdapter;
} {
  const excel = createFakeExcel({ sheets: [{ name: 'Begroting', values: BUDGET }, ...extra] });
  return { excel, adapter: createWorkbookAdapter(excel.run, APIS) };
}

async function problemOf(promise: Promise<unknown>): Promise<OfficeActionError['problem'] | undefined> {
  return promise.then(
    () => undefined,
    (e: unknown) => (e instanceof OfficeActionError ? e.problem : undefined),
  );
}

/** The corrections sheet's lines below its header, as the user sees them. */
function lines(excel: FakeExcel): string[][] {
  const cells = excel.snapshotForComparison()[CORRECTIONS_SHEET] ?? {};
  const rows: string[][] = [];
  for (const [address, cell] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const row = Number(m[2]) - 1;
    if (row < 4 || cell.value === '' || cell.value === null || cell.value === undefined) continue;
    (rows[row - 4] ??= [])[m[1]!.charCodeAt(0) - 65] = String(cell.value);
  }
  return rows
    .filter((r) => r !== undefined)
    .map((r) => Array.from({ length: Math.max(4, r.length) }, (_, i) => r[i] ?? ''));
}

const rules = (r: { findings: ReadonlyArray<{ rule: string }> }): string[] => r.findings.map((f) => f.rule);

describe('a correction in the open workbook', () => {
  it('is stored on NPO Leeswijze as text and read by the next check: column E ignored, the plan is the grant', async () => {
    const { excel, adapter } = await open();
    const before = await adapter.check(checkOptions);
    expect(before.result.summaries.begrootCents).toBe(38_200_000);
    expect(rules(before.result)).toContain('READING_UNCERTAIN');
    const users = excel.snapshotForComparison()['Begroting'];

    const now = await adapter.changeCorrection('Begroting', {
      setting: 'kolom',
      col: 4,
      choice: 'negeren',
      header: 'Bedrag scholen',
    });
    expect(now).toEqual({ columns: [{ col: 4, choice: 'negeren', header: 'Bedrag scholen' }] });
    expect(excel.sheetNames).toEqual(['Begroting', CORRECTIONS_SHEET]);
    const sheet = excel.snapshotForComparison()[CORRECTIONS_SHEET]!;
    expect(sheet['A1']).toMatchObject({ value: CORRECTIONS_TITLE, numberFormat: '@' });
    expect(sheet['A2']?.value).toBe(CORRECTIONS_NOTE);
    expect(['A4', 'B4', 'C4', 'D4'].map((a) => sheet[a]?.value)).toEqual([...CORRECTIONS_HEADER]);
    expect(lines(excel)).toEqual([['Begroting', 'Kolom E', 'negeren', 'Bedrag scholen']]);
    // The user's sheet is exactly as it was.
    expect(excel.snapshotForComparison()['Begroting']).toEqual(users);

    const after = await adapter.check(checkOptions);
    expect(after.result.summaries.begrootCents).toBe(32_200_000);
    expect(rules(after.result)).not.toContain('READING_UNCERTAIN');
    expect(after.result.model.tables[0]!.columns.find((c) => c.col === 4)).toMatchObject({
      role: 'ignored',
      forced: true,
    });
  });

  it('survives saving and reopening', async () => {
    const { excel, adapter } = await open();
    await adapter.changeCorrection('Begroting', {
      setting: 'kolom',
      col: 4,
      choice: 'negeren',
      header: 'Bedrag scholen',
    });
    const reopened = excel.reopen();
    const { result } = await createWorkbookAdapter(reopened.run, APIS).check(checkOptions);
    expect(result.summaries.begrootCents).toBe(32_200_000);
    expect(result.model.reading.corrections).toEqual([expect.objectContaining({ setting: 'kolom', col: 4 })]);
  });

  it('is removed again, leaving the sheet with its title and header only, and the check chooses by itself', async () => {
    const { excel, adapter } = await open();
    await adapter.changeCorrection('Begroting', {
      setting: 'kolom',
      col: 4,
      choice: 'negeren',
      header: 'Bedrag scholen',
    });
    expect(await adapter.changeCorrection('Begroting', { setting: 'kolom', col: 4 })).toBeUndefined();
    expect(lines(excel)).toEqual([]);
    expect(excel.snapshotForComparison()[CORRECTIONS_SHEET]!['A1']?.value).toBe(CORRECTIONS_TITLE);
    const { result } = await adapter.check(checkOptions);
    expect(result.summaries.begrootCents).toBe(38_200_000);
    expect(result.model.reading.corrections).toEqual([]);
  });

  it("sets the header row, the unit and the ceiling (cell or amount), and keeps other sheets' lines and lines it cannot read", async () => {
    const { excel, adapter } = await open();
    await adapter.changeCorrection('Begroting', {
      setting: 'kolom',
      col: 4,
      choice: 'negeren',
      header: 'Bedrag scholen',
    });
    // A line for another sheet, and one a user mistyped, added by hand.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(CORRECTIONS_SHEET).getRange('A6:C7').values = [
        ['Begroting 2022', 'Eenheid', '1000'],
        ['Begroting', 'Kolom D', 'budget?'],
      ];
      await context.sync();
    });
    await adapter.changeCorrection('Begroting', { setting: 'kopregel', row: 3 });
    await adapter.changeCorrection('Begroting', { setting: 'eenheid', unit: 1 });
    await adapter.changeCorrection('Begroting', { setting: 'plafondcel', cell: 'B2' });
    expect(lines(excel)).toEqual([
      ['Begroting', 'Kopregel', '4', ''],
      ['Begroting', 'Kolom E', 'negeren', 'Bedrag scholen'],
      ['Begroting', 'Eenheid', '1', ''],
      ['Begroting', 'Plafondcel', 'B2', ''],
      ['Begroting 2022', 'Eenheid', '1000', ''],
      ['Begroting', 'Kolom D', 'budget?', ''],
    ]);
    const { result } = await adapter.check(checkOptions);
    expect(result.model.ceiling).toMatchObject({ cents: 32_200_000, source: 'correction' });
    expect(rules(result)).toContain('CORRECTION_UNUSABLE');

    // An amount replaces the cell, and removing the header row leaves the rest.
    const now = await adapter.changeCorrection('Begroting', { setting: 'plafond', cents: 32_000_000 });
    expect(now).toEqual({
      headerRow: 3,
      columns: [{ col: 4, choice: 'negeren', header: 'Bedrag scholen' }],
      unit: 1,
      ceilingCents: 32_000_000,
    });
    expect(await adapter.changeCorrection('Begroting', { setting: 'kopregel' })).not.toHaveProperty('headerRow');
    expect(lines(excel)).toContainEqual(['Begroting', 'Plafond', '320000,00', '']);
    expect(lines(excel)).toContainEqual(['Begroting 2022', 'Eenheid', '1000', '']);
  });

  it('never writes into a user sheet that has the name, nor an empty one, and changes nothing', async () => {
    for (const values of [[['Mijn aantekeningen', 'niet aankomen']], []]) {
      const { excel, adapter } = await open([{ name: CORRECTIONS_SHEET, values }]);
      const before = excel.snapshotForComparison();
      expect(
        await problemOf(adapter.changeCorrection('Begroting', { setting: 'kolom', col: 4, choice: 'negeren' })),
      ).toBe('not-own-sheet');
      expect(excel.snapshotForComparison()).toEqual(before);
    }
  });

  it('says the workbook structure is protected when the sheet cannot be added, and changes nothing', async () => {
    const { excel, adapter } = await open();
    const before = excel.snapshotForComparison();
    excel.protectStructure();
    expect(await problemOf(adapter.changeCorrection('Begroting', { setting: 'eenheid', unit: 1000 }))).toBe(
      'workbook-protected',
    );
    expect(excel.snapshotForComparison()).toEqual(before);
    expect(excel.sheetNames).toEqual(['Begroting']);
  });

  it('says the sheet is protected when its own sheet is, and changes nothing', async () => {
    const { excel, adapter } = await open();
    await adapter.changeCorrection('Begroting', { setting: 'eenheid', unit: 1000 });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(CORRECTIONS_SHEET).protection.protect();
      await context.sync();
    });
    const before = excel.snapshotForComparison();
    expect(await problemOf(adapter.changeCorrection('Begroting', { setting: 'eenheid' }))).toBe('sheet-protected');
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('takes two syncs', async () => {
    const { excel, adapter } = await open();
    const syncs = excel.syncCount;
    await adapter.changeCorrection('Begroting', { setting: 'eenheid', unit: 1000 });
    expect(excel.syncCount - syncs).toBe(2);
  });
});
