/**
 * Formatting as the API shows it: fills (no fill reads #FFFFFF like white, only the pattern tells
 * them apart), fonts, borders, widths, data bars, and null for a property that differs across the
 * range.
 */
import { createFakeExcel, type FakeExcel } from '..';

const colours = () =>
  createFakeExcel({
    sheets: [
      {
        name: 'Blad1',
        cells: {
          A1: { value: 'geen vulling' },
          A2: { value: 'wit', fill: '#FFFFFF' },
          A3: { value: 'geel', fill: '#ffff00' },
        },
      },
    ],
  });

async function fillOf(excel: FakeExcel, address: string): Promise<[string, string]> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Blad1').getRange(address);
    range.load('format/fill/color, format/fill/pattern');
    await context.sync();
    return [range.format.fill.color, range.format.fill.pattern];
  });
}

describe('fill', () => {
  it('reads #FFFFFF for no fill and for white; the pattern tells them apart', async () => {
    const excel = colours();
    expect(await fillOf(excel, 'A1')).toEqual(['#FFFFFF', 'None']);
    expect(await fillOf(excel, 'A2')).toEqual(['#FFFFFF', 'Solid']);
    expect(await fillOf(excel, 'A3')).toEqual(['#FFFF00', 'Solid']);
  });

  it('reads null where the cells differ', async () => {
    expect(await fillOf(colours(), 'A1:A3')).toEqual([null, null]);
    expect(await fillOf(colours(), 'A1:A2')).toEqual(['#FFFFFF', null]);
  });

  it('sets a colour (upper case #RRGGBB back), and clear() returns to no fill at all', async () => {
    const excel = colours();
    const before = excel.snapshotForComparison();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1');
      range.format.fill.color = '#ffc7ce';
      await context.sync();
      expect(excel.sheet('Blad1').fill('A1')).toBe('#FFC7CE');
      range.format.fill.clear();
      await context.sync();
    });
    expect(await fillOf(excel, 'A1')).toEqual(['#FFFFFF', 'None']);
    expect(excel.snapshotForComparison()).toEqual(before);
  });

  it('takes common colour names, and refuses what is no colour', async () => {
    const excel = colours();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('B1').format.fill.color = 'orange';
      await context.sync();
    });
    expect(excel.sheet('Blad1').fill('B1')).toBe('#FFA500');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('B1').format.fill.color = '#12345';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('pattern None removes the fill', async () => {
    const excel = colours();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A3').format.fill.pattern = 'None';
      await context.sync();
    });
    expect(excel.sheet('Blad1').fill('A3')).toBeNull();
  });
});

describe('font, borders, alignment and sizes', () => {
  it('sets and reads font bold, italic, colour and size, with Excel defaults', async () => {
    const excel = colours();
    await excel.run(async (context) => {
      const font = context.workbook.worksheets.getItem('Blad1').getRange('A1').format.font;
      font.bold = true;
      font.italic = true;
      font.color = '#595959';
      font.size = 14;
      await context.sync();
      const both = context.workbook.worksheets
        .getItem('Blad1')
        .getRange('A1:A2')
        .format.font.load('bold, italic, color, size, name');
      const plain = context.workbook.worksheets
        .getItem('Blad1')
        .getRange('A2')
        .format.font.load('bold, color, size, name');
      await context.sync();
      expect([both.bold, both.italic, both.color, both.size, both.name]).toEqual([null, null, null, null, 'Calibri']);
      expect([plain.bold, plain.color, plain.size]).toEqual([false, '#000000', 11]);
    });
    expect(excel.sheet('Blad1').cell('A1').font).toEqual({
      bold: true,
      italic: true,
      color: '#595959',
      size: 14,
      name: 'Calibri',
      underline: 'None',
    });
  });

  it('draws an edge along the range and reads it back', async () => {
    const excel = colours();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Blad1').getRange('A1:B1');
      range.format.borders.getItem('EdgeBottom').style = 'Continuous';
      const edge = range.format.borders.getItem('EdgeBottom').load('style, color');
      const top = range.format.borders.getItem('EdgeTop').load('style');
      await context.sync();
      expect([edge.style, edge.color, top.style]).toEqual(['Continuous', '#000000', 'None']);
    });
    expect(excel.sheet('Blad1').cell('B1').borders).toEqual({
      EdgeBottom: { style: 'Continuous', color: '#000000', weight: 'Thin' },
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('A1').format.borders.getItem('EdgeBottom').style =
          'Wavy' as Excel.BorderLineStyle;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('sets column widths in points and reads null across different widths', async () => {
    const excel = colours();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('B1').format.columnWidth = 120;
      const b = sheet.getRange('B1:B5').format.load('columnWidth');
      const ab = sheet.getRange('A1:B1').format.load('columnWidth, rowHeight');
      await context.sync();
      expect([b.columnWidth, ab.columnWidth, ab.rowHeight]).toEqual([120, null, 15]);
    });
    expect(excel.sheet('Blad1').columnWidth(1)).toBe(120);
  });

  it('sets the horizontal alignment', async () => {
    const excel = colours();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').format.horizontalAlignment = 'Right';
      await context.sync();
    });
    expect(excel.sheet('Blad1').cell('A1').horizontalAlignment).toBe('Right');
  });

  it('sets several properties at once with set()', async () => {
    const excel = colours();
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem('Blad1')
        .getRange('C1')
        .set({ values: [[5]], format: { fill: { color: '#D9E1F2' }, font: { bold: true } } });
      await context.sync();
    });
    expect(excel.sheet('Blad1').cell('C1')).toMatchObject({ value: 5, fill: '#D9E1F2', font: { bold: true } });
  });
});

describe('data bars', () => {
  it('adds a data bar whose colour can be set, beside the cells', async () => {
    const excel = colours();
    const cellsBefore = excel.snapshotForComparison();
    await excel.run(async (context) => {
      const format = context.workbook.worksheets.getItem('Blad1').getRange('A1:A3').conditionalFormats.add('DataBar');
      format.dataBar.positiveFormat.fillColor = '#63BE7B';
      await context.sync();
    });
    expect(excel.sheet('Blad1').dataBars).toEqual([{ address: 'A1:A3', fillColor: '#63BE7B' }]);
    expect(excel.snapshotForComparison()).toEqual(cellsBefore);
  });

  it('fails loudly for conditional formats it does not model', async () => {
    await colours().run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Blad1').getRange('A1').conditionalFormats;
      expect(() => formats.add('ColorScale')).toThrow(expect.objectContaining({ code: 'NotImplemented' }));
    });
  });
});
