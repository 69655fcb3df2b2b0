/**
 * The bundled samples, built from the seed documents' own figures, read from `.xlsx` through the
 * ExcelJS adapter. Their findings are pinned: a change in what the checker reports on real
 * municipal budgets must be a deliberate one.
 */
import path from 'node:path';
import { checkWorkbook, type CheckResult } from '../../src/engine/check';
import { readWorkbookFile } from '../../src/xlsx/read-file';

const SAMPLES = path.resolve(__dirname, '../../samples');

async function checkSample(file: string): Promise<CheckResult> {
  return checkWorkbook(await readWorkbookFile(path.join(SAMPLES, file)));
}

const pinned = (result: CheckResult) => result.findings.map((f) => [f.rule, f.cell, f.amountCents]);

describe('Hilversum 2021 budget annex (grouped, five goal subtotals)', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkSample('hilversum-2021-begroting.xlsx');
  });

  it('reads the grouped layout and the ceiling above the table', () => {
    expect(result.model).toMatchObject({ sheet: 'Begroting 2021', layout: 'grouped', headerRow: 4 });
    expect(result.model.ceiling).toMatchObject({ cents: 213_850_964, source: 'sheet', cell: 'D2' });
  });

  it('puts every intervention under its goal heading, including the misspelt "Bestedinsdoel 1"', () => {
    expect(result.summaries.goals.map((g) => g.begrootCents)).toEqual([99_500_000, 50_000_000, 52_500_000, 8_000_000, 5_000_000]);
    expect(result.summaries.withoutGoal.interventions).toBe(0);
  });

  it('finds the plan € 11.490,36 over its grant, and nothing else', () => {
    expect(pinned(result)).toEqual([['CEILING_EXCEEDED', 'D28', 1_149_036]]);
  });
});

describe('Hilversum 2023 status (list, begroot and benut)', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkSample('hilversum-2023-stand.xlsx');
  });

  it('reads the ceiling from the Instellingen sheet', () => {
    expect(result.model).toMatchObject({ sheet: 'Stand 2023', layout: 'list' });
    expect(result.model.ceiling).toMatchObject({ cents: 213_850_964, source: 'settings-sheet', sheet: 'Instellingen', cell: 'B1' });
  });

  it('pins its findings: overspending of 16 and AT, text amount, totals that do not add up', () => {
    expect(pinned(result)).toEqual([
      ['NUMBER_AS_TEXT', 'F12', 4_017_100],
      ['SUBTOTAL_MISMATCH', 'E21', 4_500_000],
      ['SUBTOTAL_MISMATCH', 'F21', -4_017_100],
      ['OVERSPENT', 'F12', 17_100],
      ['DUPLICATE_CODE', 'B13', undefined],
      ['OVERSPENT', 'F20', 2_211_400],
      ['TOTAL_HARDCODED', 'E21', undefined],
      ['BUDGET_UNALLOCATED', 'E21', 3_350_964],
    ]);
  });

  it('counts the benut stored as text, which the sheet’s own SUM skips', () => {
    expect(result.summaries.benutCents).toBe(132_614_400);
  });
});

describe('Putten 2021 (themes instead of goals, "Ca." amounts)', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkSample('putten-2021.xlsx');
  });

  it('pins its findings: themes that are no goal, rows without a goal, estimates', () => {
    expect(pinned(result)).toEqual([
      ['UNKNOWN_GOAL', 'C6', undefined],
      ['UNKNOWN_GOAL', 'C7', undefined],
      ['UNKNOWN_GOAL', 'C8', undefined],
      ['NO_GOAL', 'B10', undefined],
      ['NO_GOAL', 'B11', undefined],
      ['AMOUNT_ESTIMATE', 'E6', 4_800_000],
      ['AMOUNT_ESTIMATE', 'E7', 6_000_000],
      ['AMOUNT_ESTIMATE', 'E8', 2_000_000],
      ['AMOUNT_ESTIMATE', 'E9', 10_000_000],
      ['AMOUNT_ESTIMATE', 'E10', 400_000],
      ['AMOUNT_ESTIMATE', 'E11', 9_000_000],
      ['TOTAL_HARDCODED', 'E12', undefined],
    ]);
  });

  it('plans exactly its € 322.000, most of it without a valid goal', () => {
    expect(result.summaries.begrootCents).toBe(32_200_000);
    expect(result.summaries.withoutGoal).toMatchObject({ interventions: 5, begrootCents: 22_200_000 });
  });
});

describe('Voerendaal 2021 (matrix of goal marks)', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkSample('voerendaal-2021.xlsx');
  });

  it('pins its findings: unsplit goals, P.M., text that is no amount, € 12.258 left', () => {
    expect(result.model.layout).toBe('matrix');
    expect(pinned(result)).toEqual([
      ['AMOUNT_UNREADABLE', 'I7', undefined],
      ['MULTI_GOAL_UNSPLIT', 'B8', undefined],
      ['MULTI_GOAL_UNSPLIT', 'B9', undefined],
      ['MULTI_GOAL_UNSPLIT', 'B10', undefined],
      ['MULTI_GOAL_UNSPLIT', 'B11', undefined],
      ['MULTI_GOAL_UNSPLIT', 'B12', undefined],
      ['MULTI_GOAL_UNSPLIT', 'B13', undefined],
      ['MULTI_GOAL_UNSPLIT', 'B14', undefined],
      ['AMOUNT_PLACEHOLDER', 'I15', undefined],
      ['BUDGET_UNALLOCATED', 'I16', 1_225_800],
    ]);
  });

  it('splits marked amounts so that the goals add up to the € 101.000 planned, to the cent', () => {
    const goals = result.summaries.goals.reduce((sum, g) => sum + g.begrootCents, 0);
    expect(goals + result.summaries.withoutGoal.begrootCents).toBe(10_100_000);
  });
});
