/** ROW_TOTAL_MISMATCH: a row's stated total against its years, or its budget versions. */
import { checkWorkbook } from '../../../src/engine/check';
import { sheetFromValues, type PlainValue } from '../../../src/engine/grid';

type Rows = ReadonlyArray<ReadonlyArray<PlainValue>>;
const check = (rows: Rows, lang: 'nl' | 'en' = 'nl') =>
  checkWorkbook({ sheets: [sheetFromValues('Begroting', rows)] }, { ceilingCents: 213_850_964, lang });
const rowTotals = (rows: Rows) =>
  check(rows)
    .findings.filter((f) => f.rule === 'ROW_TOTAL_MISMATCH')
    .map((f) => [f.cell, f.amountCents, f.interventionCode]);

const YEARS = ['Nr', 'Interventie', 'Doel', 'Begroot 2022', 'Begroot 2023', 'Totaal begroot'];

describe('ROW_TOTAL_MISMATCH', () => {
  it('fires where the years do not add up to the stated total: intervention 1, 6 locations at € 24.668', () => {
    expect(rowTotals([YEARS, [1, 'Huiswerkbegeleiding', 1, 74_004, 74_004, 148_000]])).toEqual([['F2', -800, '1']]);
  });

  it('stays quiet where they do, and where only the total is filled in', () => {
    expect(
      rowTotals([
        YEARS,
        [1, 'Huiswerkbegeleiding', 1, 74_004, 74_004, 148_008],
        [2, 'Bibliotheek', 1, null, null, 250_000],
      ]),
    ).toEqual([]);
  });

  it('fires where primitief plus wijziging is not the begroting na wijziging, in English too', () => {
    const rows: Rows = [
      ['Nr', 'Interventie', 'Doel', 'Primitieve begroting', 'Begrotingswijziging', 'Begroting na wijziging'],
      [16, 'Preventief spreekuur', 5, 50_000, 2_500, 50_000],
    ];
    expect(rowTotals(rows)).toEqual([['F2', -250_000, '16']]);
    expect(check(rows, 'en').findings.find((f) => f.rule === 'ROW_TOTAL_MISMATCH')!.message).toBe(
      'The total budgeted of ‘Preventief spreekuur’ is € 50.000,00, but ‘Primitieve begroting’ and ‘Begrotingswijziging’ together come to € 52.500,00: € 2.500,00 too little in the total.',
    );
  });

  it('stays quiet on a part that cannot be read: that is its own finding', () => {
    const r = check([YEARS, [1, 'Huiswerkbegeleiding', 1, 'zie toelichting', 74_004, 148_000]]);
    expect(r.findings.map((f) => f.rule)).toContain('AMOUNT_UNREADABLE');
    expect(r.findings.map((f) => f.rule)).not.toContain('ROW_TOTAL_MISMATCH');
  });
});
