/**
 * Every sample the ExcelJS adapter reads can be opened in the fake as a workbook in Excel: the
 * API then reads the same values, formulas and number formats the file holds, and reading leaves
 * the workbook exactly as it was.
 */
import path from 'node:path';
import { address, type Cell, type WorkbookSnapshot } from '../../src/engine/grid';
import { createFakeExcel, fakeWorkbookFromSnapshot, type FakeExcel } from '..';
import { readApis, readWorkbook } from '../../src/office/read';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const SAMPLE = path.resolve(__dirname, '../../samples/hilversum-2021-begroting.xlsx');

/** What Range.values shows for a snapshot cell. */
function shown(cell: Cell | undefined): unknown {
  if (!cell) return '';
  return cell.kind === 'text' && cell.formula !== undefined && cell.value === '' ? undefined : cell.value;
}

describe('the Hilversum 2021 sample opened in the fake', () => {
  let snapshot: WorkbookSnapshot;
  let excel: FakeExcel;
  beforeAll(async () => {
    snapshot = await readWorkbookFile(SAMPLE);
    excel = createFakeExcel(fakeWorkbookFromSnapshot(snapshot));
  });

  it('has the same sheets', () => {
    expect(excel.sheetNames).toEqual(snapshot.sheets.map((s) => s.name));
  });

  it('reads through getUsedRange the values, formulas and number formats of the file', async () => {
    const sheet = snapshot.sheets.find((s) => s.name === 'Begroting 2021')!;
    const used = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet.name).getUsedRange(true);
      range.load('rowIndex, columnIndex, rowCount, columnCount, values, formulas, numberFormat');
      await context.sync();
      return range;
    });
    let compared = 0;
    for (let r = 0; r < used.rowCount; r++) {
      for (let c = 0; c < used.columnCount; c++) {
        const cell = sheet.rows[used.rowIndex + r]?.[used.columnIndex + c];
        const where = address(used.rowIndex + r, used.columnIndex + c);
        const expected = shown(cell);
        if (expected !== undefined) expect({ where, value: used.values[r]![c] }).toEqual({ where, value: expected });
        expect({ where, formula: used.formulas[r]![c] }).toEqual({
          where,
          formula: cell?.formula ?? cell?.value ?? '',
        });
        expect({ where, format: used.numberFormat[r]![c] }).toEqual({ where, format: cell?.format ?? 'General' });
        compared += 1;
      }
    }
    const nonEmpty = sheet.rows.reduce((n, row) => n + (row?.filter((c) => c !== undefined).length ?? 0), 0);
    expect(compared).toBeGreaterThanOrEqual(nonEmpty);
    // The used range is exactly the cells the file fills: its first row and column hold something.
    expect(sheet.rows[used.rowIndex]?.some((c) => c !== undefined)).toBe(true);
    expect(sheet.rows.some((row) => row?.[used.columnIndex] !== undefined)).toBe(true);
  });

  it('has no fills: the snapshot knows none', () => {
    const cells = Object.values(excel.snapshotForComparison()).flatMap((sheet) => Object.values(sheet));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((c) => c.fill !== undefined)).toEqual([]);
  });

  it('is left exactly as it was by reading everything', async () => {
    const fresh = createFakeExcel(fakeWorkbookFromSnapshot(snapshot));
    const before = fresh.snapshotForComparison();
    await fresh.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      for (const s of sheets.items)
        s.getUsedRange().load('values, formulas, numberFormat, valueTypes, format/fill/color');
      await context.sync();
    });
    expect(fresh.snapshotForComparison()).toEqual(before);
    expect(fresh.syncCount).toBe(2);
  });
});

describe.each(['hilversum-2021-begroting.xlsx', 'hilversum-2023-stand.xlsx', 'voerendaal-2021.xlsx'])(
  'the formulas of %s',
  (file) => {
    it('compute in the fake to the results the file holds', async () => {
      const snapshot = await readWorkbookFile(path.resolve(__dirname, '../../samples', file));
      const excel = createFakeExcel(fakeWorkbookFromSnapshot(snapshot));
      const formulas = snapshot.sheets.flatMap((sheet) =>
        sheet.rows.flatMap((row, r) =>
          (row ?? []).flatMap((cell, c) =>
            cell?.formula ? [{ sheet: sheet.name, at: address(r, c), formula: cell.formula, value: cell.value }] : [],
          ),
        ),
      );
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) excel.sheet(f.sheet).setCell(f.at, { formula: f.formula });
      expect(formulas.map((f) => ({ ...f, value: excel.sheet(f.sheet).cell(f.at).value }))).toEqual(formulas);
    });
  },
);

describe('a snapshot with hidden rows and merged areas', () => {
  it('opens as a workbook the Office.js adapter reads back the same', async () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        {
          name: 'Begroting',
          rows: [
            [
              { kind: 'text', value: 'Doel' },
              { kind: 'text', value: 'Begroot' },
            ],
            [
              { kind: 'text', value: 'VVE' },
              { kind: 'number', value: 100 },
            ],
            [undefined, { kind: 'number', value: 200 }],
          ],
          hiddenRows: [2],
          merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
        },
      ],
    };
    const excel = createFakeExcel(fakeWorkbookFromSnapshot(snapshot));
    expect(excel.sheet('Begroting').merges).toEqual(['A2:A3']);
    const { snapshot: read } = await readWorkbook(excel.run, { apis: readApis(() => true) });
    expect(read).toEqual(snapshot);
  });
});
