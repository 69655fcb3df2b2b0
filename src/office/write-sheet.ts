/**
 * Queues one plan sheet's content on a worksheet, in chunks the caller syncs whenever they near
 * the request limit: cells in row blocks; then styles and alignment, one range per run of
 * neighbouring cells in a row; links, one per cell (Office.js sets `hyperlink` per range, and each
 * row links elsewhere); last the column widths, tables, data bars and frozen panes. Every chunk
 * carries an estimate of its request bytes that is never below what it sends, however many rows.
 */
import { NUMBER_FORMATS, type PlanCell, type PlanSheet, type PlanStyle } from '../engine/plan/types';
import { address } from '../engine/grid';
import { jsonBytes, OPERATION_BYTES, operationBytes } from './run';

export interface Chunk {
  /** Estimated request bytes of this chunk's writes: an upper bound. */
  readonly bytes: number;
  readonly queue: () => void;
}

/** Excel measures column width in points; a character of the default font is about 6 points. */
const POINTS_PER_CHARACTER = 6;
const TEXT_FORMAT = '@';
const TABLE_STYLE = 'TableStyleLight9';

function cellValue(cell: PlanCell): string | number {
  switch (cell.content.kind) {
    case 'text':
      return cell.content.text;
    case 'number':
      return cell.content.value;
    case 'formula':
      return '';
  }
}

/** Text cells get the text format first, so Excel stores "=HYPERLINK(…)" typed by a user as text. */
function cellFormat(cell: PlanCell): string {
  if (cell.content.kind === 'text') return TEXT_FORMAT;
  return cell.format ? NUMBER_FORMATS[cell.format] : 'General';
}

/**
 * `maxRequestBytes`: what one sync may carry; a chunk stays under a quarter of it, so a sync
 * gathers several and is filled to at least three quarters.
 */
export function* writeSheetContent(
  sheet: Excel.Worksheet,
  plan: PlanSheet,
  tableName: (name: string) => string,
  maxRequestBytes: number,
): Generator<Chunk> {
  const chunkBytes = maxRequestBytes / 4;
  const rows = new Map<number, PlanCell[]>();
  let width = 0;
  let height = 0;
  for (const c of plan.cells) {
    const row = rows.get(c.row) ?? [];
    row.push(c);
    rows.set(c.row, row);
    width = Math.max(width, c.col + 1);
    height = Math.max(height, c.row + 1);
  }
  if (height > 0) yield* cellChunks(sheet, rows, height, width, chunkBytes);
  yield* inChunks(decorations(sheet, plan.cells), chunkBytes);
  yield layout(sheet, plan, tableName);
}

type FormulaRun = { readonly row: number; readonly col: number; readonly formulas: string[][] };

/**
 * Row blocks: number formats and values as two 2D arrays, then the formulas, one write per run
 * of formula cells down a column (a tab's rows repeat the same formulas in the same columns).
 */
function* cellChunks(sheet: Excel.Worksheet, rows: ReadonlyMap<number, PlanCell[]>, height: number, width: number, chunkBytes: number): Generator<Chunk> {
  let first = 0;
  while (first < height) {
    const values: Array<Array<string | number>> = [];
    const formats: string[][] = [];
    const runs: FormulaRun[] = [];
    const runByCol = new Map<number, FormulaRun>();
    // Two writes over the block; each row adds its arrays and a comma.
    let bytes = 2 * operationBytes([]);
    let row = first;
    while (row < height && (row === first || bytes < chunkBytes)) {
      const v = new Array<string | number>(width).fill('');
      const f = new Array<string>(width).fill('General');
      for (const cell of rows.get(row) ?? []) {
        v[cell.col] = cellValue(cell);
        f[cell.col] = cellFormat(cell);
        if (cell.content.kind !== 'formula') continue;
        const formula = [`=${cell.content.formula}`];
        const run = runByCol.get(cell.col);
        if (run && run.row + run.formulas.length === row) {
          run.formulas.push(formula);
          bytes += jsonBytes(formula) + 1;
        } else {
          const started: FormulaRun = { row, col: cell.col, formulas: [formula] };
          runs.push(started);
          runByCol.set(cell.col, started);
          bytes += operationBytes(started.formulas);
        }
      }
      values.push(v);
      formats.push(f);
      bytes += jsonBytes(v) + jsonBytes(f) + 2;
      row += 1;
    }
    const top = first;
    yield {
      bytes,
      queue: () => {
        const range = sheet.getRangeByIndexes(top, 0, values.length, width);
        range.numberFormat = formats;
        range.values = values;
        for (const r of runs) sheet.getRangeByIndexes(r.row, r.col, r.formulas.length, 1).formulas = r.formulas;
      },
    };
    first = row;
  }
}

/** What each plan style sets; every entry is one write on the styled range. */
interface StyleFormat {
  readonly bold?: true;
  readonly italic?: true;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  /** A continuous line along this edge of every cell of a one-row range. */
  readonly edge?: 'EdgeTop' | 'EdgeBottom';
}

const STYLE_FORMATS: Readonly<Record<PlanStyle, StyleFormat>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, fontColor: '#595959' },
  note: { italic: true, fontColor: '#595959' },
  header: { bold: true, fill: '#D9E1F2', edge: 'EdgeBottom' },
  total: { bold: true, edge: 'EdgeTop' },
  label: { bold: true },
};

function applyStyle(range: Excel.Range, style: StyleFormat): void {
  const font = range.format.font;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size !== undefined) font.size = style.size;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.edge !== undefined) range.format.borders.getItem(style.edge).style = 'Continuous';
}

/** A write through `range.format` (and `font`, `fill`, `borders`) also sends those objects' paths. */
function formatBytes(value: unknown): number {
  return OPERATION_BYTES + operationBytes(value);
}

function styleBytes(style: StyleFormat): number {
  const { edge, ...values } = style;
  return Object.values(values).reduce<number>((n, value) => n + formatBytes(value), 0) + (edge ? formatBytes('Continuous') : 0);
}

interface Run {
  readonly row: number;
  readonly col: number;
  readonly cols: number;
  readonly key: string;
}

/**
 * Neighbouring cells of one row with the same key, as runs. Only within a row: a top or bottom
 * edge set on a taller range would draw one line, not one per cell.
 */
function runsInRows(cells: ReadonlyArray<PlanCell>, keyOf: (cell: PlanCell) => string | undefined): Run[] {
  const keyed = cells.flatMap((c) => {
    const key = keyOf(c);
    return key === undefined ? [] : [{ row: c.row, col: c.col, key }];
  });
  keyed.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Run[] = [];
  for (const c of keyed) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.key === c.key && last.col + last.cols === c.col) runs[runs.length - 1] = { ...last, cols: last.cols + 1 };
    else runs.push({ row: c.row, col: c.col, cols: 1, key: c.key });
  }
  return runs;
}

/** Styles and alignment per run of cells, then links, each as one operation. */
function* decorations(sheet: Excel.Worksheet, cells: ReadonlyArray<PlanCell>): Generator<Chunk> {
  for (const run of runsInRows(cells, (c) => c.style)) {
    const style = STYLE_FORMATS[run.key as PlanStyle];
    yield { bytes: styleBytes(style), queue: () => applyStyle(sheet.getRangeByIndexes(run.row, run.col, 1, run.cols), style) };
  }
  for (const run of runsInRows(cells, (c) => c.align)) {
    yield { bytes: formatBytes('Right'), queue: () => void (sheet.getRangeByIndexes(run.row, run.col, 1, run.cols).format.horizontalAlignment = 'Right') };
  }
  for (const c of cells) {
    if (!c.link || c.content.kind !== 'text') continue;
    const link = { documentReference: `'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`, textToDisplay: c.content.text };
    yield { bytes: operationBytes(link), queue: () => void (sheet.getRangeByIndexes(c.row, c.col, 1, 1).hyperlink = link) };
  }
}

/** Consecutive operations gathered into chunks of at most `chunkBytes` (an operation larger than that alone). */
function* inChunks(operations: Iterable<Chunk>, chunkBytes: number): Generator<Chunk> {
  let gathered: Array<() => void> = [];
  let bytes = 0;
  for (const op of operations) {
    if (gathered.length > 0 && bytes + op.bytes > chunkBytes) {
      yield together(gathered, bytes);
      gathered = [];
      bytes = 0;
    }
    gathered.push(op.queue);
    bytes += op.bytes;
  }
  if (gathered.length > 0) yield together(gathered, bytes);
}

function together(queues: ReadonlyArray<() => void>, bytes: number): Chunk {
  return {
    bytes,
    queue: () => {
      for (const queue of queues) queue();
    },
  };
}

/** Widths, tables, data bars and frozen panes: a few operations per sheet. */
function layout(sheet: Excel.Worksheet, plan: PlanSheet, tableName: (name: string) => string): Chunk {
  const tables = plan.tables.map((t) => ({ ...t, name: tableName(t.name) }));
  const bytes =
    plan.columnWidths.reduce((n, chars) => n + formatBytes(chars * POINTS_PER_CHARACTER), 0) +
    tables.reduce((n, t) => n + operationBytes([address(t.lastRow, t.lastCol), true]) + operationBytes(t.name) + operationBytes(TABLE_STYLE), 0) +
    plan.dataBars.reduce((n, bar) => n + operationBytes('DataBar') + formatBytes(`#${bar.color}`), 0) +
    (plan.freeze ? operationBytes(address(plan.freeze.rows, plan.freeze.cols)) : 0);
  return {
    bytes,
    queue: () => {
      plan.columnWidths.forEach((chars, col) => {
        sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = chars * POINTS_PER_CHARACTER;
      });
      for (const t of tables) {
        const range = sheet.getRangeByIndexes(t.headerRow, t.firstCol, t.lastRow - t.headerRow + 1, t.lastCol - t.firstCol + 1);
        const table = sheet.tables.add(range, true);
        table.name = t.name;
        table.style = TABLE_STYLE;
      }
      for (const bar of plan.dataBars) {
        const range = sheet.getRangeByIndexes(bar.firstRow, bar.col, bar.lastRow - bar.firstRow + 1, 1);
        const format = range.conditionalFormats.add('DataBar');
        format.dataBar.positiveFormat.fillColor = `#${bar.color.slice(2)}`;
      }
      if (plan.freeze) freeze(sheet, plan.freeze.rows, plan.freeze.cols);
    },
  };
}

function freeze(sheet: Excel.Worksheet, rows: number, cols: number): void {
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${address(rows - 1, cols - 1)}`));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}
