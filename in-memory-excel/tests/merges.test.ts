/**
 * Merged areas, hidden rows and columns, and the requirement sets they belong to: what
 * `getMergedAreasOrNullObject` and `getSpecialCellsOrNullObject('Visible')` give (and refuse), what
 * merging and unmerging do, and an Excel too old for them saying ApiNotFound.
 */
import { createFakeExcel, FakeDataError, type FakeExcelOptions, type FakeSheetData } from '..';

type Area = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

const budget = (extra: Partial<FakeSheetData> = {}, options: FakeExcelOptions = {}) =>
  createFakeExcel(
    {
      sheets: [
        {
          name: 'Begroting',
          values: [
            ['Doel', 'Interventie', 'Begroot', null, null],
            [null, null, 2022, 2023, 2024],
            ['VVE', 'Taalklas', 100, 200, 300],
            [null, 'Peuterplus', 100, 200, 300],
            [null, 'Voorleesuur', 100, 200, 300],
          ],
          merges: ['A3:A5', 'C1:E1'],
          ...extra,
        },
      ],
    },
    options,
  );

/** The merged areas Excel reports for `address`, or null for a null object. */
async function mergedAreas(
  excel: ReturnType<typeof budget>,
  address: string,
): Promise<{ address: string; areaCount: number; areas: Area[] } | null> {
  return excel.run(async (context) => {
    const merged = context.workbook.worksheets.getItem('Begroting').getRange(address).getMergedAreasOrNullObject();
    merged.load('address, areaCount');
    merged.areas.load('rowIndex, columnIndex, rowCount, columnCount');
    await context.sync();
    if (merged.isNullObject) return null;
    return {
      address: merged.address,
      areaCount: merged.areaCount,
      areas: merged.areas.items.map(({ rowIndex, columnIndex, rowCount, columnCount }) => ({
        rowIndex,
        columnIndex,
        rowCount,
        columnCount,
      })),
    };
  });
}

describe('getMergedAreasOrNullObject (ExcelApi 1.13)', () => {
  it('gives every merge whose top-left cell is in the range, whole, in reading order', async () => {
    expect(await mergedAreas(budget(), 'A1:E5')).toEqual({
      address: 'Begroting!C1:E1,Begroting!A3:A5',
      areaCount: 2,
      areas: [
        { rowIndex: 0, columnIndex: 2, rowCount: 1, columnCount: 3 },
        { rowIndex: 2, columnIndex: 0, rowCount: 3, columnCount: 1 },
      ],
    });
    // The goal merged down over A3:A5 starts in A3: asking for A3 alone still gives all of it.
    expect((await mergedAreas(budget(), 'A3'))?.areas).toEqual([
      { rowIndex: 2, columnIndex: 0, rowCount: 3, columnCount: 1 },
    ]);
  });

  it('leaves out a merge that starts outside the range, as Microsoft says Excel does (office-js#3611)', async () => {
    expect(await mergedAreas(budget(), 'A4:E5')).toBeNull();
    expect(await mergedAreas(budget(), 'D1:E5')).toBeNull();
  });

  it('is a null object where nothing is merged, and a merge over the whole sheet comes back whole', async () => {
    expect(await mergedAreas(budget({ merges: [] }), 'A1:E5')).toBeNull();
    const hostile = budget({ merges: ['A1:XFD1048576'] });
    expect((await mergedAreas(hostile, 'A1:E5'))?.areas).toEqual([
      { rowIndex: 0, columnIndex: 0, rowCount: 1_048_576, columnCount: 16_384 },
    ]);
  });

  it('refuses to read what was not loaded', async () => {
    const excel = budget();
    await excel.run(async (context) => {
      const merged = context.workbook.worksheets.getItem('Begroting').getRange('A1:E5').getMergedAreasOrNullObject();
      expect(() => merged.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(merged.isNullObject).toBe(false);
      expect(() => merged.areaCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => merged.areas.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('fails on a range holding more than 512 merged areas, as Microsoft documents', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const excel = budget({ values: [], merges });
    await expect(mergedAreas(excel, 'A1:B1026')).rejects.toMatchObject({ code: 'GeneralException' });
    expect((await mergedAreas(excel, 'A1:B1024'))?.areaCount).toBe(512);
  });

  it('is refused by an Excel before ExcelApi 1.13, which isSetSupported says', async () => {
    const excel = budget({}, { excelApi: '1.12' });
    expect(excel.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(createFakeExcel().isSetSupported('ExcelApi', '1.17')).toBe(true);
    await expect(mergedAreas(excel, 'A1:E5')).rejects.toMatchObject({
      code: 'ApiNotFound',
      debugInfo: { errorLocation: 'Range.getMergedAreasOrNullObject' },
    });
  });
});

describe('merging and unmerging', () => {
  async function onRange(
    excel: ReturnType<typeof budget>,
    address: string,
    act: (range: Excel.Range) => void,
  ): Promise<void> {
    await excel.run(async (context) => {
      act(context.workbook.worksheets.getItem('Begroting').getRange(address));
      await context.sync();
    });
  }

  it('merges a range, or each of its rows, taking in the merges inside it, and unmerges what a range touches', async () => {
    const excel = budget({ merges: ['A3:A5', 'C1:E1', 'B7:C7'] });
    await onRange(excel, 'A7:D8', (r) => r.merge());
    await onRange(excel, 'A10:C11', (r) => r.merge(true));
    expect(excel.sheet('Begroting').merges).toEqual(['C1:E1', 'A3:A5', 'A7:D8', 'A10:C10', 'A11:C11']);
    await onRange(excel, 'A4', (r) => r.unmerge());
    expect(excel.sheet('Begroting').merges).toEqual(['C1:E1', 'A7:D8', 'A10:C10', 'A11:C11']);
    // A merge is formatting: it widens the used range, not the used range of values.
    expect(excel.sheet('Begroting').usedAddress).toBe('A1:E11');
    expect(excel.reopen().sheet('Begroting').merges).toEqual(['C1:E1', 'A7:D8', 'A10:C10', 'A11:C11']);
  });

  it('refuses a protected sheet, and fails loudly where Excel’s behaviour is not modelled', async () => {
    const excel = budget({ protected: true });
    await expect(onRange(excel, 'A7:B7', (r) => r.merge())).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(onRange(excel, 'A3', (r) => r.unmerge())).rejects.toMatchObject({ code: 'AccessDenied' });
    const open = budget();
    await expect(onRange(open, 'B3:C3', (r) => r.merge())).rejects.toMatchObject({ code: 'NotImplemented' });
    await expect(onRange(open, 'A2:A3', (r) => r.merge())).rejects.toMatchObject({ code: 'NotImplemented' });
    expect(open.sheet('Begroting').merges).toEqual(['C1:E1', 'A3:A5']);
  });

  it('takes merges as workbook data only when they are areas that do not overlap', () => {
    expect(() => budget({ merges: ['A3:A5', 'A5:B6'] })).toThrow(FakeDataError);
    expect(() => budget({ merges: ['B2'] })).toThrow(FakeDataError);
  });
});

describe('hidden rows and columns, and the visible cells (ExcelApi 1.9)', () => {
  const hidden = (options: FakeExcelOptions = {}) => budget({ hiddenRows: [1, 3], hiddenColumns: [3] }, options);

  async function visibleAreas(excel: ReturnType<typeof budget>, address: string): Promise<Area[] | null> {
    return excel.run(async (context) => {
      const visible = context.workbook.worksheets
        .getItem('Begroting')
        .getRange(address)
        .getSpecialCellsOrNullObject('Visible');
      visible.areas.load('rowIndex, columnIndex, rowCount, columnCount');
      await context.sync();
      return visible.isNullObject
        ? null
        : visible.areas.items.map(({ rowIndex, columnIndex, rowCount, columnCount }) => ({
            rowIndex,
            columnIndex,
            rowCount,
            columnCount,
          }));
    });
  }

  it('reads rowHidden and columnHidden as true, false, or null for a mix', async () => {
    const excel = hidden();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting');
      const ranges = ['A2', 'A1:E1', 'A1:E5', 'D1', 'A1:C1', 'C1:E1'].map((a) =>
        sheet.getRange(a).load('rowHidden, columnHidden'),
      );
      await context.sync();
      expect(ranges.map((r) => [r.rowHidden, r.columnHidden])).toEqual([
        [true, false],
        [false, null],
        [null, null],
        [false, true],
        [false, false],
        [false, null],
      ]);
    });
  });

  it('hides columns through columnHidden, refused on a protected sheet', async () => {
    const excel = budget();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Begroting').getRange('B:C').columnHidden = true;
      await context.sync();
    });
    expect([0, 1, 2, 3].map((c) => excel.sheet('Begroting').isColumnHidden(c))).toEqual([false, true, true, false]);
    const locked = budget({ protected: true });
    await expect(
      locked.run(async (context) => {
        context.workbook.worksheets.getItem('Begroting').getRange('B:B').columnHidden = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('gives the visible cells as one area per run of shown rows and run of shown columns', async () => {
    expect(await visibleAreas(hidden(), 'A1:E5')).toEqual([
      { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 3 },
      { rowIndex: 0, columnIndex: 4, rowCount: 1, columnCount: 1 },
      { rowIndex: 2, columnIndex: 0, rowCount: 1, columnCount: 3 },
      { rowIndex: 2, columnIndex: 4, rowCount: 1, columnCount: 1 },
      { rowIndex: 4, columnIndex: 0, rowCount: 1, columnCount: 3 },
      { rowIndex: 4, columnIndex: 4, rowCount: 1, columnCount: 1 },
    ]);
    expect(await visibleAreas(budget(), 'A1:E5')).toEqual([
      { rowIndex: 0, columnIndex: 0, rowCount: 5, columnCount: 5 },
    ]);
    expect(await visibleAreas(hidden(), 'A4:E4')).toBeNull();
  });

  it('models only the Visible kind, and is refused by an Excel before ExcelApi 1.9', async () => {
    const excel = hidden();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Begroting').getRange('A1:E5').getSpecialCellsOrNullObject('Constants');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotImplemented' });
    await expect(visibleAreas(hidden({ excelApi: '1.8' }), 'A1:E5')).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('keeps hidden columns and merges when the workbook is saved and opened again', () => {
    const reopened = hidden().reopen();
    expect(reopened.toData().sheets[0]).toMatchObject({
      hiddenRows: [1, 3],
      hiddenColumns: [3],
      merges: ['C1:E1', 'A3:A5'],
    });
  });
});
