/** NO_GOAL (error): an intervention with an amount but no spending goal. */
import type { RawFinding } from '../findings';
import type { BudgetModel } from '../model';
import { hasAmount } from './checks/goal-cells';
import { quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
}

function noGoal(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    if (i.goalMatch.kind === 'none' && hasAmount(i)) {
      findings.push({
        rule: 'NO_GOAL',
        row: i.row,
        col: i.labelCol,
        interventionCode: i.code,
        field: 'goal',
        params: { name: i.name },
      });
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: noGoal };

export const NO_GOAL: RuleDefinition<'NO_GOAL', Params> = {
  id: 'NO_GOAL',
  severity: 'error',
  title: { nl: 'Geen bestedingsdoel', en: 'No spending goal' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) => `Interventie ${quote(p.name)} heeft een bedrag maar geen bestedingsdoel.`,
    en: (p) => `Intervention ${quote(p.name)} has an amount but no spending goal.`,
  },
  checks: [check],
};
