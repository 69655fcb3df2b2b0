/** The plan and the spending against the grant ceiling, and whether that ceiling is the municipality's own. */
import type { RawFinding } from '../findings';
import { address } from '../grid';
import { grandTotal, type BudgetModel } from '../model';
import { totalBegroot, totalBenut } from '../summaries';

/** Sheet-wide findings point at the grand total's cell, else at the column's header. */
function sheetCell(model: BudgetModel, field: 'begroot' | 'benut'): { row: number; col: number } {
  const amount = grandTotal(model)?.amounts.find((a) => a.field === field && a.goal === undefined);
  if (amount) return { row: amount.row, col: amount.col };
  const header = field === 'begroot' ? model.begrootHeader : (model.benutHeader ?? model.begrootHeader);
  return header ?? { row: model.headerRow, col: 0 };
}

export function ceilingRules(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const ceiling = model.ceiling.cents;
  // The default is Hilversum's grant: for any other municipality the comparisons below use the wrong figure.
  if (model.ceiling.source === 'default') {
    const bad = model.ceiling.unusable;
    // A ceiling cell that holds something unusable is where the user has to look.
    findings.push(
      bad
        ? { rule: 'CEILING_DEFAULT', ...(bad.sheet !== model.sheet ? { sheet: bad.sheet } : {}), row: bad.row, col: bad.col, params: { ceiling, unusable: { cell: address(bad.row, bad.col), label: bad.label, text: bad.text } } }
        : { rule: 'CEILING_DEFAULT', ...(model.begrootHeader ?? { row: model.headerRow, col: 0 }), params: { ceiling } },
    );
  }
  const begroot = totalBegroot(model);
  if (begroot > ceiling) {
    const excess = begroot - ceiling;
    findings.push({ rule: 'CEILING_EXCEEDED', ...sheetCell(model, 'begroot'), amountCents: excess, field: 'begroot', params: { total: begroot, ceiling, excess } });
  } else if (begroot < ceiling) {
    const left = ceiling - begroot;
    findings.push({ rule: 'BUDGET_UNALLOCATED', ...sheetCell(model, 'begroot'), amountCents: left, field: 'begroot', params: { total: begroot, ceiling, left } });
  }
  const benut = totalBenut(model);
  if (model.hasBenut && benut > ceiling) {
    const excess = benut - ceiling;
    findings.push({ rule: 'SPENT_EXCEEDS_CEILING', ...sheetCell(model, 'benut'), amountCents: excess, field: 'benut', params: { total: benut, ceiling, excess } });
  }
  return findings;
}
