/**
 * Queues one plan sheet's content on a worksheet, in chunks the caller syncs whenever they near
 * the request limit: cells in row blocks; then the plan's looks and alignment, one range per run of
 * neighbouring cells in a row (grown down the rows below where the look draws no line along an
 * edge); links, one per cell (Office.js sets `hyperlink` per range, and each
 * row links elsewhere); last the column widths, tables, data bars and frozen panes. Every chunk
 * carries an estimate of its request bytes that is never below what it sends, however many rows.
 */
import {
  columnWidthPoints,
  lookOf,
  NUMBER_FORMATS,
  TABLE_STYLE,
  TEXT_FORMAT,
  type PlanCell,
  type PlanLine,
  type PlanLook,
  type PlanSheet,
} from '../engine/plan/types';
import { address } from '../engine/grid';
import { jsonBytes, OPERATION_BYTES, operationBytes } from './run';

export interface Chunk {
  /** Estimated request bytes of this chunk's writes: an upper bound. */
  readonly bytes: number;
  readonly queue: () => void;
}

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
function* cellChunks(
  sheet: Excel.Worksheet,
  rows: ReadonlyMap<number, PlanCell[]>,
  height: number,
  width: number,
  chunkBytes: number,
): Generator<Chunk> {
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

/** `#RRGGBB`, as Office.js takes a colour, from the plan's ARGB. */
function rgb(argb: string): string {
  return `#${argb.slice(-6)}`;
}

const WEIGHTS: Readonly<Record<PlanLine['weight'], Excel.BorderWeight | 'Thin'>> = { thin: 'Thin' };

/**
 * The writes that give a range a plan look, each with its request bytes. A line is drawn along the
 * top or bottom edge of every cell of a one-row range.
 */
function lookWrites(look: PlanLook): Array<{ readonly bytes: number; readonly write: (range: Excel.Range) => void }> {
  const writes: Array<{ bytes: number; write: (range: Excel.Range) => void }> = [];
  const font = (bytes: unknown, write: (font: Excel.RangeFont) => void): void =>
    void writes.push({ bytes: formatBytes(bytes), write: (r) => write(r.format.font) });
  if (look.bold) font(true, (f) => (f.bold = true));
  if (look.italic) font(true, (f) => (f.italic = true));
  if (look.size !== undefined) font(look.size, (f) => (f.size = look.size!));
  if (look.color !== undefined) font(rgb(look.color), (f) => (f.color = rgb(look.color!)));
  if (look.underline) font('Single', (f) => (f.underline = 'Single'));
  if (look.fill !== undefined)
    writes.push({ bytes: formatBytes(rgb(look.fill)), write: (r) => void (r.format.fill.color = rgb(look.fill!)) });
  for (const [edge, line] of [
    ['EdgeTop', look.borderTop],
    ['EdgeBottom', look.borderBottom],
  ] as const) {
    if (!line) continue;
    writes.push({
      bytes: formatBytes('Continuous') + formatBytes(WEIGHTS[line.weight]) + formatBytes(rgb(line.color)),
      write: (r) => {
        const border = r.format.borders.getItem(edge);
        border.style = 'Continuous';
        border.weight = WEIGHTS[line.weight];
        border.color = rgb(line.color);
      },
    });
  }
  return writes;
}

/** A write through `range.format` (and `font`, `fill`, `borders`) also sends those objects' paths. */
function formatBytes(value: unknown): number {
  return OPERATION_BYTES + operationBytes(value);
}

interface Run {
  readonly row: number;
  readonly col: number;
  readonly cols: number;
  readonly key: string;
  readonly rows?: number;
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
    if (last && last.row === c.row && last.key === c.key && last.col + last.cols === c.col)
      runs[runs.length - 1] = { ...last, cols: last.cols + 1 };
    else runs.push({ row: c.row, col: c.col, cols: 1, key: c.key });
  }
  return runs;
}

/**
 * Runs of the same columns and key in consecutive rows, as one block each: for what is not a
 * line along an edge (a fill, a font, an alignment) a taller range sets every cell alike, and a
 * tab's rows repeat their looks down a column (a link in every finding's row).
 */
function blocksDown(runs: ReadonlyArray<Run>, tall: (key: string) => boolean): Run[] {
  /** Where in `blocks` the block still growing down these columns with this key is. */
  const growing = new Map<string, number>();
  const blocks: Run[] = [];
  for (const run of runs) {
    const at = `${run.col}|${run.cols}|${run.key}`;
    const index = tall(run.key) ? growing.get(at) : undefined;
    const block = index === undefined ? undefined : blocks[index]!;
    if (block && block.row + (block.rows ?? 1) === run.row) {
      blocks[index!] = { ...block, rows: (block.rows ?? 1) + 1 };
    } else {
      growing.set(at, blocks.length);
      blocks.push(run);
    }
  }
  return blocks;
}

/** Looks (a style, a link's colour) and alignment per run of cells, then links, each as one operation. */
function* decorations(sheet: Excel.Worksheet, cells: ReadonlyArray<PlanCell>): Generator<Chunk> {
  const looks = new Map<string, PlanLook>();
  const keyOf = (c: PlanCell): string | undefined => {
    if (!c.style && !c.link) return undefined;
    const key = `${c.style ?? ''}|${c.link ? 'link' : ''}`;
    if (!looks.has(key)) looks.set(key, lookOf(c));
    return key;
  };
  const edged = (key: string): boolean => {
    const look = looks.get(key)!;
    return look.borderTop !== undefined || look.borderBottom !== undefined;
  };
  for (const run of blocksDown(runsInRows(cells, keyOf), (key) => !edged(key))) {
    const writes = lookWrites(looks.get(run.key)!);
    yield {
      bytes: writes.reduce((n, w) => n + w.bytes, 0),
      queue: () => {
        const range = sheet.getRangeByIndexes(run.row, run.col, run.rows ?? 1, run.cols);
        for (const w of writes) w.write(range);
      },
    };
  }
  for (const run of blocksDown(
    runsInRows(cells, (c) => c.align),
    () => true,
  )) {
    yield {
      bytes: formatBytes('Right'),
      queue: () =>
        void (sheet.getRangeByIndexes(run.row, run.col, run.rows ?? 1, run.cols).format.horizontalAlignment = 'Right'),
    };
  }
  for (const c of cells) {
    if (!c.link || c.content.kind !== 'text') continue;
    const link = {
      documentReference: `'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`,
      textToDisplay: c.content.text,
    };
    yield {
      bytes: operationBytes(link),
      queue: () => void (sheet.getRangeByIndexes(c.row, c.col, 1, 1).hyperlink = link),
    };
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

/**
 * Column widths in characters, set by the plan's one rule (columnWidthPoints), so every sheet the
 * add-in writes, the tabs and the pane's own sheets, is as wide as in the report workbook.
 */
export function setColumnWidths(sheet: Excel.Worksheet, widths: ReadonlyArray<number>): void {
  widths.forEach((chars, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(chars);
  });
}

/** Widths, tables, data bars and frozen panes: a few operations per sheet. */
function layout(sheet: Excel.Worksheet, plan: PlanSheet, tableName: (name: string) => string): Chunk {
  const tables = plan.tables.map((t) => ({ ...t, name: tableName(t.name) }));
  const bytes =
    plan.columnWidths.reduce((n, chars) => n + formatBytes(columnWidthPoints(chars)), 0) +
    tables.reduce(
      (n, t) =>
        n +
        operationBytes([address(t.lastRow, t.lastCol), true]) +
        operationBytes(t.name) +
        operationBytes(TABLE_STYLE),
      0,
    ) +
    plan.dataBars.reduce((n, bar) => n + operationBytes('DataBar') + formatBytes(`#${bar.color}`), 0) +
    (plan.freeze ? operationBytes(address(plan.freeze.rows, plan.freeze.cols)) : 0);
  return {
    bytes,
    queue: () => {
      setColumnWidths(sheet, plan.columnWidths);
      for (const t of tables) {
        const range = sheet.getRangeByIndexes(
          t.headerRow,
          t.firstCol,
          t.lastRow - t.headerRow + 1,
          t.lastCol - t.firstCol + 1,
        );
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
