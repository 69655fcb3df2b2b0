/**
 * The spending period as the user gives it: two dates typed as `1-8-2021`, `01-08-2021` or
 * `2021-08-01` (see ../dates.ts), read once into day serials. The pane's fields, `--period-start`
 * and `--period-end`, and the engine's own text options all go through `readPeriodInput`; the
 * engine then works with the serials, never with the text again.
 */
import { parseDateText, serialFromCivil, type DaySerial } from '../dates';
import type { Period } from '../payments/model';

/** 1 August 2021 to 31 July 2025: the period as extended by the regulation of October 2022. */
export const DEFAULT_PERIOD: Period = { start: serialFromCivil(2021, 8, 1), end: serialFromCivil(2025, 7, 31) };

/** Why a field's text is no usable day. */
export type DayRefusal = 'empty' | 'not-date';

export type DayInput =
  { readonly kind: 'day'; readonly serial: DaySerial } | { readonly kind: 'invalid'; readonly reason: DayRefusal };

export function parseDayInput(text: string): DayInput {
  if (text.trim() === '') return { kind: 'invalid', reason: 'empty' };
  const serial = parseDateText(text);
  return serial === undefined ? { kind: 'invalid', reason: 'not-date' } : { kind: 'day', serial };
}

export type PeriodInput =
  | { readonly kind: 'valid'; readonly period: Period }
  /** What is wrong with each end; 'order': the end lies before the start (said on the end). */
  | { readonly kind: 'invalid'; readonly start?: DayRefusal; readonly end?: DayRefusal | 'order' };

/** Both ends read together: each a day, and the end not before the start. An end not given is the default's. */
export function readPeriodInput(startText: string | undefined, endText: string | undefined): PeriodInput {
  const start: DayInput =
    startText === undefined ? { kind: 'day', serial: DEFAULT_PERIOD.start } : parseDayInput(startText);
  const end: DayInput = endText === undefined ? { kind: 'day', serial: DEFAULT_PERIOD.end } : parseDayInput(endText);
  if (start.kind === 'invalid' || end.kind === 'invalid') {
    return {
      kind: 'invalid',
      ...(start.kind === 'invalid' ? { start: start.reason } : {}),
      ...(end.kind === 'invalid' ? { end: end.reason } : {}),
    };
  }
  if (end.serial < start.serial) return { kind: 'invalid', end: 'order' };
  return { kind: 'valid', period: { start: start.serial, end: end.serial } };
}

/** Whether two periods are the same days. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}
