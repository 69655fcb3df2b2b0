/**
 * List data validation (ExcelApi 1.8): a drop-down per cell, checked as Excel checks the rule,
 * readable back, kept when the workbook is saved and opened again, and refused on a protected
 * sheet. Other kinds of rule are not modelled and say so.
 */
import { createFakeExcel } from '..';

const GOALS = '1 Bovenschoolse maatregelen,2 Voorschoolse periode,3 Zorg en welzijn';

const blank = () => createFakeExcel({ sheets: [{ name: 'Begroting', values: [['Interventie', 'Bestedingsdoel']] }] });

async function setRule(excel: ReturnType<typeof blank>, address: string, rule: unknown): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem('Begroting').getRange(address).dataValidation.rule =
      rule as Excel.DataValidationRule;
    await context.sync();
  });
}

describe('list data validation', () => {
  it('gives every cell of the range the drop-down, and only those cells', async () => {
    const excel = blank();
    await setRule(excel, 'B2:B100', { list: { inCellDropDown: true, source: GOALS } });
    const sheet = excel.sheet('Begroting');
    expect(sheet.dataValidation('B2')).toEqual({ list: { inCellDropDown: true, source: GOALS } });
    expect(sheet.dataValidation('B100')).toEqual({ list: { inCellDropDown: true, source: GOALS } });
    expect(sheet.dataValidation('B1')).toBeUndefined();
    expect(sheet.dataValidation('B101')).toBeUndefined();
    expect(sheet.dataValidation('C2')).toBeUndefined();
  });

  it('shows the drop-down by default, as Excel documents for inCellDropDown', async () => {
    const excel = blank();
    await setRule(excel, 'B2', { list: { source: 'ja,nee' } });
    expect(excel.sheet('Begroting').dataValidation('B2')).toEqual({ list: { inCellDropDown: true, source: 'ja,nee' } });
  });

  it('reads the rule and the type back, with None, MixedCriteria and Inconsistent as Excel names them', async () => {
    const excel = blank();
    await setRule(excel, 'B2:B3', { list: { inCellDropDown: false, source: 'ja,nee' } });
    await setRule(excel, 'C2', { list: { inCellDropDown: true, source: 'x,y' } });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Begroting');
      const list = sheet.getRange('B2:B3').dataValidation.load('rule, type');
      const none = sheet.getRange('D2').dataValidation.load('type');
      const mixed = sheet.getRange('B3:B4').dataValidation.load('type');
      const inconsistent = sheet.getRange('B2:C2').load('dataValidation/type');
      await context.sync();
      expect(list.type).toBe('List');
      expect(list.rule).toEqual({ list: { inCellDropDown: false, source: 'ja,nee' } });
      expect(none.type).toBe('None');
      expect(mixed.type).toBe('MixedCriteria');
      expect(inconsistent.dataValidation.type).toBe('Inconsistent');
    });
  });

  it('fails loudly when reading the rule of a range without one common list', async () => {
    const excel = blank();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Begroting').getRange('D2').dataValidation.load('rule');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotImplemented' });
  });

  it('replaces a rule, and clear() removes it', async () => {
    const excel = blank();
    await setRule(excel, 'B2:B5', { list: { source: 'a,b' } });
    await setRule(excel, 'B3', { list: { source: 'c,d' } });
    expect(excel.sheet('Begroting').dataValidation('B3')).toEqual({ list: { inCellDropDown: true, source: 'c,d' } });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Begroting').getRange('B2:B4').dataValidation.clear();
      await context.sync();
    });
    expect(['B2', 'B3', 'B4', 'B5'].map((a) => excel.sheet('Begroting').dataValidation(a)?.list.source)).toEqual([
      undefined,
      undefined,
      undefined,
      'a,b',
    ]);
  });

  it('checks the rule as Excel does: one kind of criteria, a non-empty source of at most 255 characters', async () => {
    const excel = blank();
    const refused = async (rule: unknown, code: string) =>
      expect(setRule(excel, 'B2', rule)).rejects.toMatchObject({ code });
    await refused({ list: { source: '' } }, 'InvalidArgument');
    await refused({ list: { source: 'x'.repeat(256) } }, 'InvalidArgument');
    await refused({ list: { source: 'a,b' }, custom: { formula: '=TRUE' } }, 'InvalidArgument');
    await refused({ lijst: { source: 'a,b' } }, 'InvalidArgument');
    await refused({ list: { source: 'a,b', inCellDropDown: 'ja' } }, 'InvalidArgument');
    await refused({ wholeNumber: { formula1: 0, operator: 'GreaterThan' } }, 'NotImplemented');
    expect(excel.sheet('Begroting').dataValidation('B2')).toBeUndefined();
  });

  it('does not model a Range as the source, and says so', async () => {
    const excel = blank();
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Begroting');
        sheet.getRange('B2').dataValidation.rule = { list: { inCellDropDown: true, source: sheet.getRange('D1:D5') } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotImplemented' });
  });

  it('is refused on a protected sheet, like every other change', async () => {
    const excel = blank();
    excel.protect('Begroting');
    await expect(setRule(excel, 'B2', { list: { source: 'a,b' } })).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('does not widen the used range', async () => {
    const excel = blank();
    await setRule(excel, 'B2:B1000', { list: { source: 'a,b' } });
    expect(excel.sheet('Begroting').usedAddress).toBe('A1:B1');
  });

  it('is kept when the workbook is saved and opened again, as runs down a column', async () => {
    const excel = blank();
    await setRule(excel, 'B2:B1000', { list: { source: GOALS } });
    await setRule(excel, 'D2', { list: { inCellDropDown: false, source: 'ja,nee' } });
    expect(excel.toData().sheets[0]!.dataValidation).toEqual([
      { address: 'B2:B1000', list: { inCellDropDown: true, source: GOALS } },
      { address: 'D2', list: { inCellDropDown: false, source: 'ja,nee' } },
    ]);
    expect(excel.reopen().sheet('Begroting').dataValidation('B500')).toEqual({
      list: { inCellDropDown: true, source: GOALS },
    });
  });

  it('refuses a bad rule in workbook data with a sentence', () => {
    expect(() =>
      createFakeExcel({ sheets: [{ name: 'Blad1', dataValidation: [{ address: 'A1', list: { source: '' } }] }] }),
    ).toThrow(/data validation A1/);
  });
});
