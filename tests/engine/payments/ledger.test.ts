/**
 * Ledger exports: their columns recognised, debit/credit and VAT counted as chosen, bookings
 * matched by the budget's order column, the sheet "NPO Koppeling", or code and name (each saying
 * how), the unmatched grouped by code; and the subsidy steps' rules firing and staying quiet.
 */
import { checkWorkbook, type CheckOptions } from '../../../src/engine/check';
import type { PlainValue } from '../../../src/engine/grid';
import { findingsOf, LIST_HEADER, PAYMENTS_BUDGET, workbook, type Rows } from '../../helpers';

const LEDGER_HEADER = [
  'Boekjaar',
  'Periode',
  'Grootboekrekening',
  'Kostenplaats',
  'Ordernummer',
  'Crediteurnummer',
  'Crediteur',
  'Factuurnummer',
  'Boekdatum',
  'Omschrijving',
  'Debet',
  'Credit',
  'BTW',
] as const;
type Field = (typeof LEDGER_HEADER)[number];

let invoice = 0;
/** A debit booking of Versa Welzijn on order 7001 unless told otherwise. */
function booking(over: Partial<Record<Field, PlainValue>> = {}): PlainValue[] {
  const row: Record<string, PlainValue> = {
    Boekjaar: 2022,
    Periode: 3,
    Grootboekrekening: 4400,
    Kostenplaats: 'ONW',
    Ordernummer: '7001',
    Crediteurnummer: 'C100',
    Crediteur: 'Versa Welzijn',
    Factuurnummer: `F-${++invoice}`,
    Boekdatum: '15-3-2022',
    Omschrijving: 'Huiswerkkamer',
    Debet: 1_000,
    Credit: undefined,
    BTW: 210,
    ...over,
  };
  return LEDGER_HEADER.map((h) => row[h]);
}

/** The test budget with an Ordernummer column after Uitvoerder. */
const BUDGET_WITH_ORDERS: Rows = PAYMENTS_BUDGET.map((row, i) => {
  const orders = ['Ordernummer', '7001', '7007', '7008', '7012', '7016'];
  return [...row.slice(0, 4), orders[i], ...row.slice(4)];
});

const MAPPING: Rows = [
  ['NPO Koppeling'],
  ['Code → interventie'],
  [],
  ['Code', 'Interventie', 'Boekingen', 'Bedrag', 'Omschrijving'],
  ['7001', 1],
  ['7016', 'Preventief spreekuur'],
  ['7099', ''],
];

function run(rows: Rows, options: CheckOptions = {}, extra: Record<string, Rows> = {}, budget: Rows = PAYMENTS_BUDGET) {
  return checkWorkbook(workbook({ Begroting: budget, Grootboek: [[...LEDGER_HEADER], ...rows], ...extra }), {
    ceilingCents: 100_000_000,
    ...options,
  });
}

describe('ledger columns', () => {
  it('recognises a ledger export by its own header and reads debit minus credit, excl. VAT by default', () => {
    const r = run([booking(), booking({ Debet: undefined, Credit: 200, BTW: 42 })], {}, { 'NPO Koppeling': MAPPING });
    const sheet = r.reconciliation!.paymentsSheet;
    expect(sheet.sheet).toBe('Grootboek');
    expect(sheet.basis).toEqual({ chosen: 'excl', counted: 'excl', source: 'debet-credit', vatColumn: true });
    expect(sheet.payments.map((p) => p.cents)).toEqual([100_000, -20_000]);
    expect(sheet.payments[1]!.amountCol).toBe(11);
    // The budget is not read as the ledger, nor the ledger as the budget.
    expect(r.model.sheet).toBe('Begroting');
  });

  it('counts incl. VAT when asked, the VAT of a credit coming back as well', () => {
    const r = run(
      [booking(), booking({ Debet: undefined, Credit: 200, BTW: 42 })],
      { vat: 'incl' },
      { 'NPO Koppeling': MAPPING },
    );
    expect(r.reconciliation!.paymentsSheet.basis.counted).toBe('incl');
    expect(r.reconciliation!.paymentsSheet.payments.map((p) => p.cents)).toEqual([121_000, -24_200]);
  });

  it('takes Bedrag excl. and incl. BTW as written, and falls back when only one of them is there', () => {
    const header = [
      'Boekdatum',
      'Projectcode',
      'Factuurnummer',
      'Crediteur',
      'Bedrag excl. BTW',
      'BTW-bedrag',
      'Bedrag incl. BTW',
    ];
    const rows: Rows = [header, ['1-3-2022', 1, 'F-1', 'Versa Welzijn', 100, 21, 121]];
    const both = checkWorkbook(workbook({ Begroting: PAYMENTS_BUDGET, Grootboek: rows }), { vat: 'incl' });
    expect(both.reconciliation!.paymentsSheet.payments[0]!.cents).toBe(12_100);
    expect(both.reconciliation!.paymentsSheet.payments[0]!.amountCol).toBe(6);
    const onlyIncl = checkWorkbook(
      workbook({
        Begroting: PAYMENTS_BUDGET,
        Grootboek: [
          ['Boekdatum', 'Projectcode', 'Factuurnummer', 'Bedrag incl. BTW'],
          ['1-3-2022', 1, 'F-1', 121],
        ],
      }),
    );
    expect(onlyIncl.reconciliation!.paymentsSheet.basis).toMatchObject({
      chosen: 'excl',
      counted: 'incl',
      fallback: 'no-excl',
    });
    const inclMinusVat = checkWorkbook(
      workbook({
        Begroting: PAYMENTS_BUDGET,
        Grootboek: [
          ['Boekdatum', 'Projectcode', 'Factuurnummer', 'Bedrag incl. BTW', 'BTW'],
          ['1-3-2022', 1, 'F-1', 121, 21],
        ],
      }),
    );
    expect(inclMinusVat.reconciliation!.paymentsSheet.payments[0]!.cents).toBe(10_000);
  });

  it('counts a signed Bedrag as booked when the export says nothing of VAT', () => {
    const r = checkWorkbook(
      workbook({
        Begroting: PAYMENTS_BUDGET,
        Grootboek: [
          ['Boekdatum', 'Kostendrager', 'Grootboekrekening', 'Bedrag'],
          ['1-3-2022', 1, 4400, -50],
        ],
      }),
    );
    expect(r.reconciliation!.paymentsSheet.basis).toEqual({
      chosen: 'excl',
      counted: 'as-booked',
      source: 'bedrag',
      vatColumn: false,
    });
    expect(r.reconciliation!.paymentsSheet.payments[0]!.cents).toBe(-5_000);
  });

  it('dates a booking without a Boekdatum at the end of its year and period', () => {
    const r = checkWorkbook(
      workbook({
        Begroting: PAYMENTS_BUDGET,
        Grootboek: [
          ['Boekjaar', 'Periode', 'Ordernummer', 'Bedrag'],
          [2022, 2, 1, 10],
          [2023, 13, 1, 10],
        ],
      }),
    );
    expect(r.reconciliation!.years.filter((y) => y.totalCents !== 0).map((y) => y.year)).toEqual([2022, 2023]);
    expect(r.reconciliation!.paymentsSheet.payments.map((p) => p.date)).toEqual([
      { kind: 'date', serial: 44620 }, // 28-2-2022
      { kind: 'date', serial: 45291 }, // 31-12-2023
    ]);
  });

  it('never takes a budget sheet with a Rekening or Jaar column for a ledger', () => {
    const budget: Rows = [
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Jaar', 'Begroot', 'Rekening 2022'],
      [1, 'Huiswerkkamer', 1, 2022, 100, 90],
    ];
    expect(checkWorkbook(workbook({ Begroting: budget })).model.sheet).toBe('Begroting');
  });
});

describe('matching bookings to interventions', () => {
  it('matches by the budget sheet’s order column first', () => {
    const r = run([booking(), booking({ Ordernummer: '7016', Crediteur: 'RBL' })], {}, {}, BUDGET_WITH_ORDERS);
    const payments = r.reconciliation!.paymentsSheet.payments;
    expect(payments.map((p) => [p.intervention?.code, p.matchedBy])).toEqual([
      ['1', 'order-column'],
      ['16', 'order-column'],
    ]);
    expect(r.reconciliation!.matchedBy).toEqual({ 'order-column': 2, koppeling: 0, code: 0, name: 0 });
  });

  it('matches through NPO Koppeling, by code or name, and skips lines still to be filled', () => {
    const r = run(
      [booking(), booking({ Ordernummer: '7016' }), booking({ Ordernummer: '7099' })],
      {},
      { 'NPO Koppeling': MAPPING },
    );
    expect(r.reconciliation!.paymentsSheet.payments.map((p) => [p.intervention?.code, p.matchedBy])).toEqual([
      ['1', 'koppeling'],
      ['16', 'koppeling'],
      [undefined, undefined],
    ]);
    // The mapping sheet is neither the budget sheet nor a ledger.
    expect(r.model.sheet).toBe('Begroting');
  });

  it('falls back on code and name, also from an Interventie column beside the order column', () => {
    const header = ['Boekdatum', 'Ordernummer', 'Interventie', 'Factuurnummer', 'Bedrag'];
    const r = checkWorkbook(
      workbook({
        Begroting: PAYMENTS_BUDGET,
        Grootboek: [header, ['1-3-2022', '8000', 16, 'F-1', 10], ['1-3-2022', 'Huiswerkkamer', '', 'F-2', 10]],
      }),
    );
    expect(r.reconciliation!.paymentsSheet.payments.map((p) => [p.intervention?.code, p.matchedBy])).toEqual([
      ['16', 'code'],
      ['1', 'name'],
    ]);
  });

  it('lists the unmatched bookings grouped by code with their totals, the largest first', () => {
    const r = run([
      booking({ Ordernummer: '7099' }),
      booking({ Ordernummer: '70-99', Debet: 500 }),
      booking({ Ordernummer: '7100', Debet: 50 }),
      booking(),
    ]);
    expect(r.reconciliation!.unmatchedCodes.map((u) => [u.code, u.bookings, u.paidCents])).toEqual([
      ['7099', 2, 150_000],
      ['7001', 1, 100_000],
      ['7100', 1, 5_000],
    ]);
    expect(findingsOf(r, 'PAYMENT_UNKNOWN_INTERVENTION')).toHaveLength(4);
  });
});

/** Subsidy steps of Versa Welzijn on intervention 1 (begroot € 150.000), through the mapping. */
const step = (date: string, kind: string, amount: number, over: Partial<Record<Field, PlainValue>> = {}) =>
  booking({
    Boekdatum: date,
    Omschrijving: `Subsidie huiswerkkamer, ${kind}`,
    Debet: amount > 0 ? amount : undefined,
    Credit: amount < 0 ? -amount : undefined,
    BTW: undefined,
    ...over,
  });
const steps = (rows: Rows) => run(rows, {}, { 'NPO Koppeling': MAPPING });

describe('SUBSIDY_ADVANCE_UNSETTLED', () => {
  it('fires for advances never settled when the ledger runs past the period’s end', () => {
    const r = steps([
      step('1-3-2022', 'voorschot', 70_000),
      step('1-3-2023', 'voorschot', 50_000),
      step('1-9-2025', 'factuur', 100, { Ordernummer: '7016', Crediteur: 'RBL' }),
    ]);
    const [f] = findingsOf(r, 'SUBSIDY_ADVANCE_UNSETTLED');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Grootboek', cell: 'K3', amountCents: 12_000_000 });
    expect(f!.message).toBe(
      'Interventie ‘Huiswerkkamer’: 2 voorschotten aan ‘Versa Welzijn’ (€ 120.000,00, laatste: boeking ‘F-' +
        `${invoice - 1}’ (Versa Welzijn, € 50.000,00, rij 3)) zijn niet vastgesteld, terwijl de bestedingsperiode op 31-07-2025 is afgelopen; zonder vaststelling is niet verantwoord wat ervan is besteed.`,
    );
  });

  it('stays quiet once settled or recovered, and while the ledger ends inside the period', () => {
    expect(
      findingsOf(
        steps([
          step('1-3-2022', 'voorschot', 70_000),
          step('1-3-2023', 'vaststelling', 5_000),
          step('1-9-2025', 'factuur', 1),
        ]),
        'SUBSIDY_ADVANCE_UNSETTLED',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        steps([step('1-3-2022', 'voorschot', 70_000), step('1-9-2025', 'terugvordering', -5_000)]),
        'SUBSIDY_ADVANCE_UNSETTLED',
      ),
    ).toEqual([]);
    expect(findingsOf(steps([step('1-3-2022', 'voorschot', 70_000)]), 'SUBSIDY_ADVANCE_UNSETTLED')).toEqual([]);
  });
});

describe('SUBSIDY_SETTLEMENT_ABOVE_GRANT', () => {
  it('fires when advances and settlement together pass the grant (the begroot)', () => {
    const [f] = findingsOf(
      steps([step('1-3-2022', 'voorschot', 100_000), step('1-3-2023', 'vaststelling', 60_000)]),
      'SUBSIDY_SETTLEMENT_ABOVE_GRANT',
    );
    expect(f).toMatchObject({ severity: 'error', sheet: 'Grootboek', cell: 'K3', amountCents: 1_000_000 });
    expect(f!.message).toContain(
      'stelt de subsidie vast op € 160.000,00 (voorschotten € 100.000,00), € 10.000,00 boven het begrote bedrag van € 150.000,00.',
    );
  });

  it('stays quiet at or under the grant, counting a recovery off, and without a settlement', () => {
    expect(
      findingsOf(
        steps([step('1-3-2022', 'voorschot', 100_000), step('1-3-2023', 'vaststelling', 50_000)]),
        'SUBSIDY_SETTLEMENT_ABOVE_GRANT',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        steps([
          step('1-3-2022', 'voorschot', 160_000),
          step('1-3-2023', 'vaststelling', 0),
          step('1-4-2023', 'terugvordering', -10_000),
        ]),
        'SUBSIDY_SETTLEMENT_ABOVE_GRANT',
      ),
    ).toEqual([]);
    expect(findingsOf(steps([step('1-3-2022', 'voorschot', 160_000)]), 'SUBSIDY_SETTLEMENT_ABOVE_GRANT')).toEqual([]);
  });
});

describe('SUBSIDY_RECOVERY_WITHOUT_ADVANCE', () => {
  it('fires for a recovery with no earlier advance to the partner, a positive credit counted as money back', () => {
    const r = steps([
      step('1-3-2023', 'terugvordering', -2_000),
      step('1-4-2023', 'voorschot', 50_000, { Crediteur: 'Bink' }),
    ]);
    const [f] = findingsOf(r, 'SUBSIDY_RECOVERY_WITHOUT_ADVANCE');
    expect(f).toMatchObject({ severity: 'warning', cell: 'L2', amountCents: -200_000 });
    expect(f!.message).toContain('volgt op geen voorschot aan ‘Versa Welzijn’');
    // Its own rule, not also a credit note without payment.
    expect(findingsOf(r, 'CREDIT_NOTE_UNMATCHED')).toEqual([]);
  });

  it('stays quiet after an advance to the same partner, written differently', () => {
    const r = steps([
      step('1-3-2022', 'voorschot', 50_000, { Crediteur: 'Stichting Versa Welzijn' }),
      step('1-3-2023', 'terugvordering', -2_000),
    ]);
    expect(findingsOf(r, 'SUBSIDY_RECOVERY_WITHOUT_ADVANCE')).toEqual([]);
  });
});

describe('a ledger and the budget rules', () => {
  it('reconciles benut against the matched bookings as for a payments sheet', () => {
    const budget: Rows = [[...LIST_HEADER], [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000, 1_000]];
    const r = checkWorkbook(
      workbook({ Begroting: budget, Grootboek: [[...LEDGER_HEADER], booking()], 'NPO Koppeling': MAPPING }),
    );
    expect(r.reconciliation!.interventions[0]).toMatchObject({ paidCents: 100_000, differenceCents: 0 });
    expect(findingsOf(r, 'SPENT_PAYMENTS_MISMATCH')).toEqual([]);
  });
});
