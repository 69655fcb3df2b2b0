/**
 * Ranges: what a write makes of its input (Excel treats it as typing, so `=...` becomes a formula
 * unless the cell is formatted as text), the shapes Excel accepts, and what reads return.
 */
import { createFakeExcel, type FakeExcel } from '..';

const blank = () => createFakeExcel({ sheets: [{ name: 'Blad1' }] });

async function write(excel: FakeExcel, address: string, set: (range: Excel.Range) => void): Promise<void> {
  await excel.run(async (context) => {
    set(context.workbook.worksheets.getItem('Blad1').getRange(address));
    await context.sync();
  });
}

async function read<K extends 'values' | 'formulas' | 'valueTypes' | 'numberFormat' | 'text' | 'address'>(
  excel: FakeExcel,
  address: string,
  property: K,
): Promise<Excel.Range[K]> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Blad1').getRange(address).load(property);
    await context.sync();
    return range[property];
  });
}

describe('writing values: Excel reads them as typed input', () => {
  it('turns a string starting with = into a formula: formula injection', async () => {
    const excel = blank();
    await write(excel, 'A1:B1', (r) => (r.values = [[2, '=A1*2']]));
    expect(excel.sheet('Blad1').cell('B1')).toMatchObject({ formula: '=A1*2', value: 4, valueType: 'Double' });
  });

  it('keeps it as text in a cell formatted as text (@), which is how the adapter must write user text', async () => {
    const excel = blank();
    await write(excel, 'A1:B1', (r) => {
      r.numberFormat = [['@', '@']];
      r.values = [['=HYPERLINK("http://x")', '1250']];
    });
    expect(excel.sheet('Blad1').cell('A1')).toMatchObject({ value: '=HYPERLINK("http://x")', valueType: 'String' });
    expect(excel.sheet('Blad1').cell('A1').formula).toBeUndefined();
    expect(excel.sheet('Blad1').cell('B1')).toMatchObject({ value: '1250', valueType: 'String' });
  });

  it('also makes formulas of text starting with + or - that is no number', async () => {
    const excel = blank();
    await write(excel, 'A1:C1', (r) => (r.values = [['-Kosten', '+A9', '-12.5']]));
    expect(excel.sheet('Blad1').cell('A1')).toMatchObject({ formula: '=-Kosten', value: '#NAME?', valueType: 'Error' });
    expect(excel.sheet('Blad1').cell('B1')).toMatchObject({ formula: '=+A9', value: 0 });
    expect(excel.sheet('Blad1').cell('C1')).toMatchObject({ value: -12.5, valueType: 'Double' });
  });

  it('turns numbers, percentages, TRUE/FALSE, error literals and ISO dates in strings into values', async () => {
    const excel = blank();
    await write(excel, 'A1:F1', (r) => (r.values = [['1250.5', '1,250', '12%', 'true', '#N/A', '2021-07-01']]));
    expect(await read(excel, 'A1:F1', 'values')).toEqual([[1250.5, 1250, 0.12, true, '#N/A', 44378]]);
    expect(await read(excel, 'A1:F1', 'valueTypes')).toEqual([
      ['Double', 'Double', 'Double', 'Boolean', 'Error', 'Double'],
    ]);
    expect(await read(excel, 'C1', 'numberFormat')).toEqual([['0%']]);
  });

  it('leaves Dutch notation as text, as the en-US parsing of values does', async () => {
    const excel = blank();
    await write(excel, 'A1:B1', (r) => (r.values = [['€ 2.138.509,64', '1.250,00']]));
    expect(await read(excel, 'A1:B1', 'valueTypes')).toEqual([['String', 'String']]);
  });

  it("takes a leading apostrophe as 'text, this is text' and drops it", async () => {
    const excel = blank();
    await write(excel, 'A1', (r) => (r.values = [["'=1+1"]]));
    expect(excel.sheet('Blad1').cell('A1')).toMatchObject({ value: '=1+1', valueType: 'String' });
  });

  it('leaves null elements alone and clears with an empty string', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Blad1', values: [['a', 'b', 'c']] }] });
    await write(excel, 'A1:C1', (r) => (r.values = [[null, '', 'C']]));
    expect(excel.sheet('Blad1').values('A1:C1')).toEqual([['a', '', 'C']]);
  });
});

describe('shapes', () => {
  it('refuses an array of the wrong shape with InvalidArgument at sync', async () => {
    const excel = blank();
    for (const values of [[[1, 2]], [[1], [2], [3]], [[1, 2], [3]], [[1]]]) {
      await expect(write(excel, 'A1:B2', (r) => (r.values = values))).rejects.toMatchObject({
        code: 'InvalidArgument',
        debugInfo: { errorLocation: 'Range.values' },
      });
    }
    expect(excel.snapshotForComparison()).toEqual({ Blad1: {} });
  });

  it('applies a single non-array value to every cell, as Microsoft documents', async () => {
    const excel = blank();
    await write(excel, 'A1:B2', (r) => {
      (r as unknown as { numberFormat: string }).numberFormat = '0.00';
      (r as unknown as { values: number }).values = 7;
    });
    expect(excel.sheet('Blad1').values('A1:B2')).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(excel.sheet('Blad1').cell('B2').numberFormat).toBe('0.00');
  });

  it('refuses NaN and objects as cell values', async () => {
    const excel = blank();
    await expect(write(excel, 'A1', (r) => (r.values = [[NaN]]))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(write(excel, 'A1', (r) => (r.values = [[{ bedrag: 1 }]]))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
  });

  it('refuses addresses and indexes off the sheet', async () => {
    const excel = blank();
    await expect(write(excel, 'XFE1', (r) => (r.values = [[1]]))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRangeByIndexes(0, 0, 0, 1).load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('reads', () => {
  const filled = () =>
    createFakeExcel({
      sheets: [
        {
          name: 'Begroting 2021',
          cells: {
            C5: { value: 'Taalklas' },
            D5: { value: 145000, numberFormat: '#,##0.00' },
            D6: { value: '1.250,00' },
            D7: { error: '#REF!' },
            D8: { formula: '=SUM(D5:D7)', error: '#REF!' },
            F9: { fill: '#FFFF00' },
          },
        },
      ],
    });

  it('gives address, position and size; sheet names with spaces are quoted', async () => {
    await filled().run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Begroting 2021')
        .getRange('$D$5:E6')
        .load('address, rowIndex, columnIndex, rowCount, columnCount, cellCount');
      await context.sync();
      expect([
        range.address,
        range.rowIndex,
        range.columnIndex,
        range.rowCount,
        range.columnCount,
        range.cellCount,
      ]).toEqual(["'Begroting 2021'!D5:E6", 4, 3, 2, 2, 4]);
    });
  });

  it('gives values, formulas, number formats and value types as 2D arrays', async () => {
    await filled().run(async (context) => {
      const range = context.workbook.worksheets
        .getItem('Begroting 2021')
        .getRange('D5:D8')
        .load('values, formulas, numberFormat, valueTypes');
      await context.sync();
      expect(range.values).toEqual([[145000], ['1.250,00'], ['#REF!'], ['#REF!']]);
      expect(range.formulas).toEqual([[145000], ['1.250,00'], ['#REF!'], ['=SUM(D5:D7)']]);
      expect(range.numberFormat).toEqual([['#,##0.00'], ['General'], ['General'], ['General']]);
      expect(range.valueTypes).toEqual([['Double'], ['String'], ['Error'], ['Error']]);
    });
  });

  it('finds the used range, with or without formatting-only cells', async () => {
    await filled().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting 2021');
      const all = sheet.getUsedRange().load('address');
      const valuesOnly = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect([all.address, valuesOnly.address]).toEqual(["'Begroting 2021'!C5:F9", "'Begroting 2021'!C5:D8"]);
    });
  });

  it('a blank sheet has A1 as used range, or a null object', async () => {
    await blank().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      const used = sheet.getUsedRange().load('address');
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect([used.address, orNull.isNullObject]).toEqual(['Blad1!A1', true]);
    });
  });

  it('navigates with getCell, getResizedRange, getOffsetRange, getRow and getColumn', async () => {
    await filled().run(async (context) => {
      const base = context.workbook.worksheets.getItem('Begroting 2021').getRange('C5:D8');
      const ranges = [
        base.getCell(1, 1),
        base.getResizedRange(1, 0),
        base.getOffsetRange(0, 2),
        base.getRow(3),
        base.getColumn(0),
        base.getLastCell(),
      ];
      ranges.forEach((r) => r.load('address'));
      await context.sync();
      expect(ranges.map((r) => r.address.split('!')[1])).toEqual(['D6', 'C5:D9', 'E5:F8', 'C8:D8', 'C5:C8', 'D8']);
    });
  });

  it('gives text for General and text formats, and fails loudly for formats it cannot render', async () => {
    const excel = filled();
    expect(
      await excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Begroting 2021').getRange('C5:C6').load('text');
        await context.sync();
        return range.text;
      }),
    ).toEqual([['Taalklas'], ['']]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Begroting 2021').getRange('D5').load('text');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotImplemented' });
  });

  it('refuses to read more than 5 million cells at once', async () => {
    await expect(
      blank().run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('A:F').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });
});

describe('other range operations', () => {
  it('clears contents, formats or all', async () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: 'Blad1',
          cells: {
            A1: { value: 1, fill: '#FF0000' },
            B1: { value: 2, fill: '#FF0000' },
            C1: { value: 3, fill: '#FF0000' },
          },
        },
      ],
    });
    await write(excel, 'A1', (r) => r.clear('Contents'));
    await write(excel, 'B1', (r) => r.clear('Formats'));
    await write(excel, 'C1', (r) => r.clear());
    expect(excel.snapshotForComparison()).toEqual({ Blad1: { A1: { fill: '#FF0000' }, B1: { value: 2 } } });
  });

  it('sets a hyperlink whose text is shown as typed, never as a formula', async () => {
    const excel = blank();
    await write(
      excel,
      'A1',
      (r) => (r.hyperlink = { documentReference: "'Begroting 2021'!D28", textToDisplay: '=D28' }),
    );
    expect(excel.sheet('Blad1').cell('A1')).toMatchObject({
      value: '=D28',
      valueType: 'String',
      hyperlink: { documentReference: "'Begroting 2021'!D28", textToDisplay: '=D28' },
    });
    expect(excel.sheet('Blad1').cell('A1').formula).toBeUndefined();
  });

  it('hides rows and reads rowHidden as true, false or null for a mix', async () => {
    const excel = blank();
    await write(excel, 'A2:A3', (r) => (r.rowHidden = true));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      const ranges = ['A2:A3', 'A1', 'A1:A2'].map((a) => sheet.getRange(a).load('rowHidden'));
      await context.sync();
      expect(ranges.map((r) => r.rowHidden)).toEqual([true, false, null]);
    });
    expect(excel.sheet('Blad1').isRowHidden(1)).toBe(true);
  });
});
