/**
 * The Office.js adapter reading hidden rows and merged areas: in the syncs that read the cells,
 * within Excel on the web's limits at 200.000 rows, around Excel's 512 merged areas per request,
 * each merge once however the blocks cut it, and clipped to the used range.
 */
import { columnName } from '../../src/engine/grid';
import { createFakeExcel, type FakeSheetData } from '../../in-memory-excel';
import { MERGE_PIECE_CELLS, readApis, readWorkbook, type ReadApis } from '../../src/office/read';
import { generatedListRows } from '../../scripts/generate';

const NEWEST: ReadApis = readApis(() => true);
const FOUR_MB = 4 * 1024 * 1024;

async function read(sheet: FakeSheetData, maxRequestBytes?: number) {
  const excel = createFakeExcel({ sheets: [sheet] });
  const { snapshot, stats } = await readWorkbook(excel.run, {
    apis: NEWEST,
    ...(maxRequestBytes !== undefined ? { maxRequestBytes } : {}),
  });
  return { sheet: snapshot.sheets[0]!, stats, excel };
}

describe('reading hidden rows and merged areas', () => {
  it('reads those of 200.000 rows within a tenth more syncs, every request and response under 4 MB', async () => {
    const values = generatedListRows(200_000);
    // An autofilter hiding every seventh intervention, and each goal merged over two rows.
    const hiddenRows = values.flatMap((_, r) => (r > 3 && r < values.length - 1 && r % 7 === 0 ? [r] : []));
    const merges: string[] = [];
    for (let r = 4; r + 1 < values.length - 1; r += 4) merges.push(`C${r + 1}:C${r + 2}`);

    const plain = createFakeExcel({ sheets: [{ name: 'Begroting', values }] });
    const without = await readWorkbook(plain.run);
    const { sheet, stats, excel } = await read({ name: 'Begroting', values, hiddenRows, merges });

    expect(sheet.hiddenRows).toEqual(hiddenRows);
    expect(sheet.merges).toHaveLength(merges.length);
    expect(sheet.merges!.slice(0, 2)).toEqual([
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 8, left: 2, bottom: 9, right: 2 },
    ]);
    expect(stats.syncs).toBeLessThanOrEqual(Math.ceil(without.stats.syncs * 1.1));
    expect(excel.largestResponseBytes).toBeLessThan(FOUR_MB);
    expect(excel.largestRequestBytes).toBeLessThan(FOUR_MB);
    expect(stats.largestEstimate).toBeLessThanOrEqual(FOUR_MB);
  }, 120_000);

  it('asks for merges in pieces Excel can answer: more than 512 in a sheet, and in a row wider than 512 columns', async () => {
    const tall = Array.from({ length: 1_200 }, (_, r) => [`Interventie ${r + 1}`, null, r]);
    const tallMerges = tall.map((_, r) => `A${r + 1}:B${r + 1}`);
    expect((await read({ name: 'Lang', values: tall, merges: tallMerges })).sheet.merges).toHaveLength(1_200);

    const wide = [
      Array.from({ length: 1_100 }, (_, c) => (c % 2 === 0 ? `Kop ${c}` : null)),
      Array.from({ length: 1_100 }, (_, c) => c),
    ];
    const wideMerges = Array.from({ length: 550 }, (_, i) => ({ top: 0, left: 2 * i, bottom: 0, right: 2 * i + 1 }));
    const { sheet } = await read({
      name: 'Breed',
      values: wide,
      merges: wideMerges.map((m) => `${columnName(m.left)}1:${columnName(m.right)}1`),
    });
    expect(sheet.merges).toEqual(wideMerges);
    expect(MERGE_PIECE_CELLS).toBe(512);
  });

  it('reads a merge once, whole, however the blocks of rows cut it', async () => {
    const values = Array.from({ length: 12 }, (_, r) => [r === 2 ? 'VVE' : null, `Interventie ${r}`, 1_000 * r]);
    const { sheet, stats } = await read({ name: 'Begroting', values, merges: ['A3:A10', 'B11:C12'] }, 2 * 3 * 96);
    expect(stats.syncs).toBeGreaterThan(3);
    expect(sheet.merges).toEqual([
      { top: 2, left: 0, bottom: 9, right: 0 },
      { top: 10, left: 1, bottom: 11, right: 2 },
    ]);
  });

  it('clips merges to the used range, and leaves out what is left of one cell', async () => {
    const values = [
      ['Titel', null, null],
      ['Nr', 'Interventie', 'Begroot'],
      [1, 'Taalklas', 100],
    ];
    const { sheet } = await read({ name: 'Begroting', values, merges: ['A1:XFD1', 'C3:D4', 'A4:B1048576'] });
    // C3:D4 keeps only C3; A4:B1048576 starts below the used range.
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it('tells hidden rows from what the used range says, asking Excel for the visible cells only when rows are mixed', async () => {
    const values = [
      ['Nr', 'Interventie', 'Begroot'],
      [1, 'Taalklas', 100],
      [2, 'Bijles', 200],
      [3, 'Zomerschool', 300],
    ];
    const operations = (excel: { requests: ReadonlyArray<{ operations: number }> }): number =>
      excel.requests.reduce((n, r) => n + r.operations, 0);
    const mixed = await read({ name: 'Begroting', values, hiddenRows: [2], hiddenColumns: [1] });
    expect(mixed.sheet.hiddenRows).toEqual([2]);
    expect((await read({ name: 'Begroting', values, hiddenRows: [0, 1, 2, 3, 7] })).sheet.hiddenRows).toEqual([
      0, 1, 2, 3,
    ]);
    const shown = await read({ name: 'Begroting', values, hiddenRows: [5] });
    expect(shown.sheet.hiddenRows).toEqual([]);
    expect(operations(shown.excel)).toBeLessThan(operations(mixed.excel));
    // With every used column hidden Excel shows no cell at all, so its rows cannot be told apart.
    expect(
      (await read({ name: 'Begroting', values, hiddenRows: [2], hiddenColumns: [0, 1, 2] })).sheet.hiddenRows,
    ).toBeUndefined();
  });
});
