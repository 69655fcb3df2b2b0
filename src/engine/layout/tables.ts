/**
 * The tables on a budget sheet. Most sheets hold one; municipalities also keep two years on one
 * sheet, stacked (2023 above 2024) or side by side (2022 beside 2023), each with its own header,
 * body and total. A header row is never an intervention, and each stated total adds up its own
 * table only. Each table also gets its label (its year) and its unit ("x € 1.000").
 */
import { cellAt, isBlank, type SheetSnapshot } from '../grid';
import { normalise } from '../text';
import { roleOfHeader } from './columns';
import { headerAt, type Header } from './detect';
import { isYear } from './figures';

export interface TableRegion {
  readonly header: Header;
  /** Last body row, inclusive. */
  readonly lastRow: number;
  readonly label?: string;
  readonly unit: Unit;
}

export interface Unit {
  /** What one in an amount cell is worth in euros. */
  readonly factor: number;
  readonly text?: string;
  readonly cell?: { row: number; col: number };
  /** Columns whose header says they are in euros ("Benut (bedrag in €)"), which the unit leaves alone. */
  readonly inEuros?: ReadonlyArray<number>;
}

const EUROS: Unit = { factor: 1 };

/** How many rows above a header may hold its title block (label, unit). */
const TITLE_ROWS = 8;

/** `unit`: the user's correction, which every table takes. */
export function findTables(sheet: SheetSnapshot, first: Header, unit?: number): TableRegion[] {
  const regions = tablesOf(sheet, first);
  return unit === undefined ? regions : regions.map((r) => ({ ...r, unit: { factor: unit } }));
}

function tablesOf(sheet: SheetSnapshot, first: Header): TableRegion[] {
  const headers = [first, ...stackedHeaders(sheet, first)];
  const sheetUnit = unitIn(sheet, 0, first.topRow - 1, 0, Number.MAX_SAFE_INTEGER);
  const regions: TableRegion[] = [];
  headers.forEach((header, i) => {
    const next = headers[i + 1];
    const titleTop = next ? titleBlockTop(sheet, next, header.row) : sheet.rows.length;
    const lastRow = next ? titleTop - 1 : sheet.rows.length - 1;
    const previousEnd = i === 0 ? -1 : regions[regions.length - 1]!.lastRow;
    for (const table of [header, ...header.beside]) {
      const titleFrom = Math.max(previousEnd + 1, header.topRow - TITLE_ROWS);
      const stated =
        unitIn(sheet, titleFrom, header.row, table.left, table.right) ??
        (i === 0 ? undefined : unitIn(sheet, previousEnd + 1, header.row, 0, Number.MAX_SAFE_INTEGER)) ??
        sheetUnit ??
        EUROS;
      const inEuros = stated.factor === 1 ? [] : euroColumns(sheet, table);
      const unit = inEuros.length > 0 ? { ...stated, inEuros } : stated;
      const label = labelOf(sheet, titleFrom, header.topRow - 1, table);
      regions.push({ header: { ...table, beside: [] }, lastRow, ...(label !== undefined ? { label } : {}), unit });
    }
  });
  return regions;
}

/**
 * Further header rows below the first table. Body rows hold figures, so only rows without a number
 * and with several texts, one of them a figure word, are read as a header at all: that keeps a
 * million-row sheet as fast as before.
 */
function stackedHeaders(sheet: SheetSnapshot, first: Header): Header[] {
  const found: Header[] = [];
  let after = first.row;
  for (let row = first.row + 1; row < sheet.rows.length; row++) {
    if (!mayBeHeader(sheet, row)) continue;
    let header = headerAt(sheet, row);
    // A second table names at least three columns ("Interventie volgt | Budget n.t.b." in the body
    // is no header); a summary per goal proves itself by the goals named under it.
    if (!header || (header.layout !== 'goals' && header.assigned.filter((c) => c.role !== 'ignored').length < 3))
      continue;
    // A two-row header: its lower row (years under "Begroot", one text at most) completes it.
    const lower = row + 1 < sheet.rows.length ? headerAt(sheet, row + 1) : undefined;
    if (lower && lower.topRow === row && lower.score >= header.score) header = lower;
    if (header.row <= after) continue;
    found.push(header);
    after = header.row;
    row = header.row;
  }
  return found;
}

function mayBeHeader(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.rows[row];
  if (!cells) return false;
  let texts = 0;
  let figureWord = false;
  for (const cell of cells) {
    if (!cell) continue;
    if (cell.kind === 'number') {
      // Year labels of a sub-header are numbers too; amounts are not years.
      if (!isYear(cell.value)) return false;
      continue;
    }
    if (cell.kind !== 'text' || cell.value.trim() === '') continue;
    texts++;
    if (!figureWord && cell.value.length <= 60) {
      const role = roleOfHeader(cell.value);
      figureWord = role === 'begroot' || role === 'benut';
    }
  }
  return texts >= 2 && figureWord;
}

/**
 * The first row of the title block above a header: the rows right above it that hold a few texts
 * and no figures ("Begroting 2024", "Bedragen x € 1.000"), up to the table before.
 */
function titleBlockTop(sheet: SheetSnapshot, header: Header, previousHeaderRow: number): number {
  let row = header.topRow;
  while (row - 1 > previousHeaderRow && row - 1 >= header.topRow - TITLE_ROWS && isTitleRow(sheet, row - 1)) row--;
  return row;
}

function isTitleRow(sheet: SheetSnapshot, row: number): boolean {
  const cells = sheet.rows[row];
  if (!cells) return false;
  let texts = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    if (cell!.kind !== 'text') return false;
    texts++;
  }
  return texts > 0 && texts <= 3;
}

/** The table's label: the nearest title text above it within its columns, preferring one with a year. */
function labelOf(sheet: SheetSnapshot, fromRow: number, toRow: number, table: Header): string | undefined {
  let nearest: string | undefined;
  for (let row = toRow; row >= Math.max(0, fromRow); row--) {
    const cells = sheet.rows[row];
    // "Plafond NPO-middelen | 322.000" labels a figure; a title stands on its own.
    if (!cells || cells.some((c) => c?.kind === 'number' && !isYear(c.value))) continue;
    for (let col = table.left; col <= Math.min(table.right, cells.length - 1); col++) {
      const cell = cellAt(sheet, row, col);
      const text =
        cell?.kind === 'text'
          ? cell.value.trim()
          : cell?.kind === 'number' && isYear(cell.value)
            ? String(cell.value)
            : '';
      if (text === '' || text.length > 80) continue;
      if (/\b(19|20)\d{2}\b/.test(text)) return text;
      if (unitOfText(text) === undefined) nearest ??= text;
    }
  }
  return nearest;
}

/**
 * "x € 1.000", "(x 1.000)", "bedragen in duizenden", "k€", "× € 1 mln". Matched on normalised text:
 * lower case, punctuation and € as spaces ("x € 1.000" reads "x 1 000").
 */
const UNIT_PATTERNS: ReadonlyArray<readonly [RegExp, number]> = [
  [
    /(^|\s)x\s*(1\s*)?(mln|miljoen)\b|(^|\s)x\s*1\s*000\s*000\b|\bin millions\b|\b(in|bedragen|x)\s+miljoenen\b|\bmln\s*euro\b|(^|\s)(eur|euro)?\s*mln$/,
    1_000_000,
  ],
  [
    /(^|\s)x\s*1\s*000\b(?!\s*000)|\b(in|bedragen|x)\s+duizenden\b|\bduizenden\s+euro|(^|\s)k\s*(eur|euro)?\b(?=\s|$)|\bkeur\b|\b(in|x)\s+duizend\b|\bx\s*1k\b|\bin thousands\b|(^|\s)in\s+(eur\s+|euro\s+)?1\s*000(\s+(eur|euro|euros))?$/,
    1_000,
  ],
];

/** The unit stated in a cell of these rows and columns, if any. */
function unitIn(sheet: SheetSnapshot, fromRow: number, toRow: number, left: number, right: number): Unit | undefined {
  for (let row = Math.max(0, fromRow); row <= toRow; row++) {
    const cells = sheet.rows[row];
    if (!cells) continue;
    for (let col = Math.max(0, left); col <= Math.min(right, cells.length - 1); col++) {
      const cell = cells[col];
      if (cell?.kind !== 'text' || cell.value.length > 200) continue;
      const factor = unitOfText(cell.value);
      if (factor !== undefined) return { factor, text: cell.value.trim(), cell: { row, col } };
    }
  }
  return undefined;
}

/** "in €", "in euro", "(€)" in a column's own header, without a unit of its own. */
const IN_EUROS = /\bin (?:euro|euros|eur)\b|\(euro\)/;

function euroColumns(sheet: SheetSnapshot, table: Header): number[] {
  const cols: number[] = [];
  for (let col = table.left; col <= table.right; col++) {
    const texts = [table.topRow, table.row]
      .map((row) => cellAt(sheet, row, col))
      .map((c) => (c?.kind === 'text' ? c.value : ''));
    const own = texts.find(
      (t) => IN_EUROS.test(normalise(t.replace(/€/g, ' euro ')).replace(/\s+/g, ' ')) && unitOfText(t) === undefined,
    );
    if (own !== undefined) cols.push(col);
  }
  return cols;
}

export function unitOfText(text: string): number | undefined {
  // "k€" normalises to "k": keep the euro sign's place as a word boundary.
  const n = normalise(
    text
      .replace(/×/g, ' x ')
      .replace(/k\s*€/gi, ' k ')
      .replace(/€\s*k\b/gi, ' k '),
  );
  for (const [pattern, factor] of UNIT_PATTERNS) if (pattern.test(n)) return factor;
  return undefined;
}
