/** Accumulates a plan sheet's cells row by row, so each tab's builder reads like the tab itself. */
import { address } from '../grid';
import type {
  PlanCell,
  PlanContent,
  PlanDataBar,
  PlanFormat,
  PlanLink,
  PlanSheet,
  PlanSheetPurpose,
  PlanStyle,
  PlanTable,
} from './types';
import type { GoalNumber } from '../goals';

export interface CellSpec {
  readonly content: PlanContent;
  readonly format?: PlanFormat;
  readonly style?: PlanStyle;
  readonly align?: 'right';
  readonly link?: PlanLink;
}

export const text = (value: string, style?: PlanStyle, link?: PlanLink): CellSpec => ({
  content: { kind: 'text', text: value },
  style,
  link,
});
/** A header over a column of figures. */
export const figureHeader = (value: string): CellSpec => ({
  content: { kind: 'text', text: value },
  style: 'header',
  align: 'right',
});
export const euro = (cents: number, style?: PlanStyle): CellSpec => ({
  content: { kind: 'number', value: cents / 100 },
  format: 'euro',
  style,
});
export const count = (value: number, style?: PlanStyle): CellSpec => ({
  content: { kind: 'number', value },
  format: 'integer',
  style,
});
export const formula = (f: string, result: number | string, format?: PlanFormat, style?: PlanStyle): CellSpec => ({
  content: { kind: 'formula', formula: f, result },
  format,
  style,
});

export class SheetBuilder {
  private readonly cells: PlanCell[] = [];
  private readonly tables: PlanTable[] = [];
  private readonly dataBars: PlanDataBar[] = [];
  private freeze?: { rows: number; cols: number };
  /** The next row to write (0-based). */
  row = 0;

  constructor(
    private readonly name: string,
    private readonly purpose: PlanSheetPurpose,
    private readonly columnWidths: ReadonlyArray<number>,
    private readonly goal?: GoalNumber,
  ) {}

  /** Writes a row of cells from column A (undefined leaves a cell empty) and moves to the next row. */
  line(...specs: ReadonlyArray<CellSpec | undefined>): number {
    const row = this.row;
    specs.forEach((spec, col) => {
      if (spec) this.cells.push({ row, col, ...spec });
    });
    this.row += 1;
    return row;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  /** A1 address of a cell on this tab, for formulas. */
  static at(row: number, col: number): string {
    return address(row, col);
  }

  table(table: PlanTable): void {
    this.tables.push(table);
  }

  dataBar(bar: PlanDataBar): void {
    this.dataBars.push(bar);
  }

  freezeAt(rows: number, cols: number): void {
    this.freeze = { rows, cols };
  }

  build(): PlanSheet {
    return {
      name: this.name,
      purpose: this.purpose,
      ...(this.goal !== undefined ? { goal: this.goal } : {}),
      cells: this.cells,
      columnWidths: this.columnWidths,
      ...(this.freeze ? { freeze: this.freeze } : {}),
      tables: this.tables,
      dataBars: this.dataBars,
    };
  }
}
