import { AmountReading, countedCents, readAmount, readAmountText } from '../../src/engine/amounts';
import { Cell } from '../../src/engine/grid';
import { formatEuro, MAX_CENTS } from '../../src/engine/money';

function textNumber(text: string, cents: number, fractionalCent = false): AmountReading {
  return { kind: 'text-number', cents, text, fractionalCent };
}

function unreadable(text: string, reason: 'text' | 'date' | 'boolean' | 'too-large'): AmountReading {
  return { kind: 'unreadable', text, reason };
}

describe('readAmountText: plain amounts', () => {
  it.each<[string, number, boolean]>([
    // Dutch notation, as the seed documents write it
    ['€ 2.138.509,64', 213850964, false],
    ['2.138.509,64', 213850964, false],
    ['1.250,00', 125000, false],
    ['€ 250.000,-', 25000000, false],
    ['250.000,–', 25000000, false],
    ['€ 50.000,–', 5000000, false],
    ['€ 50.000,—', 5000000, false],
    ['€ 250.000,--', 25000000, false],
    ['1.250.-', 125000, false],
    ['1.250,=', 125000, false],
    ['€ 322.000', 32200000, false],
    // English notation
    ['1,250.00', 125000, false],
    ['2,138,509.64', 213850964, false],
    ['1,250.-', 125000, false],
    // one separator: three digits after it group thousands, one or two are decimals
    ['250.000', 25000000, false],
    ['1,250', 125000, false],
    ['10.005', 1000500, false],
    ['12,5', 1250, false],
    ['12.5', 1250, false],
    ['1250.50', 125050, false],
    ['1250,05', 125005, false],
    ['1250', 125000, false],
    ['0', 0, false],
    // no thousands grouping starts with 0, so these are decimals
    ['0,125', 13, true],
    ['0.500', 50, false],
    // more than two decimals: rounded half away from zero, exact on the digits
    ['1.250,005', 125001, true],
    ['1,250.004', 125000, true],
    ['1.250,995', 125100, true],
    ['0,004', 0, true],
    ['12,5000', 1250, false],
    ['1.250.000,5', 125000050, false],
    // euro signs and words
    ['€1.250', 125000, false],
    ['1.250 €', 125000, false],
    ['EUR 1.250,00', 125000, false],
    ['1.250,00 EUR', 125000, false],
    ['1.250 euro', 125000, false],
    ['Euro 1.250', 125000, false],
    ['1.250,- euro', 125000, false],
    // the largest amount that still adds up exactly
    ['90.071.992.547.409,91', MAX_CENTS, false],
  ])('%j is %d cents', (text, cents, fractionalCent) => {
    expect(readAmountText(text)).toEqual(textNumber(text, cents, fractionalCent));
  });

  it.each<[string, string, number]>([
    ['  € 1.250  ', '€ 1.250', 125000],
    ['€\u00A01.250,00', '€\u00A01.250,00', 125000],
    ['€\u2009250.000', '€\u2009250.000', 25000000],
    ['1\u00A0250\u00A0000,50', '1\u00A0250\u00A0000,50', 125000050],
    ['1\u202F250,00', '1\u202F250,00', 125000],
    ['\u200B€ 1.250\u200B', '\u200B€ 1.250\u200B', 125000],
    ['€  1.250', '€  1.250', 125000],
  ])('ignores no-break, thin and doubled spaces in %j', (text, shown, cents) => {
    expect(readAmountText(text)).toEqual(textNumber(shown, cents));
  });

  it.each<[string, number]>([
    ['€ 1.250 per jaar', 125000],
    ['€ 1.250 p/j', 125000],
    ['€ 1.250 p.j.', 125000],
    ['€ 1.250 per schooljaar', 125000],
    ['€ 1.250 (incl. btw)', 125000],
    ['€ 1.250 excl. btw', 125000],
    ['€ 1.250 inclusief btw', 125000],
    ['€ 100.000,- begroot', 10000000],
    ['€ 1.250 (incl. btw) per jaar', 125000],
    ['€ 1.250,00.', 125000],
    ['1.250 EUR per jaar', 125000],
  ])('%j stays a text number despite the words after it', (text, cents) => {
    expect(readAmountText(text)).toEqual(textNumber(text, cents));
  });

  it.each<[string, number]>([
    ['-500', -50000],
    ['−500', -50000],
    ['− 1.250,00', -125000],
    ['- 500', -50000],
    ['(1.250,00)', -125000],
    ['(€ 1.250,00)', -125000],
    ['€ (1.250,00)', -125000],
    ['(-1.250)', -125000],
    ['€ -1.250', -125000],
    ['€ −1.250,50', -125050],
    ['-€ 1.250', -125000],
    ['-/- € 1.250', -125000],
    ['-1,250.00', -125000],
    ['+500', 50000],
  ])('%j is negative %d cents', (text, cents) => {
    expect(readAmountText(text)).toEqual(textNumber(text, cents));
  });

  it.each(['-0', '€ -0,00', '(0,00)'])('%j is zero cents, not minus zero', (text) => {
    expect(readAmountText(text)).toEqual(textNumber(text, 0));
  });

  it.each([0, 1, 99, 125000, 213850964, -125000, -1, MAX_CENTS])(
    'reads back what formatEuro writes for %d cents',
    (cents) => {
      const text = formatEuro(cents);
      expect(readAmountText(text)).toEqual(textNumber(text, cents));
    },
  );
});

describe('readAmountText: notations kept in real municipal sheets', () => {
  it.each<[string, number]>([
    // whole euros with a space or a doubled dash
    ['€ 25.000, -', 2500000],
    ['€ 25.000, –', 2500000],
    ['25.000 ,-', 2500000],
    ['€ 25.000,– ', 2500000],
    ['€25.000,-', 2500000],
    ['25.000,--', 2500000],
    ['€ 25.000, - per jaar', 2500000],
    // the accountants' negative, with the currency inside or after the parentheses
    ['(1.234,56)', -123456],
    ['(€ 1.234,56)', -123456],
    ['(1.234,56) EUR', -123456],
    ['(1.234,56) euro', -123456],
    ['(25.000, -)', -2500000],
    // currency codes and words on either side
    ['1.234,56 EUR', 123456],
    ['EUR 1.234,56', 123456],
    ['1.234,56 euro', 123456],
  ])('%j is a text number of %d cents', (text, cents) => {
    expect(readAmountText(text)).toEqual(textNumber(text.trim(), cents));
  });

  it.each<[string, number, 'circa' | 'range' | 'pending']>([
    // circa after the amount reads like "Ca. € 48.000"
    ['€ 48.000,- ca.', 4800000, 'circa'],
    ['48.000 ca', 4800000, 'circa'],
    ['48.000 ca.', 4800000, 'circa'],
    ['€ 48.000 circa', 4800000, 'circa'],
    ['€ 48.000 (ca.)', 4800000, 'circa'],
    ['€ 48.000, - ca.', 4800000, 'circa'],
    ['48.000 EUR ca.', 4800000, 'circa'],
    ['€ 48.000 ca. per jaar', 4800000, 'circa'],
    ['€ 48.000 per jaar ca.', 4800000, 'circa'],
    // a placeholder word or a range says more than circa, wherever the circa stands
    ['€ 48.000 ca. n.t.b.', 4800000, 'pending'],
    ['€ 48.000 n.t.b. ca.', 4800000, 'pending'],
    ['40.000 - 45.000 ca.', 4500000, 'range'],
  ])('%j is an estimate of %d cents (%s)', (text, cents, basis) => {
    expect(readAmountText(text)).toEqual({ kind: 'estimate', cents, text, basis });
  });

  it.each([
    '(zie toelichting)',
    '(ca.)',
    '48.000 cat',
    '48.000 ca 50.000',
    '48.000 ±',
    '48.000 about',
    '€ 25.000, - -',
    '€ 25.000,  x',
    '(1.234,56) EUR EUR',
    '(1.234,56) zie toelichting',
    '(1.234,56 EUR',
    '1.234,56) EUR',
    'EUR',
    '1.234,56 EURO-fonds',
  ])('%j stays unreadable text', (text) => {
    expect(readAmountText(text)).toEqual(unreadable(text, 'text'));
  });
});

describe('readAmountText: estimates', () => {
  it.each<[string, number, 'circa' | 'range' | 'pending']>([
    ['Ca. € 48.000', 4800000, 'circa'],
    ['ca 48.000', 4800000, 'circa'],
    ['ca.48.000', 4800000, 'circa'],
    ['c.a. € 48.000', 4800000, 'circa'],
    ['circa € 48.000,-', 4800000, 'circa'],
    ['Circa 48.000', 4800000, 'circa'],
    ['ongeveer 48.000', 4800000, 'circa'],
    ['± 48.000', 4800000, 'circa'],
    ['±€48.000', 4800000, 'circa'],
    ['+/- € 48.000', 4800000, 'circa'],
    ['~48.000', 4800000, 'circa'],
    ['approx. 48,000', 4800000, 'circa'],
    ['about €48,000', 4800000, 'circa'],
    ['Ca. € 48.000 per jaar', 4800000, 'circa'],
    ['ca. -500', -50000, 'circa'],
    // ranges count at their upper bound
    ['40.000 – 45.000 per jaar', 4500000, 'range'],
    ['40.000 – 45.000', 4500000, 'range'],
    ['40.000 - 45.000', 4500000, 'range'],
    ['40.000-45.000', 4500000, 'range'],
    ['40.000—45.000', 4500000, 'range'],
    ['€ 40.000 tot € 45.000', 4500000, 'range'],
    ['40.000 à 45.000', 4500000, 'range'],
    ['€ 40.000,- – € 45.000,-', 4500000, 'range'],
    ['45.000 – 40.000', 4500000, 'range'],
    ['ca. 40.000 - 45.000', 4500000, 'range'],
    ['€ 40.000 tot € 45.000 (excl. btw)', 4500000, 'range'],
    // a placeholder word together with an amount
    ['N.t.b. - €100.000,- begroot', 10000000, 'pending'],
    ['N.t.b.: € 100.000', 10000000, 'pending'],
    ['N.t.b. (€ 100.000)', 10000000, 'pending'],
    ['P.M. € 10.000', 1000000, 'pending'],
    ['€ 100.000 (p.m.)', 10000000, 'pending'],
    ['€ 100.000 n.t.b.', 10000000, 'pending'],
    ['€ 100.000?', 10000000, 'pending'],
    ['n.t.b. 40.000 - 45.000', 4500000, 'pending'],
  ])('%j is an estimate of %d cents (%s)', (text, cents, basis) => {
    expect(readAmountText(text)).toEqual({ kind: 'estimate', cents, text, basis });
  });
});

describe('readAmountText: words', () => {
  it.each([
    'P.M.',
    'p.m.',
    'PM',
    'pm',
    '(p.m.)',
    'pro memorie',
    'N.t.b.',
    'n.t.b',
    'NTB',
    'Nader te bepalen',
    'n.v.t.',
    'nvt',
    'N.V.T',
    'Volgt',
    'TBD',
    'n/a',
    'N/A',
    '-',
    '–',
    '—',
    '--',
    '?',
    '€ -',
  ])('%j is a placeholder', (text) => {
    expect(readAmountText(text)).toEqual({ kind: 'placeholder', text });
  });

  it.each(['nihil', 'Nihil', 'NIHIL', 'geen', 'nul', '0,-', '0,–', '€ 0,-', '€ nihil'])(
    '%j is zero on purpose',
    (text) => {
      expect(readAmountText(text)).toEqual({ kind: 'zero', text });
    },
  );

  it.each(['', '   ', '\u00A0', '\u200B', '\t\n'])('%j is empty', (text) => {
    expect(readAmountText(text)).toEqual({ kind: 'empty' });
  });
});

describe('readAmountText: unreadable', () => {
  it.each([
    'Uitvoerbaar binnen opdracht TMF',
    'zie toelichting',
    '12abc',
    '€',
    '€ 1.250 en € 500',
    '6 x € 24.668',
    '€ 1.250 -',
    '50%',
    '€ 1.250 per maand',
    '(1.250,00',
    '1.250,',
    // groups after a thousands separator must be three digits, the first one to three
    '1,250,00',
    '1.25.000',
    '1250.000',
    '12.34.567',
    '31.13.2023',
    '1-1/2023',
    '1.250.00,5',
    // a typed ordinary space does not group digits
    '1 250',
    'x'.repeat(500),
  ])('%j is unreadable text', (text) => {
    expect(readAmountText(text)).toEqual(unreadable(text, 'text'));
  });

  it.each(['1-1-2023', '15/01/2023', '2023-01-15', '1.5.2023', '31-07-25', '31.07.2025'])(
    '%j is an unreadable date',
    (text) => {
      expect(readAmountText(text)).toEqual(unreadable(text, 'date'));
    },
  );

  it.each([
    '1.000.000.000.000.000',
    '90.071.992.547.409,92',
    '€ 99.999.999.999.999,00',
    '9'.repeat(60),
    'ca. € 1.000.000.000.000.000',
    '40.000 - 1.000.000.000.000.000',
  ])('%j is too large to add up exactly', (text) => {
    expect(readAmountText(text)).toEqual(unreadable(text, 'too-large'));
  });

  it('never throws and always gives a well-formed reading, whatever the text', () => {
    const alphabet = '0123456789.,-–—€ ()/?+±~abcemnptvEUR\u00A0\u2212\u200B';
    const kinds = new Set(['empty', 'number', 'text-number', 'zero', 'estimate', 'placeholder', 'unreadable', 'error']);
    let seed = 20210701;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) text += alphabet.charAt(Math.floor(random() * alphabet.length));
      const reading = readAmountText(text);
      expect(kinds.has(reading.kind)).toBe(true);
      const cents = countedCents(reading);
      if (cents !== undefined) expect(Number.isSafeInteger(cents)).toBe(true);
    }
  });
});

describe('readAmount', () => {
  it.each<[string, Cell, AmountReading]>([
    ['1234.56', { kind: 'number', value: 1234.56 }, { kind: 'number', cents: 123456, fractionalCent: false }],
    ['0.1 + 0.2', { kind: 'number', value: 0.1 + 0.2 }, { kind: 'number', cents: 30, fractionalCent: false }],
    ['10.005', { kind: 'number', value: 10.005 }, { kind: 'number', cents: 1001, fractionalCent: true }],
    ['-1234.56', { kind: 'number', value: -1234.56 }, { kind: 'number', cents: -123456, fractionalCent: false }],
    ['-0', { kind: 'number', value: -0 }, { kind: 'number', cents: 0, fractionalCent: false }],
    ['1e15', { kind: 'number', value: 1e15 }, unreadable('1000000000000000', 'too-large')],
    ['Infinity', { kind: 'number', value: Infinity }, unreadable('Infinity', 'too-large')],
    [
      'a formula result',
      { kind: 'number', value: 2150000, formula: '=SUM(B2:B20)' },
      { kind: 'number', cents: 215000000, fractionalCent: false },
    ],
    ['TRUE', { kind: 'boolean', value: true }, unreadable('TRUE', 'boolean')],
    ['FALSE', { kind: 'boolean', value: false, formula: '=B2>B3' }, unreadable('FALSE', 'boolean')],
    ['#REF!', { kind: 'error', value: '#REF!' }, { kind: 'error', code: '#REF!' }],
    ['#DIV/0!', { kind: 'error', value: '#DIV/0!', formula: '=B2/0' }, { kind: 'error', code: '#DIV/0!' }],
    ['text', { kind: 'text', value: '€ 2.138.509,64' }, textNumber('€ 2.138.509,64', 213850964)],
    [
      'a text formula result',
      { kind: 'text', value: '1.250,00', formula: '=TEXT(B2;"#.##0,00")' },
      textNumber('1.250,00', 125000),
    ],
    ['a placeholder', { kind: 'text', value: 'P.M.' }, { kind: 'placeholder', text: 'P.M.' }],
    ['blank text', { kind: 'text', value: '  ' }, { kind: 'empty' }],
    ['text under a date format', { kind: 'text', value: '1.250', format: 'd-m-yyyy' }, textNumber('1.250', 125000)],
  ])('reads a %s cell', (_label, cell, expected) => {
    expect(readAmount(cell)).toEqual(expected);
  });

  it('reads no cell as empty', () => {
    expect(readAmount(undefined)).toEqual({ kind: 'empty' });
  });

  it.each([
    'd-m-yyyy',
    'dd/mm/yyyy',
    'yyyy-mm-dd hh:mm:ss',
    'mmm-yy',
    'h:mm',
    'h:mm AM/PM',
    '[h]:mm:ss',
    '[$-413]d mmmm yyyy',
    '[Red]dd-mm-yy',
  ])('reads a number under the date format %j as an unreadable date', (format) => {
    expect(readAmount({ kind: 'number', value: 45000, format })).toEqual(unreadable('45000', 'date'));
  });

  it.each([
    '"€" #,##0.00',
    '#,##0.00;[Red]-#,##0.00',
    '[$€-413] #.##0,00',
    '_-€ * #,##0.00_-;_-€ * -#,##0.00_-;_-€ * "-"??_-;_-@_-',
    '#,##0 "dagen"',
    '0%',
    '0.00E+00',
    '@',
    'General',
    'Standaard',
    '',
  ])('reads a number under the format %j as a number', (format) => {
    expect(readAmount({ kind: 'number', value: 1234.56, format })).toEqual({
      kind: 'number',
      cents: 123456,
      fractionalCent: false,
    });
  });

  it('keeps classifying formats correctly once many different ones have been seen', () => {
    for (let i = 0; i < 1500; i++) {
      expect(readAmount({ kind: 'number', value: 1, format: `#,##0.00 "x${i}"` }).kind).toBe('number');
    }
    expect(readAmount({ kind: 'number', value: 1, format: 'd-m-yyyy' })).toEqual(unreadable('1', 'date'));
    expect(readAmount({ kind: 'number', value: 1, format: '#,##0.00' }).kind).toBe('number');
  });
});

describe('countedCents', () => {
  it.each<[AmountReading['kind'], AmountReading, number | undefined]>([
    ['number', { kind: 'number', cents: 123456, fractionalCent: false }, 123456],
    ['text-number', textNumber('-500', -50000), -50000],
    ['estimate', { kind: 'estimate', cents: 4500000, text: '40.000 – 45.000', basis: 'range' }, 4500000],
    ['zero', { kind: 'zero', text: 'nihil' }, 0],
    ['placeholder', { kind: 'placeholder', text: 'P.M.' }, 0],
    ['empty', { kind: 'empty' }, 0],
    ['unreadable', unreadable('zie toelichting', 'text'), undefined],
    ['error', { kind: 'error', code: '#REF!' }, undefined],
  ])('counts a %s reading as %p', (_kind, reading, expected) => {
    expect(countedCents(reading)).toBe(expected);
  });

  it.each<[string, number | undefined]>([
    ['€ 2.138.509,64', 213850964],
    ['Ca. € 48.000', 4800000],
    ['40.000 – 45.000 per jaar', 4500000],
    ['N.t.b. - €100.000,- begroot', 10000000],
    ['P.M.', 0],
    ['nihil', 0],
    ['-', 0],
    ['Uitvoerbaar binnen opdracht TMF', undefined],
  ])('counts %j as %p cents', (text, expected) => {
    expect(countedCents(readAmountText(text))).toBe(expected);
  });
});
