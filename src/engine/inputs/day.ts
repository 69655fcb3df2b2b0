/**
 * Days as the engine counts them: Excel day serials (see ../dates.ts), never a `Date`. The engine
 * never reads the clock: an adapter reads it once and hands the engine "today" as a day serial
 * made by `todayDayNumber`, so no report, tab or verdict depends on the machine's time zone.
 */
import { civilFromSerial, parseDateText, serialFromCivil, type DaySerial } from '../dates';

/** Where the users are: a Dutch municipality's day begins at midnight in Amsterdam. */
export const USERS_TIME_ZONE = 'Europe/Amsterdam';

/**
 * The day `now` falls on in `timeZone`, as a day serial. A pure conversion of its arguments: the
 * one place an instant becomes a day, called by the adapters with the clock they read.
 */
export function todayDayNumber(now: Date, timeZone: string = USERS_TIME_ZONE): DaySerial {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return serialFromCivil(part('year'), part('month'), part('day'));
}

/** `1-8-2021`: day-month-year without leading zeros, as the users type a date and the pane shows one. */
export function shortDutchDateOf(serial: DaySerial): string {
  const { year, month, day } = civilFromSerial(serial);
  return `${day}-${month}-${year}`;
}

/**
 * A date kept as text (an acceptance's `2024-03-12`) the short Dutch way (`12-3-2024`); text that
 * is no date (someone typed over it on the sheet) is shown as it is.
 */
export function shortDutchDateOfText(text: string): string {
  const serial = parseDateText(text);
  return serial === undefined ? text : shortDutchDateOf(serial);
}
