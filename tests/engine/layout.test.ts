import { checkWorkbook, EngineError, type CheckResult } from '../../src/engine/check';
import type { GoalNumber } from '../../src/engine/goals';
import { address, sheetFromValues } from '../../src/engine/grid';
import { roleOfHeader, type ColumnRole } from '../../src/engine/layout/columns';
import { detectHeader, HEADER_SEARCH_ROWS } from '../../src/engine/layout/detect';
import { goalOfHeading, isSubtotalLabel, isTotalLabel } from '../../src/engine/layout/labels';
import type { Intervention, StatedTotal } from '../../src/engine/model';
import { check, findingsOf, workbook, type Rows } from '../helpers';

/** What a user sees of an intervention: where it is, what it is called, its goals and figures. */
function read(i: Intervention) {
  return {
    cell: address(i.row, i.labelCol),
    name: i.name,
    goals: i.goalMatch.kind === 'goals' ? i.goalMatch.goals : i.goalMatch.kind,
    begroot: i.begrootCents,
    benut: i.benutCents,
  };
}

function interventions(result: CheckResult) {
  return result.model.interventions.map(read);
}

/** A stated total: its row (1-based, as Excel shows it), goal, and the rows of the parts it adds. */
function total(t: StatedTotal) {
  return { row: t.row + 1, goal: t.goal, grand: t.isGrandTotal, parts: t.parts.map((p) => p.row + 1) };
}

function allocations(result: CheckResult, name: string) {
  return result.model.interventions
    .find((i) => i.name === name)!
    .allocations.map((a) => [a.goal, a.begrootCents, a.benutCents]);
}

/** Blank title-block rows and a title, so the header lands on the given (1-based) row. */
function titleBlock(headerRowNumber: number): Rows {
  const rows: Rows[number][] = [];
  for (let i = 0; i < headerRowNumber - 1; i++) {
    rows.push(i === 0 ? ['NPO-begroting gemeente Putten 2022'] : i % 3 === 0 ? ['Vastgesteld door het college'] : []);
  }
  return rows;
}

const LIST: Rows = [
  ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Benut'],
  [1, 'Zomerschool', 'Bovenschools', 50_000, 12_000],
];

describe('roleOfHeader: what a header cell says its column holds', () => {
  it.each<[string, ColumnRole]>([
    ['Nr', 'code'],
    ['Nr.', 'code'],
    ['#', 'code'],
    ['Interventie nr', 'code'],
    ['Interventie', 'intervention'],
    ['Omschrijving', 'intervention'],
    ['Activiteit', 'intervention'],
    ['Maatregel', 'intervention'],
    ['Bestedingsdoel', 'goal'],
    ['Doel', 'goal'],
    ['Spending goal', 'goal'],
    ['Uitvoerder', 'partner'],
    ['Door wie', 'partner'],
    ['Begroot', 'begroot'],
    ['BEGROOT BEDRAG 2022 (€)', 'begroot'],
    ['Geraamd budget', 'begroot'],
    ['Bedrag', 'begroot'],
    ['Kosten', 'begroot'],
    ['Benut', 'benut'],
    ['Benut t/m 2023', 'benut'],
    ['Besteed', 'benut'],
    ['Realisatie 2022', 'benut'],
    ['Budget benut', 'benut'],
    ['% benut', 'percent'],
    ['Benut (%)', 'percent'],
    ['Percentage benut', 'percent'],
    ['Restant', 'restant'],
    ['Restant budget', 'restant'],
    ['Saldo', 'restant'],
    ['Toelichting', 'note'],
    ['Doelgroep', 'note'],
  ])('%j is a %s column', (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  it.each(['', 'Prognose', 'Omschrijving van de interventie zoals die in het plan staat'])(
    '%j names no column',
    (text) => {
      expect(roleOfHeader(text)).toBeUndefined();
    },
  );
});

describe('labels: totals and goal headings', () => {
  it.each([
    'Totaal',
    'TOTAAL',
    'Subtotaal',
    'Sub totaal doel 2',
    'Subtotal',
    'Total',
    'Totalen',
    'Som',
    'Totaal: ',
    'Eindtotaal',
    'Grand total',
  ])('%j is a stated total', (text) => {
    expect(isTotalLabel(text)).toBe(true);
  });

  it.each(['Totaalaanpak thuiszitters', 'Sommige scholen', 'Zomerschool', 'Subsidie'])('%j is no total', (text) => {
    expect(isTotalLabel(text)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['Subtotaal', true],
    ['Sub totaal', true],
    ['Subtotal goal 2', true],
    ['Totaal', false],
    ['Som', false],
  ])('%j is a subtotal by its own words: %s', (text, subtotal) => {
    expect(isSubtotalLabel(text)).toBe(subtotal);
  });

  it.each<[string, GoalNumber]>([
    ['Bestedingsdoel 1: Bovenschoolse maatregelen', 1],
    ['Doel 2 - VVE', 2],
    ['Maatregelen in VVE (2-6 jarigen)', 2],
    ['Het tegengaan van achterstanden bij kinderen in de voorschoolse periode', 2],
    ['Waar nodig bieden van zorg en welzijn', 3],
    ['Doel 4: Samenwerking', 4],
    ['Het bevorderen van samenwerking in de gemeente', 4],
    ['Maatregelen voor thuiszitters', 5],
    ['1 Bovenschoolse maatregelen', 1],
    ['Thuiszitters', 5],
    ['Goal 3', 3],
  ])('%j heads goal %i', (text, goal) => {
    expect(goalOfHeading(text)).toBe(goal);
  });

  it.each([
    'Samenwerking scholen en jeugdhulp',
    '1 VVE-peuters extra uren',
    'Doel 6',
    'Zomerschool',
    'Sociaal-emotionele ontwikkeling',
  ])('%j heads no group', (text) => {
    expect(goalOfHeading(text)).toBeUndefined();
  });
});

describe('header detection', () => {
  it.each([1, 2, 12, 35, HEADER_SEARCH_ROWS])('finds a header on row %i under a title block', (rowNumber) => {
    const result = check([...titleBlock(rowNumber), ...LIST]);
    expect(result.model.headerRow).toBe(rowNumber - 1);
    expect(result.model.layout).toBe('list');
    expect(interventions(result)).toEqual([
      { cell: `B${rowNumber + 1}`, name: 'Zomerschool', goals: [1], begroot: 5_000_000, benut: 1_200_000 },
    ]);
  });

  it.each([HEADER_SEARCH_ROWS + 1, 45])('does not look for a header on row %i: no budget sheet', (rowNumber) => {
    const rows = [...titleBlock(rowNumber), ...LIST];
    expect(detectHeader(sheetFromValues('Begroting', rows))).toBeUndefined();
    expect(() => check(rows)).toThrow(EngineError);
    expect(() => check(rows)).toThrow(expect.objectContaining({ code: 'NO_BUDGET_SHEET' }));
  });

  it('reads columns in any order, with header words in any case, accents, punctuation or extra words', () => {
    const result = check([
      [
        'Spending goal',
        'BEGROOT BEDRAG 2022 (€)',
        '% benut',
        'Restant',
        'Benut t/m 2023',
        'Door wie',
        'Omschrijving',
        '#',
      ],
      ['Zorg & welzijn', 40_000, 0.25, 30_000, 10_000, 'GGD', 'Schoolmaatschappelijk werk', 'A1'],
    ]);
    expect(result.model.begrootHeader).toEqual({ row: 0, col: 1 });
    expect(result.model.benutHeader).toEqual({ row: 0, col: 4 });
    const [i] = result.model.interventions;
    expect(i).toMatchObject({
      code: 'A1',
      name: 'Schoolmaatschappelijk werk',
      partner: 'GGD',
      begrootCents: 4_000_000,
      benutCents: 1_000_000,
    });
    expect(i!.goalCell).toEqual({ row: 1, col: 0, text: 'Zorg & welzijn' });
    expect(i!.amounts.map((a) => [address(a.row, a.col), a.field])).toEqual([
      ['B2', 'begroot'],
      ['E2', 'benut'],
    ]);
  });

  it.each<[string, string]>([
    ['% benut', 'Benut'],
    ['Restant', 'Begroot'],
  ])('never takes a %j column for the %s column', (decoy) => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', decoy, 'Begroot', 'Benut'],
      [1, 'Zomerschool', 1, 0.5, 20_000, 10_000],
    ]);
    expect(result.model.begrootHeader).toEqual({ row: 0, col: 4 });
    expect(result.model.benutHeader).toEqual({ row: 0, col: 5 });
    expect(interventions(result)[0]).toMatchObject({ begroot: 2_000_000, benut: 1_000_000 });
  });

  it('reads a sheet without a Benut column, and says so', () => {
    const result = check([
      ['Omschrijving', 'Doel', 'Geraamd budget'],
      ['Taalklas', 'VVE', 8_000],
    ]);
    expect(result.model).toMatchObject({ hasBenut: false, benutHeader: undefined, begrootHeader: { row: 0, col: 2 } });
    expect(interventions(result)).toEqual([{ cell: 'A2', name: 'Taalklas', goals: [2], begroot: 800_000, benut: 0 }]);
  });

  it('needs an intervention or code column and a begroot column', () => {
    expect(
      detectHeader(
        sheetFromValues('x', [
          ['Interventie', 'Doel', 'Toelichting'],
          ['Zomerschool', 1, 'veel'],
        ]),
      ),
    ).toBeUndefined();
    expect(
      detectHeader(
        sheetFromValues('x', [
          ['Doel', 'Begroot'],
          [1, 500],
        ]),
      ),
    ).toBeUndefined();
  });

  it('reads a header right under a title that names a goal as a plain list, not a matrix', () => {
    const result = check([
      ['Maatregelen voor thuiszitters'],
      ['Nr', 'Interventie', 'Begroot', 'Benut'],
      [1, 'Thuiszittersaanpak', 10_000, 4_000],
    ]);
    expect(result.model).toMatchObject({
      layout: 'list',
      headerRow: 1,
      begrootHeader: { row: 1, col: 2 },
      benutHeader: { row: 1, col: 3 },
    });
    expect(interventions(result)).toEqual([
      { cell: 'B3', name: 'Thuiszittersaanpak', goals: 'none', begroot: 1_000_000, benut: 400_000 },
    ]);
  });
});

describe('choosing the budget sheet', () => {
  const notes: Rows = [
    ['Toelichting op de begroting'],
    ['Nr', 'Omschrijving', 'Bedrag'],
    [1, 'Zie het blad NPO 2022', 0],
  ];
  const budget: Rows = [['Plafond', 322_000], ...LIST];

  it('picks the sheet that reads best as a budget sheet, not the first one', () => {
    const result = checkWorkbook(workbook({ Toelichting: notes, 'NPO 2022': budget }));
    expect(result.model.sheet).toBe('NPO 2022');
    expect(result.candidates.map((c) => c.sheet)).toEqual(['NPO 2022', 'Toelichting']);
    expect(result.candidates[0]!.score).toBeGreaterThan(result.candidates[1]!.score);
  });

  it('checks the sheet the option names, ignoring case', () => {
    expect(checkWorkbook(workbook({ Toelichting: notes, 'NPO 2022': budget }), { sheet: 'npo 2022' }).model.sheet).toBe(
      'NPO 2022',
    );
    expect(
      checkWorkbook(workbook({ Toelichting: notes, 'NPO 2022': budget }), { sheet: 'Toelichting' }).model.sheet,
    ).toBe('Toelichting');
  });

  it('leaves out sheets the caller ignores', () => {
    const result = checkWorkbook(workbook({ 'NPO 2022': budget, 'NPO samenvatting': budget }), {
      ignoreSheet: (n) => n === 'NPO 2022',
    });
    expect(result.model.sheet).toBe('NPO samenvatting');
  });

  it('throws SHEET_NOT_FOUND for a sheet that does not exist, naming the sheets there are', () => {
    const run = () => checkWorkbook(workbook({ Toelichting: notes, 'NPO 2022': budget }), { sheet: 'Begroting 2023' });
    expect(run).toThrow(EngineError);
    expect(run).toThrow(expect.objectContaining({ code: 'SHEET_NOT_FOUND' }));
    expect(run).toThrow(/‘Begroting 2023’.*‘Toelichting’, ‘NPO 2022’/);
  });

  it('throws SHEET_NOT_BUDGET for a named sheet without a budget header', () => {
    const run = () =>
      checkWorkbook(workbook({ Notities: [['Alleen tekst']], 'NPO 2022': budget }), { sheet: 'Notities' });
    expect(run).toThrow(expect.objectContaining({ code: 'SHEET_NOT_BUDGET' }));
  });

  it('throws NO_BUDGET_SHEET when no sheet has a budget header', () => {
    expect(() => checkWorkbook(workbook({ Notities: [['Alleen tekst']] }))).toThrow(
      expect.objectContaining({ code: 'NO_BUDGET_SHEET' }),
    );
  });
});

describe('layout list', () => {
  it('reads one row per intervention with its goal column', () => {
    const result = check([
      ['NPO-begroting 2022'],
      ['Plafond', 322_000],
      [],
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Benut'],
      [1, 'Zomerschool', 'Bovenschools', 50_000, 12_000],
      [2, 'Extra uren peuters', 'Doel 2', 30_000, 0],
      [3, 'Jeugdcoach', 'Zorg & welzijn', 25_000.5, 25_000.5],
      [4, 'Netwerk scholen', 4, 5_000, null],
      [5, 'Thuiszittersaanpak', 'Het voorkomen van thuiszitters', 7_500, 2_500],
    ]);
    expect(result.model.layout).toBe('list');
    expect(result.model.headerRow).toBe(3);
    expect(interventions(result)).toEqual([
      { cell: 'B5', name: 'Zomerschool', goals: [1], begroot: 5_000_000, benut: 1_200_000 },
      { cell: 'B6', name: 'Extra uren peuters', goals: [2], begroot: 3_000_000, benut: 0 },
      { cell: 'B7', name: 'Jeugdcoach', goals: [3], begroot: 2_500_050, benut: 2_500_050 },
      { cell: 'B8', name: 'Netwerk scholen', goals: [4], begroot: 500_000, benut: 0 },
      { cell: 'B9', name: 'Thuiszittersaanpak', goals: [5], begroot: 750_000, benut: 250_000 },
    ]);
    expect(result.model.interventions[0]).toMatchObject({ code: '1', splitOverGoals: false });
  });

  it('reads one row per intervention and goal: same code and name on several goal rows is no duplicate', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot', 'Benut'],
      [7, 'Brede school', 1, 10_000, 1_000],
      [7, 'Brede school', 3, 20_000, 2_000],
      [8, 'Schoolmaatschappelijk werk', 3, 15_000, 0],
    ]);
    expect(result.model.layout).toBe('list');
    expect(interventions(result).map((i) => [i.cell, i.goals, i.begroot])).toEqual([
      ['B2', [1], 1_000_000],
      ['B3', [3], 2_000_000],
      ['B4', [3], 1_500_000],
    ]);
    expect(findingsOf(result, 'DUPLICATE_CODE')).toEqual([]);
    expect(result.summaries.goals.map((g) => g.begrootCents)).toEqual([1_000_000, 0, 3_500_000, 0, 0]);
  });

  it('still reports a code used for two different interventions', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [8, 'Ander', 3, 2_000],
      [8, 'Nog een ander', 3, 2_000],
    ]);
    expect(findingsOf(result, 'DUPLICATE_CODE').map((f) => f.cell)).toEqual(['B3']);
  });

  it('splits an intervention that names several goals in one cell equally, remainder to the lowest goal', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot', 'Benut'],
      [1, 'Brede aanpak', '1, 3 en 4', 100, 0.01],
    ]);
    expect(result.model.interventions[0]).toMatchObject({ splitOverGoals: true });
    expect(allocations(result, 'Brede aanpak')).toEqual([
      [1, 3_334, 1],
      [3, 3_333, 0],
      [4, 3_333, 0],
    ]);
  });

  it('reads a sheet without any goal as a list whose interventions lack a goal', () => {
    const result = check([
      ['Nr', 'Interventie', 'Begroot'],
      [1, 'Samenwerking', 10_000],
      [2, 'Zomerschool', 5_000],
    ]);
    expect(result.model.layout).toBe('list');
    expect(interventions(result).map((i) => i.goals)).toEqual(['none', 'none']);
    expect(findingsOf(result, 'NO_GOAL').map((f) => f.cell)).toEqual(['B2', 'B3']);
  });
});

describe('layout grouped', () => {
  const GROUPED: Rows = [
    ['NPO-begroting'],
    ['Nr', 'Interventie', 'Uitvoerder', 'Begroot', 'Benut'],
    ['Bestedingsdoel 1: Bovenschoolse maatregelen', null, null, 60_000],
    [1, 'Zomerschool', 'Bink', 50_000, 10_000],
    [2, 'Huiswerkklas', 'Bibliotheek', 10_000, 0],
    ['Doel 2 - VVE'],
    [3, 'Extra uren peuters', 'Kinderopvang', 20_000, 5_000],
    [null, 'Maatregelen in VVE (2-6 jarigen)'],
    [4, 'Taalklas', null, 1_000, 0],
    ['Waar nodig bieden van zorg en welzijn', null, null, 7_000],
    [5, 'Samenwerking scholen en jeugdhulp', 'GGD', 7_000, 0],
    ['Het voorkomen van thuiszitters'],
    [6, 'Thuiszittersaanpak', null, 3_000, 0],
    ['Totaal', null, null, 91_000, 15_000],
  ];

  it('gives the interventions under a goal heading that goal', () => {
    const result = check(GROUPED);
    expect(result.model.layout).toBe('grouped');
    expect(interventions(result)).toEqual([
      { cell: 'B4', name: 'Zomerschool', goals: [1], begroot: 5_000_000, benut: 1_000_000 },
      { cell: 'B5', name: 'Huiswerkklas', goals: [1], begroot: 1_000_000, benut: 0 },
      { cell: 'B7', name: 'Extra uren peuters', goals: [2], begroot: 2_000_000, benut: 500_000 },
      { cell: 'B9', name: 'Taalklas', goals: [2], begroot: 100_000, benut: 0 },
      // named like goal 4 but it has a code: an intervention under goal 3, not a heading
      { cell: 'B11', name: 'Samenwerking scholen en jeugdhulp', goals: [3], begroot: 700_000, benut: 0 },
      { cell: 'B13', name: 'Thuiszittersaanpak', goals: [5], begroot: 300_000, benut: 0 },
    ]);
  });

  it("reads a heading's amount as that goal's stated subtotal over its own interventions", () => {
    const result = check(GROUPED);
    expect(result.model.totals.map(total)).toEqual([
      { row: 3, goal: 1, grand: false, parts: [4, 5] },
      { row: 10, goal: 3, grand: false, parts: [11] },
      { row: 14, goal: undefined, grand: true, parts: [4, 5, 7, 9, 11, 13] },
    ]);
    expect(result.model.totals[0]!.amounts.map((a) => [address(a.row, a.col), a.cents])).toEqual([
      ['D3', 6_000_000],
      ['E3', 0],
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toEqual([]);
  });

  it('flags a heading subtotal that does not match its interventions, on the heading cell', () => {
    const rows = GROUPED.map((r, i) =>
      i === 2 ? ['Bestedingsdoel 1: Bovenschoolse maatregelen', null, null, 65_000] : r,
    );
    expect(findingsOf(check(rows), 'SUBTOTAL_MISMATCH')).toEqual([
      expect.objectContaining({ cell: 'D3', amountCents: 500_000 }),
    ]);
  });

  it.each<[string, GoalNumber]>([
    ['Bestedingsdoel 1: Bovenschoolse maatregelen', 1],
    ['Doel 2 - VVE', 2],
    ['Maatregelen in VVE (2-6 jarigen)', 2],
    ['Het tegengaan van achterstanden bij kinderen in de voorschoolse periode', 2],
    ['Maatregelen voor zorg en welzijn', 3],
    ['Het bevorderen van samenwerking in de gemeente', 4],
    ['Doel 4: Samenwerking', 4],
    ['Maatregelen voor thuiszitters', 5],
  ])('reads %j as a heading of goal %i, in the code or the name column', (heading, goal) => {
    for (const headingRow of [[heading], [null, heading]]) {
      const result = check([['Nr', 'Interventie', 'Begroot'], headingRow, [1, 'Activiteit', 1_000]]);
      expect(result.model.layout).toBe('grouped');
      expect(interventions(result)).toEqual([
        { cell: 'B3', name: 'Activiteit', goals: [goal], begroot: 100_000, benut: 0 },
      ]);
    }
  });

  it('does not take an intervention with a code for a heading, even when its name is a goal name', () => {
    const result = check([
      ['Nr', 'Interventie', 'Begroot'],
      [null, 'Bestedingsdoel 3: Zorg en welzijn'],
      [1, 'Samenwerking', 1_000],
      [2, 'Samenwerking scholen en jeugdhulp', 2_000],
    ]);
    expect(interventions(result).map((i) => [i.name, i.goals])).toEqual([
      ['Samenwerking', [3]],
      ['Samenwerking scholen en jeugdhulp', [3]],
    ]);
  });

  it('leaves interventions above the first heading without a goal', () => {
    const result = check([
      ['Nr', 'Interventie', 'Begroot'],
      [1, 'Coördinatie', 5_000],
      [null, 'Bestedingsdoel 1: Bovenschoolse maatregelen'],
      [2, 'Zomerschool', 10_000],
    ]);
    expect(interventions(result).map((i) => [i.cell, i.goals])).toEqual([
      ['B2', 'none'],
      ['B4', [1]],
    ]);
  });
});

describe('layout matrix (a): a Begroot/Benut pair under each goal', () => {
  const PAIRS: Rows = [
    ['NPO-begroting per doel'],
    [null, null, 'Bovenschools', null, 'VVE', null, 'Zorg & welzijn', null],
    ['Nr', 'Interventie', 'Begroot', 'Benut', 'Begroot', 'Benut', 'Begroot', 'Benut'],
    [1, 'Zomerschool', 10_000, 5_000, null, null, 2_000, 3_000],
    [2, 'Peuters', null, null, 20_000, 25_000],
    ['Totaal', null, 10_000, 5_000, 20_000, 25_000, 2_000, 3_000],
  ];

  it('reads the goal from the merged cell above each pair and the amounts per goal, without splitting', () => {
    const result = check(PAIRS);
    expect(result.model).toMatchObject({
      layout: 'matrix',
      headerRow: 2,
      begrootHeader: { row: 2, col: 2 },
      benutHeader: { row: 2, col: 3 },
    });
    expect(interventions(result)).toEqual([
      { cell: 'B4', name: 'Zomerschool', goals: [1, 3], begroot: 1_200_000, benut: 800_000 },
      { cell: 'B5', name: 'Peuters', goals: [2], begroot: 2_000_000, benut: 2_500_000 },
    ]);
    expect(allocations(result, 'Zomerschool')).toEqual([
      [1, 1_000_000, 500_000],
      [3, 200_000, 300_000],
    ]);
    expect(result.model.interventions.every((i) => !i.splitOverGoals && i.allocations.every((a) => !a.split))).toBe(
      true,
    );
    expect(findingsOf(result, 'MULTI_GOAL_UNSPLIT')).toEqual([]);
  });

  it('knows which goal every amount cell belongs to', () => {
    const [zomerschool] = check(PAIRS).model.interventions;
    expect(zomerschool!.amounts.map((a) => [address(a.row, a.col), a.field, a.goal])).toEqual([
      ['C4', 'begroot', 1],
      ['D4', 'benut', 1],
      ['E4', 'begroot', 2],
      ['F4', 'benut', 2],
      ['G4', 'begroot', 3],
      ['H4', 'benut', 3],
    ]);
  });

  it('adds the Totaal row per column and flags overspending per goal', () => {
    const result = check(PAIRS);
    expect(result.model.totals.map(total)).toEqual([{ row: 6, goal: undefined, grand: true, parts: [4, 5] }]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toEqual([]);
    expect(findingsOf(result, 'OVERSPENT').map((f) => [f.cell, f.amountCents])).toEqual([
      ['H4', 100_000],
      ['F5', 500_000],
    ]);
  });

  it('reads canonical names and long wordings above the pairs, and leaves a total pair out of the goals', () => {
    const result = check([
      [null, null, 'Bovenschoolse maatregelen', null, 'Maatregelen in VVE (2-6 jarigen)', null, 'Totaal', null],
      ['Nr', 'Interventie', 'Begroot', 'Benut', 'Begroot', 'Benut', 'Begroot', 'Benut'],
      [1, 'Zomerschool', 1_000, 500, null, null, 1_000, 500],
      [2, 'Peuters', null, null, 2_000, 2_500, 2_000, 2_500],
    ]);
    expect(result.model.layout).toBe('matrix');
    expect(interventions(result)).toEqual([
      { cell: 'B3', name: 'Zomerschool', goals: [1], begroot: 100_000, benut: 50_000 },
      { cell: 'B4', name: 'Peuters', goals: [2], begroot: 200_000, benut: 250_000 },
    ]);
  });
});

describe('layout matrix (b): columns of goal marks next to one amount', () => {
  it.each<[string, string | boolean]>([
    ['x', 'x'],
    ['X', 'X'],
    ['✓', '✓'],
    ['ja', 'ja'],
    ['TRUE', true],
  ])('reads %s as a mark', (_, mark) => {
    const result = check([
      ['Nr', 'Activiteit', 'Bovenschools', 'VVE', 'Zorg en welzijn', 'Samenwerking', 'Thuiszitters', 'Begroot'],
      ['a)', 'Buitenspelen', null, mark, null, mark, null, 8_000],
    ]);
    expect(result.model.layout).toBe('matrix');
    expect(interventions(result)).toEqual([
      { cell: 'B2', name: 'Buitenspelen', goals: [2, 4], begroot: 800_000, benut: 0 },
    ]);
  });

  const MARKS: Rows = [
    ['Nr', 'Activiteit', 'Bovenschools', 'VVE', 'Zorg & welzijn', 'Samenwerking', 'Thuiszitters', 'Begroot', 'Benut'],
    ['a)', 'Taalhuis', 'x', 'x', 'x', null, null, 100, 10],
    ['b)', 'Ouders', null, 'ja', null, null, null, 50, null],
    ['c)', 'Zonder doel', null, null, null, null, null, 20, null],
    ['d)', 'Rots en water', '-', '-', 'x', 'x', '-', 15_000, 15_000.01],
  ];

  it('splits an intervention marked for several goals equally in cents, the remainder to the lowest goal', () => {
    const result = check(MARKS);
    expect(result.model.interventions[0]).toMatchObject({
      name: 'Taalhuis',
      splitOverGoals: true,
      begrootCents: 10_000,
      benutCents: 1_000,
    });
    expect(allocations(result, 'Taalhuis')).toEqual([
      [1, 3_334, 334],
      [2, 3_333, 333],
      [3, 3_333, 333],
    ]);
    expect(result.model.interventions[0]!.allocations.every((a) => a.split)).toBe(true);
    expect(allocations(result, 'Ouders')).toEqual([[2, 5_000, 0]]);
    expect(allocations(result, 'Zonder doel')).toEqual([]);
    expect(allocations(result, 'Rots en water')).toEqual([
      [3, 750_000, 750_001],
      [4, 750_000, 750_000],
    ]);
  });

  it('makes the goal totals and the line without goal add up exactly to the total', () => {
    const { summaries } = check(MARKS);
    expect(summaries.goals.map((g) => [g.goal, g.begrootCents, g.benutCents, g.interventions])).toEqual([
      [1, 3_334, 334, 1],
      [2, 8_333, 333, 2],
      [3, 753_333, 750_334, 2],
      [4, 750_000, 750_000, 1],
      [5, 0, 0, 0],
    ]);
    expect(summaries.withoutGoal).toEqual({
      begrootCents: 2_000,
      benutCents: 0,
      restantCents: 2_000,
      interventions: 1,
    });
    expect(summaries.begrootCents).toBe(10_000 + 5_000 + 2_000 + 1_500_000);
    const sum = (f: 'begrootCents' | 'benutCents') =>
      summaries.goals.reduce((s, g) => s + g[f], 0) + summaries.withoutGoal[f];
    expect(sum('begrootCents')).toBe(summaries.begrootCents);
    expect(sum('benutCents')).toBe(summaries.benutCents);
    expect(summaries.benutCents).toBe(1_000 + 1_500_001);
  });

  it('reports the split, and the unmarked intervention as without goal', () => {
    const result = check(MARKS);
    expect(findingsOf(result, 'MULTI_GOAL_UNSPLIT').map((f) => f.cell)).toEqual(['B2', 'B5']);
    expect(findingsOf(result, 'NO_GOAL').map((f) => f.cell)).toEqual(['B4']);
  });

  it('reads goal columns headed by canonical names and long OCW wordings', () => {
    const result = check([
      [
        'Nr',
        'Activiteit',
        'Bovenschoolse maatregelen',
        'Voorschoolse periode',
        'Maatregelen voor zorg en welzijn',
        'Het bevorderen van samenwerking in de gemeente',
        'Maatregelen voor thuiszitters',
        'Begroot',
      ],
      ['a)', 'Taalhuis', 'x', null, 'x', null, null, 100],
      ['b)', 'Thuiszittersaanpak', null, null, null, 'x', 'x', 60],
    ]);
    expect(result.model.layout).toBe('matrix');
    expect(
      result.model.interventions.map((i) => [i.name, ...i.allocations.map((a) => [a.goal, a.begrootCents])]),
    ).toEqual([
      ['Taalhuis', [1, 5_000], [3, 5_000]],
      ['Thuiszittersaanpak', [4, 3_000], [5, 3_000]],
    ]);
  });

  it('reads goal columns headed by goal numbers typed as numbers', () => {
    const result = check([
      ['Nr', 'Activiteit', 1, 2, 3, 4, 5, 'Bedrag'],
      ['a)', 'Taalhuis', 'x', null, 'x', null, null, 100],
    ]);
    expect(result.model.layout).toBe('matrix');
    expect(allocations(result, 'Taalhuis')).toEqual([
      [1, 5_000, 0],
      [3, 5_000, 0],
    ]);
  });

  it('needs at least one mark below the goal columns to read them as a matrix', () => {
    const result = check([
      ['Nr', 'Activiteit', 'Bovenschools', 'VVE', 'Begroot'],
      ['a)', 'Taalhuis', null, null, 100],
    ]);
    expect(result.model.layout).toBe('list');
  });
});

describe('reading the rows: interventions, notes and stated totals', () => {
  it('skips empty rows and notes, and reads Totaal / Subtotaal / Total / Som rows as totals, not interventions', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Zomerschool', 1, 100],
      [],
      [null, 'Let op: bedragen zijn voorlopig'],
      [null, null, null, null],
      [2, 'Peuters', 2, 200],
      ['Subtotaal', null, null, 300],
      [3, 'Jeugdcoach', 3, 50],
      [null, 'Som', null, 350],
      ['Total', null, null, 350],
    ]);
    expect(interventions(result).map((i) => i.cell)).toEqual(['B2', 'B6', 'B8']);
    expect(result.model.totals.map((t) => [t.label, t.row + 1])).toEqual([
      ['Subtotaal', 7],
      ['Som', 9],
      ['Total', 10],
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toEqual([]);
  });

  it('keeps a row with only a name and an amount, or a code, as an intervention', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [null, 'Zonder nummer', 1, 100],
      [9, null, 1, null],
    ]);
    expect(result.model.interventions.map((i) => [i.row + 1, i.code, i.name])).toEqual([
      [2, undefined, 'Zonder nummer'],
      [3, '9', '9'],
    ]);
  });

  it('lets a subtotal add its section and the last plain Totaal add every intervention above it', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'A', 1, 100],
      [2, 'B', 1, 200],
      ['Subtotaal', null, null, 300],
      [3, 'C', 2, 50],
      ['Totaal', null, null, 350],
    ]);
    expect(result.model.totals.map(total)).toEqual([
      { row: 4, goal: undefined, grand: false, parts: [2, 3] },
      { row: 6, goal: undefined, grand: true, parts: [2, 3, 5] },
    ]);
  });

  it('lets a plain Totaal with interventions still below close a section', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'A', 1, 100],
      ['Totaal 2022', null, null, 100],
      [2, 'B', 1, 200],
      ['Totaal', null, null, 300],
    ]);
    expect(result.model.totals.map(total)).toEqual([
      { row: 3, goal: undefined, grand: false, parts: [2] },
      { row: 5, goal: undefined, grand: true, parts: [2, 4] },
    ]);
  });

  it("lets a goal subtotal add only its own goal's interventions in its section", () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'A', 1, 100],
      [2, 'B', 2, 200],
      [3, 'C', 1, 50],
      ['Subtotaal doel 1', null, null, 150],
      [4, 'D', 2, 10],
      ['Totaal', null, null, 360],
    ]);
    expect(result.model.totals.map(total)).toEqual([
      { row: 5, goal: 1, grand: false, parts: [2, 4] },
      { row: 7, goal: undefined, grand: true, parts: [2, 3, 4, 6] },
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toEqual([]);
  });

  it('lets goal subtotals written under the grand total add their goal over the whole list', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'A', 1, 100],
      [2, 'B', 2, 200],
      [3, 'C', 1, 50],
      ['Totaal', null, null, 350],
      ['Totaal Bovenschoolse maatregelen', null, null, 150],
      ['Subtotaal doel 2', null, null, 200],
      ['Subtotaal VVE', null, null, 201],
    ]);
    expect(result.model.totals.map(total)).toEqual([
      { row: 5, goal: undefined, grand: true, parts: [2, 3, 4] },
      { row: 6, goal: 1, grand: false, parts: [2, 4] },
      { row: 7, goal: 2, grand: false, parts: [3] },
      { row: 8, goal: 2, grand: false, parts: [3] },
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.amountCents])).toEqual([['D8', 100]]);
  });

  it('lets goal subtotals in a grouped sheet add their own group', () => {
    const result = check([
      ['Nr', 'Interventie', 'Begroot'],
      ['Bestedingsdoel 1: Bovenschoolse maatregelen'],
      [1, 'A', 100],
      [2, 'B', 200],
      ['Subtotaal doel 1', null, 300],
      ['Doel 2 - VVE'],
      [3, 'C', 50],
      ['Subtotaal doel 2', null, 50],
      ['Totaal', null, 350],
    ]);
    expect(result.model.totals.map(total)).toEqual([
      { row: 5, goal: 1, grand: false, parts: [3, 4] },
      { row: 8, goal: 2, grand: false, parts: [7] },
      { row: 9, goal: undefined, grand: true, parts: [3, 4, 7] },
    ]);
    expect(findingsOf(result, 'SUBTOTAL_MISMATCH')).toEqual([]);
  });

  it('ignores total rows without any amount', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'A', 1, 100],
      ['Totaal', null, null, null],
    ]);
    expect(result.model.totals).toEqual([]);
  });
});

describe('summaries per goal', () => {
  it('adds each goal, and puts interventions without a valid goal on their own line, to the exact total', () => {
    const result = check([
      ['Nr', 'Interventie', 'Doel', 'Begroot', 'Benut'],
      [1, 'Zomerschool', 'Bovenschools', 50_000, 12_000],
      [2, 'Huiswerkklas', 1, 10_000.01, 10_000.01],
      [3, 'Brede aanpak', '1 en 3', 100, 0.01],
      [4, 'Netwerk', 'Samenwerkingg', 7_000, 1_000],
      [5, 'Onbekend', null, 3_000, null],
      [6, 'Thuiszitters', 'Doel 7', 1_000, 1_500],
    ]);
    const { summaries } = result;
    expect(
      summaries.goals.map((g) => ({
        goal: g.goal,
        begroot: g.begrootCents,
        benut: g.benutCents,
        restant: g.restantCents,
        n: g.interventions,
      })),
    ).toEqual([
      {
        goal: 1,
        begroot: 5_000_000 + 1_000_001 + 5_000,
        benut: 1_200_000 + 1_000_001 + 1,
        restant: 5_000_000 - 1_200_000 + 5_000 - 1,
        n: 3,
      },
      { goal: 2, begroot: 0, benut: 0, restant: 0, n: 0 },
      { goal: 3, begroot: 5_000, benut: 0, restant: 5_000, n: 1 },
      { goal: 4, begroot: 0, benut: 0, restant: 0, n: 0 },
      { goal: 5, begroot: 0, benut: 0, restant: 0, n: 0 },
    ]);
    expect(summaries.goals.map((g) => g.name)).toEqual([
      'Bovenschoolse maatregelen',
      'Voorschoolse periode',
      'Zorg en welzijn',
      'Samenwerking in de gemeente',
      'Thuiszitters',
    ]);
    expect(summaries.withoutGoal).toEqual({
      begrootCents: 1_100_000,
      benutCents: 250_000,
      restantCents: 850_000,
      interventions: 3,
    });
    expect(summaries.begrootCents).toBe(7_110_001);
    expect(summaries.benutCents).toBe(2_450_002);
    const goalBegroot = summaries.goals.reduce((s, g) => s + g.begrootCents, 0);
    const goalBenut = summaries.goals.reduce((s, g) => s + g.benutCents, 0);
    expect(goalBegroot + summaries.withoutGoal.begrootCents).toBe(summaries.begrootCents);
    expect(goalBenut + summaries.withoutGoal.benutCents).toBe(summaries.benutCents);
  });

  it('adds 100,00 split over three goals to exactly 100,00', () => {
    const { summaries } = check([
      ['Nr', 'Activiteit', 'Bovenschools', 'VVE', 'Zorg en welzijn', 'Begroot'],
      [1, 'Taalhuis', 'x', 'x', 'x', 100],
    ]);
    expect(summaries.goals.slice(0, 3).map((g) => g.begrootCents)).toEqual([3_334, 3_333, 3_333]);
    expect(summaries.goals.reduce((s, g) => s + g.begrootCents, 0) + summaries.withoutGoal.begrootCents).toBe(10_000);
    expect(summaries.begrootCents).toBe(10_000);
  });

  it('is all zero for a sheet without interventions', () => {
    const { summaries } = check([['Nr', 'Interventie', 'Doel', 'Begroot']]);
    expect(summaries.begrootCents).toBe(0);
    expect(summaries.withoutGoal).toEqual({ begrootCents: 0, benutCents: 0, restantCents: 0, interventions: 0 });
    expect(summaries.goals.every((g) => g.begrootCents === 0 && g.interventions === 0)).toBe(true);
  });
});
