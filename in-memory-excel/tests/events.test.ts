/**
 * Worksheet onChanged: registered and removed at a sync of the context that added it, fired
 * asynchronously after a sync (or a user's edit) that changed cell contents, never for
 * formatting, and not for failed syncs.
 */
import { createFakeExcel, type FakeExcel, type FakeWorksheetChangedEventArgs } from '..';

const workbook = (options: Parameters<typeof createFakeExcel>[1] = {}) =>
  createFakeExcel(
    {
      sheets: [
        {
          name: 'Begroting',
          values: [
            ['Interventie', 'Begroot'],
            ['Taalklas', 1000],
            ['Totaal', null],
          ],
          cells: { B3: { formula: '=SUM(B2:B2)' } },
        },
        { name: 'Notities', values: [['vrij']] },
      ],
    },
    options,
  );

/** Registers a handler on the sheet and returns what it receives, and the registration. */
async function watch(excel: FakeExcel, sheet = 'Begroting') {
  const received: FakeWorksheetChangedEventArgs[] = [];
  const registration = await excel.run(async (context) => {
    const result = context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
      received.push(args as unknown as FakeWorksheetChangedEventArgs);
    });
    await context.sync();
    return result;
  });
  return { received, registration };
}

const plain = (args: FakeWorksheetChangedEventArgs) => ({ ...args });

describe('worksheet onChanged', () => {
  it('fires after a sync that wrote values, once per write, with the local address', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting');
      sheet.getRange('B2').values = [[1200]];
      sheet.getRange('A4:B4').formulas = [['Extra', '=B2*2']];
      await context.sync();
      // Events come after the sync has answered, not inside it.
      expect(received).toEqual([]);
    });
    await excel.eventsSettled();
    const worksheetId = excel.sheet('Begroting').id;
    expect(received.map(plain)).toEqual([
      { type: 'WorksheetChanged', worksheetId, address: 'B2', changeType: 'RangeEdited', source: 'Local' },
      { type: 'WorksheetChanged', worksheetId, address: 'A4:B4', changeType: 'RangeEdited', source: 'Local' },
    ]);
  });

  it('fires when a user types into a cell, which Excel reads as typed input', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    excel.sheet('Begroting').editCell('B2', '1500');
    excel.sheet('Begroting').editCell('A5', '€ 40.171,-');
    await excel.eventsSettled();
    expect(received.map((a) => a.address)).toEqual(['B2', 'A5']);
    expect(excel.sheet('Begroting').cell('B2').value).toBe(1500);
    expect(excel.sheet('Begroting').cell('B3').value).toBe(1500);
    expect(excel.sheet('Begroting').cell('A5')).toMatchObject({ value: '€ 40.171,-', valueType: 'String' });
  });

  it('refuses a user edit on a protected sheet, and then fires nothing', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    excel.protect('Begroting');
    expect(() => excel.sheet('Begroting').editCell('B2', 5)).toThrow(expect.objectContaining({ code: 'AccessDenied' }));
    await excel.eventsSettled();
    expect(received).toEqual([]);
    expect(excel.sheet('Begroting').cell('B2').value).toBe(1000);
  });

  it('does not fire for formatting, for arranging cells with setCell, or for another sheet', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Begroting').getRange('B2');
      range.format.fill.color = '#FFC7CE';
      range.format.font.bold = true;
      range.numberFormat = [['0.00']];
      range.format.fill.clear();
      context.workbook.worksheets.getItem('Notities').getRange('A1').values = [['anders']];
      await context.sync();
    });
    excel.sheet('Begroting').setCell('B2', { value: 900 });
    await excel.eventsSettled();
    expect(received).toEqual([]);
  });

  it('fires for contents cleared, but not for formats cleared', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting');
      sheet.getRange('A1:B1').clear('Formats');
      sheet.getRange('A2').clear('Contents');
      await context.sync();
    });
    await excel.eventsSettled();
    expect(received.map((a) => a.address)).toEqual(['A2']);
  });

  it('fires nothing for a sync that failed and was undone', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    excel.failNextSync('GeneralException', { afterOperations: 1 });
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Begroting');
        sheet.getRange('B2').values = [[1]];
        sheet.getRange('B2').values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    await excel.eventsSettled();
    expect(received).toEqual([]);
  });

  it('with partialFailure, fires for the writes Excel kept before the failing one', async () => {
    const excel = workbook({ partialFailure: true });
    const { received } = await watch(excel);
    excel.failNextSync('GeneralException', { afterOperations: 1 });
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Begroting');
        sheet.getRange('B2').values = [[1]];
        sheet.getRange('A2').values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    await excel.eventsSettled();
    expect(received.map((a) => a.address)).toEqual(['B2']);
  });

  it('registers only at a sync: a handler added in a failed sync never fires', async () => {
    const excel = workbook();
    const received: unknown[] = [];
    excel.failNextSync('GeneralException');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Begroting').onChanged.add(async (args) => {
          received.push(args);
        });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.changeHandlerCount()).toBe(0);
    excel.sheet('Begroting').editCell('B2', 1);
    await excel.eventsSettled();
    expect(received).toEqual([]);
  });

  it('refuses a handler on a sheet that does not exist, at the sync', async () => {
    const excel = workbook();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Bestaat niet').onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('stops after remove() and a sync of the context that added the handler, also after its batch ended', async () => {
    const excel = workbook();
    const { received, registration } = await watch(excel);
    expect(excel.changeHandlerCount('Begroting')).toBe(1);
    registration.remove();
    // Not yet removed: removal travels with the next sync of that context.
    expect(excel.changeHandlerCount('Begroting')).toBe(1);
    await registration.context.sync();
    expect(excel.changeHandlerCount('Begroting')).toBe(0);
    registration.remove();
    excel.sheet('Begroting').editCell('B2', 7);
    await excel.eventsSettled();
    expect(received).toEqual([]);
  });

  it('removes a handler by function through onChanged.remove', async () => {
    const excel = workbook();
    const received: unknown[] = [];
    const handler = async (args: unknown) => {
      received.push(args);
    };
    await excel.run(async (context) => {
      const onChanged = context.workbook.worksheets.getItem('Begroting').onChanged;
      onChanged.add(handler);
      await context.sync();
      onChanged.remove(handler);
      await context.sync();
    });
    excel.sheet('Begroting').editCell('B2', 7);
    await excel.eventsSettled();
    expect(received).toEqual([]);
  });

  it('still refuses a finished batch’s context anything but a handler removal', async () => {
    const excel = workbook();
    const { registration } = await watch(excel);
    await expect(registration.context.sync()).rejects.toMatchObject({ code: 'InvalidRequestContext' });
  });

  it('reports a handler that failed to whoever waits for the events, instead of dropping it', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Begroting').onChanged.add(async () => {
        throw new Error('handler kapot');
      });
      await context.sync();
    });
    excel.sheet('Begroting').editCell('B2', 1);
    await expect(excel.eventsSettled()).rejects.toThrow('handler kapot');
    await expect(excel.eventsSettled()).resolves.toBeUndefined();
  });

  it('gives event data that fails loudly on members it does not model', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    excel.sheet('Begroting').editCell('B2', 1);
    await excel.eventsSettled();
    expect(() => (received[0] as unknown as { details: unknown }).details).toThrow(
      expect.objectContaining({ code: 'NotImplemented' }),
    );
    expect(JSON.parse(JSON.stringify(received[0]))).toMatchObject({ address: 'B2' });
  });

  it('forgets handlers when the workbook is reopened', async () => {
    const excel = workbook();
    await watch(excel);
    expect(excel.reopen().changeHandlerCount()).toBe(0);
  });
});

describe('a link', () => {
  it('fires onChanged when its text is written into the cell, not when it is put on a cell that keeps its text', async () => {
    const excel = workbook();
    const { received } = await watch(excel);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting');
      sheet.getRange('A2').hyperlink = { documentReference: "'Notities'!A1" };
      sheet.getRange('C2').hyperlink = { documentReference: "'Notities'!A1", textToDisplay: 'Naar de notities' };
      await context.sync();
    });
    await excel.eventsSettled();
    expect(received.map((a) => a.address)).toEqual(['C2']);
  });
});

describe('a user clicking', () => {
  it('activates a sheet and selects a range on it, as clicking its tab and cells does', () => {
    const excel = workbook();
    excel.select('Notities', 'B2:C3');
    expect(excel.selection).toEqual({ sheet: 'Notities', address: 'B2:C3' });
    excel.select('Begroting');
    expect(excel.selection).toEqual({ sheet: 'Begroting', address: 'A1' });
    expect(excel.activeSheet).toBe('Begroting');
  });

  it('cannot click a hidden sheet or an address that is not one', () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Zichtbaar' }, { name: 'Verborgen', visibility: 'Hidden' }] });
    expect(() => excel.select('Verborgen')).toThrow(/hidden/);
    expect(() => excel.select('Zichtbaar', 'Zichtbaar!A1')).toThrow(/local A1 address/);
    expect(excel.activeSheet).toBe('Zichtbaar');
  });
});
