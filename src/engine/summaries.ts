/**
 * Figures per bestedingsdoel. Every intervention counts in the totals; interventions without a
 * valid goal get their own line, so the goal lines plus that line add up to the total exactly.
 */
import { GOALS, type GoalNumber } from './goals';
import type { BudgetModel } from './model';

export interface GoalSummary {
  readonly goal: GoalNumber;
  readonly name: string;
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly restantCents: number;
  /** Interventions with (a share of) their amount in this goal. */
  readonly interventions: number;
}

export interface WithoutGoalSummary {
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly restantCents: number;
  readonly interventions: number;
}

export interface Summaries {
  readonly goals: ReadonlyArray<GoalSummary>;
  readonly withoutGoal: WithoutGoalSummary;
  readonly begrootCents: number;
  readonly benutCents: number;
}

export function totalBegroot(model: BudgetModel): number {
  let sum = 0;
  for (const i of model.interventions) sum += i.begrootCents;
  return sum;
}

export function totalBenut(model: BudgetModel): number {
  let sum = 0;
  for (const i of model.interventions) sum += i.benutCents;
  return sum;
}

export function summarise(model: BudgetModel): Summaries {
  const goals = GOALS.map((g) => ({ goal: g.goal, name: g.name, begrootCents: 0, benutCents: 0, interventions: 0 }));
  const without = { begrootCents: 0, benutCents: 0, interventions: 0 };
  for (const i of model.interventions) {
    if (i.allocations.length === 0) {
      without.begrootCents += i.begrootCents;
      without.benutCents += i.benutCents;
      without.interventions += 1;
      continue;
    }
    for (const a of i.allocations) {
      const g = goals[a.goal - 1]!;
      g.begrootCents += a.begrootCents;
      g.benutCents += a.benutCents;
      g.interventions += 1;
    }
  }
  return {
    goals: goals.map((g) => ({ ...g, restantCents: g.begrootCents - g.benutCents })),
    withoutGoal: { ...without, restantCents: without.begrootCents - without.benutCents },
    begrootCents: totalBegroot(model),
    benutCents: totalBenut(model),
  };
}
