/**
 * The reconciliation's figures: per intervention and uitvoerder, per calendar year and goal, the
 * payback and the reporting tolerance, all in integer cents.
 */
import { serialFromCivil } from '../../../src/engine/dates';
import { sheetFromValues } from '../../../src/engine/grid';
import { detectPaymentsHeader, isPaymentsSheet } from '../../../src/engine/payments/detect';
import { samePartner } from '../../../src/engine/payments/partners';
import { apportion, reportingTolerance } from '../../../src/engine/payments/summaries';
import { checkPayments, LIST_HEADER, PAYMENTS_BUDGET, type Rows } from '../../helpers';

let invoice = 0;
const row = (
  Datum: unknown,
  Crediteur: string,
  Interventie: unknown,
  Bedrag: unknown,
  Status = 'betaald',
): unknown[] => [Datum, `F-${++invoice}`, Crediteur, Interventie, 'factuur', Bedrag, Status, ''];

describe('reportingTolerance (Bado art. 5 lid 4), to the cent', () => {
  it.each([
    [0, 1_250_000],
    [12_500_000, 1_250_000],
    [12_500_001, 1_250_000],
    [12_500_010, 1_250_001],
    [13_000_010, 1_300_001],
    [99_999_999, 9_999_999],
    [100_000_000, 10_000_000],
    [100_000_001, 12_500_000],
    [500_000_000_00, 12_500_000],
  ])('lasten %i cents give %i cents', (lasten, tolerance) => {
    expect(reportingTolerance(lasten)).toBe(tolerance);
  });
});

describe('apportion', () => {
  it('splits in proportion to the weights, the remainder to the first goal, adding up exactly', () => {
    expect(apportion(1_000, [1, 1, 1])).toEqual([334, 333, 333]);
    expect(apportion(10_001, [3_000, 1_000])).toEqual([7_501, 2_500]);
    expect(apportion(-10_001, [3_000, 1_000])).toEqual([-7_501, -2_500]);
    expect(apportion(7, [0, 0])).toEqual([4, 3]);
    const big = apportion(9_007_199_254_740_99, [9_007_199_254_740_9, 1]);
    expect(big.reduce((a, b) => a + b, 0)).toBe(9_007_199_254_740_99);
  });
});

describe('samePartner', () => {
  it.each([
    ['Stichting Proloog', 'Proloog', true],
    ['De Bibliotheek', 'Bibliotheek Hilversum', true],
    ['RBL', 'Regionaal Bureau Leerlingzaken', true],
    ['Bink Kinderopvang en Teamsportservice', 'Teamsportservice', true],
    ['AT kinderopvang', 'Bink', false],
    ['AT kinderopvang', 'Bink Kinderopvang', false],
    ['Samenwerkingsverband Unita', 'Samenwerkingsverband Qinas', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(samePartner(a, b)).toBe(same);
  });

  it('has no judgement without two names', () => {
    expect(samePartner('', 'Versa')).toBeUndefined();
    expect(samePartner('Stichting', 'Versa')).toBeUndefined();
  });
});

describe('detectPaymentsHeader', () => {
  it.each([
    [['Factuurdatum', 'Factuurnr', 'Leverancier', 'Maatregel', 'Factuurbedrag']],
    [['Betaaldatum', 'Kenmerk', 'Subsidieontvanger', 'Interventienummer', 'Bedrag', 'Type', 'Betaalstatus']],
    [['Datum', 'Nummer', 'Partner', 'Interventie', 'Bedrag']],
    [['Datum betaling', 'Factuur nr', 'Crediteur', 'Nummer interventie', 'Betaald bedrag']],
  ])('reads %j as a payments header', (header) => {
    const found = detectPaymentsHeader(sheetFromValues('B', [['Betalingen NPO'], [], header]));
    expect(found).toMatchObject({ row: 2, usable: true });
    expect(found!.found).toMatchObject({ date: 0, number: 1, partner: 2, intervention: 3, amount: 4 });
  });

  it('marks a sheet with a date and a number as payments even when it cannot be reconciled', () => {
    const sheet = sheetFromValues('B', [['Datum', 'Kenmerk', 'Opmerking']]);
    expect(isPaymentsSheet(sheet)).toBe(true);
    expect(detectPaymentsHeader(sheet)!.usable).toBe(false);
  });

  it('leaves budget sheets alone: they have no date per row', () => {
    expect(isPaymentsSheet(sheetFromValues('B', [[...LIST_HEADER], [1, 'Huiswerkkamer', 1, 'Versa', 1, 1]]))).toBe(
      false,
    );
    expect(isPaymentsSheet(sheetFromValues('B', [['Nummer', 'Interventie', 'Bedrag', 'Looptijd']]))).toBe(false);
  });
});

describe('the reconciliation', () => {
  const payments: Rows = [
    row('15-2-2022', 'Versa Welzijn', 1, 100_000),
    row('31-12-2022', 'Versa Welzijn', 1, 40_000),
    row('1-1-2023', 'Versa Welzijn', 1, 9_823),
    row('1-1-2023', 'AT kinderopvang', '7-9', 20_000, 'open'),
    row('juni 2023', 'RBL', 16, 1_000),
    row('1-8-2025', 'RBL', 16, 2_000),
    row('15-11-2022', 'IMC Weekendschool', 'Weekendschool', 12_500),
  ] as Rows;
  const rec = checkPayments(payments).reconciliation!;

  it('adds up paid and open per intervention, the difference being benut − paid', () => {
    expect(rec.interventions.map((r) => [r.intervention.code, r.paidCents, r.openCents, r.differenceCents])).toEqual([
      ['1', 14_982_300, 0, 0],
      ['7-9', 0, 2_000_000, 2_000_000],
      ['7-9', 0, 0, 0],
      ['12', 0, 0, 0],
      ['16', 300_000, 0, -300_000],
    ]);
    expect(rec.unassigned).toMatchObject({ paidCents: 1_250_000, openCents: 0 });
    expect(rec.paidCents).toBe(14_982_300 + 300_000 + 1_250_000);
    expect(rec.openCents).toBe(2_000_000);
  });

  it('groups interventions per uitvoerder as the budget names them', () => {
    expect(rec.partners.map((p) => [p.partner, p.interventions.length, p.begrootCents])).toEqual([
      ['Versa Welzijn', 1, 15_000_000],
      ['AT kinderopvang', 1, 4_000_000],
      ['Bink', 1, 26_000_000],
      [undefined, 1, 15_000_000],
      ['Regionaal Bureau Leerlingzaken', 1, 5_000_000],
    ]);
  });

  it('puts each paid amount in its calendar year, to the day, per goal, with cumulative totals', () => {
    expect(rec.years.map((y) => [y.year, y.totalCents, y.cumulativeCents])).toEqual([
      [2021, 0, 0],
      [2022, 14_000_000 + 1_250_000, 15_250_000],
      [2023, 982_300, 16_232_300],
      [2024, 0, 16_232_300],
      [2025, 200_000, 16_432_300],
    ]);
    const y2022 = rec.years[1]!;
    expect(y2022.goals.map((g) => g.paidCents)).toEqual([14_000_000, 0, 0, 0, 0]);
    expect(y2022.withoutGoalCents).toBe(1_250_000);
    expect(rec.years[4]!.goals[4]!.paidCents).toBe(200_000);
  });

  it('keeps paid amounts without a readable date out of every year', () => {
    expect(rec.undated.totalCents).toBe(100_000);
    expect(rec.undated.goals[4]!.paidCents).toBe(100_000);
  });

  it('shows every year of the period, and a year outside it when a payment falls there', () => {
    const r = checkPayments([row('2-1-2026', 'Versa Welzijn', 1, 5)] as Rows).reconciliation!;
    expect(r.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const short = checkPayments([], { periodStart: '1-1-2022', periodEnd: '31-12-2022' }).reconciliation!;
    expect(short.years.map((y) => y.year)).toEqual([2022]);
  });

  it('works out what would have to be paid back: ceiling minus what counts against the grant', () => {
    expect(rec.payback).toEqual({
      ceilingCents: 100_000_000,
      paidCents: 16_532_300,
      outsidePeriodCents: 200_000,
      unassignedCents: 1_250_000,
      spentCents: 15_082_300,
      openCents: 2_000_000,
      paybackCents: 100_000_000 - 15_082_300,
      paybackAfterOpenCents: 100_000_000 - 15_082_300 - 2_000_000,
    });
    const over = checkPayments([row('15-2-2022', 'Versa Welzijn', 1, 2_000_000)] as Rows).reconciliation!;
    expect(over.payback.paybackCents).toBe(0);
  });

  it('measures the tolerance on total benut and sets the unexplained differences against it', () => {
    expect(rec.tolerance).toEqual({
      lastenCents: 14_982_300 + 2_000_000,
      toleranceCents: 1_698_230,
      unexplainedCents: 2_000_000 + 300_000 + 1_250_000,
      within: false,
    });
  });

  it('measures it on total paid when the budget has no benut column', () => {
    const budget: Rows = [
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot'],
      [1, 'Huiswerkkamer', 1, 150_000],
    ];
    const r = checkPayments([row('15-2-2022', 'Versa', 1, 200_000)] as Rows, {}, budget).reconciliation!;
    expect(r.tolerance).toMatchObject({ lastenCents: 20_000_000, toleranceCents: 2_000_000 });
  });

  it('splits a payment for an intervention with several goals as its budget splits', () => {
    const budget: Rows = [[...LIST_HEADER], [1, 'Brede aanpak', '2 en 4', 'Versa', 100_000, 100.01]];
    const r = checkPayments([row(serialFromCivil(2023, 5, 1), 'Versa', 1, 100.01)] as Rows, {}, budget).reconciliation!;
    expect(r.years[2]!.goals.map((g) => g.paidCents)).toEqual([0, 5_001, 0, 5_000, 0]);
  });

  it('reads the status: empty or betaald is paid; open, onbetaald and nee are open', () => {
    const r = checkPayments(
      [
        row('1-3-2022', 'Versa', 1, 1, ''),
        row('1-3-2022', 'Versa', 1, 2, 'Onbetaald'),
        row('1-3-2022', 'Versa', 1, 4, 'nee'),
        row('1-3-2022', 'Versa', 1, 8, 'Betaald'),
      ] as Rows,
      {},
      PAYMENTS_BUDGET,
    ).reconciliation!;
    expect(r.paymentsSheet.payments.map((p) => p.status)).toEqual(['betaald', 'open', 'open', 'betaald']);
  });
});
