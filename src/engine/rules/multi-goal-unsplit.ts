/** MULTI_GOAL_UNSPLIT (warning): several goals without an amount per goal: split equally. */
import type { RawFinding } from '../findings';
import type { GoalNumber } from '../goals';
import type { BudgetModel } from '../model';
import { goalCellOf, hasAmount } from './checks/goal-cells';
import { goalList, quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
  goals: ReadonlyArray<GoalNumber>;
}

function multiGoalUnsplit(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    // An intervention without a goal or with an unknown one has that finding instead.
    if ((i.goalMatch.kind === 'none' && hasAmount(i)) || i.goalMatch.kind === 'unknown') continue;
    if (i.splitOverGoals && (i.begrootCents !== 0 || i.benutCents !== 0)) {
      findings.push({
        rule: 'MULTI_GOAL_UNSPLIT',
        ...goalCellOf(i),
        interventionCode: i.code,
        field: 'goal',
        params: { name: i.name, goals: i.allocations.map((a) => a.goal) },
      });
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: multiGoalUnsplit };

export const MULTI_GOAL_UNSPLIT: RuleDefinition<'MULTI_GOAL_UNSPLIT', Params> = {
  id: 'MULTI_GOAL_UNSPLIT',
  severity: 'warning',
  title: { nl: 'Meerdere doelen, niet verdeeld', en: 'Several goals, not split' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) =>
      `Interventie ${quote(p.name)} dient ${goalList(p.goals, 'nl')} zonder bedrag per doel; het bedrag is gelijk over die doelen verdeeld.`,
    en: (p) =>
      `Intervention ${quote(p.name)} serves ${goalList(p.goals, 'en')} without an amount per goal; the amount was split equally over those goals.`,
  },
  checks: [check],
};
