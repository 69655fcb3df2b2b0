import { checkWorkbook, type CheckResult } from '../../../src/engine/check';
import type { RuleId } from '../../../src/engine/findings';
import { plainToCell, type Cell, type PlainValue, type SheetSnapshot } from '../../../src/engine/grid';

/** A formula cell with the value Excel computed for it. */
const f = (formula: string, value: number): { formula: string; value: number } => ({ formula, value });
type Input = PlainValue | { formula: string; value: number };

function sheet(rows: ReadonlyArray<ReadonlyArray<Input>>, hiddenRows: number[] = []): SheetSnapshot {
  return {
    name: 'Begroting',
    hiddenRows,
    rows: rows.map((row) =>
      row.map((v): Cell | undefined => (v !== null && typeof v === 'object' ? { kind: 'number', value: v.value, formula: v.formula } : plainToCell(v))),
    ),
  };
}

function check(rows: ReadonlyArray<ReadonlyArray<Input>>, hiddenRows: number[] = []): CheckResult {
  return checkWorkbook({ sheets: [sheet(rows, hiddenRows)] }, { ceilingCents: 100_000_000 });
}

const formulaFindings = (result: CheckResult) =>
  result.findings.filter((x) => x.rule.startsWith('TOTAL_')).map((x) => [x.rule as RuleId, x.cell, x.amountCents, x.correctedFormula]);

const HEADER = ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut'];
/** Five interventions in rows 2–6; the total in row 7. */
const ITEMS: Input[][] = [
  [1, 'Zomerschool', 1, 'Bink', 100, 10],
  [2, 'Bijles', 1, 'Bibliotheek', 200, 20],
  [3, 'Jeugdcoach', 3, 'Versa Welzijn', 300, 30],
  [4, 'Schakelklas', 2, 'Proloog', 400, 40],
  [5, 'Thuiszitterspact', 5, 'RBL', 500, 50],
];

describe('TOTAL_RANGE_INCOMPLETE', () => {
  it('fires when a row was inserted below the SUM’s range, naming it and giving the corrected formula', () => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E5)', 1_000), f('SUM(F2:F6)', 150)]]);
    expect(formulaFindings(result)).toEqual([
      ['TOTAL_RANGE_INCOMPLETE', 'E7', 50_000, '=SUM(E2:E6)'],
      ['TOTAL_INCONSISTENT_FORMULA', 'E7', undefined, undefined],
    ]);
    expect(result.findings.find((x) => x.rule === 'TOTAL_RANGE_INCOMPLETE')!.message).toBe(
      'De formule van ‘Totaal’ (begroot) laat ‘Thuiszitterspact’ (rij 6) buiten de optelling. Juiste formule: =SUM(E2:E6)',
    );
    // The difference itself is still SUBTOTAL_MISMATCH's to report.
    expect(result.findings.find((x) => x.rule === 'SUBTOTAL_MISMATCH')).toMatchObject({ cell: 'E7', amountCents: -50_000 });
  });

  it('fires for a row missing from a + chain with absolute references', () => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('$E$2+$E$3+$E$5+$E$6', 1_200), f('SUM($F$2:$F$6)', 150)]]);
    expect(formulaFindings(result)).toEqual([
      ['TOTAL_RANGE_INCOMPLETE', 'E7', 30_000, '=SUM(E2:E6)'],
      ['TOTAL_INCONSISTENT_FORMULA', 'E7', undefined, undefined],
    ]);
  });

  it('stays quiet for complete ranges written every which way', () => {
    for (const formula of ['SUM(E2:E6)', 'SUM($E$2:$E$6)', 'E2+E3+E4+E5+E6', 'SUBTOTAL(9,E2:E6)', 'SUM(E:E)', "SUM('Begroting'!E2:E6)", 'SUM(E1:E6)']) {
      const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f(formula, 1_500), null]]);
      expect([formula, formulaFindings(result)]).toEqual([formula, []]);
    }
  });
});

describe('TOTAL_DOUBLE_COUNT', () => {
  const grouped: Input[][] = [
    ['Nr', 'Interventie', 'Begroot'],
    [null, 'Bestedingsdoel 1: Bovenschoolse maatregelen', f('SUM(C3:C4)', 300)],
    [1, 'Zomerschool', 100],
    [2, 'Bijles', 200],
    [null, 'Bestedingsdoel 3: Zorg en welzijn', f('SUM(C6:C6)', 300)],
    [3, 'Jeugdcoach', 300],
  ];

  it('fires when the grand total adds the subtotals and the items inside them', () => {
    const result = check([...grouped, ['Totaal', null, f('SUM(C2:C6)', 1_200)]]);
    expect(formulaFindings(result)).toEqual([['TOTAL_DOUBLE_COUNT', 'C7', 60_000, '=SUM(C3:C4,C6)']]);
  });

  it('stays quiet when the grand total adds only the subtotals, or only the items', () => {
    expect(formulaFindings(check([...grouped, ['Totaal', null, f('SUM(C2,C5)', 600)]]))).toEqual([]);
    expect(formulaFindings(check([...grouped, ['Totaal', null, f('SUM(C3:C4,C6)', 600)]]))).toEqual([]);
  });

  it('fires when one cell is named twice', () => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E6)+E4', 1_800), null]]);
    expect(formulaFindings(result)).toEqual([['TOTAL_DOUBLE_COUNT', 'E7', 30_000, '=SUM(E2:E6)']]);
  });
});

describe('TOTAL_WRONG_COLUMN', () => {
  it('fires when the begroot total adds a benut cell', () => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E5)+F6', 1_050), f('SUM(F2:F6)', 150)]]);
    const found = result.findings.find((x) => x.rule === 'TOTAL_WRONG_COLUMN')!;
    expect(found).toMatchObject({ cell: 'E7', severity: 'error' });
    expect(found.message).toContain('F6');
  });

  it('fires for a range over every column of a long sheet, naming the benut cells it adds', () => {
    // A2:XFD1001 spans 16.384 columns; only the columns that hold amounts can matter.
    const items: Input[][] = Array.from({ length: 1000 }, (_, i) => [i + 1, `Interventie ${i + 1}`, 1, 'Bink', 100, 10]);
    const result = check([HEADER, ...items, ['Totaal', null, null, null, f('SUM(A2:XFD1001)', 110_000), f('SUM(F2:F1001)', 10_000)]]);
    const found = result.findings.find((x) => x.rule === 'TOTAL_WRONG_COLUMN')!;
    expect(found).toMatchObject({ cell: 'E1002' });
    expect(found.message).toContain('F2');
  });

  it('stays quiet when each total keeps to its own column', () => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F2:F6)', 150)]]);
    expect(formulaFindings(result)).toEqual([]);
  });
});

describe('TOTAL_HARDCODED', () => {
  it('fires for a total typed as a number while its parts are there to sum', () => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, 1_500, f('SUM(F2:F6)', 150)]]);
    expect(formulaFindings(result)).toEqual([['TOTAL_HARDCODED', 'E7', undefined, '=SUM(E2:E6)']]);
    expect(result.findings.find((x) => x.rule === 'TOTAL_HARDCODED')!.severity).toBe('warning');
  });

  it('stays quiet for a formula, and for a typed total with nothing to sum', () => {
    expect(formulaFindings(check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), null]]))).toEqual([]);
    expect(formulaFindings(check([HEADER, [1, 'Zomerschool', 1, 'Bink', 'P.M.', null], ['Totaal', null, null, null, 0, null]]))).toEqual([]);
  });
});

describe('TOTAL_INCONSISTENT_FORMULA', () => {
  it('fires when the benut total sums a different row range than the begroot total next to it', () => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F3:F6)', 140)]]);
    expect(formulaFindings(result)).toEqual([
      ['TOTAL_RANGE_INCOMPLETE', 'F7', 1_000, '=SUM(F2:F6)'],
      ['TOTAL_INCONSISTENT_FORMULA', 'F7', undefined, undefined],
    ]);
    expect(result.findings.find((x) => x.rule === 'TOTAL_INCONSISTENT_FORMULA')!.message).toBe(
      'De formule van ‘Totaal’ (benut) telt rijen 3–6 op, terwijl de formule ernaast rijen 2–6 optelt.',
    );
  });

  it('stays quiet when both totals add the same rows', () => {
    expect(formulaFindings(check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F2:F6)', 150)]]))).toEqual([]);
  });
});

describe('TOTAL_INCLUDES_HIDDEN', () => {
  const rows = [HEADER, ...ITEMS];
  it('says so when a total adds hidden rows', () => {
    const result = check([...rows, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), null]], [3]);
    expect(formulaFindings(result)).toEqual([['TOTAL_INCLUDES_HIDDEN', 'E7', undefined, undefined]]);
    expect(result.findings.find((x) => x.rule === 'TOTAL_INCLUDES_HIDDEN')).toMatchObject({ severity: 'info' });
  });

  it('stays quiet without hidden rows, and for SUBTOTAL(109, …), which skips them', () => {
    expect(formulaFindings(check([...rows, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), null]]))).toEqual([]);
    expect(formulaFindings(check([...rows, ['Totaal', null, null, null, f('SUBTOTAL(109,E2:E6)', 1_200), null]], [3]))).toEqual([]);
  });
});

describe('formulas the rules cannot judge', () => {
  it.each(['AVERAGE(E2:E6)*5', 'SUM(E2:E6)-E3', 'SUM(Tabel1[Begroot])', "SUM('Ander blad'!E2:E6)", 'SUMIF(C2:C6,1,E2:E6)'])(
    '%s gives no formula finding and no crash',
    (formula) => {
      const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f(formula, 1_500), null]]);
      expect(formulaFindings(result)).toEqual([]);
    },
  );
});
