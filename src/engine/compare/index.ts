/**
 * Compares two versions of a budget by what they mean: which interventions are the same (matching),
 * what changed about them, per goal and in total (differences), each item with its sentence in
 * Dutch and English (messages). Pure: two budget models in, plain data out.
 */
import type { BudgetModel } from '../model';
import { goalComparisons, goalRef, interventionChanges, matchView, totalRef, versionTotals } from './differences';
import { matchInterventions } from './matching';
import { changeMessage, goalLabel, TOTAL_LABEL, type ChangeFacts } from '../words/compare';
import type { Comparison, VersionChange } from './types';

export type {
  Comparison,
  GoalComparison,
  MatchMethod,
  VersionChange,
  VersionChangeId,
  VersionMatch,
  VersionRef,
  VersionTotals,
} from './types';
export { VERSION_CHANGE_IDS } from './types';

export function compareBudgets(oldModel: BudgetModel, newModel: BudgetModel): Comparison {
  const matching = matchInterventions(oldModel.interventions, newModel.interventions);
  const goals = goalComparisons(oldModel, newModel);
  const totals = versionTotals(oldModel, newModel);
  const facts: ChangeFacts[] = interventionChanges(oldModel, newModel, matching);
  for (const g of goals) {
    if (g.differenceCents === 0) continue;
    facts.push({
      id: 'VERSION_GOAL_SHIFT',
      goal: g.goal,
      old: goalRef(oldModel, g.goal, g.oldCents, goalLabel(g.goal, 'nl')),
      new: goalRef(newModel, g.goal, g.newCents, goalLabel(g.goal, 'nl')),
      oldCents: g.oldCents,
      newCents: g.newCents,
      differenceCents: g.differenceCents,
    });
  }
  if (totals.differenceCents !== 0 || totals.oldCeilingCents !== totals.newCeilingCents) {
    facts.push({
      id: 'VERSION_TOTAL',
      goal: null,
      old: totalRef(oldModel, totals.oldCents, TOTAL_LABEL),
      new: totalRef(newModel, totals.newCents, TOTAL_LABEL),
      oldCents: totals.oldCents,
      newCents: totals.newCents,
      differenceCents: totals.differenceCents,
    });
  }
  const changes: VersionChange[] = facts.map((f) => ({
    ...f,
    message: { nl: changeMessage(f, 'nl', totals), en: changeMessage(f, 'en', totals) },
  }));
  return {
    oldSheet: oldModel.sheet,
    newSheet: newModel.sheet,
    matches: matching.matches.map((m) => matchView(oldModel.sheet, newModel.sheet, m)),
    changes,
    goals,
    totals,
  };
}
