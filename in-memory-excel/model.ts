/**
 * The workbook itself, as plain data: sheets with sparse cells, settings, tables, protection,
 * selection. API objects (range.ts, worksheet.ts, ...) read and change it only while a sync is
 * applied, through a Journal, so a failed sync can be undone.
 */
import { DEFAULT_PAGE_LAYOUT, type PageLayoutModel } from './page-layout-model';
import { containsCell, intersects, MAX_COLUMNS, type Rect } from './a1';
import { EMPTY_CELL, hasFormatting, hasValue, isDefaultCell, type StoredCell } from './cells';
import type { ListValidation } from './data-validation';
import type { CompactUndo, Journal } from './journal';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Excel's defaults for Calibri 11: 8.43 characters (64 px) wide, 20 px high, in points. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

export interface TableModel {
  readonly id: string;
  readonly sheetId: string;
  readonly rect: Rect;
  name: string;
  style: string;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: string;
  readonly rect: Rect;
  dataBarPositiveFill?: string;
}

export interface CustomPropertyModel {
  readonly key: string;
  value: string;
}

const A1: Rect = { row: 0, col: 0, rows: 1, cols: 1 };

export interface StoredEntry {
  readonly row: number;
  readonly col: number;
  readonly cell: StoredCell;
}

export class SheetModel implements CompactUndo {
  /**
   * The stored (non-default) cells, by row and then by column. Two levels rather than one map
   * keyed by `row * MAX_COLUMNS + col`: such keys outgrow small integers beyond row 131 072 and
   * one map of millions of cells is slow to look up; a read or write of a block fetches each
   * row's map once.
   */
  private readonly rows = new Map<number, Map<number, StoredCell>>();
  /** Keys of the cells holding a formula, so recalculation need not walk every cell. */
  readonly formulaKeys = new Set<number>();
  /**
   * How the formulas changed since recalc.ts last indexed them (it resets both): the keys that got
   * a formula where there was none, in order (each one went to the end of `formulaKeys`), and
   * whether anything else happened (a formula changed or removed, or a change undone).
   */
  readonly formulaAppends: number[] = [];
  formulasRewritten = false;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** Merged areas by the key of their top-left cell (`SheetModel.key`); they never overlap. */
  readonly merges = new Map<number, Rect>();
  /** Keyed by the lower-cased key: Excel treats custom property keys without regard to case. */
  readonly customProperties = new Map<string, CustomPropertyModel>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  /** List validation per cell key; kept apart from the cells, so it does not widen the used range. */
  readonly dataValidations = new Map<number, ListValidation>();
  visibility: Visibility = 'Visible';
  isProtected = false;
  frozenRows = 0;
  frozenColumns = 0;
  /** How the sheet prints; replaced whole on every change, so the journal can undo it. */
  pageLayout: PageLayoutModel = DEFAULT_PAGE_LAYOUT;
  /** The cells selected on this sheet; Excel remembers it per sheet. */
  selection: Rect = A1;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  static key(row: number, col: number): number {
    return row * MAX_COLUMNS + col;
  }

  cell(row: number, col: number): StoredCell {
    return this.rows.get(row)?.get(col) ?? EMPTY_CELL;
  }

  /** The stored cells of one row by column, or undefined when it has none; not to be changed. */
  rowCells(row: number): ReadonlyMap<number, StoredCell> | undefined {
    return this.rows.get(row);
  }

  /** The stored cell under a key (`SheetModel.key`), if any. */
  storedAt(key: number): StoredCell | undefined {
    return this.rows.get(Math.floor(key / MAX_COLUMNS))?.get(key % MAX_COLUMNS);
  }

  setCell(row: number, col: number, cell: StoredCell, journal: Journal): void {
    const old = this.rows.get(row)?.get(col);
    const next = isDefaultCell(cell) ? undefined : cell;
    if (old === next) return;
    const formulaChanged = old?.formula !== cell.formula;
    this.put(row, col, next);
    if (formulaChanged) {
      const key = SheetModel.key(row, col);
      if (old?.formula === undefined) this.formulaAppends.push(key);
      else this.formulasRewritten = true;
      this.markFormula(key, cell.formula !== undefined);
    }
    // One undo for the cell and its formula key, and no closure: cells change by the million.
    journal.recordCompact(this, row, col, old, formulaChanged);
  }

  /** Takes back a `setCell`: the cell was `old` (undefined: default) before. */
  undoChange(row: number, col: number, old: unknown, formulaChanged: boolean): void {
    const cell = old as StoredCell | undefined;
    this.put(row, col, cell);
    if (formulaChanged) {
      this.formulasRewritten = true;
      this.markFormula(SheetModel.key(row, col), cell?.formula !== undefined);
    }
  }

  private put(row: number, col: number, cell: StoredCell | undefined): void {
    let cells = this.rows.get(row);
    if (cell === undefined) {
      if (cells?.delete(col) && cells.size === 0) this.rows.delete(row);
      return;
    }
    if (!cells) {
      cells = new Map();
      this.rows.set(row, cells);
    }
    cells.set(col, cell);
  }

  private markFormula(key: number, present: boolean): void {
    if (present) this.formulaKeys.add(key);
    else this.formulaKeys.delete(key);
  }

  /** Every stored cell, by row and then by column. */
  sortedCells(): StoredEntry[] {
    const out: StoredEntry[] = [];
    const rows = Float64Array.from(this.rows.keys()).sort();
    for (const row of rows) {
      const cells = this.rows.get(row)!;
      const cols = Float64Array.from(cells.keys()).sort();
      for (const col of cols) out.push({ row, col, cell: cells.get(col)! });
    }
    return out;
  }

  /** Every stored (non-default) cell inside `rect`, without walking empty millions of cells. */
  storedIn(rect: Rect): StoredEntry[] {
    const out: StoredEntry[] = [];
    const collect = (row: number, cells: ReadonlyMap<number, StoredCell>): void => {
      if (rect.cols <= cells.size) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = cells.get(c);
          if (cell) out.push({ row, col: c, cell });
        }
      } else {
        for (const [col, cell] of cells)
          if (col >= rect.col && col < rect.col + rect.cols) out.push({ row, col, cell });
      }
    };
    if (rect.rows <= this.rows.size) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        const cells = this.rows.get(r);
        if (cells) collect(r, cells);
      }
    } else {
      for (const [row, cells] of this.rows) if (row >= rect.row && row < rect.row + rect.rows) collect(row, cells);
    }
    return out;
  }

  /**
   * The smallest rectangle holding every cell with a value (or formula), and with `valuesOnly`
   * false also every formatted cell and every merged area; undefined for a blank sheet.
   */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, cells] of this.rows) {
      for (const [col, cell] of cells) {
        if (!(hasValue(cell) || (!valuesOnly && hasFormatting(cell)))) continue;
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (col < left) left = col;
        if (col > right) right = col;
      }
    }
    if (!valuesOnly) {
      for (const merge of this.merges.values()) {
        top = Math.min(top, merge.row);
        left = Math.min(left, merge.col);
        bottom = Math.max(bottom, merge.row + merge.rows - 1);
        right = Math.max(right, merge.col + merge.cols - 1);
      }
    }
    return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /**
   * The merged areas whose top-left cell lies in `rect`, by row and column: found through the
   * cells of a small rect, or through the merges when there are fewer of those.
   */
  mergesStartingIn(rect: Rect): Rect[] {
    const out: Rect[] = [];
    if (rect.rows * rect.cols <= this.merges.size) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const merge = this.merges.get(SheetModel.key(r, c));
          if (merge) out.push(merge);
        }
      }
      return out;
    }
    for (const merge of this.merges.values()) if (containsCell(rect, merge.row, merge.col)) out.push(merge);
    return out.sort((a, b) => a.row - b.row || a.col - b.col);
  }

  mergesIntersecting(rect: Rect): Rect[] {
    return [...this.merges.values()].filter((merge) => intersects(merge, rect));
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Setting values as JSON text: what is stored is what persists, never a live object. */
  readonly settings = new Map<string, string>();
  readonly tables: TableModel[] = [];
  structureProtected = false;
  activeSheetId = '';
  private sheetCounter = 0;
  private objectCounter = 0;

  /** `session` makes ids differ between sessions of "the same" workbook, as Excel's may. */
  constructor(private readonly session: number) {}

  /** Ids look like Excel's (`{00000000-0001-0000-0000-000000000000}`); renames and moves keep them. */
  newSheetId(): string {
    this.sheetCounter += 1;
    const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');
    return `{00000000-${hex(this.sheetCounter, 4)}-${hex(this.session, 4)}-0000-000000000000}`;
  }

  newObjectId(): string {
    this.objectCounter += 1;
    return String(this.objectCounter);
  }

  /** Excel compares sheet names without regard to case. */
  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0]!;
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  tablesOn(sheetId: string): TableModel[] {
    return this.tables.filter((t) => t.sheetId === sheetId);
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  tableOverlapping(sheetId: string, rect: Rect): TableModel | undefined {
    return this.tables.find((t) => t.sheetId === sheetId && intersects(t.rect, rect));
  }
}
