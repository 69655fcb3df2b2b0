/**
 * A parser for the part of Excel's formula language that totals use: A1 references with and
 * without `$`, ranges, whole columns (`E:E`), references to other sheets, `SUM`, `SUBTOTAL(9|109,
 * …)` and `+` chains. Anything else is "not understood", never a guess: a rule that cannot read a
 * formula says nothing about it. Office.js and ExcelJS both give formulas with English names.
 *
 * How SUBTOTAL treats hidden rows is kept simple: function numbers 101–111 leave hidden rows out,
 * 1–11 count them. (Excel's 1–11 also pass over rows a filter hid, but a snapshot knows only that
 * a row is hidden, not why.)
 */

/** Rows are 0-based; a whole column runs from row 0 to `WHOLE_COLUMN_END`. */
export const WHOLE_COLUMN_END = 1_048_575;

export interface Area {
  /** The sheet named in the reference, as written (unquoted); undefined for the formula's own sheet. */
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly wholeColumn: boolean;
  /** Inside SUBTOTAL(109, …), which leaves hidden rows out. */
  readonly skipsHidden: boolean;
  /** Inside SUBTOTAL(9|109, …), which passes over other SUBTOTALs' results in its range so as not to count them twice. */
  readonly skipsSubtotals: boolean;
}

export type Parsed =
  { readonly ok: true; readonly areas: ReadonlyArray<Area> } | { readonly ok: false; readonly reason: string };

/** The areas a total formula adds up, in order; an area named twice is listed twice. */
export function parseTotalFormula(formula: string): Parsed {
  const parser = new Parser(formula.trim().replace(/^=/, ''));
  try {
    const areas = parser.sumExpression();
    parser.expectEnd();
    return { ok: true, areas };
  } catch (error) {
    if (error instanceof NotUnderstood) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Whether a cell's formula is, or holds, a SUBTOTAL: the cells another SUBTOTAL passes over. */
export function callsSubtotal(formula: string): boolean {
  return /\bSUBTOTAL\s*\(/i.test(formula);
}

const SUBTOTAL_CALL = /^\s*=?\s*SUBTOTAL\(\s*(\d{1,3})\s*,/i;

/**
 * Whether a total's formula is one SUBTOTAL call that leaves hidden rows out (function numbers
 * 101–111), whatever it refers to: a table's total row writes `=SUBTOTAL(109,[Begroot])`, which the
 * parser does not read, and its result is still the sum of the visible rows only.
 */
export function skipsHiddenRows(formula: string): boolean {
  const call = SUBTOTAL_CALL.exec(formula);
  if (!call) return false;
  const code = Number(call[1]);
  return code >= 101 && code <= 111 && closesAtEnd(formula, call[0].length);
}

/**
 * Whether the call opened just before `from` closes at the end of the formula, so that nothing is
 * added to its result. Parentheses inside quotes (`'Blad (2)'!E5`) and table references
 * (`[Begroot (€)]`, where `'` escapes the next character) do not count.
 */
function closesAtEnd(formula: string, from: number): boolean {
  let depth = 1;
  let brackets = 0;
  let quote: string | undefined;
  for (let i = from; i < formula.length; i++) {
    const ch = formula[i];
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if (brackets > 0) {
      if (ch === "'") i += 1;
      else if (ch === '[') brackets += 1;
      else if (ch === ']') brackets -= 1;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') brackets = 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')' && --depth === 0) return formula.slice(i + 1).trim() === '';
  }
  return false;
}

class NotUnderstood extends Error {}

const COLUMN = '\\$?([A-Za-z]{1,3})';
const ROW = '\\$?(\\d{1,7})';
const CELL = new RegExp(`^${COLUMN}${ROW}`);
const COLUMN_ONLY = new RegExp(`^${COLUMN}:${COLUMN}(?![\\d(])`);
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/;
const NUMBER = /^\d+(\.\d+)?/;
const FUNCTION = /^([A-Za-z][A-Za-z0-9.]*)\(/;

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Excel refuses a formula nested deeper than this; past it, nothing is understood (no stack overflow). */
const MAX_NESTING = 64;

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  private rest(): string {
    return this.text.slice(this.pos);
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ') this.pos += 1;
  }

  private take(token: string): boolean {
    this.skipSpaces();
    if (this.text.startsWith(token, this.pos)) {
      this.pos += token.length;
      return true;
    }
    return false;
  }

  expectEnd(): void {
    this.skipSpaces();
    if (this.pos < this.text.length) throw new NotUnderstood(`unexpected ‘${this.rest()}’`);
  }

  /** term ('+' term)* — a minus or any other operator is not understood. */
  sumExpression(): Area[] {
    const areas = this.term();
    while (this.take('+')) areas.push(...this.term());
    return areas;
  }

  private term(): Area[] {
    this.skipSpaces();
    const fn = FUNCTION.exec(this.rest());
    if (fn) {
      this.pos += fn[0].length;
      return this.nested(() => this.functionCall(fn[1]!.toUpperCase()));
    }
    if (this.take('(')) {
      return this.nested(() => {
        const inner = this.sumExpression();
        if (!this.take(')')) throw new NotUnderstood('missing )');
        return inner;
      });
    }
    return [this.reference()];
  }

  private nested(read: () => Area[]): Area[] {
    if (++this.depth > MAX_NESTING) throw new NotUnderstood('nested deeper than Excel allows');
    try {
      return read();
    } finally {
      this.depth -= 1;
    }
  }

  private functionCall(name: string): Area[] {
    if (name === 'SUBTOTAL') {
      this.skipSpaces();
      const code = NUMBER.exec(this.rest());
      // 9 and 109 add up (109 skipping hidden rows); other codes count, average, … .
      if (!code || (code[0] !== '9' && code[0] !== '109')) throw new NotUnderstood('SUBTOTAL other than 9 or 109');
      this.pos += code[0].length;
      if (!this.take(',')) throw new NotUnderstood('SUBTOTAL without a range');
      const areas = this.argumentList();
      return areas.map((a) => ({ ...a, skipsHidden: a.skipsHidden || code[0] === '109', skipsSubtotals: true }));
    }
    if (name !== 'SUM') throw new NotUnderstood(`function ${name}`);
    return this.argumentList();
  }

  private argumentList(): Area[] {
    const areas = this.sumExpression();
    while (this.take(',')) areas.push(...this.sumExpression());
    if (!this.take(')')) throw new NotUnderstood('missing )');
    return areas;
  }

  private reference(): Area {
    this.skipSpaces();
    let sheet: string | undefined;
    const prefix = SHEET_PREFIX.exec(this.rest());
    if (prefix) {
      sheet = prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : prefix[2];
      this.pos += prefix[0].length;
    }
    const whole = COLUMN_ONLY.exec(this.rest());
    if (whole) {
      this.pos += whole[0].length;
      const [a, b] = [columnIndex(whole[1]!), columnIndex(whole[2]!)];
      return {
        sheet,
        top: 0,
        bottom: WHOLE_COLUMN_END,
        left: Math.min(a, b),
        right: Math.max(a, b),
        wholeColumn: true,
        skipsHidden: false,
        skipsSubtotals: false,
      };
    }
    const first = CELL.exec(this.rest());
    if (!first) throw new NotUnderstood(`not a reference: ‘${this.rest()}’`);
    this.pos += first[0].length;
    let [row2, col2] = [Number(first[2]) - 1, columnIndex(first[1]!)];
    const [row1, col1] = [row2, col2];
    if (this.text[this.pos] === ':') {
      this.pos += 1;
      const second = CELL.exec(this.rest());
      if (!second) throw new NotUnderstood('incomplete range');
      this.pos += second[0].length;
      [row2, col2] = [Number(second[2]) - 1, columnIndex(second[1]!)];
    }
    return {
      sheet,
      top: Math.min(row1, row2),
      bottom: Math.max(row1, row2),
      left: Math.min(col1, col2),
      right: Math.max(col1, col2),
      wholeColumn: false,
      skipsHidden: false,
      skipsSubtotals: false,
    };
  }
}
