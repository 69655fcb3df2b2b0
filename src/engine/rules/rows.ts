/**
 * A row's own total against its parts: begroot split over years with a total column, or a
 * primitieve begroting plus its wijziging against the begroting na wijziging. The stated total is
 * the figure the sheet counts, so a difference here is money that silently appears or vanishes.
 */
import type { RawFinding } from '../findings';
import type { BudgetModel } from '../model';

export function rowTotalRules(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    for (const check of i.rowChecks) {
      const stated = check.total.cents;
      // An unreadable total or part is its own amount finding; comparing it would be a guess.
      if (stated === undefined || check.parts.some((p) => p.cents === undefined)) continue;
      const sum = check.parts.reduce((total, p) => total + p.cents!, 0);
      const difference = stated - sum;
      if (difference === 0) continue;
      findings.push({
        rule: 'ROW_TOTAL_MISMATCH',
        row: check.total.row,
        col: check.total.col,
        amountCents: difference,
        interventionCode: i.code,
        field: check.field,
        params: { name: i.name, field: check.field, stated, sum, difference, parts: check.kind, partLabels: check.labels },
      });
    }
  }
  return findings;
}
