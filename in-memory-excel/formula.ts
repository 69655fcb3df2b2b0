/**
 * The few formulas the fake evaluates, so the value of a formula cell reads back as Excel would
 * compute it: numbers, strings, TRUE/FALSE, error literals, cell references (optionally on another
 * sheet), `+ - * /`, comparisons, parentheses, `SUM(...)` over references and values, and
 * `IF(cond, then[, else])`. That covers what the add-in writes (`=B5-C5`, `=SUM(B5:B9)`,
 * `=IF(B5=0,"",C5/B5)`).
 *
 * Anything else (other functions, `&`, `^`, `%`, whole-column references, names) is "not
 * understood": `parseFormula` says so and the cell keeps the value it had from a file, or is
 * marked unevaluated when written through the API (reading its value then fails loudly).
 */
import { parseAddress, type Rect } from './a1';
import { EXCEL_ERRORS } from '../src/engine/grid';
import type { CellContent } from './cells';

export interface Reference {
  /** The sheet named in the formula; undefined means the formula's own sheet. */
  readonly sheet?: string;
  readonly rect: Rect;
}

type BinaryOp = '+' | '-' | '*' | '/' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Ast =
  | { readonly k: 'number'; readonly v: number }
  | { readonly k: 'string'; readonly v: string }
  | { readonly k: 'boolean'; readonly v: boolean }
  | { readonly k: 'error'; readonly v: string }
  | { readonly k: 'ref'; readonly ref: Reference }
  | { readonly k: 'name' }
  | { readonly k: 'negate'; readonly e: Ast }
  | { readonly k: 'binary'; readonly op: BinaryOp; readonly l: Ast; readonly r: Ast }
  | { readonly k: 'sum'; readonly args: ReadonlyArray<Ast> }
  | { readonly k: 'if'; readonly cond: Ast; readonly then: Ast | null; readonly otherwise: Ast | null | undefined };

export interface ParsedFormula {
  readonly ast: Ast;
  /** Every cell the formula reads: a change in one of them means recalculating it. */
  readonly references: ReadonlyArray<Reference>;
}

type Token =
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'error'; readonly v: string }
  | { readonly t: 'ref'; readonly sheet?: string; readonly text: string }
  | { readonly t: 'ident'; readonly v: string }
  | { readonly t: 'op'; readonly v: string };

class NotUnderstood extends Error {}

const ERRORS_LONGEST_FIRST = [...(EXCEL_ERRORS as ReadonlyArray<string>)].sort((a, b) => b.length - a.length);

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const str = /^"((?:[^"]|"")*)"/.exec(rest);
    if (str) {
      tokens.push({ t: 'string', v: str[1]!.replace(/""/g, '"') });
      i += str[0].length;
      continue;
    }
    const error = ERRORS_LONGEST_FIRST.find((e) => rest.toUpperCase().startsWith(e));
    if (error) {
      tokens.push({ t: 'error', v: error });
      i += error.length;
      continue;
    }
    const sheetRef = /^(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!(\$?[A-Za-z]{1,3}\$?\d+)/u.exec(rest);
    if (sheetRef) {
      const sheet = sheetRef[1] !== undefined ? sheetRef[1].replace(/''/g, "'") : sheetRef[2]!;
      tokens.push({ t: 'ref', sheet, text: sheetRef[3]! });
      i += sheetRef[0].length;
      continue;
    }
    const ref = /^\$?[A-Za-z]{1,3}\$?\d+(?![\p{L}\p{N}_(])/u.exec(rest);
    if (ref) {
      tokens.push({ t: 'ref', text: ref[0] });
      i += ref[0].length;
      continue;
    }
    const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: 'number', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ident = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(rest);
    if (ident) {
      tokens.push({ t: 'ident', v: ident[0] });
      i += ident[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/=<>(),:])/.exec(rest);
    if (op) {
      tokens.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new NotUnderstood(rest);
  }
  return tokens;
}

class Parser {
  private pos = 0;
  readonly references: Reference[] = [];

  constructor(private readonly tokens: ReadonlyArray<Token>) {}

  parse(): Ast {
    const ast = this.comparison();
    if (this.pos !== this.tokens.length) throw new NotUnderstood('trailing input');
    return ast;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.tokens[this.pos];
    return t?.t === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new NotUnderstood(`expected ${op}`);
    this.pos += 1;
  }

  private comparison(): Ast {
    const l = this.additive();
    const op = this.peekOp('=', '<>', '<', '>', '<=', '>=');
    if (!op) return l;
    this.pos += 1;
    return { k: 'binary', op: op as BinaryOp, l, r: this.additive() };
  }

  private additive(): Ast {
    let l = this.term();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.pos += 1;
      l = { k: 'binary', op: op as BinaryOp, l, r: this.term() };
    }
    return l;
  }

  private term(): Ast {
    let l = this.unary();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.pos += 1;
      l = { k: 'binary', op: op as BinaryOp, l, r: this.unary() };
    }
    return l;
  }

  private unary(): Ast {
    const op = this.peekOp('+', '-');
    if (!op) return this.primary();
    this.pos += 1;
    const e = this.unary();
    return op === '-' ? { k: 'negate', e } : e;
  }

  private primary(): Ast {
    const t = this.tokens[this.pos];
    if (!t) throw new NotUnderstood('unexpected end');
    this.pos += 1;
    switch (t.t) {
      case 'number':
        return { k: 'number', v: t.v };
      case 'string':
        return { k: 'string', v: t.v };
      case 'error':
        return { k: 'error', v: t.v };
      case 'ref':
        return this.reference(t);
      case 'ident':
        return this.identifier(t.v);
      case 'op':
        if (t.v === '(') {
          const inner = this.comparison();
          this.expectOp(')');
          return inner;
        }
        throw new NotUnderstood(t.v);
    }
  }

  private reference(first: { sheet?: string; text: string }): Ast {
    let text = first.text;
    if (this.peekOp(':')) {
      const next = this.tokens[this.pos + 1];
      if (next?.t !== 'ref' || next.sheet !== undefined) throw new NotUnderstood('range');
      this.pos += 2;
      text = `${text}:${next.text}`;
    }
    const parsed = parseAddress(text);
    if (!parsed) throw new NotUnderstood(text);
    const ref: Reference =
      first.sheet === undefined ? { rect: parsed.rect } : { sheet: first.sheet, rect: parsed.rect };
    this.references.push(ref);
    return { k: 'ref', ref };
  }

  private identifier(name: string): Ast {
    const upper = name.toUpperCase();
    if (!this.peekOp('(')) {
      if (upper === 'TRUE' || upper === 'FALSE') return { k: 'boolean', v: upper === 'TRUE' };
      // The fake has no defined names, so any other bare name is Excel's #NAME? error.
      return { k: 'name' };
    }
    this.pos += 1;
    const args = this.arguments();
    if (upper === 'SUM') {
      if (args.length === 0 || args.some((a) => a === null)) throw new NotUnderstood('SUM arguments');
      return { k: 'sum', args: args as Ast[] };
    }
    if (upper === 'IF' && (args.length === 2 || args.length === 3) && args[0]) {
      return { k: 'if', cond: args[0], then: args[1]!, otherwise: args.length === 3 ? args[2]! : undefined };
    }
    throw new NotUnderstood(name);
  }

  /** Arguments up to the closing parenthesis; an empty argument (`IF(A1,,1)`) is null. */
  private arguments(): Array<Ast | null> {
    const args: Array<Ast | null> = [];
    if (this.peekOp(')')) {
      this.pos += 1;
      return args;
    }
    for (;;) {
      args.push(this.peekOp(',', ')') ? null : this.comparison());
      if (this.peekOp(')')) {
        this.pos += 1;
        return args;
      }
      this.expectOp(',');
    }
  }
}

/** Parses `=...`; undefined when the formula is outside what the fake understands. */
export function parseFormula(formula: string): ParsedFormula | undefined {
  if (!formula.startsWith('=')) return undefined;
  try {
    const parser = new Parser(tokenize(formula.slice(1)));
    const ast = parser.parse();
    return { ast, references: parser.references };
  } catch (error) {
    if (error instanceof NotUnderstood) return undefined;
    throw error;
  }
}

/** Reads a referenced cell's content, evaluating it first if it is a formula still to compute. */
export type CellLookup = (sheet: string | undefined, row: number, col: number) => CellContent;

type Value =
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'boolean'; readonly v: boolean }
  | { readonly t: 'error'; readonly v: string }
  | { readonly t: 'blank' };

const VALUE_ERROR: Value = { t: 'error', v: '#VALUE!' };

function fromContent(content: CellContent): Value {
  return content.type === 'empty' ? { t: 'blank' } : ({ t: content.type, v: content.value } as Value);
}

function toNumber(v: Value): number | Value {
  switch (v.t) {
    case 'number':
      return v.v;
    case 'blank':
      return 0;
    case 'boolean':
      return v.v ? 1 : 0;
    case 'error':
      return v;
    case 'string': {
      const trimmed = v.v.trim();
      const n = trimmed === '' ? NaN : Number(trimmed);
      return Number.isFinite(n) ? n : VALUE_ERROR;
    }
  }
}

/** Excel orders numbers before text before logicals; text compares without regard to case. */
function compare(a: Value, b: Value): number {
  const rank = (v: Value): number => (v.t === 'number' ? 0 : v.t === 'string' ? 1 : 2);
  const blankAs = (v: Value, other: Value): Value =>
    v.t !== 'blank'
      ? v
      : other.t === 'string'
        ? { t: 'string', v: '' }
        : other.t === 'boolean'
          ? { t: 'boolean', v: false }
          : { t: 'number', v: 0 };
  const x = blankAs(a, b);
  const y = blankAs(b, a);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (x.t === 'string' && y.t === 'string') return x.v.toLowerCase().localeCompare(y.v.toLowerCase());
  const nx = x.t === 'number' || x.t === 'boolean' ? Number(x.v) : 0;
  const ny = y.t === 'number' || y.t === 'boolean' ? Number(y.v) : 0;
  return nx - ny;
}

class Evaluator {
  constructor(private readonly lookup: CellLookup) {}

  scalar(ast: Ast): Value {
    switch (ast.k) {
      case 'number':
        return { t: 'number', v: ast.v };
      case 'string':
        return { t: 'string', v: ast.v };
      case 'boolean':
        return { t: 'boolean', v: ast.v };
      case 'error':
        return { t: 'error', v: ast.v };
      case 'name':
        return { t: 'error', v: '#NAME?' };
      case 'ref': {
        const { rect } = ast.ref;
        // A multi-cell range used as one value needs implicit intersection: not modelled.
        if (rect.rows !== 1 || rect.cols !== 1) throw new NotUnderstood('range as value');
        return fromContent(this.lookup(ast.ref.sheet, rect.row, rect.col));
      }
      case 'negate': {
        const n = toNumber(this.scalar(ast.e));
        return typeof n === 'number' ? { t: 'number', v: -n } : n;
      }
      case 'binary':
        return this.binary(ast.op, this.scalar(ast.l), this.scalar(ast.r));
      case 'sum':
        return this.sum(ast.args);
      case 'if': {
        const cond = this.scalar(ast.cond);
        if (cond.t === 'error') return cond;
        if (cond.t === 'string') return VALUE_ERROR;
        const truth = cond.t === 'blank' ? false : Boolean(cond.v);
        if (truth) return ast.then ? this.scalar(ast.then) : { t: 'number', v: 0 };
        if (ast.otherwise === undefined) return { t: 'boolean', v: false };
        return ast.otherwise ? this.scalar(ast.otherwise) : { t: 'number', v: 0 };
      }
    }
  }

  private binary(op: BinaryOp, l: Value, r: Value): Value {
    if (l.t === 'error') return l;
    if (r.t === 'error') return r;
    if (op === '+' || op === '-' || op === '*' || op === '/') {
      const a = toNumber(l);
      if (typeof a !== 'number') return a;
      const b = toNumber(r);
      if (typeof b !== 'number') return b;
      if (op === '/' && b === 0) return { t: 'error', v: '#DIV/0!' };
      const v = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
      return Number.isFinite(v) ? { t: 'number', v } : { t: 'error', v: '#NUM!' };
    }
    const c = compare(l, r);
    const truth =
      op === '='
        ? c === 0
        : op === '<>'
          ? c !== 0
          : op === '<'
            ? c < 0
            : op === '>'
              ? c > 0
              : op === '<='
                ? c <= 0
                : c >= 0;
    return { t: 'boolean', v: truth };
  }

  /** SUM skips text, logicals and blanks in references, as Excel does; typed arguments are coerced. */
  private sum(args: ReadonlyArray<Ast>): Value {
    let total = 0;
    for (const arg of args) {
      if (arg.k === 'ref') {
        const { rect, sheet } = arg.ref;
        for (let r = rect.row; r < rect.row + rect.rows; r++) {
          for (let c = rect.col; c < rect.col + rect.cols; c++) {
            const content = this.lookup(sheet, r, c);
            if (content.type === 'error') return { t: 'error', v: content.value };
            if (content.type === 'number') total += content.value;
          }
        }
        continue;
      }
      const n = toNumber(this.scalar(arg));
      if (typeof n !== 'number') return n;
      total += n;
    }
    return { t: 'number', v: total };
  }
}

/** The value of a parsed formula, or undefined when evaluating needs what is not modelled. */
export function evaluateFormula(parsed: ParsedFormula, lookup: CellLookup): CellContent | undefined {
  try {
    const v = new Evaluator(lookup).scalar(parsed.ast);
    // A formula that yields an empty cell shows 0.
    return v.t === 'blank' ? { type: 'number', value: 0 } : ({ type: v.t, value: v.v } as CellContent);
  } catch (error) {
    if (error instanceof NotUnderstood) return undefined;
    throw error;
  }
}
