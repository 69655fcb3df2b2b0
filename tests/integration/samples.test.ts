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
    expect(result.summaries.goals.map((g) => g.begrootCents)).toEqual([
      99_500_000, 50_000_000, 52_500_000, 8_000_000, 5_000_000,
    ]);
    expect(result.summaries.withoutGoal.interventions).toBe(0);
  });

  it('finds the plan € 11.490,36 over its grant, and nothing else', () => {
    expect(pinned(result)).toEqual([['CEILING_EXCEEDED', 'D28', 1_149_036]]);
  });
});

describe('Hilversum 2023 status (list, begroot and benut) with its payments sheet', () => {
  let result: CheckResult;
  let budgetOnly: CheckResult;
  beforeAll(async () => {
    const snapshot = await readWorkbookFile(path.join(SAMPLES, 'hilversum-2023-stand.xlsx'));
    result = checkWorkbook(snapshot);
    budgetOnly = checkWorkbook({ sheets: snapshot.sheets.filter((s) => s.name !== 'Betalingen') });
  });

  it('reads the ceiling from the Instellingen sheet', () => {
    expect(result.model).toMatchObject({ sheet: 'Stand 2023', layout: 'list' });
    expect(result.model.ceiling).toMatchObject({
      cents: 213_850_964,
      source: 'settings-sheet',
      sheet: 'Instellingen',
      cell: 'B1',
    });
  });

  it('pins the budget’s own findings: overspending of 16 and AT, text amount, totals that do not add up', () => {
    expect(pinned(budgetOnly)).toEqual([
      ['NUMBER_AS_TEXT', 'F12', 4_017_100],
      ['SUBTOTAL_MISMATCH', 'E21', 4_500_000],
      ['SUBTOTAL_MISMATCH', 'F21', -4_017_100],
      ['OVERSPENT', 'F12', 17_100],
      ['DUPLICATE_CODE', 'B13', undefined],
      ['OVERSPENT', 'F20', 2_211_400],
      ['TOTAL_HARDCODED', 'E21', undefined],
      ['BUDGET_UNALLOCATED', 'E21', 3_350_964],
    ]);
    expect(budgetOnly.reconciliation).toBeUndefined();
  });

  it('pins the findings with the payments: one of each payment problem, the budget’s findings unchanged', () => {
    expect(result.findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.amountCents])).toEqual([
      ['SPENT_PAYMENTS_MISMATCH', 'Stand 2023!F7', 285_200],
      ['NUMBER_AS_TEXT', 'Stand 2023!F12', 4_017_100],
      ['SUBTOTAL_MISMATCH', 'Stand 2023!E21', 4_500_000],
      ['SUBTOTAL_MISMATCH', 'Stand 2023!F21', -4_017_100],
      ['PAYMENT_OUTSIDE_PERIOD', 'Betalingen!A5', 350_000],
      ['PAYMENT_UNKNOWN_INTERVENTION', 'Betalingen!D15', undefined],
      ['PAYMENT_DATE_UNREADABLE', 'Betalingen!A29', undefined],
      // AT's advance and settlement add up to its overspent benut: a settlement above the grant.
      ['SUBSIDY_SETTLEMENT_ABOVE_GRANT', 'Betalingen!F33', 17_100],
      ['PAYMENTS_EXCEED_BUDGET', 'Stand 2023!E12', 17_100],
      ['OVERSPENT', 'Stand 2023!F12', 17_100],
      ['DUPLICATE_CODE', 'Stand 2023!B13', undefined],
      ['PAYMENTS_EXCEED_BUDGET', 'Stand 2023!E20', 2_211_400],
      ['OVERSPENT', 'Stand 2023!F20', 2_211_400],
      ['TOTAL_HARDCODED', 'Stand 2023!E21', undefined],
      ['PAYMENT_PARTNER_MISMATCH', 'Betalingen!C22', undefined],
      ['CREDIT_NOTE_UNMATCHED', 'Betalingen!F23', -200_000],
      ['PAYMENT_DUPLICATE', 'Betalingen!B28', 125_000],
      ['BUDGET_UNALLOCATED', 'Stand 2023!E21', 3_350_964],
    ]);
    const budgetSide = result.findings.filter(
      (f) => f.sheet === 'Stand 2023' && !['SPENT_PAYMENTS_MISMATCH', 'PAYMENTS_EXCEED_BUDGET'].includes(f.rule),
    );
    expect(budgetSide).toEqual(budgetOnly.findings);
  });

  it('counts the benut stored as text, which the sheet’s own SUM skips', () => {
    expect(result.summaries.benutCents).toBe(132_614_400);
  });

  it('reconciles the payments with benut everywhere except where a problem is planted', () => {
    const rec = result.reconciliation!;
    expect(rec.paymentsSheet).toMatchObject({ sheet: 'Betalingen', headerRow: 3 });
    expect(rec.paymentsSheet.payments).toHaveLength(31);
    const differing = rec.interventions
      .filter((r) => r.differenceCents !== 0)
      .map((r) => [r.intervention.code, r.differenceCents]);
    expect(differing).toEqual([['2', 285_200]]);
    expect(rec).toMatchObject({ paidCents: 133_579_200, openCents: 210_200, unassigned: { paidCents: 1_250_000 } });
  });

  it('pays per year and goal: 2022 matches the annex’s “Realisatie 2022” for goals 1, 3 and 5', () => {
    const rec = result.reconciliation!;
    expect(rec.years.map((y) => [y.year, y.totalCents, y.cumulativeCents])).toEqual([
      [2021, 350_000, 350_000],
      [2022, 56_150_000, 56_500_000],
      [2023, 69_588_700, 126_088_700],
      [2024, 0, 126_088_700],
      [2025, 0, 126_088_700],
    ]);
    expect(rec.years[1]!.goals.map((g) => g.paidCents)).toEqual([34_600_000, 2_000_000, 14_700_000, 0, 3_600_000]);
    expect(rec.undated.totalCents).toBe(7_490_500);
  });

  it('states the payback and the tolerance', () => {
    const rec = result.reconciliation!;
    expect(rec.payback).toMatchObject({
      spentCents: 131_979_200,
      paybackCents: 81_871_764,
      paybackAfterOpenCents: 81_661_564,
    });
    expect(rec.tolerance).toEqual({
      lastenCents: 132_614_400,
      toleranceCents: 12_500_000,
      unexplainedCents: 1_535_200,
      within: true,
    });
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
