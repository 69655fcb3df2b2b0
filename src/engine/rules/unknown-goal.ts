/** UNKNOWN_GOAL (error): a goal text that is none of the five bestedingsdoelen. */
import type { RawFinding } from '../findings';
import type { GoalNumber } from '../goals';
import type { BudgetModel } from '../model';
import { goalCellOf } from './checks/goal-cells';
import { goalName, quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
  text: string;
  suggestion?: GoalNumber;
}

function unknownGoal(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const i of model.interventions) {
    if (i.goalMatch.kind !== 'unknown') continue;
    findings.push({
      rule: 'UNKNOWN_GOAL',
      ...goalCellOf(i),
      interventionCode: i.code,
      field: 'goal',
      params: { name: i.name, text: i.goalMatch.text, suggestion: i.goalMatch.suggestion },
    });
  }
  return findings;
}

const check: Check = { on: 'budget', run: unknownGoal };

export const UNKNOWN_GOAL: RuleDefinition<'UNKNOWN_GOAL', Params> = {
  id: 'UNKNOWN_GOAL',
  severity: 'error',
  title: { nl: 'Onbekend bestedingsdoel', en: 'Unknown spending goal' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) =>
      `Bestedingsdoel ${quote(p.text)} van interventie ${quote(p.name)} is geen van de vijf doelen.` +
      (p.suggestion ? ` Bedoelt u ${goalName(p.suggestion, 'nl')}?` : ' Gebruik doel 1 tot en met 5.'),
    en: (p) =>
      `Spending goal ${quote(p.text)} of intervention ${quote(p.name)} is none of the five goals.` +
      (p.suggestion ? ` Did you mean ${goalName(p.suggestion, 'en')}?` : ' Use goal 1 to 5.'),
  },
  checks: [check],
};
