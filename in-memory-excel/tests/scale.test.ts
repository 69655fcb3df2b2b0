/**
 * What keeps the fake fast, shown to change nothing Excel-like: a proxy's target reused within a
 * sync only while the workbook is unchanged, the formula index kept up to date through added,
 * changed and undone formulas and renamed sheets, cells far down a sheet, and UTF-8 byte counts.
 */
import { createFakeExcel } from '..';

/** Excel's last row. */
const LAST_ROW = 1_048_576;

describe('a proxy found once in a sync', () => {
  it('is looked for again once the sync has changed the workbook', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
    const found = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const later = sheets.getItemOrNullObject('Later');
      later.load('name');
      sheets.add('Later');
      later.load('name');
      await context.sync();
      return { isNull: later.isNullObject, name: later.name };
    });
    expect(found).toEqual({ isNull: false, name: 'Later' });
  });

  it('walks 255 sheets with getNextOrNullObject in one sync, null objects included', async () => {
    const excel = createFakeExcel({
      sheets: [{ name: 'A', customProperties: { marker: 'x' } }, { name: 'B' }, { name: 'C', visibility: 'Hidden' }],
    });
    const walked = await excel.run(async (context) => {
      const found: Array<{ sheet: Excel.Worksheet; marker: Excel.WorksheetCustomProperty }> = [];
      let sheet = context.workbook.worksheets.getFirst();
      for (let i = 0; i < 255; i++) {
        sheet.load('name, id');
        sheet.tables.load('items/name');
        found.push({ sheet, marker: sheet.customProperties.getItemOrNullObject('MARKER') });
        sheet = sheet.getNextOrNullObject();
      }
      await context.sync();
      return found.map(({ sheet: s, marker }) =>
        s.isNullObject ? null : `${s.name}${marker.isNullObject ? '' : ' (marked)'} ${s.tables.items.length}`,
      );
    });
    expect(walked.slice(0, 4)).toEqual(['A (marked) 0', 'B 0', 'C 0', null]);
    expect(walked.filter((w) => w === null)).toHaveLength(252);
    expect(excel.syncCount).toBe(1);
  });
});

describe('recalculation after formulas come, change and go', () => {
  const values = (excel: ReturnType<typeof createFakeExcel>, sheet: string, address: string) =>
    excel.sheet(sheet).values(address);

  async function write(
    excel: ReturnType<typeof createFakeExcel>,
    sheet: string,
    address: string,
    formulas: unknown[][],
  ): Promise<void> {
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas;
      await context.sync();
    });
  }

  it('forgets a formula whose sync failed, and recalculates the ones that stayed', async () => {
    for (const partialFailure of [false, true]) {
      const excel = createFakeExcel({ sheets: [{ name: 'Blad1', values: [[1, 2]] }] }, { partialFailure });
      await write(excel, 'Blad1', 'C1', [['=A1*10']]);
      excel.failNextSync('GeneralException', { afterOperations: 1 });
      await expect(
        excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem('Blad1');
          sheet.getRange('D1').formulas = [['=B1+1']];
          sheet.getRange('E1').formulas = [['=B1+2']];
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'GeneralException' });
      await write(excel, 'Blad1', 'A1:B1', [[3, 4]]);
      // With partialFailure the first write stayed (and is recalculated); the second never happened.
      expect(values(excel, 'Blad1', 'C1:E1')).toEqual([[30, partialFailure ? 5 : '', '']]);
      expect(excel.sheet('Blad1').cell('E1').formula).toBeUndefined();
    }
  });

  it('follows a formula that was changed or removed, not what it read before', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1', values: [[1, 2]] }] });
    await write(excel, 'Blad1', 'C1:D1', [['=A1*10', '=A1+1']]);
    await write(excel, 'Blad1', 'C1:D1', [['=B1*10', 7]]);
    await write(excel, 'Blad1', 'A1:B1', [[5, 6]]);
    expect(values(excel, 'Blad1', 'C1:D1')).toEqual([[60, 7]]);
  });

  it('keeps formulas on their own sheet working while sheets are added and renamed', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1', values: [[1]] }] });
    await write(excel, 'Blad1', 'B1', [['=A1*2']]);
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Nieuw').name = 'Anders';
      await context.sync();
    });
    await write(excel, 'Blad1', 'A1', [[21]]);
    expect(values(excel, 'Blad1', 'B1')).toEqual([[42]]);
  });

  it('reads the sheet a formula names by its name now, after renames and additions', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Overzicht' }, { name: 'Data', values: [[1]] }] });
    await write(excel, 'Overzicht', 'A1', [['=Data!A1*2']]);
    expect(values(excel, 'Overzicht', 'A1')).toEqual([[2]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').name = 'Oud';
      await context.sync();
    });
    // The fake does not rewrite formulas on a rename: the formula still names Data, which is gone.
    await write(excel, 'Oud', 'A1', [[5]]);
    expect(values(excel, 'Overzicht', 'A1')).toEqual([[2]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Data').getRange('A1').values = [[50]];
      await context.sync();
    });
    expect(values(excel, 'Overzicht', 'A1')).toEqual([[100]]);
  });
});

describe('cells far down a sheet', () => {
  it('are written, read, cleared and saved like any other, in row order', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
    const last = LAST_ROW;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange(`B${last}`).values = [['onderaan']];
      sheet.getRange('B200000:C200000').values = [[1, '=B200000+1']];
      sheet.getRange('A3').values = [['boven']];
      await context.sync();
      const used = sheet.getUsedRange().load('address');
      const read = sheet.getRange('B199999:C200001').load('values');
      await context.sync();
      expect(used.address).toBe(`Blad1!A3:C${last}`);
      expect(read.values).toEqual([
        ['', ''],
        [1, 2],
        ['', ''],
      ]);
      sheet.getRange('B200000:C200000').clear();
      await context.sync();
    });
    expect(Object.keys(excel.snapshotForComparison().Blad1!)).toEqual(['A3', `B${last}`]);
    expect(Object.keys(excel.toData().sheets[0]!.cells!)).toEqual(['A3', `B${last}`]);
  });
});

describe('UTF-8 bytes', () => {
  it('counts two, three and four bytes for characters beyond ASCII', async () => {
    const bytesOf = async (text: string): Promise<number> => {
      const excel = createFakeExcel({ sheets: [{ name: 'Blad1' }] });
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[text]];
      });
      return excel.largestRequestBytes;
    };
    const base = await bytesOf('');
    expect((await bytesOf('é')) - base).toBe(2);
    expect((await bytesOf('€')) - base).toBe(3);
    expect((await bytesOf('😀')) - base).toBe(4);
    expect((await bytesOf('a😀é€"\n')) - base).toBe(1 + 4 + 2 + 3 + 2 + 2);
  });
});
