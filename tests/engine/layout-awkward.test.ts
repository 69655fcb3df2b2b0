/**
 * Layouts from the bad-input corpus (tests/corpus): a header over two rows, a figure in several
 * columns, and empty copies of the budget sheet next to the real one.
 */
import { checkWorkbook } from '../../src/engine/check';
import { address } from '../../src/engine/grid';
import type { CheckResult } from '../../src/engine/check';
import { check, findingsOf, workbook, type Rows } from '../helpers';

function interventions(result: CheckResult) {
  return result.model.interventions.map((i) => ({
    cell: address(i.row, i.labelCol),
    name: i.name,
    begroot: i.begrootCents,
    benut: i.benutCents,
  }));
}

describe('a header over two rows', () => {
  const TWO_ROWS: Rows = [
    ['Nr', 'Interventie', 'Bestedingsdoel', 'Bedragen'],
    [null, null, null, 'Begroot', 'Benut'],
    [1, 'Zomerschool', 'Bovenschools', 10_000, 8_000],
    [2, 'Peuters', 'VVE', 20_000, 25_000],
    ['Totaal', null, null, 30_000, 33_000],
  ];

  it('reads "Bedragen" over Begroot and Benut as both columns, and the lower row as no intervention', () => {
    const result = check(TWO_ROWS);
    expect(result.model).toMatchObject({
      layout: 'list',
      headerRow: 1,
      begrootHeader: { row: 1, col: 3 },
      benutHeader: { row: 1, col: 4 },
    });
    expect(interventions(result)).toEqual([
      { cell: 'B3', name: 'Zomerschool', begroot: 1_000_000, benut: 800_000 },
      { cell: 'B4', name: 'Peuters', begroot: 2_000_000, benut: 2_500_000 },
    ]);
    // Nothing about row 2, which an intervention without name, goal or readable amount would get.
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      'OVERSPENT E4',
      'TOTAL_HARDCODED D5',
      'TOTAL_HARDCODED E5',
      'BUDGET_UNALLOCATED D5',
    ]);
  });

  it('reads a matrix whose labels stand only in the upper row, over the goals', () => {
    const result = check([
      ['Nr', 'Interventie', 'Bovenschools', null, 'VVE', null],
      [null, null, 'Begroot', 'Benut', 'Begroot', 'Benut'],
      [1, 'Zomerschool', 10_000, 5_000, null, null],
      [2, 'Peuters', null, null, 20_000, 25_000],
    ]);
    expect(result.model).toMatchObject({ layout: 'matrix', headerRow: 1 });
    expect(interventions(result)).toEqual([
      { cell: 'B3', name: 'Zomerschool', begroot: 1_000_000, benut: 500_000 },
      { cell: 'B4', name: 'Peuters', begroot: 2_000_000, benut: 2_500_000 },
    ]);
  });

  it('keeps a first row of placeholder amounts an intervention: only header words make a lower header row', () => {
    const result = check([
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot'],
      [null, null, null, 'P.M.'],
      [1, 'Zomerschool', 'Bovenschools', 10_000],
    ]);
    expect(result.model.headerRow).toBe(0);
    expect(result.model.interventions.map((i) => i.row)).toEqual([1, 2]);
  });

  it('does not join header words to a title above them', () => {
    const result = check([
      ['Begroting NPO 2021-2023'],
      [null, 'Begroot', 'Benut'],
      ['Interventie', 'Begroot'],
      ['Zomerschool', 10_000],
    ]);
    expect(result.model.headerRow).toBe(2);
  });
});

describe('a figure in several columns', () => {
  it('adds up the columns of one figure (Begroot 2022, Begroot 2023), and checks a total per column', () => {
    const result = check([
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot 2022', 'Begroot 2023', 'Benut'],
      [1, 'Zomerschool', 'Bovenschools', 6_000, 4_000, 8_000],
      [2, 'Peuters', 'VVE', 7_500, 7_500, 10_000],
      ['Totaal', null, null, 13_500, 11_000, 18_000],
    ]);
    expect(interventions(result)).toEqual([
      { cell: 'B2', name: 'Zomerschool', begroot: 1_000_000, benut: 800_000 },
      { cell: 'B3', name: 'Peuters', begroot: 1_500_000, benut: 1_000_000 },
    ]);
    expect(result.model.interventions[0]!.amounts.map((a) => [address(a.row, a.col), a.field])).toEqual([
      ['D2', 'begroot'],
      ['E2', 'begroot'],
      ['F2', 'benut'],
    ]);
    // 4.000 + 7.500 is not the 11.000 stated under Begroot 2023; the 2022 column adds up.
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.amountCents])).toEqual([['E4', -50_000]]);
  });

  it('adds up two columns with the very same header', () => {
    const result = check([
      ['Interventie', 'Doel', 'Begroot', 'Begroot'],
      ['Zomerschool', 1, 6_000, 4_000],
    ]);
    expect(interventions(result)).toEqual([{ cell: 'A2', name: 'Zomerschool', begroot: 1_000_000, benut: 0 }]);
  });

  it('takes only the column whose header says it is the total', () => {
    const result = check([
      ['Interventie', 'Doel', 'Begroot 2022', 'Begroot 2023', 'Totaal begroot', 'Besteed 2022', 'Besteed 2023'],
      ['Zomerschool', 1, 6_000, 4_000, 10_000, 3_000, 2_000],
    ]);
    expect(result.model.begrootHeader).toEqual({ row: 0, col: 4 });
    expect(interventions(result)).toEqual([{ cell: 'A2', name: 'Zomerschool', begroot: 1_000_000, benut: 500_000 }]);
  });
});

describe('empty copies of the budget sheet', () => {
  const filled: Rows = [
    ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot'],
    [1, 'Zomerschool', 'Bovenschools', 10_000],
  ];
  const template: Rows = [
    ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut', 'Toelichting'],
    ['Totaal', null, null, null, 0, 0],
  ];

  it('chooses a sheet with interventions over an empty copy with a better header, whatever the order', () => {
    expect(checkWorkbook(workbook({ 'Begroting 2030': template, 'Begroting 2023': filled })).model.sheet).toBe(
      'Begroting 2023',
    );
    expect(checkWorkbook(workbook({ 'Begroting 2023': filled, 'Begroting 2030': template })).model.sheet).toBe(
      'Begroting 2023',
    );
  });

  it('still checks an empty copy when it is the only budget sheet, or named with --sheet', () => {
    expect(checkWorkbook(workbook({ Sjabloon: template })).model).toMatchObject({
      sheet: 'Sjabloon',
      interventions: [],
    });
    expect(
      checkWorkbook(workbook({ 'Begroting 2023': filled, Sjabloon: template }), { sheet: 'sjabloon' }).model.sheet,
    ).toBe('Sjabloon');
  });

  it('does not count goal headings and totals as interventions when judging a sheet empty', () => {
    const headings: Rows = [
      ['Nr', 'Interventie', 'Toelichting', 'Begroot'],
      ['Bestedingsdoel 1: Bovenschoolse maatregelen'],
      [null, 'Subtotaal doel 1', null, 0],
      [null, null, 'Totaal', 0],
    ];
    expect(
      checkWorkbook(
        workbook({
          Sjabloon: headings,
          Begroting: [
            ['Interventie', 'Begroot'],
            ['Zomerschool', 10_000],
          ],
        }),
      ).model.sheet,
    ).toBe('Begroting');
  });
});
