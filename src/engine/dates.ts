/**
 * Calendar dates as Excel keeps them: whole day serials (1 = 1 January 1900, 45869 = 31 July 2025).
 * Conversions use integer arithmetic on the proleptic Gregorian calendar, never `Date`, so no time
 * zone or daylight-saving shift can move a payment into another day or year.
 */

/** An Excel day serial: whole days, the 1900 system (serial 61 is 1 March 1900). */
export type DaySerial = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days from 1970-01-01 to Excel's day 0 (1899-12-30, as Excel counts from March 1900 on). */
const EPOCH_OFFSET = 25_569;
/**
 * Serials below 61 fall before 1 March 1900, where Excel counts the non-existent 29 February 1900;
 * no NPO payment is dated there, so they are not read as dates at all.
 */
export const FIRST_SERIAL = 61;
/** 31 December 9999, Excel's last date. */
export const LAST_SERIAL = 2_958_465;

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

export function serialFromCivil(year: number, month: number, day: number): DaySerial {
  return daysFromCivil(year, month, day) + EPOCH_OFFSET;
}

export function civilFromSerial(serial: DaySerial): CivilDate {
  return civilFromDays(serial - EPOCH_OFFSET);
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const c = civilFromSerial(serialFromCivil(year, month, day));
  return c.year === year && c.month === month && c.day === day;
}

/** The calendar year a serial falls in. */
export function yearOf(serial: DaySerial): number {
  return civilFromSerial(serial).year;
}

/** `2025-07-31`. */
export function isoDate(serial: DaySerial): string {
  const { year, month, day } = civilFromSerial(serial);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `31-07-2025`, the way Dutch documents write a date. */
export function dutchDateOf(serial: DaySerial): string {
  const { year, month, day } = civilFromSerial(serial);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}

/** `19-8-2025` and `19-08-2025` (Dutch: day first), with a four-digit year. */
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
/** `2025-08-19` (ISO 8601). */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date written as text: `19-8-2025`, `19-08-2025` or `2025-08-19`. Anything else, and a
 * day that does not exist (31-6-2023), gives undefined: a guess at a date would put a payment in
 * the wrong year or period.
 */
export function parseDateText(text: string): DaySerial | undefined {
  const t = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const dutch = DUTCH_DATE.exec(t);
  const iso = dutch ? null : ISO_DATE.exec(t);
  if (dutch) {
    day = Number(dutch[1]);
    month = Number(dutch[2]);
    year = Number(dutch[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return undefined;
  }
  if (!isValidCivil(year, month, day)) return undefined;
  const serial = serialFromCivil(year, month, day);
  return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? serial : undefined;
}

/**
 * A number in a date cell as a day serial: Excel keeps dates as numbers, a time of day as the
 * fraction (which says nothing about the day's year or period, so it is dropped).
 */
export function serialFromNumber(value: number): DaySerial | undefined {
  if (!Number.isFinite(value)) return undefined;
  const day = Math.floor(value);
  return day >= FIRST_SERIAL && day <= LAST_SERIAL ? day : undefined;
}
