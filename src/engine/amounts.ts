/**
 * Reads budget amounts the way municipal finance staff write them: real numbers, numbers stored
 * as text (which `SUM` silently skips), estimates ("Ca. € 48.000", "€ 48.000,- ca.",
 * "40.000 – 45.000 per jaar"),
 * placeholders ("P.M.", "N.t.b.") and free text. Every reading says what it was, so rules can tell
 * a deliberate zero from a figure nobody filled in, and an estimate from a firm amount.
 */
import { Cell, cellText } from './grid';
import { Cents, eurosToCents, MAX_CENTS } from './money';

export type AmountReading =
  | { kind: 'empty' }
  | { kind: 'number'; cents: number; fractionalCent: boolean }
  | { kind: 'text-number'; cents: number; text: string; fractionalCent: boolean }
  | { kind: 'zero'; text: string }
  | { kind: 'estimate'; cents: number; text: string; basis: 'circa' | 'range' | 'pending' }
  | { kind: 'placeholder'; text: string }
  | { kind: 'unreadable'; text: string; reason: 'text' | 'date' | 'boolean' | 'too-large' }
  | { kind: 'error'; code: string };

type UnreadableReason = Extract<AmountReading, { kind: 'unreadable' }>['reason'];
type EstimateBasis = Extract<AmountReading, { kind: 'estimate' }>['basis'];

/** Why a piece of text did not give an amount; 'text' lets the caller try another reading. */
type Parsed = Cents | 'text' | 'too-large';

const EMPTY: AmountReading = Object.freeze({ kind: 'empty' });

/** Reads an amount cell. Never throws. */
export function readAmount(cell: Cell | undefined): AmountReading {
  if (cell === undefined) return EMPTY;
  switch (cell.kind) {
    case 'number':
      return readNumberCell(cell);
    case 'text':
      return readAmountText(cell.value);
    case 'boolean':
      return { kind: 'unreadable', text: cellText(cell), reason: 'boolean' };
    case 'error':
      return { kind: 'error', code: cell.value };
  }
}

/** Reads amount text (also used for a `--ceiling 2.138.509,64` option). Never throws. */
export function readAmountText(text: string): AmountReading {
  const shown = text.trim();
  // A cell holding a paragraph is never an amount; stopping here bounds the work per cell.
  if (shown.length > MAX_AMOUNT_TEXT_LENGTH) return unreadable(shown, 'text');
  const normalized = normalize(shown);
  if (normalized === '') return EMPTY;
  const bare = BARE_AMOUNT.exec(normalized);
  if (bare !== null) return textNumber(normalized, shown, withSign(parseNumber(bare[2]), bare[1] === '-'));
  // Zero and placeholder words hold no digit but 0, so most amounts skip building the key.
  if (!NON_ZERO_DIGIT.test(normalized)) {
    const key = normalized.replace(KEY_NOISE, '');
    if (ZERO_KEY.test(key)) return { kind: 'zero', text: shown };
    if (PLACEHOLDER_KEY.test(key)) return { kind: 'placeholder', text: shown };
  }
  return readExpression(normalized, shown);
}

/**
 * Cents an amount counts for in totals: number/text-number/estimate -> cents; zero/placeholder/empty -> 0;
 * unreadable/error -> undefined.
 */
export function countedCents(reading: AmountReading): number | undefined {
  switch (reading.kind) {
    case 'number':
    case 'text-number':
    case 'estimate':
      return reading.cents;
    case 'zero':
    case 'placeholder':
    case 'empty':
      return 0;
    case 'unreadable':
    case 'error':
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Number cells

function readNumberCell(cell: Extract<Cell, { kind: 'number' }>): AmountReading {
  if (cell.format !== undefined && isDateFormat(cell.format)) {
    return unreadable(cellText(cell), 'date');
  }
  const converted = eurosToCents(cell.value);
  // Excel keeps NaN and infinities as error values, so the only way to get here is sheer size.
  if (converted === undefined) return unreadable(cellText(cell), 'too-large');
  return { kind: 'number', cents: converted.cents, fractionalCent: converted.fractionalCent };
}

/**
 * Parts of a number format that never show a date part: quoted text, escaped characters,
 * padding (`_x`) and fill (`*x`) characters, and bracketed sections such as `[Red]` or
 * `[$€-413]`, except elapsed time (`[h]`, `[mm]`, `[ss]`), which is a time.
 */
const FORMAT_LITERALS = /"[^"]*"|\\.|[_*].|\[(?![hms]+\])[^\]]*\]/gi;
const DATE_PART = /[dmyhs]/i;
/** Excel's default format, also under its Dutch name where an adapter reads local formats. */
const GENERAL_FORMAT = /^(?:general|standaard)$/i;

/** Sheets use a handful of formats across a million cells, so each is classified once. */
const dateFormatCache = new Map<string, boolean>();
const DATE_FORMAT_CACHE_LIMIT = 512;

function isDateFormat(format: string): boolean {
  const known = dateFormatCache.get(format);
  if (known !== undefined) return known;
  const isDate = !GENERAL_FORMAT.test(format) && DATE_PART.test(format.replace(FORMAT_LITERALS, ''));
  if (dateFormatCache.size >= DATE_FORMAT_CACHE_LIMIT) dateFormatCache.clear();
  dateFormatCache.set(format, isDate);
  return isDate;
}

// ---------------------------------------------------------------------------------------------
// Text: normalising, bare amounts and whole-text words

const MAX_AMOUNT_TEXT_LENGTH = 200;

/**
 * Number formatting in several locales groups digits with a no-break or thin space
 * ("1 250 000"); there it is a thousands separator. A typed ordinary space is not read that way:
 * "2023 150.000" must not become one number.
 */
const DIGIT_GROUP_SPACE = /(\d)[\u00A0\u2007\u2009\u202F](?=\d{3}(?!\d))/g;
const WHITESPACE = /[\s\u200B]+/g;
const UNICODE_MINUS = /\u2212/g;
/** Most cells hold none of this, so they skip the replacements, which cost more than the rest. */
const NEEDS_CLEANUP = /[^\S ]|\u200B|\u2212| {2}/;

function normalize(text: string): string {
  if (!NEEDS_CLEANUP.test(text)) return text;
  return text.replace(DIGIT_GROUP_SPACE, '$1').replace(WHITESPACE, ' ').replace(UNICODE_MINUS, '-').trim();
}

/** Most amount text is a bare number, perhaps with a euro sign; one regex settles those. */
const BARE_AMOUNT = /^(-?)(?:€ ?)?(\d+(?:[.,]\d+)*)$/;
const NON_ZERO_DIGIT = /[1-9]/;
/** Removed before matching whole-text words, so "N.T.B.", "n t b" and "€ nihil" all match. */
const KEY_NOISE = /[\s.,;:!'"()[\]]|€|eur(?:os?)?(?![a-z])/gi;
const ZERO_KEY = /^(?:nihil|geen|nul|0[-–—=]{1,2})$/i;
const PLACEHOLDER_KEY = /^(?:ntb|nadertebepalen|pm|promemorie|nvt|volgt|tbd|n\/a|[-–—]+|\?+)$/i;

// ---------------------------------------------------------------------------------------------
// Text: amount expressions

/** Placeholder words that may stand next to an amount: "N.t.b. - € 100.000", "€ 5.000 (p.m.)". */
const PENDING_WORD =
  /(?:(?:n\.? ?t\.? ?b|nader te bepalen|p\.? ?m|pro memorie|n\.? ?v\.? ?t|volgt|t\.?b\.?d)\.?|n\/a)(?![a-z])|\?/iy;
const LEAD_SEPARATOR = /\s*(?:[-–—:,;(]\s*)?/y;
const CIRCA = /(?:(?:circa|ongeveer|approx(?:imately)?|about|c\.?a|plm)\.?(?![a-z])|±|\+\/-|\+-|~)\s*/iy;
/**
 * "€ 48.000,- ca.", "48.000 circa": only words, since a sign after the figure ("48.000 ±") reads as
 * the start of something else, and "about" after a figure is no way to write an estimate.
 */
const TRAILING_CIRCA = /(?:circa|ongeveer|approx(?:imately)?|c\.?a|plm)\.?(?![a-z])/iy;
/** "-/-" is the Dutch bookkeeping way to write a minus. */
const SIGN = /(?:-\/-|[-+])\s*/y;
const LEADING_CURRENCY = /(?:€|eur(?:os?)?(?![a-z]))\s*/iy;
const TRAILING_CURRENCY = /\s*(?:€|eur(?:os?)?(?![a-z]))/iy;
const OPEN_PAREN = /\(\s*/y;
const CLOSE_PAREN = /\s*\)/y;
const NUMBER = /\d+(?:[.,]\d+)*/y;
/** "250.000,-" and its variants, also typed with a space ("25.000, -"): whole euros, no cents. */
const NO_CENTS = / ?[.,] ?(?:[-–—]{1,2}|=)/y;
const RANGE_SEPARATOR = /\s*(?:[-–—]|(?:tot(?: en met)?|t\/m|à|a|to)(?![a-z]))\s*/iy;
const TRAILING_SEPARATOR = /[\s,;:()/–—-]*/y;
const SUFFIX = /(?:per (?:school|kalender)?jaar|p\/j|p\.?j\.?|(?:incl|excl)(?:\.|usief)? ?btw|begroot)(?![a-z])/iy;
const TRAILING_END = /[\s).]*/y;
/** "31-07-2025", "1.5.23", "2025-07-31": day and month in range, the same separator twice. */
const TEXT_DATE =
  /^(?:(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:\d{2}|\d{4})|\d{4}([-/.])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01]))$/;

/**
 * A position in normalised text, advanced by sticky regexes. `test` rather than `exec` keeps
 * match arrays from being allocated for every token of every cell.
 */
class Scanner {
  at = 0;

  constructor(private readonly text: string) {}

  eat(pattern: RegExp): boolean {
    pattern.lastIndex = this.at;
    if (!pattern.test(this.text)) return false;
    this.at = pattern.lastIndex;
    return true;
  }

  take(pattern: RegExp): string | undefined {
    const start = this.at;
    return this.eat(pattern) ? this.text.slice(start, this.at) : undefined;
  }

  atEnd(): boolean {
    return this.at === this.text.length;
  }
}

/**
 * Grammar, case-insensitive: lead words (placeholder or circa), an amount, optionally a
 * range separator and a second amount, then trailing words such as "per jaar" or "(incl. btw)".
 */
function readExpression(normalized: string, shown: string): AmountReading {
  const scan = new Scanner(normalized);
  let pending = false;
  let circa = false;
  for (;;) {
    if (scan.eat(PENDING_WORD)) {
      pending = true;
      scan.eat(LEAD_SEPARATOR);
    } else if (scan.eat(CIRCA)) {
      circa = true;
    } else {
      break;
    }
  }
  const first = readSignedAmount(scan);
  if (typeof first === 'string') return failed(normalized, shown, first);
  const upper = readRangeUpper(scan);
  if (upper === 'too-large') return unreadable(shown, 'too-large');
  const trailing = readTrailingWords(scan);
  if (!scan.atEnd()) return failed(normalized, shown, 'text');
  pending = pending || trailing === 'pending';
  circa = circa || trailing === 'circa';

  if (upper !== undefined) {
    return estimate(shown, Math.max(first.cents, upper.cents), pending ? 'pending' : 'range');
  }
  if (pending) return estimate(shown, first.cents, 'pending');
  if (circa) return estimate(shown, first.cents, 'circa');
  return textNumber(normalized, shown, first);
}

/** The upper amount of a range, or undefined (position unchanged) when no range follows. */
function readRangeUpper(scan: Scanner): Cents | 'too-large' | undefined {
  const start = scan.at;
  if (!scan.eat(RANGE_SEPARATOR)) return undefined;
  const second = readSignedAmount(scan);
  if (second === 'text') {
    scan.at = start;
    return undefined;
  }
  return second;
}

/** Negative as "-1.250", "€ -1.250", "-/- € 1.250" or, as accountants write it, "(1.250,00) EUR". */
function readSignedAmount(scan: Scanner): Parsed {
  let parenthesised = scan.eat(OPEN_PAREN);
  let negative = isMinus(scan.take(SIGN));
  scan.eat(LEADING_CURRENCY);
  negative = isMinus(scan.take(SIGN)) || negative;
  parenthesised = parenthesised || scan.eat(OPEN_PAREN);
  const digits = scan.take(NUMBER);
  if (digits === undefined) return 'text';
  scan.eat(NO_CENTS);
  scan.eat(TRAILING_CURRENCY);
  if (parenthesised) {
    if (!scan.eat(CLOSE_PAREN)) return 'text';
    scan.eat(TRAILING_CURRENCY);
  }
  return withSign(parseNumber(digits), negative || parenthesised);
}

function withSign(amount: Parsed, negative: boolean): Parsed {
  if (typeof amount === 'string' || !negative || amount.cents === 0) return amount;
  return { cents: -amount.cents, fractionalCent: amount.fractionalCent };
}

function isMinus(sign: string | undefined): boolean {
  return sign !== undefined && sign.startsWith('-');
}

/**
 * Trailing words that keep an amount readable, and what they make of it: a placeholder word
 * ("n.t.b.") outweighs a circa word ("ca."), as it does in front of the amount.
 */
function readTrailingWords(scan: Scanner): 'pending' | 'circa' | undefined {
  let basis: 'pending' | 'circa' | undefined;
  for (;;) {
    const start = scan.at;
    scan.eat(TRAILING_SEPARATOR);
    if (scan.eat(SUFFIX)) continue;
    if (scan.eat(PENDING_WORD)) {
      basis = 'pending';
      continue;
    }
    if (scan.eat(TRAILING_CIRCA)) {
      basis = basis ?? 'circa';
      continue;
    }
    scan.at = start;
    break;
  }
  scan.eat(TRAILING_END);
  return basis;
}

function failed(normalized: string, shown: string, reason: 'text' | 'too-large'): AmountReading {
  return unreadable(shown, reason === 'text' && TEXT_DATE.test(normalized) ? 'date' : reason);
}

function textNumber(normalized: string, shown: string, amount: Parsed): AmountReading {
  if (typeof amount === 'string') return failed(normalized, shown, amount);
  return { kind: 'text-number', cents: amount.cents, text: shown, fractionalCent: amount.fractionalCent };
}

function unreadable(text: string, reason: UnreadableReason): AmountReading {
  return { kind: 'unreadable', text, reason };
}

function estimate(text: string, cents: number, basis: EstimateBasis): AmountReading {
  return { kind: 'estimate', cents, text, basis };
}

// ---------------------------------------------------------------------------------------------
// Text: digits to cents

const DIGITS_ONLY = /^\d+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const MAX_EUROS = Math.floor(MAX_CENTS / 100);

/** `token` is digits with '.' and ',' between them, Dutch or English notation. */
function parseNumber(token: string): Parsed {
  const decimalAt = decimalSeparatorIndex(token);
  const integerPart = decimalAt < 0 ? token : token.slice(0, decimalAt);
  if (!DIGITS_ONLY.test(integerPart) && !DOT_GROUPED.test(integerPart) && !COMMA_GROUPED.test(integerPart)) {
    return 'text';
  }
  return toCents(integerPart, decimalAt < 0 ? '' : token.slice(decimalAt + 1));
}

/**
 * With both '.' and ',' the last one is decimal. A separator that occurs more than once groups
 * thousands. A single one followed by exactly three digits groups thousands ("250.000"), unless
 * the number starts with 0 ("0,125"), which no thousands grouping does; otherwise it is decimal.
 */
function decimalSeparatorIndex(token: string): number {
  const lastDot = token.lastIndexOf('.');
  const lastComma = token.lastIndexOf(',');
  const last = Math.max(lastDot, lastComma);
  if (lastDot >= 0 && lastComma >= 0) return last;
  if (last < 0 || token.indexOf(token.charAt(last)) !== last) return -1;
  const decimals = token.length - last - 1;
  return decimals === 3 && token.charAt(0) !== '0' ? -1 : last;
}

/** Exact on the digits, rounding half away from zero like `eurosToCents`. */
function toCents(integerPart: string, fraction: string): Cents | 'too-large' {
  let euros = 0;
  for (let i = 0; i < integerPart.length; i++) {
    const digit = integerPart.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) continue;
    euros = euros * 10 + digit;
    if (euros > MAX_EUROS) return 'too-large';
  }
  const roundUp = digitAt(fraction, 2) >= 5 ? 1 : 0;
  const cents = euros * 100 + digitAt(fraction, 0) * 10 + digitAt(fraction, 1) + roundUp;
  if (cents > MAX_CENTS) return 'too-large';
  return { cents, fractionalCent: fraction.length > 2 && NON_ZERO_DIGIT.test(fraction.slice(2)) };
}

function digitAt(digits: string, index: number): number {
  return index < digits.length ? digits.charCodeAt(index) - 48 : 0;
}
