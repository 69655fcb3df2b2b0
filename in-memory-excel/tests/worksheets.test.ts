/**
 * Worksheets as Excel keeps them: name rules, ids that survive renames, the collection walk the
 * adapter reads with, protection of a sheet and of the workbook's structure, freeze panes and
 * custom properties.
 */
import { createFakeExcel } from '..';

const twoSheets = () =>
  createFakeExcel({
    sheets: [
      {
        name: 'Begroting 2021',
        values: [
          ['Interventie', 'Begroot'],
          ['Taalklas', 1000],
        ],
      },
      { name: 'Instellingen', values: [['Plafond', 2138509.64]] },
    ],
  });

async function addSheet(excel: ReturnType<typeof twoSheets>, name: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

describe('sheet names', () => {
  it.each([
    ['', 'InvalidArgument'],
    ['x'.repeat(32), 'InvalidArgument'],
    ['Doel 1: Bovenschools', 'InvalidArgument'],
    ['Q1/Q2', 'InvalidArgument'],
    ['Wat?', 'InvalidArgument'],
    ['Alles*', 'InvalidArgument'],
    ['[Concept]', 'InvalidArgument'],
    ['A\\B', 'InvalidArgument'],
    ["'Citaat", 'InvalidArgument'],
    ["Citaat'", 'InvalidArgument'],
    ['History', 'InvalidArgument'],
    ['begroting 2021', 'ItemAlreadyExists'],
  ])('refuses %j with %s', async (name, code) => {
    const excel = twoSheets();
    await expect(addSheet(excel, name)).rejects.toMatchObject({ code });
    expect(excel.sheetNames).toEqual(['Begroting 2021', 'Instellingen']);
  });

  it.each(['x'.repeat(31), "Doel 1 (Bovenschools) - '21", 'NPO Overzicht', 'Été'])('accepts %j', async (name) => {
    const excel = twoSheets();
    await addSheet(excel, name);
    expect(excel.sheetNames).toEqual(['Begroting 2021', 'Instellingen', name]);
  });

  it('renames, comparing without regard to case except with itself', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Instellingen').name = 'INSTELLINGEN';
      await context.sync();
    });
    expect(excel.sheetNames).toEqual(['Begroting 2021', 'INSTELLINGEN']);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('INSTELLINGEN').name = 'Begroting 2021';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists', debugInfo: { errorLocation: 'Worksheet.name' } });
  });
});

describe('the collection', () => {
  it('lists items with name, id, position and visibility', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name, items/id, items/position, items/visibility');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ['Begroting 2021', 0, 'Visible'],
        ['Instellingen', 1, 'Visible'],
      ]);
      expect(sheets.items.map((s) => s.id)).toEqual([excel.sheet('Begroting 2021').id, excel.sheet('Instellingen').id]);
    });
  });

  it('adds at the end without activating; the id stays through renames and moves', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add('NPO tijdelijk');
      added.load('id, position');
      await context.sync();
      expect(added.position).toBe(2);
      expect(excel.activeSheet).toBe('Begroting 2021');
      const id = added.id;
      added.name = 'NPO Overzicht';
      added.position = 0;
      const again = context.workbook.worksheets.getItem('NPO Overzicht').load('id, position');
      await context.sync();
      expect([again.id, again.position]).toEqual([id, 0]);
      expect(excel.sheet('NPO Overzicht').id).toBe(id);
    });
  });

  it('finds a sheet by id as well as by name', async () => {
    const excel = twoSheets();
    const id = excel.sheet('Instellingen').id;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id).load('name');
      await context.sync();
      expect(sheet.name).toBe('Instellingen');
    });
  });

  it('walks the sheets with getFirst and getNextOrNullObject in one sync, as the adapter reads', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      const round = [];
      let sheet = context.workbook.worksheets.getFirst();
      for (let i = 0; i < 4; i++) {
        sheet.load('name');
        const used = sheet.getUsedRangeOrNullObject(true).load('address');
        round.push({ sheet, used });
        sheet = sheet.getNextOrNullObject();
      }
      await context.sync();
      expect(excel.syncCount).toBe(1);
      expect(round.map((r) => (r.sheet.isNullObject ? null : [r.sheet.name, r.used.address]))).toEqual([
        ['Begroting 2021', "'Begroting 2021'!A1:B2"],
        ['Instellingen', 'Instellingen!A1:B1'],
        null,
        null,
      ]);
    });
  });

  it('counts sheets, visible ones on request', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Zichtbaar' }, { name: 'Verborgen', visibility: 'Hidden' }] });
    await excel.run(async (context) => {
      const all = context.workbook.worksheets.getCount();
      const visible = context.workbook.worksheets.getCount(true);
      await context.sync();
      expect([all.value, visible.value]).toEqual([2, 1]);
    });
  });
});

describe('deleting, hiding and activating', () => {
  it('refuses to delete the only visible sheet', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Enige' }, { name: 'Verborgen', visibility: 'Hidden' }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Enige').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(excel.sheetNames).toEqual(['Enige', 'Verborgen']);
  });

  it('refuses to hide the last visible sheet', async () => {
    const excel = createFakeExcel({ sheets: [{ name: 'Enige' }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Enige').visibility = 'Hidden';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('deleting the active sheet activates the next one; a deleted sheet cannot be used again', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting 2021');
      sheet.delete();
      await context.sync();
      expect(excel.activeSheet).toBe('Instellingen');
      sheet.getRange('A1').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('activates a sheet and selects a range on it', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Instellingen');
      sheet.activate();
      sheet.getRange('B1').select();
      await context.sync();
    });
    expect(excel.activeSheet).toBe('Instellingen');
    expect(excel.selection).toEqual({ sheet: 'Instellingen', address: 'B1' });
    await excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect([selected.address, active.name]).toEqual(['Instellingen!B1', 'Instellingen']);
    });
  });
});

describe('protection', () => {
  it('a protected sheet refuses writes with AccessDenied, and reads still work', async () => {
    const excel = twoSheets();
    excel.protect('Begroting 2021');
    const before = excel.snapshotForComparison();
    const writes: Array<(range: Excel.Range) => void> = [
      (r) => (r.values = [['x']]),
      (r) => (r.formulas = [['=1+1']]),
      (r) => (r.numberFormat = [['0.00']]),
      (r) => (r.format.fill.color = '#FFFF00'),
      (r) => r.format.fill.clear(),
      (r) => (r.format.font.bold = true),
      (r) => (r.format.columnWidth = 100),
      (r) => (r.format.borders.getItem('EdgeTop').style = 'Continuous'),
      (r) => r.clear(),
      (r) => (r.hyperlink = { documentReference: 'Instellingen!A1', textToDisplay: 'Ga' }),
      (r) => r.conditionalFormats.add('DataBar'),
      (r) => r.worksheet.tables.add(r, true),
    ];
    for (const write of writes) {
      await expect(
        excel.run(async (context) => {
          write(context.workbook.worksheets.getItem('Begroting 2021').getRange('A1'));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(excel.snapshotForComparison()).toEqual(before);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting 2021');
      const range = sheet.getRange('A1:B2').load('values');
      sheet.protection.load('protected');
      await context.sync();
      expect(range.values).toEqual([
        ['Interventie', 'Begroot'],
        ['Taalklas', 1000],
      ]);
      expect(sheet.protection.protected).toBe(true);
    });
  });

  it('protect and unprotect through the API', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Instellingen').protection.protect();
      await context.sync();
    });
    expect(excel.sheet('Instellingen').isProtected).toBe(true);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Instellingen');
      sheet.protection.unprotect();
      sheet.getRange('A2').values = [['vrij']];
      await context.sync();
    });
    expect(excel.sheet('Instellingen').cell('A2').value).toBe('vrij');
  });

  it('workbook structure protection refuses adding, deleting, renaming and moving sheets', async () => {
    const excel = twoSheets();
    excel.protectStructure();
    const changes: Array<(sheets: Excel.WorksheetCollection) => void> = [
      (s) => s.add('Nieuw'),
      (s) => s.getItem('Instellingen').delete(),
      (s) => (s.getItem('Instellingen').name = 'Anders'),
      (s) => (s.getItem('Instellingen').position = 0),
      (s) => (s.getItem('Instellingen').visibility = 'Hidden'),
    ];
    for (const change of changes) {
      await expect(
        excel.run(async (context) => {
          change(context.workbook.worksheets);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(excel.sheetNames).toEqual(['Begroting 2021', 'Instellingen']);
    await excel.run(async (context) => {
      context.workbook.protection.load('protected');
      context.workbook.worksheets.getItem('Instellingen').getRange('C1').values = [['cellen mogen wel']];
      await context.sync();
      expect(context.workbook.protection.protected).toBe(true);
    });
  });
});

describe('freeze panes and custom properties', () => {
  it('freezes rows, columns or both at a range', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting 2021');
      sheet.freezePanes.freezeRows(3);
      await context.sync();
      expect(excel.sheet('Begroting 2021').frozen).toEqual({ rows: 3, columns: 0 });
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B4'));
      const location = sheet.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(excel.sheet('Begroting 2021').frozen).toEqual({ rows: 4, columns: 2 });
      expect(location.address).toBe("'Begroting 2021'!A1:B4");
      sheet.freezePanes.unfreeze();
      const none = sheet.freezePanes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  it('keeps custom properties under case-insensitive keys', async () => {
    const excel = twoSheets();
    await excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem('Instellingen').customProperties;
      props.add('NPO-rol', 'instellingen');
      await context.sync();
      const found = props.getItemOrNullObject('npo-ROL').load('key, value');
      const missing = props.getItemOrNullObject('anders');
      await context.sync();
      expect([found.key, found.value, missing.isNullObject]).toEqual(['NPO-rol', 'instellingen', true]);
    });
    expect(excel.sheet('Instellingen').customProperties).toEqual({ 'NPO-rol': 'instellingen' });
  });
});
