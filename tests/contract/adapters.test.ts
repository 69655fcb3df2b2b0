/**
 * Both ways in give the engine the same sheet. Each workbook is built with ExcelJS and saved as an
 * .xlsx file; the file adapter reads the file, and the Office.js adapter reads the same workbook
 * opened in the in-memory Excel (from the file, without the file adapter's code: excel-from-file.ts;
 * only the whole-sheet merge, which plain ExcelJS cannot open, is opened through the file adapter's
 * guarded reader). Their snapshots (cells, hidden rows, merged areas) must be equal,
 * and so must the engine's findings: budget sheets as municipalities keep them, with a goal merged
 * down over its interventions, a code and name merged over an intervention's two rows, a group
 * header merged across its year columns, hidden rows and an autofilter's hidden rows.
 */
import { promises as fs, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/engine/check';
import type { WorkbookSnapshot } from '../../src/engine/grid';
import { createFakeExcel, type FakeExcel } from '../../in-memory-excel';
import { readApis, readWorkbook, type ReadApis } from '../../src/office/read';
import { loadWorkbookFile, readWorkbookFile } from '../../src/xlsx/read-file';
import { snapshotWorkbook } from '../../src/xlsx/snapshot';
import { newWorkbook, sumFormula, writeWorkbook, type SheetSpec } from '../corpus/workbooks';
import { fakeDataFromXlsx } from '../support/xlsx-in-fake';
import { fakeDataFromFile, openInExcel } from './excel-from-file';

const dir = mkdtempSync(path.join(tmpdir(), 'npo-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut'];
const subtotal = (col: string, first: number, last: number, result: number): ExcelJS.CellFormulaValue => ({
  formula: `SUBTOTAL(109,${col}${first}:${col}${last})`,
  result,
  date1904: false,
});

/** A goal merged down over three interventions, an intervention's code and name over its two rows, a hidden row. */
const MERGED_DOWN: SheetSpec = {
  name: 'Begroting',
  rows: [
    ['NPO-begroting 2022', null, null, null, null, null],
    HEADER,
    [1, 'Zomerschool', 'Bovenschools', 'Bink', 100_000, 80_000],
    [2, 'Bijles', null, 'Bink', 50_000, 40_000],
    [3, 'Huiswerkklas', null, 'Bink', 30_000, 30_000],
    [4, 'Jeugdcoach', 'Zorg & welzijn', 'Versa Welzijn', 40_000, 20_000],
    [null, null, 'Thuiszitters', 'Versa Welzijn', 20_000, 10_000],
    [5, 'VVE extra uren', 'VVE', 'Proloog', 60_000, 50_000],
    ['Totaal', null, null, null, sumFormula('E', 3, 8, 300_000), subtotal('F', 3, 8, 180_000)],
  ],
  setup: (ws) => {
    ws.mergeCells('A1:F1');
    ws.mergeCells('C3:C5');
    ws.mergeCells('A6:A7');
    ws.mergeCells('B6:B7');
    ws.getRow(8).hidden = true;
  },
};

/** "Begroot" merged across its three year columns above a second header row. */
const GROUP_HEADER: SheetSpec = {
  name: 'Meerjarig',
  rows: [
    ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', null, null, 'Benut'],
    [null, null, null, 2022, 2023, 2024, null],
    [1, 'Taalklas', 'VVE', 10_000, 12_000, 14_000, 30_000],
    [2, 'Schoolmaatschappelijk werk', 'Zorg en welzijn', 20_000, 20_000, 20_000, 55_000],
    [3, 'Thuiszittersteam', 'Thuiszitters', 5_000, 5_000, 5_000, 15_000],
  ],
  setup: (ws) => {
    ws.mergeCells('D1:F1');
    for (const col of 'ABCG') ws.mergeCells(`${col}1:${col}2`);
  },
};

/** An autofilter that hides two of the interventions, and a hidden row below the data with only a fill. */
const FILTERED: SheetSpec = {
  name: 'Gefilterd',
  rows: [
    HEADER,
    [1, 'Zomerschool', 'Bovenschools', 'Bink', 100_000, 80_000],
    [2, 'VVE extra uren', 'VVE', 'Proloog', 150_000, 150_000],
    [3, 'Jeugdcoach', 'Zorg & welzijn', 'Versa Welzijn', 72_000, 10_000],
    [4, 'Taalklas', 'VVE', 'Proloog', 20_000, 5_000],
    ['Totaal', null, null, null, subtotal('E', 2, 5, 322_000), sumFormula('F', 2, 5, 245_000)],
  ],
  setup: (ws) => {
    ws.autoFilter = 'A1:F5';
    ws.getRow(3).hidden = true;
    ws.getRow(5).hidden = true;
    ws.getCell('A9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getRow(9).hidden = true;
  },
};

const NEWEST = (excel: FakeExcel): ReadApis => readApis((version) => excel.isSetSupported('ExcelApi', version));

async function bothWays(
  file: string,
  excel?: FakeExcel,
): Promise<{ fromFile: WorkbookSnapshot; fromExcel: WorkbookSnapshot; excel: FakeExcel }> {
  const fake = excel ?? (await openInExcel(file));
  const { snapshot } = await readWorkbook(fake.run, { apis: NEWEST(fake) });
  return { fromFile: await readWorkbookFile(file), fromExcel: snapshot, excel: fake };
}

describe.each([
  ['a goal and an intervention merged down, a hidden row', [MERGED_DOWN]],
  ['a group header merged across its year columns', [GROUP_HEADER]],
  ['an autofilter’s hidden rows', [FILTERED]],
  ['all three sheets in one workbook', [MERGED_DOWN, GROUP_HEADER, FILTERED]],
])('%s', (name, sheets) => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(dir, `${name.replace(/\W+/g, '-')}.xlsx`, sheets);
  });

  it('reads the same snapshot from the file and from Excel', async () => {
    const { fromFile, fromExcel } = await bothWays(file);
    expect(fromExcel).toEqual(fromFile);
    expect(fromFile.sheets.some((s) => (s.merges?.length ?? 0) > 0 || (s.hiddenRows?.length ?? 0) > 0)).toBe(true);
  });

  it.each(sheets.map((s) => s.name))('gives the same findings for %s', async (sheet) => {
    const { fromFile, fromExcel } = await bothWays(file);
    const [a, b] = [fromFile, fromExcel].map((snapshot) => checkWorkbook(snapshot, { sheet }));
    expect(b!.findings).toEqual(a!.findings);
    expect(b!.summaries).toEqual(a!.summaries);
  });
});

describe('what each adapter reads', () => {
  it('reads merges clipped to the used range, in reading order, and hidden rows that hold cells', async () => {
    const file = await writeWorkbook(dir, 'alle-drie.xlsx', [MERGED_DOWN, GROUP_HEADER, FILTERED]);
    const { fromExcel } = await bothWays(file);
    const [begroting, meerjarig, gefilterd] = fromExcel.sheets;
    expect(begroting!.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 5, left: 0, bottom: 6, right: 0 },
      { top: 5, left: 1, bottom: 6, right: 1 },
    ]);
    expect(begroting!.hiddenRows).toEqual([7]);
    expect(meerjarig!.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 5 },
      { top: 0, left: 6, bottom: 1, right: 6 },
    ]);
    expect(meerjarig!.hiddenRows).toEqual([]);
    // Row 9 is hidden but holds no value: nothing in it is hidden from a total.
    expect(gefilterd!.hiddenRows).toEqual([2, 4]);
    expect(gefilterd!.merges).toEqual([]);
  });

  it('reads merges and hidden rows in the syncs that read the cells', async () => {
    const file = await writeWorkbook(dir, 'syncs.xlsx', [MERGED_DOWN, GROUP_HEADER, FILTERED]);
    const plain = await openInExcel(file);
    const without = await readWorkbook(plain.run);
    const excel = await openInExcel(file);
    const withThem = await readWorkbook(excel.run, { apis: NEWEST(excel) });
    expect(withThem.stats.syncs).toBe(without.stats.syncs);
    expect(excel.syncCount).toBe(plain.syncCount);
  });

  it('in an Excel before ExcelApi 1.13 reads no merges, and before 1.9 hidden rows only of sheets whose rows are all shown or all hidden', async () => {
    const file = await writeWorkbook(dir, 'oud.xlsx', [MERGED_DOWN, GROUP_HEADER]);
    const data = await fakeDataFromFile(file);
    for (const [version, hidden] of [
      ['1.12', [7]],
      ['1.8', undefined],
    ] as const) {
      const excel = createFakeExcel(data, { excelApi: version });
      const { snapshot } = await readWorkbook(excel.run, { apis: NEWEST(excel) });
      expect(snapshot.sheets.map((s) => [s.merges, s.hiddenRows])).toEqual([
        [undefined, hidden],
        [undefined, []],
      ]);
    }
  });
});

describe('a merge over the whole sheet', () => {
  let file: string;
  beforeAll(async () => {
    // ExcelJS cannot write such a merge (it makes every cell of it), so the file gets it afterwards.
    const sheet: SheetSpec = {
      ...GROUP_HEADER,
      rows: [...GROUP_HEADER.rows, ['Toelichting: bedragen in euro']],
      setup: (ws) => ws.mergeCells('A6:B6'),
    };
    const zip = await JSZip.loadAsync(await newWorkbook([sheet]).xlsx.writeBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    zip.file(part, (await zip.file(part)!.async('string')).replace('ref="A6:B6"', 'ref="A6:XFD1048576"'));
    file = path.join(dir, 'samengevoegd-blad.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  });

  it('is read from the file at once, clipped to the used range', async () => {
    const started = Date.now();
    const snapshot = snapshotWorkbook(await loadWorkbookFile(file));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(snapshot.sheets[0]!.merges).toEqual([{ top: 5, left: 0, bottom: 5, right: 6 }]);
  });

  it('is read from Excel, which reports it whole, as the file adapter reads it', async () => {
    const data = await fakeDataFromXlsx(file);
    const excel = createFakeExcel({ sheets: data.sheets.map((s) => ({ ...s, merges: ['A6:XFD1048576'] })) });
    const { fromFile, fromExcel } = await bothWays(file, excel);
    expect(fromExcel).toEqual(fromFile);
  });
});
