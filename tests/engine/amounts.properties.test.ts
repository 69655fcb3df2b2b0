/**
 * Properties of reading amounts and of the money helpers, checked on generated input: whatever a
 * user types or Excel stores, the reading is one of the known kinds and never loses a cent.
 */
import fc from 'fast-check';
import { countedCents, readAmount, readAmountText, type AmountReading } from '../../src/engine/amounts';
import { EXCEL_ERRORS, type Cell } from '../../src/engine/grid';
import { eurosToCents, formatEuro, MAX_CENTS, splitEqually } from '../../src/engine/money';

const READING_KINDS = ['empty', 'number', 'text-number', 'zero', 'estimate', 'placeholder', 'unreadable', 'error'];
const UNREADABLE_REASONS = ['text', 'date', 'boolean', 'too-large'];
const ESTIMATE_BASES = ['circa', 'range', 'pending'];

/**
 * What is wrong with a reading a rule must be able to rely on: a known kind, and cents (where
 * there are any) that add up exactly. Collected rather than asserted one by one, since jest's
 * `expect` costs more than the reading itself over thousands of runs.
 */
function problemsOf(reading: AmountReading): string[] {
  const problems: string[] = [];
  if (!READING_KINDS.includes(reading.kind)) problems.push(`unknown kind ${reading.kind}`);
  if ('cents' in reading) {
    if (!Number.isSafeInteger(reading.cents)) problems.push(`cents ${reading.cents} not a safe integer`);
    // -0 prints as "€ -0,00" in a message and compares equal to 0, so it must never get out.
    if (Object.is(reading.cents, -0)) problems.push('cents is -0');
  }
  if ('fractionalCent' in reading && typeof reading.fractionalCent !== 'boolean')
    problems.push('fractionalCent not a boolean');
  if (reading.kind === 'unreadable' && !UNREADABLE_REASONS.includes(reading.reason))
    problems.push(`unknown reason ${reading.reason}`);
  if (reading.kind === 'estimate' && !ESTIMATE_BASES.includes(reading.basis))
    problems.push(`unknown basis ${reading.basis}`);

  const counted = countedCents(reading);
  const expected =
    reading.kind === 'unreadable' || reading.kind === 'error' ? undefined : 'cents' in reading ? reading.cents : 0;
  if (counted !== expected) problems.push(`counts for ${counted}, expected ${expected}`);
  return problems;
}

function expectWellFormed(reading: AmountReading): void {
  expect(problemsOf(reading)).toEqual([]);
}

/** Text readings keep the text as the user wrote it (trimmed), for the message that quotes it. */
function expectTextKept(reading: AmountReading, input: string): void {
  if (reading.kind === 'error' || ('text' in reading && reading.text !== input.trim())) {
    expect(reading).toEqual({ ...reading, text: input.trim() });
  }
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Budget-sized cents, |cents| < 1e13 (100 billion euros); small values come up most often. */
const budgetCents = fc.bigInt({ min: -(10n ** 13n) + 1n, max: 10n ** 13n - 1n }).map(Number);
const nonNegativeBudgetCents = budgetCents.map(Math.abs);

/** Characters amount text is made of, including the look-alikes users paste from Word and PDF. */
const AMOUNTISH_CHARS = [
  ...'0123456789',
  // separators three times over: they decide between thousands and decimals
  ...'.,.,.,',
  '-',
  '–',
  '—',
  '\u2212',
  '€',
  ' ',
  ' ',
  '\u00A0',
  '\u2007',
  '\u2009',
  '\u202F',
  '\u200B',
  '\t',
  '\n',
  '(',
  ')',
  '/',
  '=',
  '+',
  '±',
  '~',
  '?',
  '%',
  '#',
  'à',
  ...'aAcCeEuUrRpPmMnNtTbBoOx',
  '😀',
  '👍🏽',
  'e\u0301',
];
const amountishText = fc.string({ unit: fc.constantFrom(...AMOUNTISH_CHARS), maxLength: 30 });

/** Words and figures as budget sheets write them, glued together in any order. */
const AMOUNT_TOKENS = [
  '€',
  'EUR',
  'euro',
  'Euro',
  'Ca.',
  'ca',
  'circa',
  'ongeveer',
  '±',
  '+/-',
  '~',
  'plm.',
  'P.M.',
  'p.m.',
  'PM',
  'N.t.b.',
  'ntb',
  'nader te bepalen',
  'n.v.t.',
  'volgt',
  'TBD',
  'n/a',
  '?',
  'nihil',
  'geen',
  'nul',
  '0,-',
  '-',
  '–',
  '—',
  '−',
  '-/-',
  '(',
  ')',
  ':',
  ';',
  'per jaar',
  'p/j',
  'incl. btw',
  'excl btw',
  'begroot',
  'tot',
  'tot en met',
  't/m',
  'à',
  'a',
  'to',
  '1.234,56',
  '48.000',
  '250.000,-',
  '50.000,–',
  '0',
  '0,125',
  '12,5',
  '1,250.00',
  '2.138.509,64',
  '90.071.992.547.409,91',
  '90.071.992.547.409,92',
  '99999999999999999999',
  '1.2.3',
  '31-07-2025',
  '2025',
  '😀',
  'Uitvoerbaar binnen opdracht TMF',
  'x',
];
const SEPARATORS = ['', ' ', ' ', '  ', '\u00A0', '\t', '\u2009'];
const amountishPhrase = fc
  .array(fc.tuple(fc.constantFrom(...AMOUNT_TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 7 })
  .map((parts) => parts.map(([token, sep]) => token + sep).join(''));

const anyText = fc.oneof(
  amountishPhrase,
  amountishText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // around the length past which text is never an amount
  fc.string({ unit: fc.constantFrom('1', '0', '.', ',', ' ', '€'), minLength: 190, maxLength: 260 }),
);

const NUMBER_FORMATS = [
  'General',
  'Standaard',
  '0',
  '0.00',
  '#,##0.00',
  '"€" #,##0.00',
  '[$€-413] #.##0,00',
  '#,##0;[Red]-#,##0',
  'd-m-yyyy',
  'dd/mm/yy',
  'mmm yyyy',
  '[h]:mm',
  'hh:mm:ss',
  '"Datum" 0',
  '0.00_)',
  '\\d0',
  '@',
  '',
];

const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1e15,
    -1e15,
    1e300,
    -1e300,
    5e-324,
    0.005,
    1.005,
    -1.005,
    90_071_992_547_409.91,
  ),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
);

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), value: anyDouble }),
  fc.record({
    kind: fc.constant('number' as const),
    value: anyDouble,
    format: fc.oneof(fc.constantFrom(...NUMBER_FORMATS), fc.string()),
  }),
  fc.record({ kind: fc.constant('text' as const), value: anyText }),
  fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant('error' as const), value: fc.constantFrom(...EXCEL_ERRORS) }),
);

/** How one figure may be written in Dutch (or English) notation. */
interface Notation {
  readonly grouping: '.' | '\u00A0' | '\u202F' | 'none';
  readonly wholeEuros: ',-' | ', -' | ',–' | ',--' | ',=' | 'none' | ',00';
  readonly currency: '€ ' | '€' | '€\u00A0' | 'EUR ' | ' euro' | ' EUR' | ' €' | '';
  /** 'parentheses-then-currency' is the accountants' "(1.234,56) EUR". */
  readonly negative: '-' | '\u2212' | '-/- ' | 'parentheses' | 'parentheses-then-currency' | 'after-currency';
  readonly english: boolean;
}

const notation: fc.Arbitrary<Notation> = fc.record({
  grouping: fc.constantFrom('.' as const, '\u00A0' as const, '\u202F' as const, 'none' as const),
  wholeEuros: fc.constantFrom(
    ',-' as const,
    ', -' as const,
    ',–' as const,
    ',--' as const,
    ',=' as const,
    'none' as const,
    ',00' as const,
  ),
  currency: fc.constantFrom(
    '€ ' as const,
    '€' as const,
    '€\u00A0' as const,
    'EUR ' as const,
    ' euro' as const,
    ' EUR' as const,
    ' €' as const,
    '' as const,
  ),
  negative: fc.constantFrom(
    '-' as const,
    '\u2212' as const,
    '-/- ' as const,
    'parentheses' as const,
    'parentheses-then-currency' as const,
    'after-currency' as const,
  ),
  english: fc.boolean(),
});

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Writes `cents` the way a user might; every notation here must read back to exactly `cents`. */
function writeAmount(cents: number | bigint, n: Notation): string {
  const whole = BigInt(cents);
  const abs = whole < 0n ? -whole : whole;
  const euros = (abs / 100n).toString();
  const rest = (abs % 100n).toString().padStart(2, '0');
  const [groupSep, decimalSep] = n.english ? [',', '.'] : ['.', ','];
  const grouped = n.grouping === 'none' ? euros : groupDigits(euros, n.grouping === '.' ? groupSep : n.grouping);
  let figure: string;
  if (rest !== '00' || n.wholeEuros === ',00') figure = `${grouped}${decimalSep}${rest}`;
  else if (n.wholeEuros === 'none') figure = grouped;
  else figure = `${grouped}${n.english ? n.wholeEuros.replace(',', '.') : n.wholeEuros}`;

  const prefix = n.currency.endsWith(' ') || n.currency === '€' || n.currency === '€\u00A0' ? n.currency : '';
  const suffix = prefix === '' ? n.currency : '';
  if (whole >= 0n) return `${prefix}${figure}${suffix}`;
  switch (n.negative) {
    case 'parentheses':
      return `(${prefix}${figure}${suffix})`;
    case 'parentheses-then-currency':
      return `(${prefix}${figure})${suffix}`;
    case 'after-currency':
      return `${prefix}-${figure}${suffix}`;
    default:
      return `${n.negative}${prefix}${figure}${suffix}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('reading amount text: any text gives a reading, never an exception', () => {
  it('reads any text as one of the known kinds, with safe integer cents and the text kept', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const reading = readAmountText(text);
        expectWellFormed(reading);
        expectTextKept(reading, text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a text cell exactly as the same text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(readAmount({ kind: 'text', value: text })).toEqual(readAmountText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('reads only blank text as empty', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const blank = text.replace(/[\s\u200B]/g, '') === '';
        expect(readAmountText(text).kind === 'empty').toBe(blank);
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading amount cells: numbers, booleans, errors and dates', () => {
  it('reads any cell as one of the known kinds, with safe integer cents', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        expectWellFormed(readAmount(cell));
      }),
      { numRuns: 500 },
    );
  });

  it('reads any number without a date format as cents, or as too large: never NaN or a rounded-off giant', () => {
    fc.assert(
      fc.property(anyDouble, (value) => {
        const reading = readAmount({ kind: 'number', value });
        const fits = Number.isFinite(value) && Math.abs(value * 100) <= MAX_CENTS;
        expect(reading.kind).toBe(fits ? 'number' : 'unreadable');
        if (reading.kind === 'unreadable') expect(reading.reason).toBe('too-large');
      }),
      { numRuns: 500 },
    );
  });

  it('reads a number under a date format as a date, whatever the number', () => {
    fc.assert(
      fc.property(
        anyDouble,
        fc.constantFrom('d-m-yyyy', 'dd/mm/yy', 'mmm yyyy', '[h]:mm', 'hh:mm:ss'),
        (value, format) => {
          expect(readAmount({ kind: 'number', value, format })).toMatchObject({ kind: 'unreadable', reason: 'date' });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads booleans as unreadable and error values as errors', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(...EXCEL_ERRORS), (value, code) => {
        expect(readAmount({ kind: 'boolean', value })).toMatchObject({ kind: 'unreadable', reason: 'boolean' });
        expect(readAmount({ kind: 'error', value: code })).toEqual({ kind: 'error', code });
      }),
      { numRuns: 50 },
    );
  });
});

describe('no cent lost: figures read back exactly', () => {
  it('reads every amount the engine writes (formatEuro) back to the same cents', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          budgetCents,
          fc.maxSafeInteger(),
          fc.constantFrom(MAX_CENTS, -MAX_CENTS, 0, 1, -1, 99, -99, 100, -100),
        ),
        (cents) => {
          const text = formatEuro(cents);
          expect(readAmountText(text)).toEqual({ kind: 'text-number', cents, text, fractionalCent: false });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a figure written in any Dutch or English notation back to the same cents', () => {
    fc.assert(
      fc.property(budgetCents, notation, (cents, n) => {
        const text = writeAmount(cents, n);
        const reading = readAmountText(text);
        // "€ 0,-" is a deliberate zero, which counts the same.
        if (cents === 0 && reading.kind === 'zero') return;
        expect(reading).toMatchObject({ kind: 'text-number', cents, fractionalCent: false });
      }),
      { numRuns: 500 },
    );
  });

  it('reads a figure stored as a number (euros, as Excel keeps them) back to the same cents', () => {
    fc.assert(
      fc.property(budgetCents, (cents) => {
        expect(readAmount({ kind: 'number', value: cents / 100 })).toEqual({
          kind: 'number',
          cents,
          fractionalCent: false,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('counts a figure typed as text with four decimals for the same cents as the same figure stored as a number', () => {
    // Four decimals: three would read as thousands ("12,345" is twelve thousand), as users mean it.
    // Up to a billion euros: beyond that a double's representation error nears a hundredth of a cent.
    const tenThousandths = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).map(Number);
    fc.assert(
      fc.property(tenThousandths, (units) => {
        const abs = Math.abs(units);
        const text = `${units < 0 ? '-' : ''}${Math.floor(abs / 10_000)},${String(abs % 10_000).padStart(4, '0')}`;
        const fromText = readAmountText(text);
        const fromNumber = readAmount({ kind: 'number', value: Number(text.replace(',', '.')) });
        expect(fromText.kind).toBe('text-number');
        expect(fromNumber.kind).toBe('number');
        if (fromText.kind !== 'text-number' || fromNumber.kind !== 'number') return;
        expect(fromText.cents).toBe(fromNumber.cents);
        expect(fromText.fractionalCent).toBe(fromNumber.fractionalCent);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a minus sign in front of any readable figure as the same figure negated', () => {
    fc.assert(
      fc.property(
        nonNegativeBudgetCents.filter((c) => c > 0),
        notation,
        (cents, n) => {
          const positive = readAmountText(writeAmount(cents, n));
          const negative = readAmountText(`-${writeAmount(cents, n)}`);
          expect(positive.kind).toBe('text-number');
          expect(negative).toMatchObject({ kind: 'text-number', cents: -cents });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads "Ca." amounts, ranges and "N.t.b." amounts as estimates counting the (highest) figure', () => {
    const lead = fc.constantFrom('Ca. ', 'ca ', 'Circa ', 'ongeveer ', '± ', '+/- ', '~');
    const rangeSeparator = fc.constantFrom(' – ', ' - ', '-', ' — ', ' tot ', ' t/m ', ' à ', ' a ', ' tot en met ');
    const suffix = fc.constantFrom('', ' per jaar', ' p/j', ' (incl. btw)', ' per schooljaar', ' begroot');
    const pending = fc.constantFrom('N.t.b. - ', 'P.M. ', 'n.t.b.: ', 'Nader te bepalen, ');
    fc.assert(
      fc.property(
        nonNegativeBudgetCents,
        nonNegativeBudgetCents,
        notation,
        notation,
        lead,
        rangeSeparator,
        suffix,
        pending,
        (a, b, na, nb, circa, sep, end, tbd) => {
          const first = writeAmount(a, na);
          const second = writeAmount(b, nb);
          expect(readAmountText(`${circa}${first}${end}`)).toMatchObject({
            kind: 'estimate',
            cents: a,
            basis: 'circa',
          });
          // "1.000,--2.000" is ambiguous (which dashes close the whole euros?), so a bare dash gets cents.
          const lower = sep === '-' && na.wholeEuros !== ',=' ? writeAmount(a, { ...na, wholeEuros: ',00' }) : first;
          expect(readAmountText(`${lower}${sep}${second}${end}`)).toMatchObject({
            kind: 'estimate',
            cents: Math.max(a, b),
            basis: 'range',
          });
          expect(readAmountText(`${tbd}${first}${end}`)).toMatchObject({
            kind: 'estimate',
            cents: a,
            basis: 'pending',
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a circa word after any readable figure as a circa estimate counting the figure', () => {
    const circa = fc.constantFrom(' ca.', ' ca', ' Ca.', ' circa', ' ongeveer', ' plm.', ' (ca.)', ', ca.');
    const suffix = fc.constantFrom('', ' per jaar', ' (incl. btw)');
    fc.assert(
      fc.property(budgetCents, notation, circa, suffix, (cents, n, ca, end) => {
        const reading = readAmountText(`${writeAmount(cents, n)}${ca}${end}`);
        expect(reading).toMatchObject({ kind: 'estimate', cents, basis: 'circa' });
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a figure too large to add up exactly as some other amount', () => {
    const hugeCents = fc.bigInt({ min: BigInt(MAX_CENTS) + 1n, max: 10n ** 30n });
    fc.assert(
      fc.property(hugeCents, fc.boolean(), notation, (cents, negative, n) => {
        const text = writeAmount(negative ? -cents : cents, n);
        expect(readAmountText(text)).toEqual({ kind: 'unreadable', text: text.trim(), reason: 'too-large' });
      }),
      { numRuns: 200 },
    );
  });
});

describe('eurosToCents: rounding euros stored as doubles', () => {
  const finite = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e13, max: 1e13 }),
    fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  );

  it('rounds symmetrically: minus an amount is minus its cents', () => {
    fc.assert(
      fc.property(finite, (euros) => {
        const plus = eurosToCents(euros)!;
        const minus = eurosToCents(-euros)!;
        expect(minus.cents).toBe(plus.cents === 0 ? 0 : -plus.cents);
        expect(minus.fractionalCent).toBe(plus.fractionalCent);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the order of amounts: a larger amount never gets fewer cents', () => {
    fc.assert(
      fc.property(finite, finite, (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(eurosToCents(low)!.cents).toBeLessThanOrEqual(eurosToCents(high)!.cents);
      }),
      { numRuns: 500 },
    );
  });

  it('is never more than half a cent (plus representation error) away from the amount', () => {
    fc.assert(
      fc.property(finite, (euros) => {
        const { cents } = eurosToCents(euros)!;
        expect(Math.abs(cents - euros * 100)).toBeLessThanOrEqual(0.5 + Math.abs(euros * 100) * Number.EPSILON * 4);
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatEuro: Dutch notation', () => {
  it('writes any safe amount as € with dot groups and two decimals', () => {
    fc.assert(
      fc.property(fc.oneof(budgetCents, fc.maxSafeInteger()), (cents) => {
        expect(formatEuro(cents)).toMatch(/^€ -?\d{1,3}(?:\.\d{3})*,\d{2}$/);
        expect(formatEuro(cents).includes('-')).toBe(cents < 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitEqually: an amount over several goals', () => {
  const total = fc.oneof(budgetCents, fc.maxSafeInteger(), fc.integer({ min: -20, max: 20 }));

  it('gives parts that add up to the whole amount exactly', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 60 }), (cents, parts) => {
        const shares = splitEqually(cents, parts);
        expect(shares).toHaveLength(parts);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(cents);
        // No share goes against the sign of the amount: a budget is not split into a gain and a loss.
        const odd = shares.filter(
          (x) => !Number.isSafeInteger(x) || Object.is(x, -0) || Math.sign(x) * Math.sign(cents) === -1,
        );
        expect(odd).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives every share but the first the same amount, and the first the remainder (less than one cent per share)', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 60 }), (cents, parts) => {
        const [first, ...rest] = splitEqually(cents, parts);
        const base = Math.trunc(cents / parts);
        expect(rest.filter((share) => share !== base)).toEqual([]);
        expect(Math.abs(first! - base)).toBe(Math.abs(cents) % parts);
      }),
      { numRuns: 500 },
    );
  });

  it('gives nothing to split over no goals', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: -5, max: 0 }), (cents, parts) => {
        expect(splitEqually(cents, parts)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
