/**
 * The proxy rules every Office.js object follows, and which the fake must enforce so a test
 * cannot pass where Excel would throw: load + sync before reading, queued writes, null objects,
 * and nothing outside the modelled surface.
 */
import { createFakeExcel } from '..';

const budget = () =>
  createFakeExcel({
    sheets: [
      {
        name: 'Begroting',
        values: [
          ['Interventie', 'Begroot', 'Benut'],
          ['Taalklas', 1000, 800],
          ['Huiswerkbegeleiding', 2500, 2600],
        ],
      },
    ],
  });

describe('reading before load and sync', () => {
  it('throws PropertyNotLoaded for a property that was never loaded', async () => {
    const excel = budget();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Begroting').getRange('A1:C3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded', name: 'RichApi.Error' }));
      range.load('values');
      // Loaded but not yet synced: still not there.
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['Interventie', 'Begroot', 'Benut'],
        ['Taalklas', 1000, 800],
        ['Huiswerkbegeleiding', 2500, 2600],
      ]);
      // Only what was loaded.
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('names the property in the error', async () => {
    await budget().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting');
      expect(() => sheet.name).toThrow(/'Worksheet\.name' is not available/);
    });
  });

  it('takes a comma list, an array, { select, expand } and nested objects', async () => {
    await budget().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting');
      const a = sheet.getRange('B2').load('values, address');
      const b = sheet.getRange('B2').load(['rowIndex', 'columnIndex']);
      const c = sheet.getRange('B2').load({ select: 'values, format/fill/color', expand: 'format/font' });
      const d = sheet.getRange('B2').load({ values: true, format: { fill: { pattern: true } } });
      await context.sync();
      expect([a.values, a.address]).toEqual([[[1000]], 'Begroting!B2']);
      expect([b.rowIndex, b.columnIndex]).toEqual([1, 1]);
      expect([c.values, c.format.fill.color, c.format.font.bold, c.format.font.size]).toEqual([
        [[1000]],
        '#FFFFFF',
        false,
        11,
      ]);
      expect([d.values, d.format.fill.pattern]).toEqual([[[1000]], 'None']);
    });
  });

  it('snapshots loaded values at their place in the sync: later writes do not show', async () => {
    await budget().run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Begroting').getRange('B2');
      cell.load('values');
      cell.values = [[1234]];
      const after = context.workbook.worksheets.getItem('Begroting').getRange('B2').load('values');
      await context.sync();
      expect(cell.values).toEqual([[1000]]);
      expect(after.values).toEqual([[1234]]);
    });
  });

  it('returns fresh arrays: changing what was read changes nothing in the workbook', async () => {
    const excel = budget();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Begroting').getRange('B2').load('values');
      await context.sync();
      (range.values[0] as unknown[])[0] = 99;
    });
    expect(excel.sheet('Begroting').cell('B2').value).toBe(1000);
  });
});

describe('writes', () => {
  it('are queued until sync, then applied in order', async () => {
    const excel = budget();
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Begroting').getRange('B2');
      cell.values = [[1]];
      cell.values = [[2]];
      expect(excel.sheet('Begroting').cell('B2').value).toBe(1000);
      await context.sync();
      expect(excel.sheet('Begroting').cell('B2').value).toBe(2);
    });
  });

  it('keep the value set on the proxy, as Office.js does, not what Excel made of it', async () => {
    await budget().run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Begroting').getRange('D1');
      cell.values = [['12']];
      expect(cell.values).toEqual([['12']]);
      const reread = context.workbook.worksheets.getItem('Begroting').getRange('D1').load('values');
      await context.sync();
      expect(reread.values).toEqual([[12]]);
    });
  });

  it('that were still queued when the batch ends are sent by run itself', async () => {
    const excel = budget();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Begroting').getRange('D1').values = [['klaar']];
    });
    expect(excel.sheet('Begroting').cell('D1').value).toBe('klaar');
    expect(excel.syncCount).toBe(1);
  });
});

describe('objects that may not exist', () => {
  it('getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    const excel = budget();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Bestaat niet');
        sheet.getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'WorksheetCollection.getItem' } });
  });

  it('getItemOrNullObject gives an object whose isNullObject is known after sync, without a load', async () => {
    await budget().run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Bestaat niet');
      const present = context.workbook.worksheets.getItemOrNullObject('begroting');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('a null object loads null and refuses writes', async () => {
    const excel = budget();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Bestaat niet');
      missing.load('name');
      await context.sync();
      expect(missing.name).toBeNull();
      missing.getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});

describe('the modelled surface', () => {
  it('throws NotImplemented, naming the member, for anything else', async () => {
    await budget().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Begroting').getRange('A1') as unknown as Record<
        string,
        unknown
      >;
      expect(() => range.valuesAsJson).toThrow(
        expect.objectContaining({ code: 'NotImplemented', message: expect.stringContaining('Range.valuesAsJson') }),
      );
      expect(() => {
        range.style = 'Good';
      }).toThrow(expect.objectContaining({ code: 'NotImplemented' }));
      expect(() => (context as unknown as Record<string, unknown>).application).toThrow(
        expect.objectContaining({ code: 'NotImplemented' }),
      );
      expect(() => (range as unknown as { load(p: string): void }).load('numberFormatLocal')).toThrow(
        /Range\.numberFormatLocal/,
      );
    });
  });

  it('can be awaited and printed without tripping over probes', async () => {
    const excel = budget();
    const sheet = await excel.run(async (context) => context.workbook.worksheets.getItem('Begroting').load('name'));
    expect(sheet.name).toBe('Begroting');
    expect(JSON.stringify(sheet)).toBe('{"name":"Begroting"}');
  });

  it('refuses work on objects of a batch that has finished', async () => {
    const excel = budget();
    const range = await excel.run(async (context) => context.workbook.worksheets.getItem('Begroting').getRange('A1'));
    expect(() => {
      range.values = [['te laat']];
    }).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });

  it('has the shape of Excel.run, so the adapter takes it as it takes the real one', () => {
    const run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = budget().run;
    expect(typeof run).toBe('function');
  });

  it('insists the batch returns a promise, as Excel.run does', async () => {
    const excel = budget();
    const notAsync = (() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>;
    await expect(excel.run(notAsync)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  it('gives every object its context, the one passed to the batch', async () => {
    await budget().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting').load('name');
      expect(sheet.context).toBe(context);
      await sheet.context.sync();
      expect(sheet.name).toBe('Begroting');
    });
  });

  it('settles a ClientResult only at sync', async () => {
    await budget().run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});
