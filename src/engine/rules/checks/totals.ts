/**
 * Stated totals against the sum of their parts. A part stored as text is counted here, while
 * Excel's SUM skips it: that is the most common reason a sheet's total is silently wrong.
 * A total that is SUBTOTAL(101–111, …), as on a filtered sheet, is compared with its visible parts
 * only, since that is what it adds; SUBTOTAL(1–11, …) and SUM are compared with every part.
 */
import type { RawFinding } from '../../findings';
import { skipsHiddenRows } from '../../formula/parse';
import { address } from '../../grid';
import { allAmounts, type AmountCell, type BudgetModel, type StatedTotal } from '../../model';
import type { Check } from '../rule';

/**
 * The parts' cells in the total's column: an intervention merged over several rows has one a row.
 * A total restating other tables takes each part's figure of the same kind wherever it stands.
 */
function partCells(total: StatedTotal, cell: AmountCell, skipped: ReadonlySet<number>): AmountCell[] {
  const cells: AmountCell[] = [];
  for (const part of total.parts) {
    if (total.acrossTables) {
      if (cell.partOf !== undefined) continue;
      for (const a of part.amounts)
        if (
          a.field === cell.field &&
          (total.goal === undefined || a.goal === undefined || a.goal === total.goal) &&
          !skipped.has(a.row)
        )
          cells.push(a);
    } else {
      for (const a of allAmounts(part)) if (a.col === cell.col && !skipped.has(a.row)) cells.push(a);
    }
  }
  return cells;
}

const NONE: ReadonlySet<number> = new Set();

function goalShare(total: StatedTotal, field: AmountCell['field']): number {
  let sum = 0;
  for (const part of total.parts)
    for (const a of part.allocations)
      if (a.goal === total.goal) sum += field === 'begroot' ? a.begrootCents : a.benutCents;
  return sum;
}

function totalRules(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const total of model.totals) {
    for (const cell of total.amounts) {
      // The total's own unreadable or error value is already an amount finding on this cell.
      if (cell.cents === undefined || cell.reading.kind === 'empty' || cell.reading.kind === 'placeholder') continue;
      const visibleOnly = cell.formula !== undefined && skipsHiddenRows(cell.formula);
      const parts = partCells(total, cell, visibleOnly ? model.hiddenRows : NONE);
      const at = { row: cell.row, col: cell.col, field: cell.field };
      const broken = parts.find((p) => p.reading.kind === 'error');
      if (broken && broken.reading.kind === 'error') {
        findings.push({
          rule: 'FORMULA_ERROR',
          ...at,
          params: {
            name: total.label,
            field: cell.field,
            error: broken.reading.code,
            partCell: address(broken.row, broken.col),
          },
        });
        continue;
      }
      let sum = 0;
      let textParts = 0;
      for (const p of parts) {
        sum += p.cents ?? 0;
        if (p.reading.kind === 'text-number' || p.reading.kind === 'estimate') textParts += p.cents ?? 0;
      }
      // A goal line of a summary restates the goal's share of each intervention, split ones too.
      if (total.acrossTables && total.goal !== undefined) sum = goalShare(total, cell.field);
      const difference = cell.cents - sum;
      if (difference === 0) continue;
      findings.push({
        rule: 'SUBTOTAL_MISMATCH',
        ...at,
        amountCents: difference,
        params: {
          label: total.label,
          field: cell.field,
          stated: cell.cents,
          sum,
          difference,
          textParts: textParts === -difference ? textParts : 0,
        },
      });
    }
  }
  return findings;
}

/** Stated totals against their parts: SUBTOTAL_MISMATCH, and FORMULA_ERROR for a part showing an error value. */
export const totalsCheck: Check = { on: 'budget', run: totalRules };
