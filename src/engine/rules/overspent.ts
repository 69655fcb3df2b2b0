/** OVERSPENT (warning): benut above begroot for an intervention (per goal in a matrix of pairs). */
import type { RawFinding } from '../findings';
import type { GoalNumber } from '../goals';
import type { AmountCell, BudgetModel, Intervention } from '../model';
import { euro, goalName, quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  name: string;
  begroot: number;
  benut: number;
  over: number;
  goal?: GoalNumber;
}

/** A budget that can be compared with: a real figure, an estimate or a deliberate zero. */
const COMPARABLE = new Set(['number', 'text-number', 'estimate', 'zero']);

function overspent(i: Intervention, goal?: GoalNumber): RawFinding | undefined {
  let begrootCents = 0;
  let benutCents = 0;
  let hasBegroot = false;
  let firstBenut: AmountCell | undefined;
  for (const a of i.amounts) {
    if (a.goal !== goal) continue;
    if (a.field === 'begroot') {
      if (!COMPARABLE.has(a.reading.kind)) return undefined;
      hasBegroot = true;
      begrootCents += a.cents ?? 0;
    } else if (a.reading.kind !== 'empty') {
      firstBenut ??= a;
      benutCents += a.cents ?? 0;
    }
  }
  // A negative begroot is a correction ("Vrijval"): nothing to spend against, nothing overspent.
  if (!hasBegroot || !firstBenut || benutCents <= begrootCents || begrootCents < 0) return undefined;
  const over = benutCents - begrootCents;
  return {
    rule: 'OVERSPENT',
    row: firstBenut.row,
    col: firstBenut.col,
    amountCents: over,
    interventionCode: i.code,
    field: 'benut',
    params: { name: i.name, begroot: begrootCents, benut: benutCents, over, goal },
  };
}

/** Per goal when the sheet has amounts per goal (a matrix of pairs), else per intervention. */
function overspentRule(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const perGoal = model.interventions.some((i) => i.amounts.some((a) => a.goal !== undefined));
  for (const i of model.interventions) {
    for (const goal of perGoal ? i.allocations.map((a) => a.goal) : [undefined]) {
      const f = overspent(i, goal);
      if (f) findings.push(f);
    }
  }
  return findings;
}

const check: Check = { on: 'budget', run: overspentRule };

export const OVERSPENT: RuleDefinition<'OVERSPENT', Params> = {
  id: 'OVERSPENT',
  severity: 'warning',
  title: { nl: 'Overbesteed', en: 'Overspent' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name } }),
  message: {
    nl: (p) =>
      `Interventie ${quote(p.name)}${p.goal ? ` (${goalName(p.goal, 'nl')})` : ''} heeft ${euro(p.benut)} benut van ${euro(p.begroot)} begroot: ${euro(p.over)} overbesteed.`,
    en: (p) =>
      `Intervention ${quote(p.name)}${p.goal ? ` (${goalName(p.goal, 'en')})` : ''} spent ${euro(p.benut)} of ${euro(p.begroot)} budgeted: ${euro(p.over)} overspent.`,
  },
  checks: [check],
};
