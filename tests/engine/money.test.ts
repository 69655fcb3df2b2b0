import { centsToEuros, eurosToCents, formatEuro, formatPercent, MAX_CENTS, splitEqually } from '../../src/engine/money';

describe('eurosToCents: a stored euro double to integer cents', () => {
  it.each<[number, number]>([
    [0, 0],
    [1, 100],
    [322_000, 32_200_000],
    [2_138_509.64, 213_850_964],
    // stored as 1234.5599999999999: still exactly two decimals
    [1234.56, 123_456],
    [1234.5599999999999, 123_456],
    [0.1 + 0.2, 30],
    [-1250, -125_000],
    [-0, 0],
  ])('%d euro is %d cents, with no fractional cent', (euros, cents) => {
    expect(eurosToCents(euros)).toEqual({ cents, fractionalCent: false });
  });

  it.each<[number, number]>([
    // halves round away from zero, also when the double sits just below the half
    [0.125, 13],
    [-0.125, -13],
    [1.005, 101],
    [-1.005, -101],
    [2.675, 268],
    [1.235, 124],
    [0.005, 1],
    [100.001, 10_000],
    [0.004, 0],
    [1.00499, 100],
  ])('%d euro is rounded to %d cents and flagged as having a fractional cent', (euros, cents) => {
    expect(eurosToCents(euros)).toEqual({ cents, fractionalCent: true });
  });

  it('never returns minus zero', () => {
    expect(Object.is(eurosToCents(-0.004)!.cents, 0)).toBe(true);
  });

  it.each([NaN, Infinity, -Infinity, 1e14, -1e14])('%d cannot be held exactly in cents', (euros) => {
    expect(eurosToCents(euros)).toBeUndefined();
  });

  it('holds the largest exact amount', () => {
    expect(eurosToCents(MAX_CENTS / 100)?.cents).toBe(MAX_CENTS);
  });

  it('goes back to euros for writing a cell', () => {
    expect(centsToEuros(213_850_964)).toBe(2_138_509.64);
  });
});

describe('formatEuro: Dutch notation', () => {
  it.each<[number, string]>([
    [123_456, '€ 1.234,56'],
    [0, '€ 0,00'],
    [5, '€ 0,05'],
    [99, '€ 0,99'],
    [100, '€ 1,00'],
    [32_200_000, '€ 322.000,00'],
    [213_850_964, '€ 2.138.509,64'],
    [100_000_000_000, '€ 1.000.000.000,00'],
    [-5, '€ -0,05'],
    [-1_149_036, '€ -11.490,36'],
  ])('%d cents is %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });
});

describe('splitEqually: equal shares in cents, the remainder to the first share', () => {
  it.each<[number, number, number[]]>([
    [10_000, 3, [3334, 3333, 3333]],
    [10_001, 2, [5001, 5000]],
    [10_000, 4, [2500, 2500, 2500, 2500]],
    [7, 2, [4, 3]],
    [2, 3, [2, 0, 0]],
    [5, 5, [1, 1, 1, 1, 1]],
    [0, 3, [0, 0, 0]],
    [-10_000, 3, [-3334, -3333, -3333]],
    [-1, 3, [-1, 0, 0]],
    [12_345, 1, [12_345]],
  ])('%d over %d is %j', (cents, parts, shares) => {
    const result = splitEqually(cents, parts);
    expect(result).toEqual(shares);
    expect(result.reduce((a, b) => a + b, 0)).toBe(cents);
    expect(result.some((s) => Object.is(s, -0))).toBe(false);
  });

  it.each([0, -1])('gives no shares for %d parts', (parts) => {
    expect(splitEqually(10_000, parts)).toEqual([]);
  });
});

describe('formatPercent: one decimal, Dutch notation', () => {
  it.each<[number, number, string]>([
    [723, 1000, '72,3%'],
    [1, 3, '33,3%'],
    [2, 3, '66,7%'],
    [0, 5, '0,0%'],
    [150, 100, '150,0%'],
    // Hilversum's intervention 16: € 72.114 spent of € 50.000
    [7_211_400, 5_000_000, '144,2%'],
    [1, 8, '12,5%'],
    // halves round away from zero, on both sides of zero
    [1, 2000, '0,1%'],
    [-1, 2000, '-0,1%'],
    [3, 2000, '0,2%'],
    [-3, 2000, '-0,2%'],
    [-1, 3, '-33,3%'],
    [1, 1_000_000, '0,0%'],
    [-1, 1_000_000, '0,0%'],
  ])('%d of %d is %s', (part, whole, text) => {
    expect(formatPercent(part, whole)).toBe(text);
  });

  it('is undefined when nothing was budgeted', () => {
    expect(formatPercent(5, 0)).toBeUndefined();
  });
});
