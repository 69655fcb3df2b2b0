import { checkWorkbook, type CheckResult } from '../../../src/engine/check';
import type { RuleId } from '../../../src/engine/findings';
import { plainToCell, type Cell, type PlainValue, type SheetSnapshot } from '../../../src/engine/grid';
import { renderMessage } from '../../../src/engine/messages';

/** A formula cell with the value Excel computed for it. */
const f = (formula: string, value: number): { formula: string; value: number } => ({ formula, value });
type Input = PlainValue | { formula: string; value: number };

function sheet(rows: ReadonlyArray<ReadonlyArray<Input>>, hiddenRows: number[] = []): SheetSnapshot {
  return {
    name: 'Begroting',
    hiddenRows,
    rows: rows.map((row) =>
      row.map((v): Cell | undefined =>
        v !== null && typeof v === 'object' ? { kind: 'number', value: v.value, formula: v.formula } : plainToCell(v),
      ),
    ),
  };
}

function check(rows: ReadonlyArray<ReadonlyArray<Input>>, hiddenRows: number[] = []): CheckResult {
  return checkWorkbook({ sheets: [sheet(rows, hiddenRows)] }, { ceilingCents: 100_000_000 });
}

const formulaFindings = (result: CheckResult) =>
  result.findings
    .filter((x) => x.rule.startsWith('TOTAL_'))
    .map((x) => [x.rule as RuleId, x.cell, x.amountCents, x.correctedFormula]);

/** The total findings on one cell (the ceiling's, on the grand total, are beside the point here). */
const findingsAt = (result: CheckResult, cell: string) =>
  result.findings.filter((x) => x.cell === cell && x.rule.includes('TOTAL')).map((x) => x.rule);

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
    const result = check([
      HEADER,
      ...ITEMS,
      ['Totaal', null, null, null, f('SUM(E2:E5)', 1_000), f('SUM(F2:F6)', 150)],
    ]);
    // The range differs from the benut total's too, but the row left out is the one thing to say.
    expect(formulaFindings(result)).toEqual([['TOTAL_RANGE_INCOMPLETE', 'E7', 50_000, '=SUM(E2:E6)']]);
    expect(result.findings.find((x) => x.rule === 'TOTAL_RANGE_INCOMPLETE')!.message).toBe(
      'De formule van ‘Totaal’ (begroot) laat ‘Thuiszitterspact’ (rij 6) buiten de optelling. Juiste formule: =SOM(E2:E6)',
    );
    // The difference itself is still SUBTOTAL_MISMATCH's to report.
    expect(result.findings.find((x) => x.rule === 'SUBTOTAL_MISMATCH')).toMatchObject({
      cell: 'E7',
      amountCents: -50_000,
    });
  });

  it('fires for a row missing from a + chain with absolute references', () => {
    const result = check([
      HEADER,
      ...ITEMS,
      ['Totaal', null, null, null, f('$E$2+$E$3+$E$5+$E$6', 1_200), f('SUM($F$2:$F$6)', 150)],
    ]);
    expect(formulaFindings(result)).toEqual([['TOTAL_RANGE_INCOMPLETE', 'E7', 30_000, '=SUM(E2:E6)']]);
  });

  it('stays quiet for complete ranges written every which way', () => {
    for (const formula of [
      'SUM(E2:E6)',
      'SUM($E$2:$E$6)',
      'E2+E3+E4+E5+E6',
      'SUBTOTAL(9,E2:E6)',
      'SUM(E:E)',
      "SUM('Begroting'!E2:E6)",
      'SUM(E1:E6)',
    ]) {
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
  it('fires when the begroot total adds a benut cell, and alone: the begroot cell it leaves out is the same slip', () => {
    const result = check([
      HEADER,
      ...ITEMS,
      ['Totaal', null, null, null, f('SUM(E2:E5)+F6', 1_050), f('SUM(F2:F6)', 150)],
    ]);
    expect(formulaFindings(result)).toEqual([['TOTAL_WRONG_COLUMN', 'E7', undefined, '=SUM(E2:E6)']]);
    const found = result.findings.find((x) => x.rule === 'TOTAL_WRONG_COLUMN')!;
    expect(found).toMatchObject({ severity: 'error' });
    expect(found.message).toBe('De formule van ‘Totaal’ (begroot) telt een cel uit een andere bedragkolom mee: F6.');
  });

  it('fires for a range over every column of a long sheet, naming the benut cells it adds', () => {
    // A2:XFD1001 spans 16.384 columns; only the columns that hold amounts can matter.
    const items: Input[][] = Array.from({ length: 1000 }, (_, i) => [
      i + 1,
      `Interventie ${i + 1}`,
      1,
      'Bink',
      100,
      10,
    ]);
    const result = check([
      HEADER,
      ...items,
      ['Totaal', null, null, null, f('SUM(A2:XFD1001)', 110_000), f('SUM(F2:F1001)', 10_000)],
    ]);
    const found = result.findings.find((x) => x.rule === 'TOTAL_WRONG_COLUMN')!;
    expect(found).toMatchObject({ cell: 'E1002' });
    expect(found.message).toContain('F2');
  });

  it('stays quiet when each total keeps to its own column', () => {
    const result = check([
      HEADER,
      ...ITEMS,
      ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F2:F6)', 150)],
    ]);
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
    expect(
      formulaFindings(check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), null]])),
    ).toEqual([]);
    expect(
      formulaFindings(
        check([HEADER, [1, 'Zomerschool', 1, 'Bink', 'P.M.', null], ['Totaal', null, null, null, 0, null]]),
      ),
    ).toEqual([]);
  });
});

describe('TOTAL_INCONSISTENT_FORMULA', () => {
  /** Intervention 1 has nothing spent yet, so a benut total that starts a row lower leaves nothing out. */
  const items: Input[][] = [[1, 'Zomerschool', 1, 'Bink', 100, null], ...ITEMS.slice(1)];

  it('fires when the benut total sums a different row range than the begroot total next to it', () => {
    const result = check([
      HEADER,
      ...items,
      ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F3:F6)', 140)],
    ]);
    expect(formulaFindings(result)).toEqual([['TOTAL_INCONSISTENT_FORMULA', 'F7', undefined, undefined]]);
    expect(result.findings.find((x) => x.rule === 'TOTAL_INCONSISTENT_FORMULA')!.message).toBe(
      'De formule van ‘Totaal’ (benut) telt rijen 3–6 op, terwijl de formule ernaast rijen 2–6 optelt.',
    );
  });

  it('stays quiet when both totals add the same rows', () => {
    expect(
      formulaFindings(
        check([HEADER, ...ITEMS, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F2:F6)', 150)]]),
      ),
    ).toEqual([]);
  });

  it('stays quiet beside a formula that is wrong already: that one has its own finding', () => {
    const result = check([
      HEADER,
      ...ITEMS,
      ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), f('SUM(F3:F6)', 140)],
    ]);
    expect(formulaFindings(result)).toEqual([['TOTAL_RANGE_INCOMPLETE', 'F7', 1_000, '=SUM(F2:F6)']]);
  });
});

describe('TOTAL_INCLUDES_HIDDEN', () => {
  const rows = [HEADER, ...ITEMS];
  it('fires when a total adds hidden rows', () => {
    const result = check([...rows, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), null]], [3]);
    expect(formulaFindings(result)).toEqual([['TOTAL_INCLUDES_HIDDEN', 'E7', undefined, undefined]]);
    const found = result.findings.find((x) => x.rule === 'TOTAL_INCLUDES_HIDDEN')!;
    expect(found).toMatchObject({ severity: 'info' });
    expect(found.message).toBe(
      '‘Totaal’ (begroot) telt een verborgen rij mee: ‘Jeugdcoach’ (rij 4); de zichtbare bedragen tellen dus niet op tot dit totaal.',
    );
  });

  it('stays quiet without hidden rows, and for SUBTOTAL(109, …), which skips them', () => {
    expect(formulaFindings(check([...rows, ['Totaal', null, null, null, f('SUM(E2:E6)', 1_500), null]]))).toEqual([]);
    expect(
      formulaFindings(check([...rows, ['Totaal', null, null, null, f('SUBTOTAL(109,E2:E6)', 1_200), null]], [3])),
    ).toEqual([]);
  });

  it('gives way to a formula finding on the same cell', () => {
    const result = check([...rows, ['Totaal', null, null, null, f('SUM(E2:E5)', 1_000), null]], [3]);
    expect(formulaFindings(result)).toEqual([['TOTAL_RANGE_INCOMPLETE', 'E7', 50_000, '=SUM(E2:E6)']]);
  });
});

/** Hilversum's figures: intervention 16 spent € 72.114 of € 50.000, AT € 40.171 of € 40.000. */
const HILVERSUM: Input[][] = [
  [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000, 149_823],
  ['7-9', 'Top VVE – deel AT', 2, 'AT kinderopvang', 40_000, 40_171],
  ['7-9', 'Top VVE – deel Bink', 2, 'Bink', 260_000, 0],
  [16, 'Preventief spreekuur', 5, 'Regionaal Bureau Leerlingzaken', 50_000, 72_114],
];
/** The autofilter shows every goal but 2: the two Top VVE rows (0-based 2 and 3) are hidden. */
const FILTERED = [2, 3];

describe('SUBTOTAL over a filtered sheet', () => {
  const totalRow = (begroot: Input, benut: Input): Input[] => ['Totaal', null, null, null, begroot, benut];

  it('compares SUBTOTAL(109, …) with the visible rows only: no mismatch, no hidden rows counted', () => {
    const result = check(
      [HEADER, ...HILVERSUM, totalRow(f('SUBTOTAL(109,E2:E5)', 200_000), f('SUBTOTAL(109,F2:F5)', 221_937))],
      FILTERED,
    );
    expect([...findingsAt(result, 'E6'), ...findingsAt(result, 'F6')]).toEqual([]);
  });

  it('does the same for a table’s total row, whose reference the formula rules cannot read', () => {
    const result = check(
      [
        HEADER,
        ...HILVERSUM,
        totalRow(f('SUBTOTAL(109,Tabel1[Begroot])', 200_000), f('SUBTOTAL(109,Tabel1[Benut])', 221_937)),
      ],
      FILTERED,
    );
    expect([...findingsAt(result, 'E6'), ...findingsAt(result, 'F6')]).toEqual([]);
  });

  it('still reports a SUBTOTAL(109, …) whose visible rows do not add up to it', () => {
    // A cached result from before the filter, say: € 500.000 stated, € 200.000 visible.
    const result = check(
      [HEADER, ...HILVERSUM, totalRow(f('SUBTOTAL(109,E2:E5)', 500_000), f('SUBTOTAL(109,F2:F5)', 221_937))],
      FILTERED,
    );
    expect([...findingsAt(result, 'E6'), ...findingsAt(result, 'F6')]).toEqual(['SUBTOTAL_MISMATCH']);
    expect(result.findings.find((x) => x.rule === 'SUBTOTAL_MISMATCH')).toMatchObject({
      cell: 'E6',
      amountCents: 30_000_000,
    });
  });

  it('compares SUBTOTAL(9, …) and SUM with every row, hidden or not, and says they count hidden rows', () => {
    for (const fn of ['SUBTOTAL(9,', 'SUM(']) {
      const result = check(
        [HEADER, ...HILVERSUM, totalRow(f(`${fn}E2:E5)`, 500_000), f(`${fn}F2:F5)`, 262_108))],
        FILTERED,
      );
      expect([fn, findingsAt(result, 'E6'), findingsAt(result, 'F6')]).toEqual([
        fn,
        ['TOTAL_INCLUDES_HIDDEN'],
        ['TOTAL_INCLUDES_HIDDEN'],
      ]);
      expect(result.findings.find((x) => x.cell === 'E6' && x.rule === 'TOTAL_INCLUDES_HIDDEN')!.message).toContain(
        'verborgen rijen mee: ‘Top VVE – deel AT’ (rij 3) en ‘Top VVE – deel Bink’ (rij 4)',
      );
    }
  });

  it('reports SUBTOTAL(9, …) at the visible sum as a mismatch: hidden rows count for it, whatever hid them', () => {
    // Excel's 1–11 pass over rows a filter hid, but the snapshot does not say why a row is hidden.
    const result = check([HEADER, ...HILVERSUM, totalRow(f('SUBTOTAL(9,E2:E5)', 200_000), null)], FILTERED);
    expect(findingsAt(result, 'E6')).toEqual(['SUBTOTAL_MISMATCH', 'TOTAL_INCLUDES_HIDDEN']);
  });
});

describe('subtotals inside a SUBTOTAL’s range', () => {
  const grouped = (subtotal: (range: string, value: number) => Input): Input[][] => [
    ['Nr', 'Interventie', 'Begroot'],
    [null, 'Bestedingsdoel 1: Bovenschoolse maatregelen', subtotal('C3:C4', 200_000)],
    [1, 'Huiswerkkamer', 150_000],
    [16, 'Preventief spreekuur', 50_000],
    [null, 'Bestedingsdoel 2: Voorschoolse periode', subtotal('C6:C6', 300_000)],
    ['7-9', 'Top VVE', 300_000],
  ];
  const subtotal109 = (range: string, value: number): Input => f(`SUBTOTAL(109,${range})`, value);
  const sum = (range: string, value: number): Input => f(`SUM(${range})`, value);

  it('are passed over by a grand SUBTOTAL over goal SUBTOTALs, as Excel does: nothing counted twice', () => {
    const result = check([...grouped(subtotal109), ['Totaal', null, f('SUBTOTAL(109,C2:C6)', 500_000)]]);
    expect(result.findings.filter((x) => x.rule.includes('TOTAL'))).toEqual([]);
  });

  it('are counted twice by a SUM over goal SUBTOTALs, or a SUBTOTAL over goal SUMs', () => {
    const bySum = check([...grouped(subtotal109), ['Totaal', null, f('SUM(C2:C6)', 1_000_000)]]);
    expect(formulaFindings(bySum)).toEqual([['TOTAL_DOUBLE_COUNT', 'C7', 50_000_000, '=SUM(C3:C4,C6)']]);
    const bySubtotal = check([...grouped(sum), ['Totaal', null, f('SUBTOTAL(109,C2:C6)', 1_000_000)]]);
    expect(formulaFindings(bySubtotal)).toEqual([['TOTAL_DOUBLE_COUNT', 'C7', 50_000_000, '=SUM(C3:C4,C6)']]);
  });

  it('keep hidden rows out of a grand SUM when they skip them themselves, and in when they do not', () => {
    // Intervention 16 (row 4) is hidden.
    const overSubtotals = check([...grouped(subtotal109), ['Totaal', null, f('SUM(C2,C5)', 450_000)]], [3]);
    expect(findingsAt(overSubtotals, 'C7')).not.toContain('TOTAL_INCLUDES_HIDDEN');
    const overSums = check([...grouped(sum), ['Totaal', null, f('SUM(C2,C5)', 500_000)]], [3]);
    expect([findingsAt(overSums, 'C2'), findingsAt(overSums, 'C7')]).toEqual([
      ['TOTAL_INCLUDES_HIDDEN'],
      ['TOTAL_INCLUDES_HIDDEN'],
    ]);
  });
});

describe('one cause, one finding', () => {
  const goal = (begroot: Input, benut: Input): Input[][] => [
    ['Nr', 'Interventie', 'Begroot', 'Benut'],
    [null, 'Bestedingsdoel 1: Bovenschoolse maatregelen', begroot, benut],
    [1, 'Huiswerkkamer', 150_000, 149_823],
    [16, 'Preventief spreekuur', 50_000, 72_114],
  ];

  it('gives a benut total that adds the begroot column the mismatch and the wrong column, nothing more', () => {
    const result = check(goal(f('SUM(C3:C4)', 200_000), f('SUM(C3:C4)', 200_000)));
    expect(
      result.findings.filter((x) => x.cell === 'D2').map((x) => [x.rule, x.amountCents, x.correctedFormula, x.message]),
    ).toEqual([
      [
        'SUBTOTAL_MISMATCH',
        -2_193_700,
        undefined,
        '‘Bestedingsdoel 1: Bovenschoolse maatregelen’ vermeldt € 200.000,00 benut, maar de onderdelen tellen op tot € 221.937,00: € 21.937,00 te weinig.',
      ],
      [
        'TOTAL_WRONG_COLUMN',
        undefined,
        '=SUM(D3:D4)',
        'De formule van ‘Bestedingsdoel 1: Bovenschoolse maatregelen’ (benut) telt cellen uit een andere bedragkolom mee: C3 en C4.',
      ],
    ]);
  });

  it('gives nothing on that cell once the formula adds its own column', () => {
    expect(findingsAt(check(goal(f('SUM(C3:C4)', 200_000), f('SUM(D3:D4)', 221_937))), 'D2')).toEqual([]);
  });

  it('names the rows left out when a formula also counts a row twice; the corrected formula mends both', () => {
    const result = check([
      HEADER,
      ...ITEMS,
      ['Totaal', null, null, null, f('SUM(E2:E5)+E3', 1_200), f('SUM(F2:F6)', 150)],
    ]);
    expect(formulaFindings(result)).toEqual([['TOTAL_RANGE_INCOMPLETE', 'E7', 50_000, '=SUM(E2:E6)']]);
    expect(findingsAt(result, 'E7')).toEqual(['SUBTOTAL_MISMATCH', 'TOTAL_RANGE_INCOMPLETE']);
  });
});

describe('messages of the formula rules', () => {
  const render = (finding: Parameters<typeof renderMessage>[0]): string[] => [
    renderMessage(finding, 'nl'),
    renderMessage(finding, 'en'),
  ];
  const at = { row: 6, col: 4 };
  const base = { label: 'Totaal', field: 'begroot' as const };

  it('read as whole sentences whatever lists are empty', () => {
    const messages = [
      ...render({ rule: 'TOTAL_RANGE_INCOMPLETE', ...at, params: { ...base, rows: [], corrected: '=SUM(E2:E6)' } }),
      ...render({ rule: 'TOTAL_DOUBLE_COUNT', ...at, params: { ...base, rows: [], corrected: '=SUM(E2:E6)' } }),
      ...render({ rule: 'TOTAL_WRONG_COLUMN', ...at, params: { ...base, cells: [] } }),
      ...render({ rule: 'TOTAL_INCONSISTENT_FORMULA', ...at, params: { ...base, rows: [], otherRows: [] } }),
      ...render({ rule: 'TOTAL_INCLUDES_HIDDEN', ...at, params: { ...base, rows: [] } }),
      ...render({
        rule: 'SUBTOTAL_MISMATCH',
        ...at,
        params: { ...base, stated: 0, sum: 0, difference: 0, textParts: 0 },
      }),
    ];
    for (const message of messages) expect(message).not.toMatch(/ {2}| [,.;:)]|: [;.]|\(\)|[;:]$/);
    expect(messages[6]).toBe(
      'De formule van ‘Totaal’ (begroot) telt geen rijen op, terwijl de formule ernaast geen rijen optelt.',
    );
    expect(messages[8]).toBe(
      '‘Totaal’ (begroot) telt verborgen rijen mee; de zichtbare bedragen tellen dus niet op tot dit totaal.',
    );
  });

  it('name what there is to name', () => {
    const rows = [
      { row: 2, name: 'Huiswerkkamer' },
      { row: 5, name: 'Preventief spreekuur' },
    ];
    expect(render({ rule: 'TOTAL_DOUBLE_COUNT', ...at, params: { ...base, rows, corrected: '=SUM(E2:E5)' } })).toEqual([
      'De formule van ‘Totaal’ (begroot) telt ‘Huiswerkkamer’ (rij 2) en ‘Preventief spreekuur’ (rij 5) dubbel, bijvoorbeeld via een subtotaal én de regels daarin. Juiste formule: =SOM(E2:E5)',
      'The formula of ‘Totaal’ (budgeted) counts ‘Huiswerkkamer’ (row 2) and ‘Preventief spreekuur’ (row 5) twice, for example through a subtotal and the lines inside it. Correct formula: =SUM(E2:E5)',
    ]);
    expect(
      render({
        rule: 'TOTAL_INCONSISTENT_FORMULA',
        ...at,
        params: { ...base, field: 'benut', rows: [3, 4, 5, 7], otherRows: [2, 3, 4, 5, 6, 7] },
      }),
    ).toEqual([
      'De formule van ‘Totaal’ (benut) telt rijen 3–5 en 7 op, terwijl de formule ernaast rijen 2–7 optelt.',
      'The formula of ‘Totaal’ (spent) adds rows 3–5 and 7, while the formula next to it adds rows 2–7.',
    ]);
  });
});

describe('formulas the rules cannot judge', () => {
  it.each([
    'AVERAGE(E2:E6)*5',
    'SUM(E2:E6)-E3',
    'SUM(Tabel1[Begroot])',
    "SUM('Ander blad'!E2:E6)",
    'SUMIF(C2:C6,1,E2:E6)',
  ])('%s gives no formula finding and no crash', (formula) => {
    const result = check([HEADER, ...ITEMS, ['Totaal', null, null, null, f(formula, 1_500), null]]);
    expect(formulaFindings(result)).toEqual([]);
  });
});
