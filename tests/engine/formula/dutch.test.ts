import { checkWorkbook } from '../../../src/engine/check';
import { dutchFormula, dutchFunctionName } from '../../../src/engine/formula/dutch';
import { plainToCell } from '../../../src/engine/grid';
import { toJsonReport } from '../../../src/engine/report';

describe('dutchFormula: a suggested formula as Dutch Excel takes it', () => {
  it.each([
    ['=SUM(E6:E20)', '=SOM(E6:E20)'],
    ['=SUM(E6:E12,E14:E20)', '=SOM(E6:E12;E14:E20)'],
    ['=SUBTOTAL(109,E6:E20)', '=SUBTOTAAL(109;E6:E20)'],
    ['=SUM($E$6:$E$20,F2)', '=SOM($E$6:$E$20;F2)'],
    ['=sum(E6,E7)', '=SOM(E6;E7)'],
    ['=IF(E6>0.5,TRUE,FALSE)', '=ALS(E6>0,5;WAAR;ONWAAR)'],
    ['=ROUND(SUM(E6:E8)*1.21,2)', '=AFRONDEN(SOM(E6:E8)*1,21;2)'],
    ['=E6+E7+E8', '=E6+E7+E8'],
  ])('%s → %s', (english, dutch) => {
    expect(dutchFormula(english)).toBe(dutch);
  });

  it('leaves text in quotes and quoted sheet names alone', () => {
    expect(dutchFormula(`=SUM('Begroting, 2021'!E6:E20,'It''s'!A1)`)).toBe(`=SOM('Begroting, 2021'!E6:E20;'It''s'!A1)`);
    expect(dutchFormula('=IF(A1="SUM(1,2)","a, b","")')).toBe('=ALS(A1="SUM(1,2)";"a, b";"")');
  });

  it('keeps a sheet named like a function or constant, and functions it does not know', () => {
    expect(dutchFormula('=SUM(TRUE!A1,Sum!B2)')).toBe('=SOM(TRUE!A1;Sum!B2)');
    expect(dutchFormula('=XLOOKUP(A1,B:B,C:C)')).toBe('=XLOOKUP(A1;B:B;C:C)');
  });

  it('names the functions the checker suggests', () => {
    expect(dutchFunctionName('SUM')).toBe('SOM');
    expect(dutchFunctionName('subtotal')).toBe('SUBTOTAAL');
    expect(dutchFunctionName('LAMBDA')).toBeUndefined();
  });
});

describe('the JSON report gives the corrected formula in both languages', () => {
  it('keeps the English correctedFormula and adds correctedFormulaNl', () => {
    const rows = [
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot'],
      [1, 'Zomerschool', 1, 'Bink', 100],
      [2, 'Bijles', 1, 'Bibliotheek', 200],
      ['Totaal', null, null, null, 300],
    ].map((row) => row.map((v) => plainToCell(v)));
    const result = checkWorkbook({ sheets: [{ name: 'Begroting', rows }] }, { ceilingCents: 100_000_000, lang: 'nl' });
    const json = toJsonReport(result, 'begroting.xlsx');
    const typed = json.findings.find((x) => x.rule === 'TOTAL_HARDCODED');
    expect(typed).toMatchObject({ correctedFormula: '=SUM(E2:E3)', correctedFormulaNl: '=SOM(E2:E3)' });
    expect(typed?.message).toContain('Formule: =SOM(E2:E3)');
    expect(
      json.findings.filter((x) => x.correctedFormula === undefined).every((x) => x.correctedFormulaNl === undefined),
    ).toBe(true);
  });
});
