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
 * Returns undefined for amounts that cannot be held exactly (beyond ±90 billion euros).
 */
export function eurosToCents(euros: number): Cents | undefined {
  if (!Number.isFinite(euros)) return undefined;
  const scaled = euros * 100;
  if (Math.abs(scaled) > MAX_CENTS) return undefined;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled));
  const tolerance = Math.max(1e-6, Math.abs(scaled) * Number.EPSILON * 4);
  return { cents: rounded === 0 ? 0 : rounded, fractionalCent: Math.abs(scaled - rounded) > tolerance };
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
  const tenths = Math.round((part * 1000) / whole);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)},${abs % 10}%`;
}
