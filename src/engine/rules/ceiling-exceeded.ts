/** CEILING_EXCEEDED (error): the plan (total begroot) is above the grant ceiling. */
import type { RawFinding } from '../findings';
import { ceilingVerdict } from '../inputs/verdict';
import type { BudgetModel } from '../model';
import { totalBegroot } from '../summaries';
import { sheetCell } from './checks/sheet-cell';
import { euro } from './phrases';
import { bySheet, type Check, type RuleDefinition } from './rule';

export interface Params {
  total: number;
  ceiling: number;
  excess: number;
}

function ceilingExceeded(model: BudgetModel): RawFinding[] {
  const ceiling = model.ceiling.cents;
  const begroot = totalBegroot(model);
  const verdict = ceilingVerdict(begroot, ceiling);
  if (verdict.kind !== 'over') return [];
  const excess = verdict.amountCents;
  return [
    {
      rule: 'CEILING_EXCEEDED',
      ...sheetCell(model, 'begroot'),
      amountCents: excess,
      field: 'begroot',
      params: { total: begroot, ceiling, excess },
    },
  ];
}

const check: Check = { on: 'budget', run: ceilingExceeded };

export const CEILING_EXCEEDED: RuleDefinition<'CEILING_EXCEEDED', Params> = {
  id: 'CEILING_EXCEEDED',
  severity: 'error',
  title: { nl: 'Boven het plafond', en: 'Above the ceiling' },
  fingerprint: bySheet,
  message: {
    nl: (p) => `Het totaal begroot (${euro(p.total)}) ligt ${euro(p.excess)} boven het plafond van ${euro(p.ceiling)}.`,
    en: (p) => `Total budgeted (${euro(p.total)}) is ${euro(p.excess)} above the ceiling of ${euro(p.ceiling)}.`,
  },
  checks: [check],
};
