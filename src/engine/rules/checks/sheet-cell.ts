/** Where a sheet-wide finding (the plan or the spending against the ceiling) points. */
import { grandTotal, type BudgetModel } from '../../model';

/** The grand total's cell, else the column's header. */
export function sheetCell(model: BudgetModel, field: 'begroot' | 'benut'): { row: number; col: number } {
  const amount = grandTotal(model)?.amounts.find((a) => a.field === field && a.goal === undefined);
  if (amount) return { row: amount.row, col: amount.col };
  const header = field === 'begroot' ? model.begrootHeader : (model.benutHeader ?? model.begrootHeader);
  return header ?? { row: model.headerRow, col: 0 };
}
