/**
 * "Nothing lost": every sample workbook and every openable corpus workbook, opened in the
 * in-memory Excel with the file's own fills, fonts and borders and some fills of the user's on
 * top, goes through what a user does with the task pane (check, highlight, write the tabs twice,
 * remove the highlights; also with a save and reopen in between), and afterwards every cell of
 * every user sheet (value, formula, number format, fill, font, borders, alignment, link) and the
 * list of user sheets (names, order, visibility; every workbook also gets a hidden and a very
 * hidden sheet of the user's) are exactly as they were.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineError, type CheckResult } from '../../src/engine/check';
import { address } from '../../src/engine/grid';
import type { OutputPlan } from '../../src/engine/plan/types';
import type { ValidPlan } from '../../src/engine/plan/validate';
import { createWorkbookAdapter, type OptionalApis } from '../../src/office';
import { createFakeExcel, type FakeExcel, type FakeWorkbookData } from '../../in-memory-excel';
import { CORPUS } from '../corpus/corpus';
import { cellCount, differences, fakeDataFromXlsx, sheetStates, type SheetState } from '../support/xlsx-in-fake';

const SAMPLES = path.resolve(__dirname, '../../samples');
const SAMPLE_FILES = [
  'hilversum-2021-begroting.xlsx',
  'hilversum-2023-stand.xlsx',
  'putten-2021.xlsx',
  'voerendaal-2021.xlsx',
];

const NEWEST: OptionalApis = {
  customProperties: true,
  fillPattern: true,
  dataValidation: true,
  visibleCells: true,
  mergedAreas: true,
  pageLayout: true,
};
/** Excel before ExcelApi 1.9 / 1.12: no fill.pattern, no worksheet custom properties. */
const OLDEST: OptionalApis = {
  customProperties: false,
  fillPattern: false,
  dataValidation: false,
  visibleCells: false,
  mergedAreas: false,
  pageLayout: false,
};
const APIS = [
  ['ExcelApi 1.12', NEWEST],
  ['ExcelApi 1.4', OLDEST],
] as const;

const checkOptions = { lang: 'nl' as const, workbookName: 'begroting.xlsx', checkedAt: new Date(2026, 10, 22) };

/** The user's own colours, put on before the add-in comes. */
const YELLOW = '#FFFF00';
const GREEN = '#C6E0B4';
const WHITE = '#FFFFFF';

interface Workbook {
  readonly id: string;
  readonly data: () => Promise<FakeWorkbookData>;
}

let corpusDir: string;
beforeAll(async () => {
  corpusDir = await fs.mkdtemp(path.join(os.tmpdir(), 'npo-nothing-lost-'));
});
afterAll(async () => {
  await fs.rm(corpusDir, { recursive: true, force: true });
});

/** Each workbook is read from its file once; every test opens a fresh fake from that data. */
function cached(load: () => Promise<FakeWorkbookData>): () => Promise<FakeWorkbookData> {
  let data: Promise<FakeWorkbookData> | undefined;
  return () => (data ??= load());
}

const WORKBOOKS: ReadonlyArray<Workbook> = [
  ...SAMPLE_FILES.map((file) => ({
    id: `sample ${file}`,
    data: cached(() => fakeDataFromXlsx(path.join(SAMPLES, file))),
  })),
  // Not the 50 MB entry: its million-line ledger (454 MB of sheet XML) takes ExcelJS 4.3 GB and
  // minutes to read, the command line refuses it as too large, and the in-memory Excel, which
  // stores every cell as an object, cannot hold it in a test's time and memory either.
  ...CORPUS.filter((entry) => entry.xlsx && !entry.large).map((entry) => ({
    id: `corpus ${entry.id}`,
    data: cached(async () =>
      fakeDataFromXlsx(await entry.build(await fs.mkdtemp(path.join(corpusDir, `${entry.id}-`)))),
    ),
  })),
];

type Checked = { readonly result: CheckResult; readonly plan: ValidPlan };

/** The adapter's check, or the engine's refusal of the workbook (no budget sheet, ...). */
async function checkOrRefusal(excel: FakeExcel, apis: OptionalApis): Promise<Checked | EngineError> {
  try {
    return await createWorkbookAdapter(excel.run, apis).check(checkOptions);
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
}

/**
 * Gives the user's sheets colours of their own, as a user would have: a green header row on the
 * budget sheet, yellow on flagged cells and on amounts, a white fill (which Excel without
 * fill.pattern cannot tell from no fill, so only with it), a red bold font and a border on a
 * flagged cell, and a fill in the top left of every other user sheet. Returns the cells changed.
 */
function decorate(excel: FakeExcel, checked: Checked | EngineError, apis: OptionalApis): number {
  let changed = 0;
  const fill = (sheet: string, cell: string, color: string): void => {
    excel.sheet(sheet).setFill(cell, color);
    changed += 1;
  };
  for (const name of excel.sheetNames) fill(name, 'A1', YELLOW);
  if (checked instanceof EngineError) return changed;
  const { result, plan } = checked;
  const model = result.model;
  const budget = excel.sheet(model.sheet);
  const header = budget.values(`A${model.headerRow + 1}:AZ${model.headerRow + 1}`)[0]!;
  header.forEach((value, col) => {
    if (value !== '') fill(model.sheet, address(model.headerRow, col), GREEN);
  });
  for (const intervention of model.interventions.slice(0, 3)) {
    const amount = intervention.amounts[0];
    if (amount) fill(model.sheet, address(amount.row, amount.col), YELLOW);
  }
  const flagged = plan.highlights;
  for (const h of flagged.slice(0, 3)) fill(h.sheet, h.cell, YELLOW);
  const first = flagged[0];
  if (first) {
    excel.sheet(first.sheet).setCell(first.cell, {
      font: { bold: true, color: '#C00000' },
      borders: { EdgeBottom: { style: 'Double', weight: 'Thick' } },
    });
    changed += 1;
  }
  const fourth = flagged[3];
  if (fourth && apis.fillPattern) fill(fourth.sheet, fourth.cell, WHITE);
  return changed;
}

interface Arranged {
  readonly excel: FakeExcel;
  readonly checked: Checked | EngineError;
  readonly userSheets: ReadonlyArray<string>;
  readonly before: ReadonlyArray<SheetState>;
  readonly settingsBefore: Record<string, unknown>;
}

/** Sheets a user keeps out of sight, added to every workbook so that visibility is put to the test. */
const HIDDEN_SHEETS = [
  {
    name: 'Archief',
    visibility: 'Hidden' as const,
    cells: { A1: { value: 'Begroting 2020' }, B2: { value: 1_250, numberFormat: '#,##0.00', fill: YELLOW } },
  },
  { name: 'Keuzelijsten', visibility: 'VeryHidden' as const, values: [['Bovenschools'], ['VVE']] },
];

async function arrange(workbook: Workbook, apis: OptionalApis): Promise<Arranged> {
  const data = await workbook.data();
  const excel = createFakeExcel({ ...data, sheets: [...data.sheets, ...HIDDEN_SHEETS] });
  decorate(excel, await checkOrRefusal(excel, apis), apis);
  const userSheets = [...excel.sheetNames];
  return {
    excel,
    checked: await checkOrRefusal(excel, apis),
    userSheets,
    before: sheetStates(excel, userSheets),
    settingsBefore: excel.settings,
  };
}

/** What highlighting changed: only fills, and only of flagged cells. */
function expectOnlyFlaggedFillsChanged(arranged: Arranged, excel: FakeExcel, plan: OutputPlan): void {
  const changes = differences(arranged.before, sheetStates(excel, arranged.userSheets));
  const flagged = new Set(plan.highlights.map((h) => `${h.sheet}!${h.cell} fill:`));
  expect(changes.filter((line) => ![...flagged].some((prefix) => line.startsWith(prefix)))).toEqual([]);
  // A flagged cell whose own fill is the severity's colour shows no change; every other one does.
  if (plan.highlights.length > 0) expect(changes.length).toBeGreaterThan(0);
}

describe.each(APIS)('nothing of the user’s is lost (%s)', (_apiName, apis) => {
  it.each(WORKBOOKS.map((w) => [w.id, w] as const))(
    '%s: checking, highlighting, writing the tabs twice and removing the highlights leave every user sheet exactly as it was, cell by cell, and the sheet list unchanged',
    async (_id, workbook) => {
      const arranged = await arrange(workbook, apis);
      const { excel, checked, userSheets, before } = arranged;
      const adapter = createWorkbookAdapter(excel.run, apis);

      if (checked instanceof EngineError) {
        // The engine finds nothing to check: the pane shows the sentence; highlights and their removal are no-ops.
        expect(checked.message).toMatch(/^(Geen begrotingsblad gevonden|De werkmap bevat geen werkbladen)/);
        expect(await adapter.highlight([])).toBe(0);
        expect(await adapter.clearHighlights()).toBe(0);
      } else {
        const { plan } = checked;
        expect(await adapter.highlight(plan.highlights)).toBe(plan.highlights.length);
        expectOnlyFlaggedFillsChanged(arranged, excel, plan);
        const first = await adapter.writeTabs(plan);
        const second = await adapter.writeTabs((await adapter.check(checkOptions)).plan);
        expect(second.sheets).toEqual(first.sheets);
        expect(excel.sheetNames).toEqual([...userSheets, ...second.sheets]);
        expect(await adapter.clearHighlights()).toBe(plan.highlights.length);
      }

      expect(differences(before, sheetStates(excel, userSheets))).toEqual([]);
      expect(excel.sheetNames.slice(0, userSheets.length)).toEqual(userSheets);
      // The record of highlights (an index and its parts, or the previous version's one setting) is gone.
      expect(Object.keys(excel.settings).filter((key) => key.startsWith('npo-budget-checker.highlights'))).toEqual([]);
      expect(cellCount(before)).toBeGreaterThan(0);
    },
    60_000,
  );

  it.each(WORKBOOKS.map((w) => [w.id, w] as const))(
    '%s: highlights removed after the workbook was saved, closed and opened again leave every user sheet exactly as it was',
    async (_id, workbook) => {
      const arranged = await arrange(workbook, apis);
      const { excel, checked, userSheets, before } = arranged;
      if (checked instanceof EngineError) {
        expect(await createWorkbookAdapter(excel.reopen().run, apis).clearHighlights()).toBe(0);
        return;
      }
      const { plan } = checked;
      const adapter = createWorkbookAdapter(excel.run, apis);
      await adapter.highlight(plan.highlights);
      await adapter.writeTabs(plan);

      const reopened = excel.reopen();
      const again = createWorkbookAdapter(reopened.run, apis);
      // Writing again after reopening: with custom properties the old tabs are replaced; without,
      // they are no longer recognised (sheet ids changed) and kept, and the new ones go beside them.
      const { sheets } = await again.writeTabs((await again.check(checkOptions)).plan);
      expect(reopened.sheetNames.slice(0, userSheets.length)).toEqual(userSheets);
      expect(reopened.sheetNames.slice(-sheets.length)).toEqual(sheets);
      expect(await again.clearHighlights()).toBe(plan.highlights.length);

      expect(differences(before, sheetStates(reopened, userSheets))).toEqual([]);
    },
    60_000,
  );
});

describe('highlights removed after Excel numbered the sheets anew', () => {
  // Worksheet ids hold only within a session: a workbook opened again gets ids such as
  // {00000000-0001-0000-0000-000000000000} (OfficeDev/office-js-docs#297, office-js#1390), so the
  // id recorded for the checked sheet may belong to another sheet after a reopen.
  const id = (n: number): string => `{00000000-000${n}-0000-0000-000000000000}`;

  it('puts the fills back on the sheet they were taken from, and leaves the sheet that now has its id alone', async () => {
    const data = await fakeDataFromXlsx(path.join(SAMPLES, 'putten-2021.xlsx'));
    const excel = createFakeExcel({ sheets: [{ ...data.sheets[0]!, id: id(1) }] });
    const adapter = createWorkbookAdapter(excel.run, NEWEST);
    const { plan } = await adapter.check(checkOptions);
    const flagged = plan.highlights.map((h) => h.cell);
    expect(flagged.length).toBeGreaterThan(0);
    const before = sheetStates(excel, ['Begroting']);
    await adapter.highlight(plan.highlights);

    // Saved with a new first sheet whose cells have fills of their own where Begroting is flagged,
    // and opened again: the new sheet now has the id Begroting had.
    const saved = excel.toData();
    const voorblad = {
      name: 'Voorblad',
      id: id(1),
      cells: Object.fromEntries(flagged.map((cell) => [cell, { value: 'eigen', fill: GREEN }])),
    };
    const reopened = createFakeExcel({ ...saved, sheets: [voorblad, { ...saved.sheets[0]!, id: id(2) }] });
    const voorbladBefore = sheetStates(reopened, ['Voorblad']);

    expect(await createWorkbookAdapter(reopened.run, NEWEST).clearHighlights()).toBe(flagged.length);
    expect(differences(voorbladBefore, sheetStates(reopened, ['Voorblad']))).toEqual([]);
    expect(
      differences(
        before.map((s) => ({ ...s, position: 1 })),
        sheetStates(reopened, ['Begroting']),
      ),
    ).toEqual([]);
  });
});

describe('the comparison behind these tests', () => {
  it('notices a changed value, formula, number format, fill, font, border, a hidden, renamed or moved sheet', async () => {
    const data = await fakeDataFromXlsx(path.join(SAMPLES, 'hilversum-2023-stand.xlsx'));
    const names = data.sheets.map((s) => s.name);
    const base = sheetStates(createFakeExcel(data), names);
    const changedBy = async (change: (excel: FakeExcel) => void | Promise<void>): Promise<string[]> => {
      const excel = createFakeExcel(data);
      await change(excel);
      return differences(base, sheetStates(excel, names));
    };
    expect(await changedBy(() => undefined)).toEqual([]);
    expect(await changedBy((e) => void e.sheet('Stand 2023').setValues([[1]], 'E20'))).toEqual([
      expect.stringMatching(/^Stand 2023!E20 value: /),
    ]);
    expect(await changedBy((e) => void e.sheet('Stand 2023').setCell('A1', { numberFormat: '0.00' }))).toEqual([
      expect.stringMatching(/^Stand 2023!A1 numberFormat: \(none\) → "0.00"$/),
    ]);
    expect(await changedBy((e) => void e.sheet('Betalingen').setFill('F5', YELLOW))).toEqual([
      'Betalingen!F5 fill: (none) → "#FFFF00"',
    ]);
    expect(await changedBy((e) => void e.sheet('Stand 2023').setFill('A5', null))).toEqual([
      expect.stringMatching(/^Stand 2023!A5 fill: "#D9D9D9" → \(none\)$/),
    ]);
    expect(await changedBy((e) => void e.sheet('Instellingen').setCell('B1', { font: { italic: true } }))).toEqual([
      expect.stringMatching(/^Instellingen!B1 font: /),
    ]);
    expect(
      await changedBy(
        (e) => void e.sheet('Stand 2023').setCell('C9', { borders: { EdgeTop: { style: 'Continuous' } } }),
      ),
    ).toEqual([expect.stringMatching(/^Stand 2023!C9 borders: /)]);
    const formulaCell = Object.entries(data.sheets[0]!.cells ?? {}).find(([, c]) => c.formula !== undefined)![0];
    expect(await changedBy((e) => void e.sheet('Stand 2023').setCell(formulaCell, { formula: '=1+1' }))).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^Stand 2023!${formulaCell} formula: `))]),
    );
    const structure = (edit: (sheets: Excel.WorksheetCollection) => void) => async (e: FakeExcel) =>
      e.run(async (context) => {
        edit(context.workbook.worksheets);
        await context.sync();
      });
    expect(await changedBy(structure((s) => void (s.getItem('Betalingen').visibility = 'Hidden')))).toEqual([
      'Betalingen: visibility Visible → Hidden',
    ]);
    expect(await changedBy(structure((s) => void (s.getItem('Betalingen').position = 0)))).toEqual(
      expect.arrayContaining(['Betalingen: position 2 → 0']),
    );
    expect(await changedBy(structure((s) => void (s.getItem('Instellingen').name = 'Instellingen oud')))).toEqual([
      'Instellingen: sheet gone',
    ]);
  });

  it('reads the file’s own fills, fonts and borders into the fake, which the engine’s snapshot leaves out', async () => {
    const data = await fakeDataFromXlsx(path.join(SAMPLES, 'hilversum-2021-begroting.xlsx'));
    const cells = Object.values(data.sheets[0]!.cells ?? {});
    expect(cells.filter((c) => c.fill !== undefined).length).toBeGreaterThan(5);
    expect(cells.filter((c) => c.font?.bold).length).toBeGreaterThan(5);
    expect(cells.filter((c) => c.borders !== undefined).length).toBeGreaterThan(3);
  });
});
