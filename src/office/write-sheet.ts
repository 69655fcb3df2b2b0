/**
 * Queues one plan sheet's content on a worksheet, in chunks the caller syncs whenever they near
 * the request limit: cells in row blocks, then the formatting, links and tables.
 */
import { NUMBER_FORMATS, type PlanCell, type PlanSheet, type PlanStyle } from '../engine/plan/types';
import { address } from '../engine/grid';
import { jsonBytes } from './run';

export interface Chunk {
  /** Estimated request bytes of this chunk's writes. */
  readonly bytes: number;
  readonly queue: () => void;
}

/** Excel measures column width in points; a character of the default font is about 6 points. */
const POINTS_PER_CHARACTER = 6;
const TEXT_FORMAT = '@';

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

export function* writeSheetContent(
  sheet: Excel.Worksheet,
  plan: PlanSheet,
  tableName: (name: string) => string,
  maxRequestBytes: number,
): Generator<Chunk> {
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
  if (height > 0) yield* cellChunks(sheet, rows, height, width, maxRequestBytes / 2);
  yield decorations(sheet, plan, tableName);
}

function* cellChunks(sheet: Excel.Worksheet, rows: ReadonlyMap<number, PlanCell[]>, height: number, width: number, blockBytes: number): Generator<Chunk> {
  let first = 0;
  while (first < height) {
    const values: Array<Array<string | number>> = [];
    const formats: string[][] = [];
    const formulas: Array<{ row: number; col: number; formula: string }> = [];
    let bytes = 0;
    let row = first;
    while (row < height && (row === first || bytes < blockBytes)) {
      const v = new Array<string | number>(width).fill('');
      const f = new Array<string>(width).fill('General');
      for (const cell of rows.get(row) ?? []) {
        v[cell.col] = cellValue(cell);
        f[cell.col] = cellFormat(cell);
        if (cell.content.kind === 'formula') formulas.push({ row, col: cell.col, formula: `=${cell.content.formula}` });
      }
      values.push(v);
      formats.push(f);
      bytes += jsonBytes(v) + jsonBytes(f);
      row += 1;
    }
    bytes += jsonBytes(formulas);
    const top = first;
    yield {
      bytes,
      queue: () => {
        const range = sheet.getRangeByIndexes(top, 0, values.length, width);
        range.numberFormat = formats;
        range.values = values;
        for (const f of formulas) sheet.getRangeByIndexes(f.row, f.col, 1, 1).formulas = [[f.formula]];
      },
    };
    first = row;
  }
}

function applyStyle(range: Excel.Range, style: PlanStyle): void {
  const font = range.format.font;
  switch (style) {
    case 'title':
      font.bold = true;
      font.size = 14;
      break;
    case 'subtitle':
    case 'note':
      font.italic = true;
      font.color = '#595959';
      break;
    case 'header':
      font.bold = true;
      range.format.fill.color = '#D9E1F2';
      range.format.borders.getItem('EdgeBottom').style = 'Continuous';
      break;
    case 'total':
      font.bold = true;
      range.format.borders.getItem('EdgeTop').style = 'Continuous';
      break;
    case 'label':
      font.bold = true;
      break;
  }
}

/** Styles, links, widths, freeze panes, tables and data bars: small, so one chunk per sheet. */
function decorations(sheet: Excel.Worksheet, plan: PlanSheet, tableName: (name: string) => string): Chunk {
  const styled = plan.cells.filter((c) => c.style !== undefined || c.link !== undefined || c.align !== undefined);
  return {
    bytes: jsonBytes(styled) + jsonBytes(plan.tables) + jsonBytes(plan.columnWidths) + 200,
    queue: () => {
      for (const c of styled) {
        const range = sheet.getRangeByIndexes(c.row, c.col, 1, 1);
        if (c.style) applyStyle(range, c.style);
        if (c.align === 'right') range.format.horizontalAlignment = 'Right';
        if (c.link && c.content.kind === 'text') {
          range.hyperlink = { documentReference: `'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`, textToDisplay: c.content.text };
        }
      }
      plan.columnWidths.forEach((chars, col) => {
        sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = chars * POINTS_PER_CHARACTER;
      });
      for (const t of plan.tables) {
        const range = sheet.getRangeByIndexes(t.headerRow, t.firstCol, t.lastRow - t.headerRow + 1, t.lastCol - t.firstCol + 1);
        const table = sheet.tables.add(range, true);
        table.name = tableName(t.name);
        table.style = 'TableStyleLight9';
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
