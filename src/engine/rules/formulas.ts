/**
 * Checks on the formulas behind stated totals. We know which rows are interventions, which are
 * subtotals and which column is which, so we can be exact where general auditing tools guess:
 * a SUM that stops one row short, a subtotal counted with the items inside it, a begroot total
 * adding benut cells, a total typed over its formula. A formula the parser does not understand
 * gets no finding at all. SUBTOTAL_MISMATCH keeps reporting any difference; these rules say why.
 */
import { parseTotalFormula, WHOLE_COLUMN_END, type Area } from '../formula/parse';
import { address, columnName } from '../grid';
import type { RawFinding, RowRef } from '../findings';
import type { AmountCell, BudgetModel, Intervention, StatedTotal } from '../model';
import { normalise } from '../text';

const key = (row: number, col: number): string => `${row}:${col}`;

/** Amounts a SUM could add up (placeholders like P.M. are not there to sum yet). */
const SUMMABLE = new Set(['number', 'text-number', 'estimate']);

interface SheetIndex {
  /** Every amount cell of an intervention or a stated total, by position. */
  readonly amounts: ReadonlyMap<string, { cell: AmountCell; intervention?: Intervention; total?: StatedTotal }>;
  /** The columns holding amounts, with the figure each holds (and the goal, in a matrix). */
  readonly amountColumns: ReadonlyMap<number, AmountCell>;
  readonly lastRow: number;
  /** The leftmost and rightmost column holding an amount: a range beyond them adds nothing that matters. */
  readonly firstCol: number;
  readonly lastCol: number;
}

function indexSheet(model: BudgetModel): SheetIndex {
  const amounts = new Map<string, { cell: AmountCell; intervention?: Intervention; total?: StatedTotal }>();
  const amountColumns = new Map<number, AmountCell>();
  let lastRow = 0;
  for (const intervention of model.interventions) {
    for (const cell of intervention.amounts) {
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
  for (const { cell } of amounts.values()) {
    firstCol = Math.min(firstCol, cell.col);
    lastCol = Math.max(lastCol, cell.col);
  }
  return { amounts, amountColumns, lastRow, firstCol, lastCol };
}

/** Every cell a formula adds, with how often (a cell in two ranges counts twice, as in Excel). */
function referencedCells(areas: ReadonlyArray<Area>, index: SheetIndex, self: AmountCell): Map<string, { row: number; col: number; count: number; skipsHidden: boolean }> {
  const cells = new Map<string, { row: number; col: number; count: number; skipsHidden: boolean }>();
  for (const area of areas) {
    // A whole column reaches a million rows; only rows the sheet uses can hold an amount.
    const bottom = area.wholeColumn || area.bottom === WHOLE_COLUMN_END ? index.lastRow : Math.min(area.bottom, index.lastRow);
    for (let row = area.top; row <= bottom; row++) {
      // A range over every column (A2:XFD300) would otherwise cost 16.384 cells a row.
      for (let col = Math.max(area.left, index.firstCol); col <= Math.min(area.right, index.lastCol); col++) {
        if (row === self.row && col === self.col) continue;
        const k = key(row, col);
        const seen = cells.get(k);
        if (seen) seen.count += 1;
        else cells.set(k, { row, col, count: 1, skipsHidden: area.skipsHidden });
      }
    }
  }
  return cells;
}

/** How often the formula counts each intervention row of the total's column, directly or via a subtotal. */
function coverage(total: StatedTotal, cell: AmountCell, refs: ReturnType<typeof referencedCells>, index: SheetIndex, model: BudgetModel): Map<Intervention, number> {
  const counted = new Map<Intervention, number>();
  const add = (i: Intervention, n: number): void => {
    counted.set(i, (counted.get(i) ?? 0) + n);
  };
  for (const ref of refs.values()) {
    if (ref.col !== cell.col) continue;
    const hit = index.amounts.get(key(ref.row, ref.col));
    if (!hit) continue;
    // SUBTOTAL(109, …) leaves hidden rows out: what it skips is neither counted nor missing.
    if (ref.skipsHidden && model.hiddenRows.has(ref.row)) {
      if (hit.intervention) add(hit.intervention, 0);
      continue;
    }
    if (hit.intervention) add(hit.intervention, ref.count);
    else if (hit.total && hit.total !== total) for (const part of hit.total.parts) add(part, ref.count);
  }
  return counted;
}

function rowRef(i: Intervention): RowRef {
  return { row: i.row + 1, name: i.name };
}

/**
 * `SUM(E6:E12,E14:E20)`: the parts' cells, consecutive rows joined into ranges as long as no
 * other amount stands between them.
 */
function sumOfParts(parts: ReadonlyArray<Intervention>, col: number, index: SheetIndex): string {
  const rows = [...new Set(parts.filter((p) => p.amounts.some((a) => a.col === col)).map((p) => p.row))].sort((a, b) => a - b);
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

function betweenHasOtherAmount(from: number, to: number, col: number, partRows: ReadonlySet<number>, index: SheetIndex): boolean {
  for (let row = from + 1; row < to; row++) {
    if (!partRows.has(row) && index.amounts.has(key(row, col))) return true;
  }
  return false;
}

function isOwnSheet(area: Area, model: BudgetModel): boolean {
  return area.sheet === undefined || normalise(area.sheet) === normalise(model.sheet);
}

/** The sorted rows a formula adds in its own column, for comparing neighbouring totals. */
function rowsAdded(refs: ReturnType<typeof referencedCells>, col: number): number[] {
  return [...new Set([...refs.values()].filter((r) => r.col === col).map((r) => r.row + 1))].sort((a, b) => a - b);
}

export function formulaRules(model: BudgetModel): RawFinding[] {
  const index = indexSheet(model);
  const findings: RawFinding[] = [];
  for (const total of model.totals) {
    const understood: Array<{ cell: AmountCell; rows: number[]; sound: boolean }> = [];
    for (const cell of total.amounts) {
      const at = { row: cell.row, col: cell.col, field: cell.field };
      const partsInColumn = total.parts.filter((p) => p.amounts.some((a) => a.col === cell.col && a.reading.kind !== 'empty'));
      if (!cell.formula) {
        const summable = partsInColumn.some((p) => p.amounts.some((a) => a.col === cell.col && SUMMABLE.has(a.reading.kind)));
        if (cell.reading.kind === 'number' && summable) {
          const corrected = sumOfParts(total.parts, cell.col, index);
          findings.push({ rule: 'TOTAL_HARDCODED', ...at, correctedFormula: corrected, params: { label: total.label, field: cell.field, corrected } });
        }
        continue;
      }
      const parsed = parseTotalFormula(cell.formula);
      if (!parsed.ok || !parsed.areas.every((a) => isOwnSheet(a, model))) continue;
      const refs = referencedCells(parsed.areas, index, cell);

      const wrong = [...refs.values()]
        .filter((r) => r.col !== cell.col && index.amounts.has(key(r.row, r.col)))
        .filter((r) => {
          const other = index.amountColumns.get(r.col);
          return other !== undefined && (other.field !== cell.field || other.goal !== cell.goal);
        })
        .map((r) => address(r.row, r.col));
      if (wrong.length > 0) findings.push({ rule: 'TOTAL_WRONG_COLUMN', ...at, params: { label: total.label, field: cell.field, cells: wrong } });

      const counted = coverage(total, cell, refs, index, model);
      const corrected = sumOfParts(total.parts, cell.col, index);
      const missing = partsInColumn.filter((p) => !counted.has(p));
      if (missing.length > 0) {
        findings.push({
          rule: 'TOTAL_RANGE_INCOMPLETE',
          ...at,
          amountCents: centsIn(missing, cell.col),
          correctedFormula: corrected,
          params: { label: total.label, field: cell.field, rows: missing.map(rowRef), corrected },
        });
      }
      const doubled = partsInColumn.filter((p) => (counted.get(p) ?? 0) > 1);
      if (doubled.length > 0) {
        findings.push({
          rule: 'TOTAL_DOUBLE_COUNT',
          ...at,
          amountCents: doubled.reduce((sum, p) => sum + ((counted.get(p) ?? 1) - 1) * centsIn([p], cell.col), 0),
          correctedFormula: corrected,
          params: { label: total.label, field: cell.field, rows: doubled.map(rowRef), corrected },
        });
      }
      understood.push({ cell, rows: rowsAdded(refs, cell.col), sound: missing.length === 0 && doubled.length === 0 && wrong.length === 0 });
      const hidden = partsInColumn.filter((p) => (counted.get(p) ?? 0) > 0 && model.hiddenRows.has(p.row));
      if (hidden.length > 0) findings.push({ rule: 'TOTAL_INCLUDES_HIDDEN', ...at, params: { label: total.label, field: cell.field, rows: hidden.map(rowRef) } });
    }
    findings.push(...inconsistent(total, understood));
  }
  return findings;
}

/**
 * Neighbouring totals in one row should add the same rows. The pattern is set by the first formula
 * that adds its parts soundly (else simply the first), and every formula off that pattern is named.
 */
function inconsistent(total: StatedTotal, understood: ReadonlyArray<{ cell: AmountCell; rows: number[]; sound: boolean }>): RawFinding[] {
  const first = understood.find((u) => u.sound) ?? understood[0];
  if (!first) return [];
  const pattern = first.rows.join(',');
  return understood
    .filter((o) => o !== first && o.rows.join(',') !== pattern)
    .map((o) => ({
      rule: 'TOTAL_INCONSISTENT_FORMULA' as const,
      row: o.cell.row,
      col: o.cell.col,
      field: o.cell.field,
      params: { label: total.label, field: o.cell.field, rows: o.rows, otherRows: first.rows },
    }));
}

function centsIn(parts: ReadonlyArray<Intervention>, col: number): number {
  let sum = 0;
  for (const p of parts) for (const a of p.amounts) if (a.col === col) sum += a.cents ?? 0;
  return sum;
}
