/**
 * Workbook settings (ExcelApi 1.4) live in the workbook, as JSON, and outlive the session: what
 * the add-in records there is still there after the workbook is closed and opened again, though
 * the sheet ids it may have recorded are not.
 */
import { createFakeExcel } from '..';

const KEY = 'npo-budget-checker.highlights';

describe('settings', () => {
  it('adds, reads, overwrites and deletes a setting', async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add(KEY, { fills: [{ cell: 'D28', color: null }] });
      await context.sync();
      const found = settings.getItemOrNullObject(KEY).load('key, value');
      await context.sync();
      expect([found.isNullObject, found.key, found.value]).toEqual([
        false,
        KEY,
        { fills: [{ cell: 'D28', color: null }] },
      ]);
      settings.add(KEY, 'tweede');
      const again = settings.getItem(KEY).load('value');
      await context.sync();
      expect(again.value).toBe('tweede');
      again.delete();
      const gone = settings.getItemOrNullObject(KEY);
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
  });

  it('keys are case-sensitive', async () => {
    await createFakeExcel().run(async (context) => {
      context.workbook.settings.add('Sleutel', 1);
      const other = context.workbook.settings.getItemOrNullObject('sleutel');
      await context.sync();
      expect(other.isNullObject).toBe(true);
    });
  });

  it('stores a copy: changing the object afterwards changes nothing', async () => {
    const excel = createFakeExcel();
    const record = { ids: ['a'] };
    await excel.run(async (context) => {
      context.workbook.settings.add(KEY, record);
      await context.sync();
    });
    record.ids.push('b');
    expect(excel.settings).toEqual({ [KEY]: { ids: ['a'] } });
  });

  it('refuses what JSON cannot carry', async () => {
    for (const value of [undefined, () => 1, NaN, new Map()]) {
      await expect(
        createFakeExcel().run(async (context) => {
          context.workbook.settings.add(KEY, value);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('lists settings as items', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }], settings: { a: 1, b: [2] } });
    await excel.run(async (context) => {
      const settings = context.workbook.settings.load('items/key, items/value');
      await context.sync();
      expect(settings.items.map((s) => [s.key, s.value])).toEqual([
        ['a', 1],
        ['b', [2]],
      ]);
    });
  });
});

describe('closing and opening the workbook again', () => {
  it('keeps settings, cells and formats, but gives the sheets new ids', async () => {
    const excel = createFakeExcel({
      sheets: [{ name: 'Begroting', cells: { D28: { value: 2150000, fill: '#FFC7CE' } } }],
    });
    const idBefore = excel.sheet('Begroting').id;
    await excel.run(async (context) => {
      context.workbook.settings.add(KEY, { sheetId: idBefore });
      await context.sync();
    });
    const reopened = excel.reopen();
    expect(reopened.settings).toEqual({ [KEY]: { sheetId: idBefore } });
    expect(reopened.snapshotForComparison()).toEqual(excel.snapshotForComparison());
    expect(reopened.sheet('Begroting').id).not.toBe(idBefore);
    await reopened.run(async (context) => {
      const setting = context.workbook.settings.getItem(KEY).load('value');
      const byOldId = context.workbook.worksheets.getItemOrNullObject(idBefore);
      await context.sync();
      expect(setting.value).toEqual({ sheetId: idBefore });
      expect(byOldId.isNullObject).toBe(true);
    });
  });

  it('round-trips a workbook through toData', () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: 'Blad1',
          cells: { A1: { value: 1, numberFormat: '0.00', font: { bold: true } }, A2: { formula: '=A1*2' } },
          frozen: { rows: 1, columns: 0 },
          tables: [{ name: 'T1', address: 'A1:A2' }],
          hiddenRows: [5],
        },
      ],
    });
    const copy = createFakeExcel(excel.toData());
    expect(copy.toData()).toEqual(excel.toData());
    expect(copy.sheet('Blad1').cell('A2').value).toBe(2);
  });
});
