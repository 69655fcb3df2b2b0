/**
 * The payment rules: each fires and stays quiet; periods to the day. Findings on the payments
 * sheet carry its name; the two rules comparing an intervention's figures point at the budget.
 */
import { checkWorkbook, EngineError } from '../../../src/engine/check';
import { serialFromCivil } from '../../../src/engine/dates';
import type { PlainValue } from '../../../src/engine/grid';
import {
  check,
  checkPayments,
  findingsOf,
  LIST_HEADER,
  PAYMENTS_BUDGET,
  PAYMENTS_HEADER,
  workbook,
  type Rows,
} from '../../helpers';

type PaymentRow = ReadonlyArray<PlainValue>;

/** A paid invoice of Versa Welzijn for intervention 1 unless told otherwise. */
function pay(over: Partial<Record<(typeof PAYMENTS_HEADER)[number], PlainValue>> = {}): PaymentRow {
  const row: Record<string, PlainValue> = {
    Datum: '15-2-2022',
    Factuurnummer: 'F-1',
    Crediteur: 'Versa Welzijn',
    Interventie: 1,
    Soort: 'factuur',
    Bedrag: 149_823,
    Status: 'betaald',
    Omschrijving: '',
    ...over,
  };
  return PAYMENTS_HEADER.map((h) => row[h]);
}

const rulesOn = (payments: Rows, options = {}) => checkPayments(payments, options);

describe('PAYMENT_UNKNOWN_INTERVENTION', () => {
  it('fires for an intervention the budget does not have, on the payments sheet', () => {
    const [f] = findingsOf(
      rulesOn([
        pay(),
        pay({ Factuurnummer: 'IMC-7', Crediteur: 'IMC Weekendschool', Interventie: 'Weekendschool', Bedrag: 12_500 }),
      ]),
      'PAYMENT_UNKNOWN_INTERVENTION',
    );
    expect(f).toMatchObject({ severity: 'error', sheet: 'Betalingen', cell: 'D3' });
    expect(f!.message).toBe(
      'Betaling ‘IMC-7’ (IMC Weekendschool, € 12.500,00, rij 3) noemt interventie ‘Weekendschool’, maar die staat niet in begrotingsblad ‘Begroting’ (zoek op nummer of op de exacte naam).',
    );
  });

  it('fires for a payment that names no intervention at all', () => {
    const [f] = findingsOf(rulesOn([pay({ Interventie: '' })]), 'PAYMENT_UNKNOWN_INTERVENTION');
    expect(f!.message).toContain('noemt geen interventie');
  });

  it('stays quiet for a code as number or text, and for the exact name in any case', () => {
    const r = rulesOn([
      pay(),
      pay({ Factuurnummer: 'F-2', Interventie: '16', Crediteur: 'RBL', Bedrag: 1 }),
      pay({ Factuurnummer: 'F-3', Interventie: ' preventief  SPREEKUUR ', Crediteur: 'RBL', Bedrag: 2 }),
    ]);
    expect(findingsOf(r, 'PAYMENT_UNKNOWN_INTERVENTION')).toEqual([]);
    expect(r.reconciliation!.interventions[4]!.payments).toHaveLength(2);
  });

  it('does not guess at a near miss of a name', () => {
    expect(findingsOf(rulesOn([pay({ Interventie: 'Huiswerkklas' })]), 'PAYMENT_UNKNOWN_INTERVENTION')).toHaveLength(1);
  });
});

describe('PAYMENT_DUPLICATE', () => {
  it('fires on the second payment with the same partner and number, at its number', () => {
    const r = rulesOn([pay({ Bedrag: 1_250 }), pay({ Bedrag: 1_250, Status: 'open', Datum: '16-2-2022' })]);
    const [f] = findingsOf(r, 'PAYMENT_DUPLICATE');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Betalingen', cell: 'B3', amountCents: 125_000 });
    expect(f!.message).toContain('rij 2 heeft dezelfde crediteur en hetzelfde nummer');
  });

  it('fires for the same partner, date and amount under another number, at its amount', () => {
    const [f] = findingsOf(
      rulesOn([pay({ Bedrag: 500 }), pay({ Factuurnummer: 'F-2', Bedrag: 500 })]),
      'PAYMENT_DUPLICATE',
    );
    expect(f).toMatchObject({ cell: 'F3' });
    expect(f!.message).toContain('dezelfde crediteur, datum en hetzelfde bedrag');
  });

  it('reads partner names without regard to case and punctuation', () => {
    expect(
      findingsOf(
        rulesOn([pay(), pay({ Crediteur: 'VERSA welzijn.', Datum: '1-3-2022', Bedrag: 1 })]),
        'PAYMENT_DUPLICATE',
      ),
    ).toHaveLength(1);
  });

  it('stays quiet for the same number of another partner, or the same partner and date with another amount', () => {
    const r = rulesOn([
      pay({ Bedrag: 500 }),
      pay({ Crediteur: 'AT kinderopvang', Interventie: '7-9', Bedrag: 500 }),
      pay({ Factuurnummer: 'F-2', Bedrag: 501 }),
      pay({ Factuurnummer: 'F-3', Bedrag: 500, Datum: '16-2-2022' }),
    ]);
    expect(findingsOf(r, 'PAYMENT_DUPLICATE')).toEqual([]);
  });
});

describe('PAYMENT_OUTSIDE_PERIOD, to the day', () => {
  const dated = (Datum: PlainValue) => findingsOf(rulesOn([pay({ Datum })]), 'PAYMENT_OUTSIDE_PERIOD');

  it('fires on 31 July 2021, the day before the period starts', () => {
    const [f] = dated('31-7-2021');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Betalingen', cell: 'A2', amountCents: 14_982_300 });
    expect(f!.message).toContain('is gedateerd 31-07-2021, vóór het begin van de bestedingsperiode (vanaf 01-08-2021)');
  });

  it('stays quiet on 1 August 2021 and on 31 July 2025, the first and the last day', () => {
    expect(dated('1-8-2021')).toEqual([]);
    expect(dated('2025-07-31')).toEqual([]);
    expect(dated(serialFromCivil(2025, 7, 31) + 0.99)).toEqual([]);
  });

  it('fires on 1 August 2025, the day after the period ends', () => {
    const [f] = dated(serialFromCivil(2025, 8, 1));
    expect(f!.message).toContain('na het einde van de bestedingsperiode (tot en met 31-07-2025)');
  });

  it('follows the period given in the options', () => {
    const options = { periodStart: '2022-01-01', periodEnd: '31-12-2022' };
    expect(findingsOf(rulesOn([pay({ Datum: '31-12-2021' })], options), 'PAYMENT_OUTSIDE_PERIOD')).toHaveLength(1);
    expect(findingsOf(rulesOn([pay({ Datum: '1-1-2022' })], options), 'PAYMENT_OUTSIDE_PERIOD')).toEqual([]);
    expect(findingsOf(rulesOn([pay({ Datum: '31-12-2022' })], options), 'PAYMENT_OUTSIDE_PERIOD')).toEqual([]);
    expect(findingsOf(rulesOn([pay({ Datum: '1-1-2023' })], options), 'PAYMENT_OUTSIDE_PERIOD')).toHaveLength(1);
  });
});

describe('PAYMENT_PARTNER_MISMATCH', () => {
  it('fires when the payment went to another partner than the uitvoerder', () => {
    const [f] = findingsOf(rulesOn([pay({ Crediteur: 'Samenwerkingsverband Qinas' })]), 'PAYMENT_PARTNER_MISMATCH');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Betalingen', cell: 'C2', interventionCode: '1' });
    expect(f!.message).toContain(
      'is betaald aan ‘Samenwerkingsverband Qinas’, maar de uitvoerder van interventie ‘Huiswerkkamer’ is ‘Versa Welzijn’.',
    );
  });

  it.each([
    ['Stichting Versa Welzijn', 1],
    ['versa welzijn b.v.', 1],
    ['RBL', 16],
    ['Regionaal Bureau Leerlingzaken', 16],
  ])('stays quiet for %s', (Crediteur, Interventie) => {
    expect(findingsOf(rulesOn([pay({ Crediteur, Interventie })]), 'PAYMENT_PARTNER_MISMATCH')).toEqual([]);
  });

  it('accepts each partner of an uitvoerder naming two', () => {
    const budget: Rows = [[...LIST_HEADER], [4, 'Sport', 1, 'Bink Kinderopvang en Teamsportservice', 250_000, 0]];
    const r = checkPayments(
      [
        pay({ Interventie: 4, Crediteur: 'Bink Kinderopvang' }),
        pay({ Interventie: 4, Crediteur: 'Teamsportservice', Factuurnummer: 'T-1' }),
        pay({ Interventie: 4, Crediteur: 'AT kinderopvang', Factuurnummer: 'A-1' }),
      ],
      {},
      budget,
    );
    expect(findingsOf(r, 'PAYMENT_PARTNER_MISMATCH').map((f) => f.cell)).toEqual(['C4']);
  });

  it('stays quiet when the budget names no uitvoerder, or the payment no partner', () => {
    expect(
      findingsOf(
        rulesOn([pay({ Interventie: 12 }), pay({ Crediteur: '', Factuurnummer: 'F-2', Bedrag: 1 })]),
        'PAYMENT_PARTNER_MISMATCH',
      ),
    ).toEqual([]);
  });

  it('tells interventions sharing a code apart by the partner', () => {
    const r = rulesOn([
      pay({ Interventie: '7-9', Crediteur: 'Bink', Bedrag: 10 }),
      pay({ Interventie: '7-9', Crediteur: 'AT Kinderopvang', Bedrag: 20, Factuurnummer: 'F-2' }),
    ]);
    const [at, bink] = r.reconciliation!.interventions.slice(1, 3);
    expect(at!.paidCents).toBe(2_000);
    expect(bink!.paidCents).toBe(1_000);
    expect(findingsOf(r, 'PAYMENT_PARTNER_MISMATCH')).toEqual([]);
  });
});

describe('PAYMENT_DATE_UNREADABLE', () => {
  it.each([['juni 2023'], ['31-6-2023'], ['19/8/2025'], [true]])('fires for %s, at the date', (Datum) => {
    const [f] = findingsOf(rulesOn([pay({ Datum })]), 'PAYMENT_DATE_UNREADABLE');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Betalingen', cell: 'A2' });
  });

  it('says what it could not read', () => {
    const [f] = findingsOf(
      rulesOn([pay({ Datum: 'juni 2023', Factuurnummer: 'S-2023-061' })]),
      'PAYMENT_DATE_UNREADABLE',
    );
    expect(f!.message).toBe(
      'De datum van betaling ‘S-2023-061’ (Versa Welzijn, € 149.823,00, rij 2) is niet te lezen (‘juni 2023’); schrijf een datum, bijvoorbeeld 19-8-2025 of 2025-08-19.',
    );
  });

  it('fires for a payment without a date', () => {
    const [f] = findingsOf(rulesOn([pay({ Datum: '' })]), 'PAYMENT_DATE_UNREADABLE');
    expect(f!.message).toContain('heeft geen datum');
  });

  it.each([['19-8-2025'], ['19-08-2025'], ['2025-08-19'], [serialFromCivil(2025, 8, 19)]])(
    'stays quiet for %s',
    (Datum) => {
      expect(findingsOf(rulesOn([pay({ Datum })], { periodEnd: '31-12-2025' }), 'PAYMENT_DATE_UNREADABLE')).toEqual([]);
    },
  );

  it('reads a number cell with a date format, as the adapters hand over Excel dates', () => {
    const wb = workbook({ Begroting: PAYMENTS_BUDGET, Betalingen: [[...PAYMENTS_HEADER], pay()] });
    const cells = wb.sheets[1]!.rows[1] as Array<unknown>;
    cells[0] = { kind: 'number', value: serialFromCivil(2022, 2, 15) + 0.5, format: 'dd-mm-yyyy' };
    const r = checkWorkbook(wb, { ceilingCents: 100_000_000 });
    expect(r.reconciliation!.paymentsSheet.payments[0]!.date).toEqual({
      kind: 'date',
      serial: serialFromCivil(2022, 2, 15),
    });
  });
});

describe('SPENT_PAYMENTS_MISMATCH', () => {
  it('fires at the benut cell with the difference benut − paid, mentioning what is open', () => {
    const r = rulesOn([pay({ Bedrag: 145_000 }), pay({ Factuurnummer: 'F-2', Bedrag: 4_823, Status: 'open' })]);
    const [f] = findingsOf(r, 'SPENT_PAYMENTS_MISMATCH');
    expect(f).toMatchObject({
      severity: 'error',
      sheet: 'Begroting',
      cell: 'F2',
      amountCents: 482_300,
      interventionCode: '1',
      field: 'benut',
    });
    expect(f!.message).toBe(
      'Interventie ‘Huiswerkkamer’ heeft € 149.823,00 benut, maar de betaalde posten in ‘Betalingen’ tellen op tot € 145.000,00: € 4.823,00 meer benut dan betaald. Er staat nog € 4.823,00 open.',
    );
  });

  it('fires, negative, when more was paid than spent, also for an intervention without benut', () => {
    const r = rulesOn([pay(), pay({ Interventie: 12, Factuurnummer: 'F-2', Bedrag: 100 })]);
    expect(findingsOf(r, 'SPENT_PAYMENTS_MISMATCH').map((f) => [f.cell, f.amountCents])).toEqual([
      ['F3', 2_000_000],
      ['F5', -10_000],
    ]);
  });

  it('fires for an intervention with benut and no payments at all', () => {
    expect(findingsOf(rulesOn([]), 'SPENT_PAYMENTS_MISMATCH').map((f) => [f.cell, f.amountCents])).toEqual([
      ['F2', 14_982_300],
      ['F3', 2_000_000],
    ]);
  });

  it('stays quiet when the paid payments add up to benut exactly', () => {
    const r = rulesOn([
      pay({ Bedrag: 100_000 }),
      pay({ Factuurnummer: 'F-2', Bedrag: 49_823 }),
      pay({ Interventie: '7-9', Crediteur: 'AT kinderopvang', Factuurnummer: 'A-1', Bedrag: 20_000 }),
    ]);
    expect(findingsOf(r, 'SPENT_PAYMENTS_MISMATCH')).toEqual([]);
  });

  it('stays quiet without a benut column, and where benut is not an amount (that has its own finding)', () => {
    const noBenut: Rows = [
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot'],
      [1, 'Huiswerkkamer', 1, 150_000],
    ];
    expect(findingsOf(checkPayments([pay({ Bedrag: 5 })], {}, noBenut), 'SPENT_PAYMENTS_MISMATCH')).toEqual([]);
    const unreadable: Rows = [[...LIST_HEADER], [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000, 'zie toelichting']];
    const r = checkPayments([pay({ Bedrag: 5 })], {}, unreadable);
    expect(findingsOf(r, 'SPENT_PAYMENTS_MISMATCH')).toEqual([]);
    expect(findingsOf(r, 'AMOUNT_UNREADABLE')).toHaveLength(1);
  });
});

describe('PAYMENTS_EXCEED_BUDGET', () => {
  it('fires at the begroot cell when paid and open payments pass begroot', () => {
    const r = rulesOn([
      pay({ Interventie: 16, Crediteur: 'RBL', Bedrag: 36_000 }),
      pay({ Interventie: 16, Crediteur: 'RBL', Factuurnummer: 'F-2', Bedrag: 36_114, Status: 'open' }),
    ]);
    const [f] = findingsOf(r, 'PAYMENTS_EXCEED_BUDGET');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Begroting', cell: 'E6', amountCents: 2_211_400 });
    expect(f!.message).toBe(
      'De betalingen voor interventie ‘Preventief spreekuur’ (€ 72.114,00, waarvan € 36.114,00 open) liggen € 22.114,00 boven het begrote bedrag van € 50.000,00.',
    );
  });

  it('stays quiet when the payments equal begroot', () => {
    expect(
      findingsOf(rulesOn([pay({ Interventie: 16, Crediteur: 'RBL', Bedrag: 50_000 })]), 'PAYMENTS_EXCEED_BUDGET'),
    ).toEqual([]);
  });
});

describe('CREDIT_NOTE_UNMATCHED', () => {
  const credit = (over = {}) =>
    pay({ Factuurnummer: 'C-1', Soort: 'creditnota', Bedrag: -2_000, Datum: '20-2-2022', ...over });

  it('fires for a credit note with no earlier payment of that partner for that intervention', () => {
    const r = rulesOn([credit(), pay({ Datum: '1-3-2022', Bedrag: 151_823 })]);
    const [f] = findingsOf(r, 'CREDIT_NOTE_UNMATCHED');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Betalingen', cell: 'F2', amountCents: -200_000 });
    expect(f!.message).toBe(
      'Creditnota ‘C-1’ (Versa Welzijn, € -2.000,00, rij 2) hoort bij geen eerdere betaling aan ‘Versa Welzijn’ voor interventie ‘Huiswerkkamer’; staat hij bij de juiste interventie en partner?',
    );
  });

  it('fires when the earlier payment went to another partner', () => {
    const r = rulesOn([pay({ Crediteur: 'AT kinderopvang', Datum: '1-2-2022' }), credit()]);
    expect(findingsOf(r, 'CREDIT_NOTE_UNMATCHED')).toHaveLength(1);
  });

  it('stays quiet after an earlier payment, also one of the same day', () => {
    expect(findingsOf(rulesOn([pay({ Datum: '20-2-2022' }), credit()]), 'CREDIT_NOTE_UNMATCHED')).toEqual([]);
    expect(findingsOf(rulesOn([pay({ Datum: '1-2-2022' }), credit()]), 'CREDIT_NOTE_UNMATCHED')).toEqual([]);
  });

  it('counts a credit note typed as a positive amount as money coming back', () => {
    const r = rulesOn([pay({ Bedrag: 151_823 }), credit({ Bedrag: 2_000, Status: 'betaald' })]);
    expect(r.reconciliation!.paymentsSheet.payments[1]!.cents).toBe(-200_000);
    expect(r.reconciliation!.interventions[0]!.paidCents).toBe(14_982_300);
    expect(findingsOf(r, 'SPENT_PAYMENTS_MISMATCH').map((f) => f.cell)).toEqual(['F3']);
  });
});

describe('amounts on the payments sheet', () => {
  it('follow the engine’s amount rules, on the payments sheet', () => {
    const [f] = findingsOf(rulesOn([pay({ Bedrag: '€ 149.823,-' })]), 'NUMBER_AS_TEXT');
    expect(f).toMatchObject({ sheet: 'Betalingen', cell: 'F2', field: 'payment', amountCents: 14_982_300 });
    expect(f!.message).toBe(
      'Het bedrag van ‘F-1’ staat als tekst in de cel (‘€ 149.823,-’); SOM telt het niet mee. De controle rekent met € 149.823,00.',
    );
  });

  it('report no negative amount: a negative payment is a credit note', () => {
    expect(
      findingsOf(rulesOn([pay({ Bedrag: 151_823 }), pay({ Factuurnummer: 'C-1', Bedrag: -2_000 })]), 'NEGATIVE_AMOUNT'),
    ).toEqual([]);
  });
});

describe('the payments sheet in the check', () => {
  it('is found by itself and never read as the budget sheet, even when it comes first', () => {
    const r = checkWorkbook(workbook({ Betalingen: [[...PAYMENTS_HEADER], pay()], Begroting: PAYMENTS_BUDGET }), {
      ceilingCents: 100_000_000,
    });
    expect(r.model.sheet).toBe('Begroting');
    expect(r.candidates.map((c) => c.sheet)).toEqual(['Begroting']);
    expect(r.reconciliation!.paymentsSheet.sheet).toBe('Betalingen');
  });

  it('alone is no budget sheet', () => {
    expect(() => checkWorkbook(workbook({ Betalingen: [[...PAYMENTS_HEADER], pay()] }))).toThrow(
      expect.objectContaining({ code: 'NO_BUDGET_SHEET' }),
    );
  });

  it('changes nothing when there is none: no reconciliation, the same findings', () => {
    const without = check(PAYMENTS_BUDGET);
    const withOther = checkWorkbook(
      workbook({ Begroting: PAYMENTS_BUDGET, Toelichting: [['Zie het blad Begroting.']] }),
      { ceilingCents: 10_000_000 },
    );
    expect(without.reconciliation).toBeUndefined();
    expect(withOther.findings).toEqual(without.findings);
    expect('reconciliation' in without).toBe(false);
  });

  it('lists the budget sheet’s findings before the payments sheet’s within a severity', () => {
    const r = rulesOn([pay({ Datum: 'juni 2023', Bedrag: 1 })]);
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`);
    expect(errors).toEqual(['Begroting!F2', 'Begroting!F3', 'Betalingen!A2']);
  });

  it('can be named, and a named sheet must be one', () => {
    const wb = workbook({
      Begroting: PAYMENTS_BUDGET,
      'Facturen 2023': [[...PAYMENTS_HEADER], pay()],
      Notities: [
        ['Datum', 'Kenmerk'],
        ['1-1-2023', 'x'],
      ],
    });
    expect(checkWorkbook(wb, { paymentsSheet: 'facturen 2023' }).reconciliation!.paymentsSheet.sheet).toBe(
      'Facturen 2023',
    );
    expect(() => checkWorkbook(wb, { paymentsSheet: 'Betalingen' })).toThrow(
      new EngineError(
        'PAYMENTS_SHEET_NOT_FOUND',
        'Betalingenblad ‘Betalingen’ bestaat niet in deze werkmap. Beschikbaar: ‘Begroting’, ‘Facturen 2023’, ‘Notities’.',
      ),
    );
    expect(() => checkWorkbook(wb, { paymentsSheet: 'Notities' })).toThrow(
      expect.objectContaining({ code: 'SHEET_NOT_PAYMENTS' }),
    );
    expect(() => checkWorkbook(wb, { paymentsSheet: 'Begroting', lang: 'en' })).toThrow(
      'Worksheet ‘Begroting’ does not look like a payments sheet: there is no header row in its first 40 rows with a date, an invoice or payment number, the intervention and the amount.',
    );
    // A payments sheet is never read as the budget, also when named as one: its Bedrag and
    // Interventie columns would give every payment as an intervention without a goal.
    expect(() => checkWorkbook(wb, { sheet: 'Facturen 2023', paymentsSheet: 'Facturen 2023' })).toThrow(
      expect.objectContaining({ code: 'SHEET_IS_PAYMENTS' }),
    );
    expect(() => checkWorkbook(wb, { sheet: 'facturen 2023' })).toThrow(
      new EngineError(
        'SHEET_IS_PAYMENTS',
        'Werkblad ‘Facturen 2023’ is een betalingenblad (datum, factuur- of betalingsnummer, bedrag), geen begrotingsblad; kies het blad met de interventies en hun begrote bedragen. De betalingen worden daartegen afgestemd.',
      ),
    );
    expect(checkWorkbook(wb, { sheet: 'Begroting' }).model.sheet).toBe('Begroting');
  });

  it('refuses a period that is no date or ends before it starts', () => {
    expect(() => rulesOn([], { periodStart: '1 augustus 2021' })).toThrow(
      new EngineError(
        'BAD_PERIOD_DATE',
        '‘1 augustus 2021’ is geen datum; schrijf de bestedingsperiode als bijvoorbeeld 1-8-2021 of 2021-08-01.',
      ),
    );
    expect(() => rulesOn([], { periodStart: '1-8-2025', periodEnd: '31-7-2025' })).toThrow(
      expect.objectContaining({ code: 'PERIOD_ORDER' }),
    );
  });

  it('skips a total line under the payments, and a line holding only a remark', () => {
    const r = rulesOn([
      pay(),
      [null, null, null, null, null, null, null, 'Let op: factuur 7 volgt'],
      [null, 'Totaal', null, null, null, 149_823],
    ]);
    expect(r.reconciliation!.paymentsSheet.payments).toHaveLength(1);
    expect(r.findings.filter((f) => f.sheet === 'Betalingen')).toEqual([]);
  });
});
