/**
 * Intervention codes as a comparison reads them. Two versions of one plan write the same number
 * differently ("I7" in the agenda, "7" in the status report; "7 t/m 9" and "7-9"), and a block of
 * numbers may be kept as one row ("7-9") in one version and as its parts ("7", "8", "9", or "7a",
 * "7b") in the other. A code's key compares the notation away; the numbers it covers link a block
 * to its parts.
 */
import type { Intervention } from '../model';

export interface CodeReading {
  /** The code with case, spacing, dashes, a trailing `.` or `)` and leading zeros compared away. */
  readonly key: string;
  /** The plain numbers this code stands for: 7 for "7" and "7a", 7, 8 and 9 for "7-9". */
  readonly covers: ReadonlyArray<number>;
}

/** A block wider than this is no block of interventions but a typo or a year range ("2021-2024"). */
const MAX_RANGE = 50;

/** Lower case, accents off, one dash, "t/m" as a dash, no trailing `.` or `)`, no spaces. */
function tidy(code: string): string {
  return code
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s*(?:t\/m|tot en met|tm)\s*/g, '-')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '')
    .replace(/[.)]+$/, '')
    .replace(/^\(/, '');
}

const PREFIXED = /^([a-z]+)[-.:]?(\d.*)$/;

/**
 * A letter prefix every code of one version shares ("I1" … "I16", "Interventie 3") is notation,
 * not part of the number: it is dropped, so "I7" and "7" are one intervention.
 */
function sharedPrefix(codes: ReadonlyArray<string>): string | undefined {
  if (codes.length < 2) return undefined;
  let prefix: string | undefined;
  for (const code of codes) {
    const m = PREFIXED.exec(code);
    if (!m) return undefined;
    if (prefix === undefined) prefix = m[1];
    else if (prefix !== m[1]) return undefined;
  }
  return prefix;
}

function withoutLeadingZeros(code: string): string {
  return code.replace(/(^|[^\d])0+(?=\d)/g, '$1');
}

function coveredNumbers(key: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(key);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to > from && to - from <= MAX_RANGE) return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  // "7a", "7.1", "7-1": a part of 7.
  const single = /^(\d+)(?:[a-z]|[.-]\d+)?$/.exec(key);
  if (single) return [Number(single[1])];
  const list = key.split(/,|\+|&|en(?=\d)/);
  if (list.length > 1 && list.every((part) => /^\d+$/.test(part))) return [...new Set(list.map(Number))];
  return [];
}

/** The code of every intervention of one version, read against the codes beside it. */
export function readCodes(interventions: ReadonlyArray<Intervention>): Map<Intervention, CodeReading> {
  const tidied = new Map<Intervention, string>();
  for (const i of interventions) {
    const code = i.code === undefined ? '' : tidy(i.code);
    if (code !== '') tidied.set(i, code);
  }
  const prefix = sharedPrefix([...tidied.values()]);
  const readings = new Map<Intervention, CodeReading>();
  for (const [i, code] of tidied) {
    const bare = prefix !== undefined ? code.slice(prefix.length).replace(/^[-.:]/, '') : code;
    const key = withoutLeadingZeros(bare);
    readings.set(i, { key, covers: coveredNumbers(key) });
  }
  return readings;
}
