/**
 * One cell of the in-memory Excel: what it holds (a typed union, never a guessed JavaScript
 * value), its formula, its number format and its formatting. Cells are immutable values; a write
 * replaces the cell, which is what lets a failed sync be rolled back exactly.
 *
 * Also here: how Excel interprets what is written to `values` / `formulas`, which is the same as
 * a user typing it (see `interpretInput`).
 */
import { EXCEL_ERRORS } from '../src/engine/grid';

export type CellContent =
  | { readonly type: 'empty' }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  /** An error value such as `#REF!`; `value` is the error text Excel reports. */
  | { readonly type: 'error'; readonly value: string };

export const EMPTY: CellContent = { type: 'empty' };

export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';
export const EDGES: ReadonlyArray<Edge> = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

export interface BorderLine {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export interface FontFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly size?: number;
  readonly name?: string;
  /** `None`, `Single`, `Double`, `SingleAccountant` or `DoubleAccountant`. */
  readonly underline?: string;
}

export interface Hyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface StoredCell {
  readonly content: CellContent;
  readonly formula?: string;
  /**
   * Set on a formula written through the API that the fake cannot evaluate (see formula.ts):
   * Excel would know its value, the fake does not, so reading the value fails loudly.
   */
  readonly unevaluated?: boolean;
  readonly numberFormat: string;
  /** Solid fill colour `#RRGGBB`; absent means no fill at all (pattern `None`). */
  readonly fill?: string;
  /** Only what differs from Excel's default font. */
  readonly font?: FontFormat;
  readonly borders?: Partial<Record<Edge, BorderLine>>;
  readonly horizontalAlignment?: string;
  readonly hyperlink?: Hyperlink;
}

export const GENERAL = 'General';
export const TEXT_FORMAT = '@';
export const EMPTY_CELL: StoredCell = { content: EMPTY, numberFormat: GENERAL };

/** Excel's defaults for a new workbook (Calibri 11, black), as the API reports them. */
const DEFAULT_FONT: Required<FontFormat> = {
  bold: false,
  italic: false,
  color: '#000000',
  size: 11,
  name: 'Calibri',
  underline: 'None',
};
export const NO_BORDER: BorderLine = { style: 'None', color: '#000000', weight: 'Thin' };
/** What `format.fill.color` reads for a cell without fill. */
export const NO_FILL_COLOR = '#FFFFFF';

export type CellValue = number | string | boolean;

export function cellValue(cell: StoredCell): CellValue {
  return cell.content.type === 'empty' ? '' : cell.content.value;
}

export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function valueType(cell: StoredCell): ValueType {
  switch (cell.content.type) {
    case 'empty':
      return 'Empty';
    case 'number':
      return 'Double';
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'error':
      return 'Error';
  }
}

/** What `formulas` reads: the formula, else the constant (numbers stay numbers). */
export function formulaOrValue(cell: StoredCell): CellValue {
  return cell.formula ?? cellValue(cell);
}

export function hasValue(cell: StoredCell): boolean {
  return cell.content.type !== 'empty' || cell.formula !== undefined;
}

export function hasFormatting(cell: StoredCell): boolean {
  return (
    cell.numberFormat !== GENERAL ||
    cell.fill !== undefined ||
    cell.font !== undefined ||
    cell.borders !== undefined ||
    cell.horizontalAlignment !== undefined ||
    cell.hyperlink !== undefined
  );
}

export function isDefaultCell(cell: StoredCell): boolean {
  return !hasValue(cell) && !hasFormatting(cell);
}

export function fontOf(cell: StoredCell): Required<FontFormat> {
  return { ...DEFAULT_FONT, ...cell.font };
}

/** Drops font entries equal to the default, so an untouched cell compares equal to a new one. */
export function normaliseFont(font: FontFormat): FontFormat | undefined {
  const out: { -readonly [K in keyof FontFormat]: FontFormat[K] } = {};
  for (const key of Object.keys(font) as Array<keyof FontFormat>) {
    const value = font[key];
    if (value !== undefined && value !== DEFAULT_FONT[key]) (out as Record<string, unknown>)[key] = value;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

const ERROR_SET = new Map((EXCEL_ERRORS as ReadonlyArray<string>).map((e) => [e.toUpperCase(), e]));

export function errorLiteral(text: string): string | undefined {
  return ERROR_SET.get(text.toUpperCase());
}

/** What a write of one array element means for a cell. */
export type Interpreted =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'set'; readonly content: CellContent; readonly formula?: string; readonly numberFormat?: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Plain en-US numbers, with optional thousands separators and an optional percent sign. */
function parseNumber(text: string): { value: number; percent: boolean } | undefined {
  const m = /^([+-]?)(\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?)([eE][+-]?\d+)?(%?)$/.exec(text);
  if (!m) return undefined;
  const value = Number(`${m[1]}${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
  if (!Number.isFinite(value)) return undefined;
  return m[4] ? { value: value / 100, percent: true } : { value, percent: false };
}

function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return (ms - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * How Excel stores one element written to `values` or `formulas`: as if a user typed it into a
 * cell with the given number format. Modelled (README.md in this folder says what is
 * confirmed by Microsoft's documentation and what is observed behaviour of the Excel UI):
 *
 * - `null` (and `undefined`, which JSON sends as `null`) leaves the cell as it is;
 * - `''` clears the cell's content;
 * - in a cell formatted as text (`@`) every string is stored as typed, `=` included;
 * - otherwise a string starting with `=` is a formula, and so is one starting with `+` or `-`
 *   that is no number (Excel prefixes `=`); a leading apostrophe forces text (and is dropped);
 *   en-US numbers (`1250.5`, `1,250`, `12%`), `TRUE`/`FALSE`, error literals (`#N/A`) and ISO
 *   dates become numbers, booleans, errors and date serials.
 */
export function interpretInput(input: unknown, numberFormat: string): Interpreted {
  if (input === null || input === undefined) return { kind: 'unchanged' };
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? { kind: 'set', content: { type: 'number', value: input } }
      : { kind: 'invalid', reason: `${input} is not a number Excel can store (JSON would send null)` };
  }
  if (typeof input === 'boolean') return { kind: 'set', content: { type: 'boolean', value: input } };
  if (typeof input !== 'string')
    return { kind: 'invalid', reason: `a ${Object.prototype.toString.call(input)} is not a cell value` };
  if (input === '') return { kind: 'set', content: EMPTY };
  if (numberFormat === TEXT_FORMAT) return { kind: 'set', content: { type: 'string', value: input } };
  if (input.startsWith("'")) return { kind: 'set', content: { type: 'string', value: input.slice(1) } };
  if (input.startsWith('=') && input.length > 1) return { kind: 'set', content: EMPTY, formula: input };
  const number = parseNumber(input);
  if (number) {
    const content: CellContent = { type: 'number', value: number.value };
    return number.percent && numberFormat === GENERAL
      ? { kind: 'set', content, numberFormat: '0%' }
      : { kind: 'set', content };
  }
  const upper = input.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE')
    return { kind: 'set', content: { type: 'boolean', value: upper === 'TRUE' } };
  const error = errorLiteral(input);
  if (error) return { kind: 'set', content: { type: 'error', value: error } };
  const serial = parseIsoDate(input);
  if (serial !== undefined) {
    const content: CellContent = { type: 'number', value: serial };
    return numberFormat === GENERAL ? { kind: 'set', content, numberFormat: 'm/d/yyyy' } : { kind: 'set', content };
  }
  if ((input.startsWith('+') || input.startsWith('-')) && input.length > 1)
    return { kind: 'set', content: EMPTY, formula: `=${input}` };
  return { kind: 'set', content: { type: 'string', value: input } };
}

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  purple: '#800080',
  navy: '#000080',
};

/**
 * `#RRGGBB` in upper case, as Excel reports colours back. Excel also takes every HTML colour
 * name; the few common ones are modelled, any other name fails loudly rather than guessing.
 */
export function normaliseColor(input: unknown): { color: string } | { invalid: string } | { unknownName: string } {
  if (typeof input !== 'string') return { invalid: `${String(input)} is not a colour` };
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(input.trim());
  if (hex) return { color: `#${hex[1]!.toUpperCase()}` };
  const short = /^#([0-9a-fA-F]{3})$/.exec(input.trim());
  if (short)
    return {
      color: `#${[...short[1]!]
        .map((c) => c + c)
        .join('')
        .toUpperCase()}`,
    };
  const named = NAMED_COLORS[input.trim().toLowerCase()];
  if (named) return { color: named };
  return /^[a-zA-Z]+$/.test(input.trim()) ? { unknownName: input } : { invalid: `'${input}' is not a colour` };
}
