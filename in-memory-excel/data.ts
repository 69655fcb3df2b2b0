/**
 * Workbooks as plain data: what tests write to open a workbook in the fake, and what the fake
 * gives back to "save" one. Cells set here are stored as given (a string stays text), unlike
 * writes through the API, which Excel interprets as typed input.
 */
import type { PageLayoutModel } from './page-layout-model';
import { cellAddress, localAddress, parseAddress, MAX_COLUMNS, type Rect } from './a1';
import {
  cellValue,
  errorLiteral,
  normaliseColor,
  normaliseFont,
  NO_BORDER,
  type BorderLine,
  type CellContent,
  type CellValue,
  type Edge,
  type FontFormat,
  type Hyperlink,
  type StoredCell,
} from './cells';
import { listRule, type ListValidation } from './data-validation';
import type { Journal } from './journal';
import { SheetModel, type Visibility, type WorkbookModel } from './model';
import type { FormulaCache } from './recalc';

/** One cell as tests describe it; every field optional, merged into what the cell holds. */
export interface CellInput {
  /** Stored as given: a string is text even if it starts with `=` or reads as a number. */
  readonly value?: CellValue | null;
  /** An error value such as `#REF!`. */
  readonly error?: string;
  /** `=...`; with `value` the value is its cached result, without it the fake computes it. */
  readonly formula?: string;
  readonly numberFormat?: string;
  /** `#RRGGBB`; null removes the fill. */
  readonly fill?: string | null;
  readonly font?: FontFormat;
  readonly borders?: Partial<Record<Edge, Partial<BorderLine>>>;
  readonly horizontalAlignment?: string;
  readonly hyperlink?: Hyperlink | null;
}

export type PlainValue = string | number | boolean | null | undefined;

export interface FakeSheetData {
  readonly name: string;
  /** Kept when given; a sheet without one gets a fresh id. */
  readonly id?: string;
  /** Rows from A1: numbers, booleans, strings (Excel's error literals become errors); null or '' is empty. */
  readonly values?: ReadonlyArray<ReadonlyArray<PlainValue>>;
  /** Cells by A1 address, applied after `values`. */
  readonly cells?: Readonly<Record<string, CellInput>>;
  readonly visibility?: Visibility;
  readonly protected?: boolean;
  /** 0-based row indexes. */
  readonly hiddenRows?: ReadonlyArray<number>;
  /** 0-based column indexes. */
  readonly hiddenColumns?: ReadonlyArray<number>;
  /** Merged areas by local address, e.g. `['A2:A4', 'C1:E1']`: two cells or more each, none overlapping. */
  readonly merges?: ReadonlyArray<string>;
  /** Column widths in points by 0-based column index. */
  readonly columnWidths?: Readonly<Record<number, number>>;
  readonly frozen?: { readonly rows: number; readonly columns: number };
  /** How the sheet prints (ExcelApi 1.9); Excel's defaults when left out. */
  readonly pageLayout?: PageLayoutModel;
  readonly tables?: ReadonlyArray<{ readonly name: string; readonly address: string; readonly style?: string }>;
  readonly customProperties?: Readonly<Record<string, string>>;
  /** Data bars (the only conditional format modelled). */
  readonly dataBars?: ReadonlyArray<{ readonly address: string; readonly fillColor?: string }>;
  /** List validation (drop-downs) by local address, e.g. `{ address: 'C5:C1000', list: { source: 'a,b' } }`. */
  readonly dataValidation?: ReadonlyArray<{
    readonly address: string;
    readonly list: { readonly inCellDropDown?: boolean; readonly source: string };
  }>;
  /** Local address, e.g. `B3` or `A1:C4`. */
  readonly selection?: string;
}

export interface FakeWorkbookData {
  readonly sheets: ReadonlyArray<FakeSheetData>;
  /** Workbook.name; `Book1.xlsx` when absent. */
  readonly name?: string;
  /** The active sheet's name; the first visible sheet when absent. */
  readonly activeSheet?: string;
  /** The add-in's settings, JSON values. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly structureProtected?: boolean;
}

export class FakeDataError extends Error {
  override readonly name = 'FakeDataError';
}

function rectOf(address: string, what: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed || parsed.sheet !== undefined)
    throw new FakeDataError(`${what}: '${address}' is not a local A1 address.`);
  return parsed.rect;
}

function color(input: string, what: string): string {
  const c = normaliseColor(input);
  if (!('color' in c)) throw new FakeDataError(`${what}: '${input}' is not a colour (#RRGGBB).`);
  return c.color;
}

function contentOf(value: PlainValue): CellContent {
  if (value === null || value === undefined || value === '') return { type: 'empty' };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  const error = errorLiteral(value);
  return error ? { type: 'error', value: error } : { type: 'string', value };
}

/**
 * Applies a CellInput to a cell. Returns whether the cell's value must still be computed (a
 * formula given without its result).
 */
export function applyCellInput(
  sheet: SheetModel,
  row: number,
  col: number,
  input: CellInput,
  journal: Journal,
  formulas: FormulaCache,
  what: string,
): boolean {
  const cell = sheet.cell(row, col);
  const next: { -readonly [K in keyof StoredCell]: StoredCell[K] } = { ...cell };
  let compute = false;
  if (input.value !== undefined || input.error !== undefined || input.formula !== undefined) {
    delete next.formula;
    delete next.unevaluated;
    if (input.error !== undefined) {
      const error = errorLiteral(input.error);
      if (!error) throw new FakeDataError(`${what}: '${input.error}' is not an Excel error value.`);
      next.content = { type: 'error', value: error };
    } else if (input.value !== undefined && input.value !== null) {
      next.content =
        typeof input.value === 'string'
          ? input.value === ''
            ? { type: 'empty' }
            : { type: 'string', value: input.value }
          : contentOf(input.value);
    } else {
      next.content = { type: 'empty' };
    }
    if (input.formula !== undefined) {
      if (!input.formula.startsWith('='))
        throw new FakeDataError(`${what}: a formula starts with '=' ('${input.formula}').`);
      next.formula = input.formula;
      const cached = input.value !== undefined || input.error !== undefined;
      if (!cached) {
        if (formulas.get(input.formula)) compute = true;
        else next.unevaluated = true;
      }
    }
  }
  if (input.numberFormat !== undefined) next.numberFormat = input.numberFormat === '' ? 'General' : input.numberFormat;
  if (input.fill !== undefined) {
    if (input.fill === null) delete next.fill;
    else next.fill = color(input.fill, what);
  }
  if (input.font !== undefined) {
    const font = normaliseFont({
      ...next.font,
      ...input.font,
      ...(input.font.color ? { color: color(input.font.color, what) } : {}),
    });
    if (font) next.font = font;
    else delete next.font;
  }
  if (input.borders !== undefined) {
    const borders: Partial<Record<Edge, BorderLine>> = { ...next.borders };
    for (const [edge, line] of Object.entries(input.borders) as Array<[Edge, Partial<BorderLine>]>) {
      const merged: BorderLine = { ...NO_BORDER, ...line, ...(line.color ? { color: color(line.color, what) } : {}) };
      if (merged.style === 'None') delete borders[edge];
      else borders[edge] = merged;
    }
    if (Object.keys(borders).length > 0) next.borders = borders;
    else delete next.borders;
  }
  if (input.horizontalAlignment !== undefined) {
    if (input.horizontalAlignment === 'General') delete next.horizontalAlignment;
    else next.horizontalAlignment = input.horizontalAlignment;
  }
  if (input.hyperlink !== undefined) {
    if (input.hyperlink === null) delete next.hyperlink;
    else next.hyperlink = { ...input.hyperlink };
  }
  sheet.setCell(row, col, next, journal);
  return compute;
}

/** Fills a new workbook model from data; returns the cells whose formulas must be computed. */
export function loadWorkbook(
  model: WorkbookModel,
  data: FakeWorkbookData,
  journal: Journal,
  formulas: FormulaCache,
): Array<{ sheetId: string; rect: Rect }> {
  const toCompute: Array<{ sheetId: string; rect: Rect }> = [];
  if (data.sheets.length === 0) throw new FakeDataError('A workbook has at least one sheet.');
  for (const s of data.sheets) {
    if (model.findSheet(s.name)) throw new FakeDataError(`Two sheets are named '${s.name}'.`);
    const sheet = new SheetModel(s.id ?? model.newSheetId(), s.name);
    model.sheets.push(sheet);
    s.values?.forEach((row, r) =>
      row.forEach((value, c) => {
        const content = contentOf(value);
        if (content.type !== 'empty') sheet.setCell(r, c, { ...sheet.cell(r, c), content }, journal);
      }),
    );
    for (const [address, input] of Object.entries(s.cells ?? {})) {
      const rect = rectOf(address, `${s.name}!${address}`);
      if (applyCellInput(sheet, rect.row, rect.col, input, journal, formulas, `${s.name}!${address}`)) {
        toCompute.push({ sheetId: sheet.id, rect: { row: rect.row, col: rect.col, rows: 1, cols: 1 } });
      }
    }
    sheet.visibility = s.visibility ?? 'Visible';
    sheet.isProtected = s.protected ?? false;
    for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const c of s.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    for (const address of s.merges ?? []) {
      const rect = rectOf(address, `${s.name} merge`);
      if (rect.rows * rect.cols < 2) throw new FakeDataError(`${s.name} merge: '${address}' is a single cell.`);
      const overlap = sheet.mergesIntersecting(rect)[0];
      if (overlap) throw new FakeDataError(`${s.name} merge: '${address}' overlaps '${localAddress(overlap)}'.`);
      sheet.merges.set(SheetModel.key(rect.row, rect.col), rect);
    }
    for (const [col, width] of Object.entries(s.columnWidths ?? {})) sheet.columnWidths.set(Number(col), width);
    sheet.frozenRows = s.frozen?.rows ?? 0;
    sheet.frozenColumns = s.frozen?.columns ?? 0;
    if (s.pageLayout) sheet.pageLayout = s.pageLayout;
    for (const [key, value] of Object.entries(s.customProperties ?? {}))
      sheet.customProperties.set(key.toLowerCase(), { key, value });
    for (const bar of s.dataBars ?? []) {
      const format = { id: model.newObjectId(), type: 'DataBar', rect: rectOf(bar.address, `data bar ${bar.address}`) };
      sheet.conditionalFormats.push(
        bar.fillColor ? { ...format, dataBarPositiveFill: color(bar.fillColor, `data bar ${bar.address}`) } : format,
      );
    }
    for (const v of s.dataValidation ?? []) {
      const rect = rectOf(v.address, `data validation ${v.address}`);
      const rule = dataListRule(v.list, `data validation ${v.address}`);
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.dataValidations.set(SheetModel.key(r, c), rule);
    }
    if (s.selection) sheet.selection = rectOf(s.selection, `${s.name} selection`);
    for (const t of s.tables ?? []) {
      model.tables.push({
        id: `{T${model.newObjectId()}}`,
        sheetId: sheet.id,
        rect: rectOf(t.address, `table ${t.name}`),
        name: t.name,
        style: t.style ?? 'TableStyleMedium2',
      });
    }
  }
  const visible = model.visibleSheets();
  if (visible.length === 0) throw new FakeDataError('A workbook has at least one visible sheet.');
  const active = data.activeSheet === undefined ? visible[0] : model.findSheet(data.activeSheet);
  if (!active) throw new FakeDataError(`There is no sheet '${data.activeSheet}' to make active.`);
  model.activeSheetId = active.id;
  model.structureProtected = data.structureProtected ?? false;
  for (const [key, value] of Object.entries(data.settings ?? {})) model.settings.set(key, JSON.stringify(value));
  return toCompute;
}

function dataListRule(list: unknown, what: string): ListValidation {
  try {
    return listRule({ list }, what);
  } catch (error) {
    throw new FakeDataError(`${what}: ${(error as Error).message}`, { cause: error });
  }
}

/** The sheet's list rules as ranges: runs of cells down a column that share a rule. */
function validationRuns(sheet: SheetModel): Array<{ address: string; list: ListValidation }> {
  const cells = [...sheet.dataValidations].map(([key, rule]) => ({
    row: Math.floor(key / MAX_COLUMNS),
    col: key % MAX_COLUMNS,
    rule,
  }));
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Array<{ rect: { row: number; col: number; rows: number; cols: number }; rule: ListValidation }> = [];
  for (const { row, col, rule } of cells) {
    const last = runs.at(-1);
    const continues =
      last &&
      last.rect.col === col &&
      last.rect.row + last.rect.rows === row &&
      last.rule.source === rule.source &&
      last.rule.inCellDropDown === rule.inCellDropDown;
    if (continues) last.rect.rows += 1;
    else runs.push({ rect: { row, col, rows: 1, cols: 1 }, rule });
  }
  return runs.map(({ rect, rule }) => ({ address: localAddress(rect), list: { ...rule } }));
}

/** A stored cell as CellInput, with only what differs from an empty cell. */
export function cellInputOf(cell: StoredCell): CellInput {
  const out: { -readonly [K in keyof CellInput]: CellInput[K] } = {};
  if (cell.content.type === 'error') out.error = cell.content.value;
  else if (cell.content.type !== 'empty' && !cell.unevaluated) out.value = cellValue(cell);
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.numberFormat !== 'General') out.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) out.fill = cell.fill;
  if (cell.font !== undefined) out.font = { ...cell.font };
  if (cell.borders !== undefined) out.borders = { ...cell.borders };
  if (cell.horizontalAlignment !== undefined) out.horizontalAlignment = cell.horizontalAlignment;
  if (cell.hyperlink !== undefined) out.hyperlink = { ...cell.hyperlink };
  return out;
}

/** The workbook as data again; what a save would keep. */
export function saveWorkbook(model: WorkbookModel, name: string): FakeWorkbookData {
  return {
    name,
    activeSheet: model.activeSheet().name,
    structureProtected: model.structureProtected,
    settings: Object.fromEntries([...model.settings].map(([k, v]) => [k, JSON.parse(v) as unknown])),
    sheets: model.sheets.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      visibility: sheet.visibility,
      protected: sheet.isProtected,
      hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
      merges: [...sheet.merges.values()].sort((a, b) => a.row - b.row || a.col - b.col).map(localAddress),
      columnWidths: Object.fromEntries(sheet.columnWidths),
      frozen: { rows: sheet.frozenRows, columns: sheet.frozenColumns },
      pageLayout: sheet.pageLayout,
      customProperties: Object.fromEntries([...sheet.customProperties.values()].map((p) => [p.key, p.value])),
      selection: localAddress(sheet.selection),
      dataBars: sheet.conditionalFormats.map((f) =>
        f.dataBarPositiveFill
          ? { address: localAddress(f.rect), fillColor: f.dataBarPositiveFill }
          : { address: localAddress(f.rect) },
      ),
      dataValidation: validationRuns(sheet),
      tables: model.tablesOn(sheet.id).map((t) => ({ name: t.name, address: localAddress(t.rect), style: t.style })),
      cells: Object.fromEntries(
        sheet.sortedCells().map(({ row, col, cell }) => [cellAddress(row, col), cellInputOf(cell)]),
      ),
    })),
  };
}
