/**
 * The formulas the fake evaluates (what the add-in writes: SUM over a range, a difference, an IF
 * guarding a division) and Excel's automatic recalculation of whatever reads a changed cell.
 */
import { createFakeExcel, type FakeExcel } from '..';

const plan = () =>
  createFakeExcel({
    sheets: [
      {
        name: 'Doel 1',
        values: [
          ['Interventie', 'Begroot', 'Benut'],
          ['Taalklas', 1000, 800],
          ['Huiswerk', 2500, '2600'],
          ['Zomerschool', 0, 50],
          ['Tekst telt niet', '1.250,00', ''],
        ],
      },
    ],
  });

async function setFormulas(excel: FakeExcel, address: string, formulas: string[][]): Promise<unknown[][]> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Doel 1').getRange(address);
    range.formulas = formulas;
    range.load('values');
    await context.sync();
    return range.values;
  });
}

describe('evaluating', () => {
  it('SUM over a range skips text, as Excel does', async () => {
    expect(await setFormulas(plan(), 'B7:C7', [['=SUM(B2:B6)', '=SUM(C2:C6)']])).toEqual([[3500, 850]]);
  });

  it('a difference of two cells, text that reads as a number included', async () => {
    expect(await setFormulas(plan(), 'D2:D4', [['=B2-C2'], ['=B3-C3'], ['=B4-C4']])).toEqual([[200], [-100], [-50]]);
  });

  it('IF(B=0,"",C/B) guards the division', async () => {
    expect(
      await setFormulas(plan(), 'E2:E4', [['=IF(B2=0,"",C2/B2)'], ['=IF(B3=0,"",C3/B3)'], ['=IF(B4=0,"",C4/B4)']]),
    ).toEqual([[0.8], [1.04], ['']]);
  });

  it('gives Excel errors: #DIV/0!, #VALUE! for text in arithmetic, #REF! passed on', async () => {
    const excel = plan();
    excel.sheet('Doel 1').setCell('B8', { error: '#REF!' });
    expect(await setFormulas(excel, 'F2:F5', [['=C4/B4'], ['=A2-B2'], ['=SUM(B7:B8)'], ['=Ontbreekt!A1']])).toEqual([
      ['#DIV/0!'],
      ['#VALUE!'],
      ['#REF!'],
      ['#REF!'],
    ]);
  });

  it('evaluates references to other sheets', async () => {
    const excel = createFakeExcel({
      sheets: [{ name: 'Begroting 2021', values: [[10], [20]] }, { name: 'Overzicht' }],
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Overzicht').getRange('A1').formulas = [["=SUM('Begroting 2021'!A1:A2)"]];
      await context.sync();
    });
    expect(excel.sheet('Overzicht').cell('A1').value).toBe(30);
  });
});

describe('recalculating', () => {
  it('recomputes formulas that read a changed cell, through chains, in the same sync', async () => {
    const excel = plan();
    await setFormulas(excel, 'B7:B8', [['=SUM(B2:B6)'], ['=B7*2']]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Doel 1');
      sheet.getRange('B2').values = [[2000]];
      const totals = sheet.getRange('B7:B8').load('values');
      await context.sync();
      expect(totals.values).toEqual([[4500], [9000]]);
    });
  });

  it('leaves a formula it does not understand at the value the file gave it', async () => {
    const excel = createFakeExcel({
      sheets: [{ name: 'Blad1', cells: { A1: { value: 2 }, B1: { formula: '=ROUND(A1*1.5,0)', value: 3 } } }],
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Blad1');
      sheet.getRange('A1').values = [[10]];
      const b1 = sheet.getRange('B1').load('values, formulas');
      await context.sync();
      expect([b1.values, b1.formulas]).toEqual([[[3]], [['=ROUND(A1*1.5,0)']]]);
    });
  });

  it('fails loudly when code reads the value of a formula it wrote and the fake cannot compute', async () => {
    const excel = plan();
    await expect(setFormulas(excel, 'G1', [['=VLOOKUP(A2,A2:C4,2,FALSE)']])).rejects.toMatchObject({
      code: 'NotImplemented',
      message: expect.stringContaining('VLOOKUP'),
    });
    // Writing it is fine; only its value is unknown.
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Doel 1').getRange('G1');
      range.formulas = [['=VLOOKUP(A2,A2:C4,2,FALSE)']];
      range.load('formulas');
      await context.sync();
      expect(range.formulas).toEqual([['=VLOOKUP(A2,A2:C4,2,FALSE)']]);
    });
  });

  it('computes formulas given to the fake without a result', async () => {
    const excel = plan();
    excel.sheet('Doel 1').setCell('B7', { formula: '=SUM(B2:B4)' });
    expect(excel.sheet('Doel 1').cell('B7').value).toBe(3500);
    excel.sheet('Doel 1').setCell('B2', { value: 0 });
    expect(excel.sheet('Doel 1').cell('B7').value).toBe(2500);
  });
});
