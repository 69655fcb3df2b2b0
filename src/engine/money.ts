/**
 * Money is integer cents from the moment it is read: floating-point euros never reach a
 * comparison or a total. This module is the one place that crosses between the two.
 */

/** Largest amount of cents that still adds up exactly in a JavaScript number. */
export const MAX_CENTS = Number.MAX_SAFE_INTEGER;

export interface Cents {
  readonly cents: number;
  /** The euro value had more than two decimals (the cents were rounded half away from zero). */
  readonly fractionalCent: boolean;
}

/**
 * Converts a euro amount as Excel stores it (a double) into cents. `1234.56` is stored as
 * 1234.5599999999999, so "more than two decimals" allows for that representation error.
 * Returns undefined for amounts that cannot be held exactly (beyond ±90 trillion euros).
 */
export function eurosToCents(euros: number): Cents | undefined {
  if (!Number.isFinite(euros)) return undefined;
  const scaled = euros * 100;
  const abs = Math.abs(scaled);
  if (abs > MAX_CENTS) return undefined;
  const representationError = abs * Number.EPSILON * 4;
  const whole = Math.floor(abs);
  const fraction = abs - whole;
  // 1,005 is stored as 1.00499999999999989…: a half within representation error is still a half
  // and rounds away from zero, as it does when the same amount is read from text. (Near the limit
  // a double holds no digits below the cent, so there is nothing to correct.)
  const nearHalf = representationError < 0.5 && 0.5 - fraction <= representationError;
  const roundedAbs = fraction >= 0.5 || nearHalf ? whole + 1 : whole;
  const rounded = Math.sign(scaled) * roundedAbs;
  const tolerance = Math.max(1e-6, representationError);
  return { cents: rounded === 0 ? 0 : rounded, fractionalCent: Math.abs(abs - roundedAbs) > tolerance };
}

/** Cents back to euros, for writing a value into a spreadsheet cell. */
export function centsToEuros(cents: number): number {
  return cents / 100;
}

/** `€ 1.234,56` (Dutch notation, also in English text: it is how the users' documents write it). */
export function formatEuro(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${negative ? '-' : ''}${grouped},${String(rest).padStart(2, '0')}`;
}

/** Splits `cents` into `parts` equal shares, the remainder going to the first share. */
export function splitEqually(cents: number, parts: number): number[] {
  if (parts <= 0) return [];
  const sign = cents < 0 ? -1 : 1;
  const abs = Math.abs(cents);
  const base = Math.floor(abs / parts);
  const shares = new Array<number>(parts).fill(base * sign);
  shares[0] = (base + (abs - base * parts)) * sign;
  return shares.map((s) => (s === 0 ? 0 : s));
}

/** A percentage with one decimal in Dutch notation, e.g. `72,3%`; undefined when nothing was budgeted. */
export function formatPercent(part: number, whole: number): string | undefined {
  if (whole === 0) return undefined;
  const exact = (part * 1000) / whole;
  // Math.round takes -0,05% up to -0,0% but 0,05% up to 0,1%: round the size, then put the sign back.
  const abs = Math.round(Math.abs(exact));
  const sign = exact < 0 && abs > 0 ? '-' : '';
  return `${sign}${Math.floor(abs / 10)},${abs % 10}%`;
}
