/** Row-level checks: overspending, codes used twice, MBO as target group, no budget at all. */
import type { RawFinding } from '../findings';
import type { GoalNumber } from '../goals';
import { address } from '../grid';
import type { AmountCell, BudgetModel, Intervention } from '../model';
import { normalise } from '../text';

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

const MBO = /\bmbo|\bmiddelbaar beroeps ?onderwijs\b/;

function mentionsMbo(i: Intervention): boolean {
  const text = i.notes.length === 0 ? i.name : `${i.name} ${i.notes.join(' ')}`;
  // Most rows never mention it: skip normalising them (this runs on every row of big sheets).
  const lower = text.toLowerCase();
  if (!lower.includes('mbo') && !lower.includes('middelbaar')) return false;
  return MBO.test(normalise(text));
}

export function interventionRules(model: BudgetModel): RawFinding[] {
  const findings: RawFinding[] = [];
  const perGoal = model.interventions.some((i) => i.amounts.some((a) => a.goal !== undefined));
  const firstWithCode = new Map<string, Intervention>();

  for (const i of model.interventions) {
    if (perGoal) {
      for (const a of i.allocations) {
        const f = overspent(i, a.goal);
        if (f) findings.push(f);
      }
    } else {
      const f = overspent(i);
      if (f) findings.push(f);
    }

    if (i.code !== undefined) {
      // Codes are short identifiers ("7-9", "14a"); case and spaces are all that vary.
      const key = i.code.trim().toLowerCase();
      const first = firstWithCode.get(key);
      if (!first) firstWithCode.set(key, i);
      else if (normalise(first.name) !== normalise(i.name)) {
        findings.push({
          rule: 'DUPLICATE_CODE',
          row: i.row,
          col: i.labelCol,
          interventionCode: i.code,
          params: { code: i.code, name: i.name, otherName: first.name, otherCell: address(first.row, first.labelCol) },
        });
      }
    }

    if (mentionsMbo(i)) {
      findings.push({ rule: 'MBO_TARGET', row: i.row, col: i.labelCol, interventionCode: i.code, params: { name: i.name } });
    }

    const begroot = i.amounts.filter((a) => a.field === 'begroot');
    // A figure merged over this row from the one above is budgeted there, not missing.
    if (begroot.every((a) => a.reading.kind === 'empty' && !a.merged)) {
      findings.push({ rule: 'MISSING_AMOUNT', row: i.row, col: begroot[0]?.col ?? i.labelCol, interventionCode: i.code, field: 'begroot', params: { name: i.name } });
    }
  }
  return findings;
}
