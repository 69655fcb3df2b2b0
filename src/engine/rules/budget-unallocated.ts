/** BUDGET_UNALLOCATED (info): part of the ceiling is not budgeted yet. */
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
  left: number;
}

function budgetUnallocated(model: BudgetModel): RawFinding[] {
  const ceiling = model.ceiling.cents;
  const begroot = totalBegroot(model);
  const verdict = ceilingVerdict(begroot, ceiling);
  if (verdict.kind !== 'under') return [];
  const left = verdict.amountCents;
  return [
    {
      rule: 'BUDGET_UNALLOCATED',
      ...sheetCell(model, 'begroot'),
      amountCents: left,
      field: 'begroot',
      params: { total: begroot, ceiling, left },
    },
  ];
}

const check: Check = { on: 'budget', run: budgetUnallocated };

export const BUDGET_UNALLOCATED: RuleDefinition<'BUDGET_UNALLOCATED', Params> = {
  id: 'BUDGET_UNALLOCATED',
  severity: 'info',
  title: { nl: 'Nog niet begroot', en: 'Not yet budgeted' },
  fingerprint: bySheet,
  message: {
    nl: (p) =>
      `Van het plafond van ${euro(p.ceiling)} is ${euro(p.left)} nog niet begroot (totaal begroot ${euro(p.total)}).`,
    en: (p) =>
      `Of the ceiling of ${euro(p.ceiling)}, ${euro(p.left)} is not yet budgeted (total budgeted ${euro(p.total)}).`,
  },
  checks: [check],
};
