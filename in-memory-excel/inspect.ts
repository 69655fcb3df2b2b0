/**
 * What tests see of the workbook directly, past the API: no load, no sync, no protection, no
 * payload. For arranging a workbook and checking what the code under test left behind.
 */
import type { PageLayoutModel } from './page-layout-model';
import { cellAddress, localAddress, parseAddress, type Rect } from './a1';
import {
  cellValue,
  EMPTY_CELL,
  errorLiteral,
  fontOf,
  formulaOrValue,
  valueType,
  type BorderLine,
  type CellValue,
  type Edge,
  type FontFormat,
  type Hyperlink,
  type StoredCell,
  type ValueType,
} from './cells';
import { writeContents } from './cell-writes';
import { applyCellInput, cellInputOf, FakeDataError, type CellInput, type PlainValue } from './data';
import type { EventHub } from './events';
import { Journal } from './journal';
import { SheetModel, type Visibility, type WorkbookModel } from './model';
import { recalculate, type ChangedArea, type FormulaCache } from './recalc';
import { tableAddress } from './tables';
import { Transaction } from './transaction';

/** Everything about one cell, with Excel's defaults filled in. */
export interface CellSnapshot {
  /** '' for an empty cell; an error's text (`#REF!`) for an error. */
  readonly value: CellValue;
  readonly valueType: ValueType;
  readonly formula?: string;
  readonly numberFormat: string;
  /** The fill colour, or null for no fill (which Excel's API reads as #FFFFFF, pattern None). */
  readonly fill: string | null;
  readonly font: Required<FontFormat>;
  readonly borders: Partial<Record<Edge, BorderLine>>;
  readonly horizontalAlignment: string;
  readonly hyperlink?: Hyperlink;
}

/** A cell for "left exactly as it was" comparisons: only what it holds beyond an empty cell. */
export type ComparableCell = CellInput;

function snapshotOf(cell: StoredCell): CellSnapshot {
  return {
    value: cellValue(cell),
    valueType: valueType(cell),
    ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
    numberFormat: cell.numberFormat,
    fill: cell.fill ?? null,
    font: fontOf(cell),
    borders: { ...cell.borders },
    horizontalAlignment: cell.horizontalAlignment ?? 'General',
    ...(cell.hyperlink ? { hyperlink: { ...cell.hyperlink } } : {}),
  };
}

export function compareSheet(sheet: SheetModel): Record<string, ComparableCell> {
  const out: Record<string, ComparableCell> = {};
  for (const { row, col, cell } of sheet.sortedCells()) out[cellAddress(row, col)] = cellInputOf(cell);
  return out;
}

export class FakeSheetHandle {
  constructor(
    private readonly model: WorkbookModel,
    private readonly sheet: SheetModel,
    private readonly formulaCache: FormulaCache,
    private readonly events: EventHub,
  ) {}

  private rect(address: string): Rect {
    const parsed = parseAddress(address);
    if (!parsed || parsed.sheet !== undefined) throw new FakeDataError(`'${address}' is not a local A1 address.`);
    return parsed.rect;
  }

  get id(): string {
    return this.sheet.id;
  }

  get name(): string {
    return this.sheet.name;
  }

  get position(): number {
    return this.model.sheets.indexOf(this.sheet);
  }

  get visibility(): Visibility {
    return this.sheet.visibility;
  }

  get isProtected(): boolean {
    return this.sheet.isProtected;
  }

  /** How the sheet prints: orientation, zoom, repeated rows (0-based), headers and footers. */
  get pageLayout(): PageLayoutModel {
    return this.sheet.pageLayout;
  }

  get frozen(): { rows: number; columns: number } {
    return { rows: this.sheet.frozenRows, columns: this.sheet.frozenColumns };
  }

  /** The used range (values and formatting), e.g. `A1:D28`; undefined for a blank sheet. */
  get usedAddress(): string | undefined {
    const used = this.sheet.usedRect(false);
    return used ? localAddress(used) : undefined;
  }

  cell(address: string): CellSnapshot {
    const rect = this.rect(address);
    return snapshotOf(this.sheet.cell(rect.row, rect.col));
  }

  /** Values of a range (default: the used range), '' for empty cells. */
  values(address?: string): CellValue[][] {
    return this.grid(address, cellValue);
  }

  /** Formulas where there are any, else the values, as Range.formulas reads. */
  formulas(address?: string): CellValue[][] {
    return this.grid(address, formulaOrValue);
  }

  private grid<V>(address: string | undefined, read: (cell: StoredCell) => V): V[][] {
    const rect = address === undefined ? this.sheet.usedRect(false) : this.rect(address);
    if (!rect) return [];
    const out: V[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const cells = this.sheet.rowCells(r);
      const row: V[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(read(cells?.get(c) ?? EMPTY_CELL));
      out.push(row);
    }
    return out;
  }

  /** Changes one cell as a user would have left it; formulas given without a result are computed. */
  setCell(address: string, input: CellInput): this {
    const rect = this.rect(address);
    this.apply([{ row: rect.row, col: rect.col, input, what: address }]);
    return this;
  }

  /**
   * A user typing `input` into one cell and pressing Enter: read as typed (`=` starts a formula,
   * `1250.5` is a number, `€ 40.171,-` stays text, '' clears), refused on a protected sheet with
   * AccessDenied, what reads the cell recalculated, and the sheet's `onChanged` handlers called.
   * setCell and setValues, by contrast, arrange the workbook silently. The selection stays.
   */
  editCell(address: string, input: string | number | boolean): this {
    const rect = this.rect(address);
    if (rect.rows !== 1 || rect.cols !== 1) throw new FakeDataError(`editCell types into one cell, not '${address}'.`);
    const tx = new Transaction(this.model, this.formulaCache);
    try {
      writeContents({ sheet: this.sheet, rect }, tx, [[input]], `editCell(${address})`, this.formulaCache);
      tx.calculate();
    } catch (error) {
      tx.journal.rollback();
      throw error;
    }
    tx.commit();
    this.events.dispatch(tx.edited);
    return this;
  }

  /** Plain values from `topLeft` (default A1): strings stay text, error literals become errors. */
  setValues(rows: ReadonlyArray<ReadonlyArray<PlainValue>>, topLeft = 'A1'): this {
    const start = this.rect(topLeft);
    this.apply(
      rows.flatMap((row, r) =>
        row.map((value, c) => ({
          row: start.row + r,
          col: start.col + c,
          input: typeof value === 'string' && errorLiteral(value) ? { error: value } : { value: value ?? null },
          what: localAddress({ row: start.row + r, col: start.col + c, rows: 1, cols: 1 }),
        })),
      ),
    );
    return this;
  }

  /** Applies the inputs, then recalculates what reads the changed cells, as Excel would. */
  private apply(changes: ReadonlyArray<{ row: number; col: number; input: CellInput; what: string }>): void {
    // Arranging the workbook is never taken back: no undo to keep.
    const journal = new Journal(false);
    const changed: ChangedArea[] = [];
    for (const { row, col, input, what } of changes) {
      const compute = applyCellInput(
        this.sheet,
        row,
        col,
        input,
        journal,
        this.formulaCache,
        `${this.sheet.name}!${what}`,
      );
      if (compute || input.value !== undefined || input.error !== undefined)
        changed.push({ sheetId: this.sheet.id, rect: { row, col, rows: 1, cols: 1 } });
    }
    recalculate(this.model, this.formulaCache, changed, journal);
  }

  /** The fill colour of a cell, or null for none. */
  fill(address: string): string | null {
    return this.cell(address).fill;
  }

  setFill(address: string, color: string | null): this {
    return this.setCell(address, { fill: color });
  }

  columnWidth(column: number): number {
    return this.sheet.columnWidth(column);
  }

  isRowHidden(row: number): boolean {
    return this.sheet.hiddenRows.has(row);
  }

  setRowHidden(row: number, hidden: boolean): this {
    if (hidden) this.sheet.hiddenRows.add(row);
    else this.sheet.hiddenRows.delete(row);
    return this;
  }

  isColumnHidden(column: number): boolean {
    return this.sheet.hiddenColumns.has(column);
  }

  /** The merged areas by local address, by row and then by column. */
  get merges(): string[] {
    return [...this.sheet.merges.values()].sort((a, b) => a.row - b.row || a.col - b.col).map(localAddress);
  }

  get tables(): Array<{ name: string; address: string; style: string }> {
    return this.model
      .tablesOn(this.sheet.id)
      .map((t) => ({ name: t.name, address: tableAddress(this.model, t), style: t.style }));
  }

  get dataBars(): Array<{ address: string; fillColor?: string }> {
    return this.sheet.conditionalFormats.map((f) =>
      f.dataBarPositiveFill
        ? { address: localAddress(f.rect), fillColor: f.dataBarPositiveFill }
        : { address: localAddress(f.rect) },
    );
  }

  /** The cell's drop-down list (data validation), or undefined when it has none. */
  dataValidation(address: string): { list: { inCellDropDown: boolean; source: string } } | undefined {
    const rect = this.rect(address);
    const rule = this.sheet.dataValidations.get(SheetModel.key(rect.row, rect.col));
    return rule ? { list: { ...rule } } : undefined;
  }

  get customProperties(): Record<string, string> {
    return Object.fromEntries([...this.sheet.customProperties.values()].map((p) => [p.key, p.value]));
  }
}
