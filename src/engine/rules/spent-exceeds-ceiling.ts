/** SPENT_EXCEEDS_CEILING (error): total benut is above the ceiling. */
import type { RawFinding } from '../findings';
import { ceilingVerdict } from '../inputs/verdict';
import type { BudgetModel } from '../model';
import { totalBenut } from '../summaries';
import { sheetCell } from './checks/sheet-cell';
import { euro } from './phrases';
import { bySheet, type Check, type RuleDefinition } from './rule';

export interface Params {
  total: number;
  ceiling: number;
  excess: number;
}

function spentExceedsCeiling(model: BudgetModel): RawFinding[] {
  const ceiling = model.ceiling.cents;
  const benut = totalBenut(model);
  const verdict = ceilingVerdict(benut, ceiling);
  if (!model.hasBenut || verdict.kind !== 'over') return [];
  const excess = verdict.amountCents;
  return [
    {
      rule: 'SPENT_EXCEEDS_CEILING',
      ...sheetCell(model, 'benut'),
      amountCents: excess,
      field: 'benut',
      params: { total: benut, ceiling, excess },
    },
  ];
}

const check: Check = { on: 'budget', run: spentExceedsCeiling };

export const SPENT_EXCEEDS_CEILING: RuleDefinition<'SPENT_EXCEEDS_CEILING', Params> = {
  id: 'SPENT_EXCEEDS_CEILING',
  severity: 'error',
  title: { nl: 'Benut boven het plafond', en: 'Spent above the ceiling' },
  fingerprint: bySheet,
  message: {
    nl: (p) =>
      `Het totaal benut (${euro(p.total)}) ligt ${euro(p.excess)} boven het plafond van ${euro(p.ceiling)}; dat deel wordt niet uit de NPO-middelen vergoed.`,
    en: (p) =>
      `Total spent (${euro(p.total)}) is ${euro(p.excess)} above the ceiling of ${euro(p.ceiling)}; that part is not covered by the NPO grant.`,
  },
  checks: [check],
};
