/**
 * Excel tables: unique, valid names across the workbook, no overlap, and header cells turned
 * into unique text, as "Format as Table" does.
 */
import { createFakeExcel } from '..';

const withHeaders = () =>
  createFakeExcel({
    sheets: [
      {
        name: 'Doel 1',
        values: [
          ['Interventie', 'Begroot', 'Begroot', ''],
          ['Taalklas', 1000, 800, 'x'],
        ],
      },
      {
        name: 'Doel 2',
        values: [
          ['Interventie', 'Begroot'],
          ['VVE', 500],
        ],
      },
    ],
  });

describe('adding tables', () => {
  it('adds a table on a range with a default name and style, headers made unique', async () => {
    const excel = withHeaders();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Doel 1');
      const table = sheet.tables.add(sheet.getRange('A1:D2'), true);
      table.load('name, style');
      await context.sync();
      expect([table.name, table.style]).toEqual(['Table1', 'TableStyleMedium2']);
    });
    expect(excel.sheet('Doel 1').values('A1:D1')).toEqual([['Interventie', 'Begroot', 'Begroot2', 'Column4']]);
    expect(excel.sheet('Doel 1').tables).toEqual([
      { name: 'Table1', address: "'Doel 1'!A1:D2", style: 'TableStyleMedium2' },
    ]);
  });

  it('names and styles a table; names are unique in the whole workbook, without regard to case', async () => {
    const excel = withHeaders();
    await excel.run(async (context) => {
      const first = context.workbook.worksheets.getItem('Doel 1').tables.add('A1:B2', true);
      first.name = 'Doel1';
      first.style = 'TableStyleLight9';
      await context.sync();
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Doel 2').tables.add('A1:B2', true).name = 'DOEL1';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(excel.sheet('Doel 2').tables).toEqual([]);
    expect(excel.sheet('Doel 1').tables[0]).toMatchObject({ name: 'Doel1', style: 'TableStyleLight9' });
  });

  it.each(['Doel 1', '1Doel', 'A1', 'R1C1', 'C', 'Doel-1', ''])('refuses the table name %j', async (name) => {
    await expect(
      withHeaders().run(async (context) => {
        context.workbook.worksheets.getItem('Doel 1').tables.add('A1:B2', true).name = name;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses a table overlapping another', async () => {
    await expect(
      withHeaders().run(async (context) => {
        const tables = context.workbook.worksheets.getItem('Doel 1').tables;
        tables.add('A1:B2', true);
        tables.add('B1:C2', true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'MergedRangeConflict' });
  });

  it('finds tables by name through the sheet or the workbook, and renames them', async () => {
    const excel = withHeaders();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Doel 1').tables.add('A1:B2', true).name = 'Tijdelijk_ab12';
      await context.sync();
      context.workbook.worksheets.getItem('Doel 1').tables.getItem('tijdelijk_AB12').name = 'Doel1';
      const missing = context.workbook.tables.getItemOrNullObject('Tijdelijk_ab12');
      const all = context.workbook.tables.load('items/name');
      await context.sync();
      expect([missing.isNullObject, all.items.map((t) => t.name)]).toEqual([true, ['Doel1']]);
    });
  });

  it('does not model adding without headers: it fails loudly', async () => {
    await withHeaders().run(async (context) => {
      expect(() => context.workbook.worksheets.getItem('Doel 1').tables.add('A1:B2', false)).toThrow(
        expect.objectContaining({ code: 'NotImplemented' }),
      );
    });
  });
});

describe("the workbook's table collection", () => {
  it('lists the tables of every sheet by name, as the adapter loads them before naming a new one', async () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: 'Doel 1',
          values: [
            ['Interventie', 'Begroot'],
            ['Taalklas', 1000],
          ],
          tables: [{ name: 'Doel1', address: 'A1:B2' }],
        },
        {
          name: 'Doel 2',
          values: [
            ['Interventie', 'Begroot'],
            ['VVE', 500],
          ],
          tables: [{ name: 'NPO_Begroting', address: 'A1:B2' }],
        },
      ],
    });
    await excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(['Doel1', 'NPO_Begroting']);
    });
  });
});
