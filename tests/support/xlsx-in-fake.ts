/**
 * Opens an .xlsx file in the in-memory Excel the way Excel would show it to the add-in: the
 * engine's snapshot (values, formulas with cached results, number formats) plus what the snapshot
 * leaves out or trims and a user cares about: solid fills, fonts, the four edge borders, horizontal
 * alignment, sheet visibility, every hidden row and column and the merged areas (as far as the
 * sheet stores cells: read-file.ts clips a merge to them), read straight from the file with
 * ExcelJS. Then a test can show that the add-in leaves all of that exactly as it was.
 *
 * And the comparison itself: every user sheet, cell by cell and property by property, plus the
 * sheet list, reported as readable differences ("Begroting!E7 fill: #FFFF00 → #F8CBAD").
 */
import type ExcelJS from 'exceljs';
import { address } from '../../src/engine/grid';
import {
  createFakeExcel,
  fakeWorkbookFromSnapshot,
  type CellInput,
  type FakeExcel,
  type FakeExcelOptions,
  type FakeSheetData,
  type FakeWorkbookData,
} from '../../in-memory-excel';
import { loadWorkbookFile } from '../../src/xlsx/read-file';
import { snapshotWorkbook } from '../../src/xlsx/snapshot';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** ExcelJS colours are ARGB (`FFFFFF00`); theme and indexed colours have no fixed RGB, so they are left out. */
function rgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== 'string') return undefined;
  if (/^[0-9a-fA-F]{8}$/.test(argb)) return `#${argb.slice(2).toUpperCase()}`;
  if (/^[0-9a-fA-F]{6}$/.test(argb)) return `#${argb.toUpperCase()}`;
  return undefined;
}

/** ExcelJS border styles as Office.js's BorderLineStyle and BorderWeight. */
const BORDER_STYLES: Readonly<Record<string, { style: string; weight: string }>> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
  dotted: { style: 'Dot', weight: 'Thin' },
  dashed: { style: 'Dash', weight: 'Thin' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
  double: { style: 'Double', weight: 'Thick' },
};

const EDGES = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' } as const;

const ALIGNMENTS: Readonly<Record<string, string>> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};

/** A cell's formatting as the fake takes it; only what the file states. */
export function formattingOf(cell: ExcelJS.Cell): CellInput {
  const out: Mutable<CellInput> = {};
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const color = rgb(fill.fgColor);
    if (color) out.fill = color;
  }
  const font = cell.font;
  if (font) {
    const f: Mutable<NonNullable<CellInput['font']>> = {};
    if (font.bold !== undefined) f.bold = font.bold;
    if (font.italic !== undefined) f.italic = font.italic;
    if (typeof font.size === 'number') f.size = font.size;
    if (typeof font.name === 'string') f.name = font.name;
    const color = rgb(font.color);
    if (color) f.color = color;
    if (Object.keys(f).length > 0) out.font = f;
  }
  const border = cell.border;
  if (border) {
    const borders: Mutable<NonNullable<CellInput['borders']>> = {};
    for (const [side, edge] of Object.entries(EDGES) as Array<
      [keyof typeof EDGES, (typeof EDGES)[keyof typeof EDGES]]
    >) {
      const line = border[side];
      const kind = line?.style ? BORDER_STYLES[line.style] : undefined;
      if (kind) borders[edge] = { ...kind, ...(rgb(line?.color) ? { color: rgb(line?.color)! } : {}) };
    }
    if (Object.keys(borders).length > 0) out.borders = borders;
  }
  const horizontal = cell.alignment?.horizontal;
  if (horizontal && ALIGNMENTS[horizontal]) out.horizontalAlignment = ALIGNMENTS[horizontal];
  return out;
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function withFormatting(sheet: FakeSheetData, worksheet: ExcelJS.Worksheet): FakeSheetData {
  const cells: Record<string, CellInput> = { ...sheet.cells };
  const hiddenRows: number[] = [];
  // Cells holding only a fill or a border have no value, so eachRow / eachCell (without
  // includeEmpty) pass them by, and with includeEmpty they would make new cells; walk what is stored.
  const rows = (worksheet as unknown as { _rows: Array<ExcelJS.Row | undefined> })._rows;
  rows.forEach((row) => {
    if (!row) return;
    if (row.hidden) hiddenRows.push(row.number - 1);
    const stored = (row as unknown as { _cells: Array<ExcelJS.Cell | undefined> })._cells;
    stored.forEach((cell, index) => {
      if (!cell) return;
      const formatting = formattingOf(cell);
      if (Object.keys(formatting).length === 0) return;
      const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? { numberFormat: cell.numFmt } : {};
      const at = address(row.number - 1, index);
      cells[at] = { ...numberFormat, ...formatting, ...cells[at] };
    });
  });
  const state = worksheet.state as keyof typeof VISIBILITY | undefined;
  const hiddenColumns = (worksheet.columns ?? []).flatMap((column, i) => (column.hidden ? [i] : []));
  return {
    ...sheet,
    cells,
    hiddenRows,
    hiddenColumns,
    merges: worksheet.model.merges,
    visibility: VISIBILITY[state ?? 'visible'] ?? 'Visible',
  };
}

/** The workbook data for the fake: the engine's snapshot of the file with the file's formatting. */
export async function fakeDataFromXlsx(file: string): Promise<FakeWorkbookData> {
  const workbook = await loadWorkbookFile(file);
  const data = fakeWorkbookFromSnapshot(snapshotWorkbook(workbook));
  return { sheets: data.sheets.map((sheet, i) => withFormatting(sheet, workbook.worksheets[i]!)) };
}

export async function openXlsxInFake(file: string, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  return createFakeExcel(await fakeDataFromXlsx(file), options);
}

// ---- Comparing ---------------------------------------------------------------------------

/** One sheet as the user sees it: every cell, and what belongs to the sheet as a whole. */
export interface SheetState {
  readonly name: string;
  readonly visibility: string;
  readonly position: number;
  readonly cells: Readonly<Record<string, CellInput>>;
  /** Hidden rows, widths, frozen panes, tables, data bars, drop-downs: as a save keeps them. */
  readonly sheet: string;
}

/**
 * The named sheets as they stand, from what a save would keep. Sheet ids are left out: they
 * change when a workbook is reopened, and the user never sees them.
 */
export function sheetStates(excel: FakeExcel, names: ReadonlyArray<string>): SheetState[] {
  const saved = excel.toData().sheets;
  return names.map((name) => {
    const position = saved.findIndex((s) => s.name === name);
    if (position < 0) return { name, visibility: 'missing', position: -1, cells: {}, sheet: '' };
    const { cells, id: _id, name: _name, visibility, ...rest } = saved[position]!;
    return { name, visibility: visibility ?? 'Visible', position, cells: cells ?? {}, sheet: JSON.stringify(rest) };
  });
}

const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v));

/** Every difference between two states of the same sheets, one readable line each. */
export function differences(before: ReadonlyArray<SheetState>, after: ReadonlyArray<SheetState>): string[] {
  const out: string[] = [];
  const afterByName = new Map(after.map((s) => [s.name, s]));
  for (const b of before) {
    const a = afterByName.get(b.name);
    if (!a || a.position < 0) {
      out.push(`${b.name}: sheet gone`);
      continue;
    }
    if (a.position !== b.position) out.push(`${b.name}: position ${b.position} → ${a.position}`);
    if (a.visibility !== b.visibility) out.push(`${b.name}: visibility ${b.visibility} → ${a.visibility}`);
    if (a.sheet !== b.sheet) out.push(`${b.name}: sheet settings ${b.sheet} → ${a.sheet}`);
    for (const cell of new Set([...Object.keys(b.cells), ...Object.keys(a.cells)])) {
      const was = b.cells[cell] ?? {};
      const now = a.cells[cell] ?? {};
      for (const key of new Set([...Object.keys(was), ...Object.keys(now)]) as Set<keyof CellInput>) {
        if (JSON.stringify(was[key]) !== JSON.stringify(now[key]))
          out.push(`${b.name}!${cell} ${key}: ${show(was[key])} → ${show(now[key])}`);
      }
    }
  }
  return out;
}

/** How many cells a state holds (non-empty cells: a value, a formula or any formatting). */
export function cellCount(states: ReadonlyArray<SheetState>): number {
  return states.reduce((n, s) => n + Object.keys(s.cells).length, 0);
}
