/**
 * The workbook itself, as plain data: sheets with sparse cells, settings, tables, protection,
 * selection. API objects (range.ts, worksheet.ts, ...) read and change it only while a sync is
 * applied, through a Journal, so a failed sync can be undone.
 */
import { MAX_COLUMNS, containsCell, intersects, type Rect } from './a1';
import { EMPTY_CELL, hasFormatting, hasValue, isDefaultCell, type StoredCell } from './cells';
import type { ListValidation } from './data-validation';
import type { Journal } from './journal';

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

let formulaEpochs = 0;
function nextFormulaEpoch(): number {
  formulaEpochs += 1;
  return formulaEpochs;
}

export class SheetModel {
  readonly cells = new Map<number, StoredCell>();
  /** Keys of the cells holding a formula, so recalculation need not walk every cell. */
  readonly formulaKeys = new Set<number>();
  /**
   * Changes (to a never used number) whenever a formula on the sheet changes, and is restored by
   * a rollback, so what was derived from the sheet's formulas can be reused while it is equal.
   */
  formulaEpoch = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  /** Keyed by the lower-cased key: Excel treats custom property keys without regard to case. */
  readonly customProperties = new Map<string, CustomPropertyModel>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  /** List validation per cell key; kept apart from the cells, so it does not widen the used range. */
  readonly dataValidations = new Map<number, ListValidation>();
  visibility: Visibility = 'Visible';
  isProtected = false;
  frozenRows = 0;
  frozenColumns = 0;
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
    return this.cells.get(SheetModel.key(row, col)) ?? EMPTY_CELL;
  }

  setCell(row: number, col: number, cell: StoredCell, journal: Journal): void {
    const key = SheetModel.key(row, col);
    if (this.cells.get(key)?.formula !== cell.formula) journal.assign(this, 'formulaEpoch', nextFormulaEpoch());
    journal.mapSet(this.cells, key, isDefaultCell(cell) ? undefined : cell);
    journal.setAdd(this.formulaKeys, key, cell.formula !== undefined);
  }

  /** Every stored (non-default) cell inside `rect`, without walking empty millions of cells. */
  storedIn(rect: Rect): Array<{ row: number; col: number; cell: StoredCell }> {
    const out: Array<{ row: number; col: number; cell: StoredCell }> = [];
    if (rect.rows * rect.cols <= this.cells.size) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = this.cells.get(SheetModel.key(r, c));
          if (cell) out.push({ row: r, col: c, cell });
        }
      }
      return out;
    }
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      if (containsCell(rect, row, col)) out.push({ row, col, cell });
    }
    return out;
  }

  /**
   * The smallest rectangle holding every cell with a value (or formula), and with `valuesOnly`
   * false also every formatted cell; undefined for a blank sheet.
   */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (!(hasValue(cell) || (!valuesOnly && hasFormatting(cell)))) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
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
