/** Every intervention must serve one or more of the five bestedingsdoelen. */
import type { RawFinding } from '../findings';
import type { BudgetModel, Intervention } from '../model';

/** Placeholders and deliberate zeros are not money to account for. */
function hasAmount(intervention: Intervention): boolean {
  return intervention.amounts.some((a) => !['empty', 'placeholder', 'zero'].includes(a.reading.kind));
}

export function goalRules(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    const label = { row: i.row, col: i.labelCol };
    const code = i.code;
    if (i.goalMatch.kind === 'none' && hasAmount(i)) {
      findings.push({ rule: 'NO_GOAL', ...label, interventionCode: code, field: 'goal', params: { name: i.name } });
    } else if (i.goalMatch.kind === 'unknown') {
      const at = i.goalCell ? { row: i.goalCell.row, col: i.goalCell.col } : label;
      findings.push({
        rule: 'UNKNOWN_GOAL',
        ...at,
        interventionCode: code,
        field: 'goal',
        params: { name: i.name, text: i.goalMatch.text, suggestion: i.goalMatch.suggestion },
      });
    } else if (i.splitOverGoals && (i.begrootCents !== 0 || i.benutCents !== 0)) {
      const at = i.goalCell ? { row: i.goalCell.row, col: i.goalCell.col } : label;
      findings.push({ rule: 'MULTI_GOAL_UNSPLIT', ...at, interventionCode: code, field: 'goal', params: { name: i.name, goals: i.allocations.map((a) => a.goal) } });
    }
  }
  return findings;
}
