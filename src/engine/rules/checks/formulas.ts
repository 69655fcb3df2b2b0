/**
 * Checks on the formulas behind stated totals. We know which rows are interventions, which are
 * subtotals and which column is which, so we can be exact where general auditing tools guess:
 * a SUM that stops one row short, a subtotal counted with the items inside it, a begroot total
 * adding benut cells, a total typed over its formula. A formula the parser does not understand
 * gets no finding at all. SUBTOTAL_MISMATCH keeps reporting any difference (the what); these rules
 * say why, with one finding per total cell: one wrong reference trips several rules at once, and
 * a list of symptoms hides the one thing to fix. The first that applies is reported:
 *
 * 1. TOTAL_WRONG_COLUMN: a reference into another amount column also leaves the own column's rows
 *    out and makes the formula differ from its neighbour, so it explains those too.
 * 2. TOTAL_RANGE_INCOMPLETE, then 3. TOTAL_DOUBLE_COUNT: a formula can do both at once (a row left
 *    out, another counted twice); both carry the same corrected formula, which mends both, and
 *    the rows left out are named, being the commoner slip (a row inserted below the range).
 * 4. TOTAL_INCONSISTENT_FORMULA, between formulas that add their own parts soundly.
 * 5. TOTAL_INCLUDES_HIDDEN (info), for an otherwise sound formula.
 */
import type { RawFinding, RowRef } from '../../findings';
import { callsSubtotal, parseTotalFormula, skipsHiddenRows, WHOLE_COLUMN_END, type Area } from '../../formula/parse';
import { address, columnName } from '../../grid';
import { allAmounts, type AmountCell, type BudgetModel, type Intervention, type StatedTotal } from '../../model';
import { normalise } from '../../text';
import type { Check } from '../rule';

/** A cell as one number (Excel has 16.384 columns): a string key per cell made big sheets slow. */
type CellKey = number;
const key = (row: number, col: number): CellKey => row * 16_384 + col;

/** Amounts a SUM could add up (placeholders like P.M. are not there to sum yet). */
const SUMMABLE = new Set(['number', 'text-number', 'estimate']);

interface SheetIndex {
  /** Every amount cell of an intervention or a stated total, by position. */
  readonly amounts: ReadonlyMap<CellKey, { cell: AmountCell; intervention?: Intervention; total?: StatedTotal }>;
  /** The columns holding amounts, with the figure each holds (and the goal, in a matrix). */
  readonly amountColumns: ReadonlyMap<number, AmountCell>;
  readonly lastRow: number;
  /** The leftmost and rightmost column holding an amount: a range beyond them adds nothing that matters. */
  readonly firstCol: number;
  readonly lastCol: number;
  /** Amount cells whose formula is a SUBTOTAL, which another SUBTOTAL passes over. */
  readonly subtotals: ReadonlySet<CellKey>;
}

function indexSheet(model: BudgetModel): SheetIndex {
  const amounts = new Map<CellKey, { cell: AmountCell; intervention?: Intervention; total?: StatedTotal }>();
  const amountColumns = new Map<number, AmountCell>();
  let lastRow = 0;
  for (const intervention of model.interventions) {
    for (const cell of allAmounts(intervention)) {
      amounts.set(key(cell.row, cell.col), { cell, intervention });
      amountColumns.set(cell.col, cell);
      lastRow = Math.max(lastRow, cell.row);
    }
  }
  for (const total of model.totals) {
    for (const cell of total.amounts) {
      amounts.set(key(cell.row, cell.col), { cell, total });
      lastRow = Math.max(lastRow, cell.row);
    }
  }
  let firstCol = Number.MAX_SAFE_INTEGER;
  let lastCol = -1;
  const subtotals = new Set<CellKey>();
  for (const [k, { cell }] of amounts) {
    firstCol = Math.min(firstCol, cell.col);
    lastCol = Math.max(lastCol, cell.col);
    if (cell.formula !== undefined && callsSubtotal(cell.formula)) subtotals.add(k);
  }
  return { amounts, amountColumns, lastRow, firstCol, lastCol, subtotals };
}

interface Reference {
  readonly row: number;
  readonly col: number;
  /** How often the formula adds the cell: 0 when every reference to it skips it as hidden. */
  count: number;
}

/**
 * Every cell a formula refers to, with how often it adds it (a cell in two ranges counts twice, as
 * in Excel). A SUBTOTAL passes over the results of other SUBTOTALs in its range altogether, as
 * Excel does, so a grand SUBTOTAL over goal SUBTOTALs counts each item once.
 */
function referencedCells(
  areas: ReadonlyArray<Area>,
  index: SheetIndex,
  self: AmountCell,
  hiddenRows: ReadonlySet<number>,
): Map<CellKey, Reference> {
  const cells = new Map<CellKey, Reference>();
  for (const area of areas) {
    // A whole column reaches a million rows; only rows the sheet uses can hold an amount.
    const bottom =
      area.wholeColumn || area.bottom === WHOLE_COLUMN_END ? index.lastRow : Math.min(area.bottom, index.lastRow);
    for (let row = area.top; row <= bottom; row++) {
      const adds = area.skipsHidden && hiddenRows.has(row) ? 0 : 1;
      // A range over every column (A2:XFD300) would otherwise cost 16.384 cells a row.
      for (let col = Math.max(area.left, index.firstCol); col <= Math.min(area.right, index.lastCol); col++) {
        if (row === self.row && col === self.col) continue;
        const k = key(row, col);
        if (area.skipsSubtotals && index.subtotals.has(k)) continue;
        const seen = cells.get(k);
        if (seen) seen.count += adds;
        else cells.set(k, { row, col, count: adds });
      }
    }
  }
  return cells;
}

/** A part's amount cell in the total's column, with the intervention it belongs to. */
interface PartCell {
  readonly cell: AmountCell;
  readonly intervention: Intervention;
}

/** The parts' cells in a column: an intervention merged over several rows has one per row. */
function partCellsIn(parts: ReadonlyArray<Intervention>, col: number, filled: boolean): PartCell[] {
  const cells: PartCell[] = [];
  for (const intervention of parts) {
    for (const cell of allAmounts(intervention))
      if (cell.col === col && (!filled || cell.reading.kind !== 'empty')) cells.push({ cell, intervention });
  }
  return cells;
}

/** How often the formula counts each part cell of the total's column, directly or via a subtotal. */
function coverage(
  total: StatedTotal,
  cell: AmountCell,
  refs: ReadonlyMap<CellKey, Reference>,
  index: SheetIndex,
  model: BudgetModel,
): Map<CellKey, number> {
  const counted = new Map<CellKey, number>();
  const add = (c: AmountCell, n: number): void => {
    const k = key(c.row, c.col);
    counted.set(k, (counted.get(k) ?? 0) + n);
  };
  for (const ref of refs.values()) {
    if (ref.col !== cell.col) continue;
    const hit = index.amounts.get(key(ref.row, ref.col));
    if (!hit) continue;
    // What SUBTOTAL(109, …) skips as hidden is added 0 times: neither counted nor missing. So are
    // the hidden parts of a subtotal that skips them itself.
    if (hit.intervention) add(hit.cell, ref.count);
    else if (hit.total && hit.total !== total) {
      const skipsHidden = hit.cell.formula !== undefined && skipsHiddenRows(hit.cell.formula);
      for (const part of partCellsIn(hit.total.parts, cell.col, false))
        add(part.cell, skipsHidden && model.hiddenRows.has(part.cell.row) ? 0 : ref.count);
    }
  }
  return counted;
}

function rowRef(part: PartCell): RowRef {
  return { row: part.cell.row + 1, name: part.intervention.name };
}

/**
 * `SUM(E6:E12,E14:E20)`: the parts' cells, consecutive rows joined into ranges as long as no
 * other amount stands between them.
 */
function sumOfParts(parts: ReadonlyArray<Intervention>, col: number, index: SheetIndex): string {
  const rows = [...new Set(partCellsIn(parts, col, false).map((p) => p.cell.row))].sort((a, b) => a - b);
  const partRows = new Set(rows);
  const pieces: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    const previous = rows[i - 1]!;
    const next = rows[i];
    const joinable = next !== undefined && !betweenHasOtherAmount(previous, next, col, partRows, index);
    if (joinable) continue;
    const letter = columnName(col);
    pieces.push(start === previous ? `${letter}${start! + 1}` : `${letter}${start! + 1}:${letter}${previous + 1}`);
    start = next;
  }
  return `=SUM(${pieces.join(',')})`;
}

function betweenHasOtherAmount(
  from: number,
  to: number,
  col: number,
  partRows: ReadonlySet<number>,
  index: SheetIndex,
): boolean {
  for (let row = from + 1; row < to; row++) {
    if (!partRows.has(row) && index.amounts.has(key(row, col))) return true;
  }
  return false;
}

function isOwnSheet(area: Area, model: BudgetModel): boolean {
  return area.sheet === undefined || normalise(area.sheet) === normalise(model.sheet);
}

/** The sorted rows a formula adds in its own column, for comparing neighbouring totals. */
function rowsAdded(refs: ReadonlyMap<CellKey, Reference>, col: number): number[] {
  return [...new Set([...refs.values()].filter((r) => r.col === col).map((r) => r.row + 1))].sort((a, b) => a - b);
}

/** A total cell whose formula was understood: the rows it adds, and what, if anything, is wrong with it. */
interface Judged {
  readonly cell: AmountCell;
  readonly rows: number[];
  /** The one finding that says why the formula is wrong; none when it adds its parts soundly. */
  readonly cause?: RawFinding;
  /** Parts the formula adds although their rows are hidden. */
  readonly hidden: ReadonlyArray<PartCell>;
}

function formulaRules(model: BudgetModel): RawFinding[] {
  const index = indexSheet(model);
  const findings: RawFinding[] = [];
  for (const total of model.totals) {
    // A restatement of other tables adds cells of their columns: there is no own column to judge.
    if (total.acrossTables) continue;
    const judged: Judged[] = [];
    for (const cell of total.amounts) {
      const at = { row: cell.row, col: cell.col, field: cell.field };
      const partsInColumn = partCellsIn(total.parts, cell.col, true);
      if (!cell.formula) {
        const summable = partsInColumn.some((p) => SUMMABLE.has(p.cell.reading.kind));
        if (cell.reading.kind === 'number' && summable) {
          const corrected = sumOfParts(total.parts, cell.col, index);
          findings.push({
            rule: 'TOTAL_HARDCODED',
            ...at,
            correctedFormula: corrected,
            params: { label: total.label, field: cell.field, corrected },
          });
        }
        continue;
      }
      const parsed = parseTotalFormula(cell.formula);
      if (!parsed.ok || !parsed.areas.every((a) => isOwnSheet(a, model))) continue;
      const refs = referencedCells(parsed.areas, index, cell, model.hiddenRows);
      const counted = coverage(total, cell, refs, index, model);
      judged.push({
        cell,
        rows: rowsAdded(refs, cell.col),
        cause: cause(total, cell, partsInColumn, refs, counted, index),
        hidden: partsInColumn.filter(
          (p) => (counted.get(key(p.cell.row, p.cell.col)) ?? 0) > 0 && model.hiddenRows.has(p.cell.row),
        ),
      });
    }
    for (const j of judged) if (j.cause) findings.push(j.cause);
    const sound = judged.filter((j) => !j.cause);
    const off = inconsistent(total, sound);
    findings.push(...off);
    for (const j of sound) {
      if (j.hidden.length === 0 || off.some((o) => o.row === j.cell.row && o.col === j.cell.col)) continue;
      findings.push({
        rule: 'TOTAL_INCLUDES_HIDDEN',
        row: j.cell.row,
        col: j.cell.col,
        field: j.cell.field,
        params: { label: total.label, field: j.cell.field, rows: j.hidden.map(rowRef) },
      });
    }
  }
  return findings;
}

/** The first of wrong column, rows left out, rows counted twice that applies (see the top of this file). */
function cause(
  total: StatedTotal,
  cell: AmountCell,
  partsInColumn: ReadonlyArray<PartCell>,
  refs: ReadonlyMap<CellKey, Reference>,
  counted: ReadonlyMap<CellKey, number>,
  index: SheetIndex,
): RawFinding | undefined {
  const at = { row: cell.row, col: cell.col, field: cell.field };
  const corrected = sumOfParts(total.parts, cell.col, index);
  const wrong = [...refs.values()]
    .filter((r) => r.col !== cell.col && index.amounts.has(key(r.row, r.col)))
    .filter((r) => {
      const other = index.amountColumns.get(r.col);
      return other !== undefined && (other.field !== cell.field || other.goal !== cell.goal);
    })
    .map((r) => address(r.row, r.col));
  // The corrected formula mends the rows left out of the own column as well.
  if (wrong.length > 0)
    return {
      rule: 'TOTAL_WRONG_COLUMN',
      ...at,
      correctedFormula: corrected,
      params: { label: total.label, field: cell.field, cells: wrong },
    };
  const times = (p: PartCell): number | undefined => counted.get(key(p.cell.row, p.cell.col));
  const missing = partsInColumn.filter((p) => times(p) === undefined);
  if (missing.length > 0) {
    return {
      rule: 'TOTAL_RANGE_INCOMPLETE',
      ...at,
      amountCents: centsIn(missing),
      correctedFormula: corrected,
      params: { label: total.label, field: cell.field, rows: missing.map(rowRef), corrected },
    };
  }
  const doubled = partsInColumn.filter((p) => (times(p) ?? 0) > 1);
  if (doubled.length > 0) {
    return {
      rule: 'TOTAL_DOUBLE_COUNT',
      ...at,
      amountCents: doubled.reduce((sum, p) => sum + ((times(p) ?? 1) - 1) * (p.cell.cents ?? 0), 0),
      correctedFormula: corrected,
      params: { label: total.label, field: cell.field, rows: doubled.map(rowRef), corrected },
    };
  }
  return undefined;
}

/**
 * Neighbouring totals in one row should add the same rows. Only formulas that add their own parts
 * soundly are compared (a wrong one already has its finding); the first sets the pattern and every
 * one off it is named. A formula adding no row of the sheet says nothing about the pattern.
 */
function inconsistent(total: StatedTotal, sound: ReadonlyArray<Judged>): RawFinding[] {
  const first = sound.find((j) => j.rows.length > 0);
  if (!first) return [];
  const pattern = first.rows.join(',');
  return sound
    .filter((o) => o !== first && o.rows.length > 0 && o.rows.join(',') !== pattern)
    .map((o) => ({
      rule: 'TOTAL_INCONSISTENT_FORMULA' as const,
      row: o.cell.row,
      col: o.cell.col,
      field: o.cell.field,
      params: { label: total.label, field: o.cell.field, rows: o.rows, otherRows: first.rows },
    }));
}

/**
 * The one pass over the totals' formulas behind TOTAL_WRONG_COLUMN, TOTAL_RANGE_INCOMPLETE, TOTAL_DOUBLE_COUNT,
 * TOTAL_HARDCODED, TOTAL_INCONSISTENT_FORMULA and TOTAL_INCLUDES_HIDDEN.
 */
export const formulaCheck: Check = { on: 'budget', run: formulaRules };

function centsIn(parts: ReadonlyArray<PartCell>): number {
  let sum = 0;
  for (const p of parts) sum += p.cell.cents ?? 0;
  return sum;
}
