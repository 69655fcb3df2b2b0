/**
 * The budget model: what the engine understood of a budget sheet. Layout readers build it; rules
 * and summaries only read it. Rows and columns are 0-based, as in the grid snapshot.
 */
import type { AmountReading } from './amounts';
import type { GoalMatch, GoalNumber } from './goals';
import type { AmountRole } from './layout/columns';
import type { FigureReason, PartsKind } from './layout/figures';
import type { ColumnReading } from './layout/detect';
import type { CorrectionSetting } from './corrections';

/** `goals`: a per-goal summary, one amount per bestedingsdoel and no interventions. */
export type Layout = 'list' | 'grouped' | 'matrix' | 'goals';

/** One amount cell as read: where it is, what it holds, and which figure it is. */
export interface AmountCell {
  readonly row: number;
  readonly col: number;
  readonly field: AmountRole;
  /** Set for the per-goal columns of a matrix layout. */
  readonly goal?: GoalNumber;
  readonly reading: AmountReading;
  /** The number as stored in the cell, for messages about more than two decimals. */
  readonly stored?: number;
  /** The cell's formula (`=SUM(E6:E20)`), when it has one. */
  readonly formula?: string;
  /** The cents this cell counts for in totals (0 for placeholders, undefined when unreadable). */
  readonly cents: number | undefined;
  /** The cell lies under the top of a merged figure: its amount is the top's, counted there. */
  readonly merged?: boolean;
  /** Set for a part of a row's stated total (a year, a budget version), which counts only there. */
  readonly partOf?: PartsKind;
}

/** The share of an intervention that goes to one goal. */
export interface Allocation {
  readonly goal: GoalNumber;
  readonly begrootCents: number;
  readonly benutCents: number;
  /** The amounts were split equally over several goals, not stated per goal. */
  readonly split: boolean;
}

export interface TextCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** A row's stated total and the cells that must add up to it: years, or primitief + wijziging. */
export interface RowCheck {
  readonly field: AmountRole;
  readonly total: AmountCell;
  readonly parts: ReadonlyArray<AmountCell>;
  readonly kind: PartsKind;
  /** The parts' column headers ("2021-2022", "Primitieve begroting"). */
  readonly labels: ReadonlyArray<string>;
}

export interface Intervention {
  /** The (first) row; an intervention merged over several rows has one allocation per row. */
  readonly row: number;
  /** Index into the model's tables. */
  readonly table: number;
  readonly code?: string;
  readonly name: string;
  /** A cell in this row to point row findings at: the name, or else the code. */
  readonly labelCol: number;
  /** The code's column, when the row has a code: a renumbering points there. */
  readonly codeCol?: number;
  readonly partner?: string;
  /** The uitvoerder's column, when the table has one. */
  readonly partnerCol?: number;
  /** Free text that says more about the intervention (toelichting, doelgroep). */
  readonly notes: ReadonlyArray<string>;
  /** The goal cell as written, where the layout has one. */
  readonly goalCell?: TextCell;
  readonly goalMatch: GoalMatch;
  /** Several goals marked (or named in one cell) without an amount per goal. */
  readonly splitOverGoals: boolean;
  readonly amounts: ReadonlyArray<AmountCell>;
  /** Stated row totals to check against their parts (not counted: the total is the figure). */
  readonly rowChecks: ReadonlyArray<RowCheck>;
  readonly begrootCents: number;
  readonly benutCents: number;
  /** Empty when the intervention has no valid goal. */
  readonly allocations: ReadonlyArray<Allocation>;
}

/** A total stated in the sheet: a goal subtotal, a subtotal row, or the grand total. */
export interface StatedTotal {
  readonly row: number;
  /** Index into the model's tables: a total adds up its own table only. */
  readonly table: number;
  readonly label: string;
  /** The goal this total is for, when it is a goal's subtotal. */
  readonly goal?: GoalNumber;
  readonly isGrandTotal: boolean;
  readonly amounts: ReadonlyArray<AmountCell>;
  /** The interventions it should add up. */
  readonly parts: ReadonlyArray<Intervention>;
  /**
   * Set for a total that restates figures of other tables (a summary per goal beside the list, a
   * "Totaal generaal" over tables with their own columns): its parts are matched by figure, not
   * by column, and its formula is not judged against the columns of its own table.
   */
  readonly acrossTables?: boolean;
}

/** `correction`: set by the user on the add-in's sheet "NPO Leeswijze". */
export type CeilingSource = 'option' | 'correction' | 'sheet' | 'settings-sheet' | 'default';

export interface Ceiling {
  readonly cents: number;
  readonly source: CeilingSource;
  /** Where it was read, for the sheet sources. */
  readonly sheet?: string;
  readonly cell?: string;
  readonly label?: string;
  /**
   * With the default: a cell labelled as the ceiling whose content is no usable amount (−5.000,
   * 1e308, #REF!), which the user should look at.
   */
  readonly unusable?: {
    readonly sheet: string;
    readonly row: number;
    readonly col: number;
    readonly label: string;
    readonly text: string;
  };
}

/** Which columns a table's begroot or benut was read from, and why. */
export interface FigureReading {
  readonly cols: ReadonlyArray<number>;
  readonly why: FigureReason;
  /** The header text of each column read. */
  readonly labels: ReadonlyArray<string>;
}

/** One table of the budget sheet: its header, body, label and unit. Most sheets have one. */
export interface BudgetTable {
  readonly layout: Layout;
  /** The table's own label where it has one ("2023", "Begroting 2024"). */
  readonly label?: string;
  /** First and last header row (two-row headers), last body row, first and last column; 0-based. */
  readonly topRow: number;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly left: number;
  readonly right: number;
  /** What one in an amount cell is worth in euros: 1, or 1.000 for "x € 1.000". */
  readonly unit: number;
  /** The text that stated the unit, and where. */
  readonly unitText?: string;
  readonly unitCell?: { row: number; col: number };
  readonly begroot?: FigureReading;
  readonly benut?: FigureReading;
  /** Every header cell and the role it was read as. */
  readonly columns: ReadonlyArray<ColumnReading>;
  /** The unit was set by the user. */
  readonly unitCorrected?: boolean;
}

/** Where the reading may be wrong: the engine chose, and says what else it could have been. */
export type Uncertainty =
  /** Several columns were read as begroot and added up; perhaps only one of them is. */
  | {
      readonly kind: 'columns';
      readonly field: AmountRole;
      readonly row: number;
      readonly cols: ReadonlyArray<number>;
      readonly labels: ReadonlyArray<string>;
    }
  /** Another row reads almost as well as the header. */
  | { readonly kind: 'header-row'; readonly row: number; readonly col: number; readonly alternative: number }
  /** No unit is stated, but the amounts look like thousands against the ceiling. */
  | {
      readonly kind: 'unit';
      readonly row: number;
      readonly col: number;
      readonly planCents: number;
      readonly ceilingCents: number;
    };

/** A stored correction that no longer fits the sheet: reported, not applied. */
export type CorrectionProblem =
  | {
      readonly kind: 'column-moved';
      readonly row: number;
      readonly col: number;
      readonly expected: string;
      readonly found: string;
      readonly choice: string;
    }
  | { readonly kind: 'header-row'; readonly row: number }
  | { readonly kind: 'ceiling-cell'; readonly cell: string }
  | { readonly kind: 'unreadable'; readonly sheet: string; readonly row: number; readonly text: string };

/** A correction that was applied, for "aangepast door gebruiker". */
export interface AppliedCorrection {
  readonly setting: CorrectionSetting;
  /** The column for a column's role. */
  readonly col?: number;
  readonly value: string;
}

/** How the sheet was read, as the user sees it and can correct it. */
export interface Reading {
  readonly rows: {
    readonly interventions: number;
    readonly headings: number;
    readonly subtotals: number;
    readonly totals: number;
    readonly blank: number;
  };
  readonly corrections: ReadonlyArray<AppliedCorrection>;
  readonly uncertain: ReadonlyArray<Uncertainty>;
  readonly problems: ReadonlyArray<CorrectionProblem>;
}

export interface BudgetModel {
  readonly sheet: string;
  readonly layout: Layout;
  /** The (last) header row of the first table. */
  readonly headerRow: number;
  /** The tables on the sheet, top to bottom and left to right; the sheet's figures add them all. */
  readonly tables: ReadonlyArray<BudgetTable>;
  /** Cells of the header that name the begroot and benut columns, for sheet-wide findings. */
  readonly begrootHeader?: { row: number; col: number };
  readonly benutHeader?: { row: number; col: number };
  readonly hasBenut: boolean;
  readonly interventions: ReadonlyArray<Intervention>;
  readonly totals: ReadonlyArray<StatedTotal>;
  readonly ceiling: Ceiling;
  /** 0-based rows hidden in the sheet, where the adapter knows them. */
  readonly hiddenRows: ReadonlySet<number>;
  readonly reading: Reading;
}

/**
 * Every amount cell of an intervention: its figures and the parts of its stated row totals (the
 * years, the versions), which a column total adds like any other cell.
 */
export function allAmounts(i: Intervention): ReadonlyArray<AmountCell> {
  return i.rowChecks.length === 0 ? i.amounts : [...i.amounts, ...checkedParts(i)];
}

/** The parts of the row totals that are not figures already (a matrix's goal columns are both). */
export function checkedParts(i: Intervention): AmountCell[] {
  return i.rowChecks.flatMap((c) => c.parts).filter((p) => !i.amounts.some((a) => a.row === p.row && a.col === p.col));
}

export function grandTotal(model: BudgetModel): StatedTotal | undefined {
  for (let i = model.totals.length - 1; i >= 0; i--) if (model.totals[i]!.isGrandTotal) return model.totals[i];
  return undefined;
}
