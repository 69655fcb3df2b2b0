/**
 * What changed between two versions, from how their interventions match: per intervention
 * (added, removed, renamed, renumbered, swapped, split, goal moved, begroot changed, partner
 * changed, matched uncertainly), per goal the shift in begroot, and the total against the ceiling.
 * Items carry both versions' cells; their sentences are added by the caller (messages.ts).
 */
import { GOAL_NUMBERS, type GoalNumber } from '../goals';
import { address } from '../grid';
import type { BudgetModel, Intervention } from '../model';
import type { CodeReading } from './codes';
import type { Match, Matching } from './matching';
import { goalsOf } from './matching';
import { nameKey, nameSimilarity, samePartnerAcrossVersions } from './names';
import type { ChangeFacts } from '../words/compare';
import type { GoalComparison, VersionMatch, VersionRef, VersionTotals } from './types';

/** Which cell of an intervention an item points at. */
type Aspect = 'label' | 'code' | 'goal' | 'begroot' | 'partner';

function columnOf(i: Intervention, aspect: Aspect): number {
  switch (aspect) {
    case 'code':
      return i.codeCol ?? i.labelCol;
    case 'goal':
      return i.goalCell?.col ?? i.labelCol;
    case 'partner':
      return i.partnerCol ?? i.labelCol;
    case 'begroot':
      return i.amounts.find((a) => a.field === 'begroot' && !a.merged)?.col ?? i.labelCol;
    case 'label':
      return i.labelCol;
  }
}

export function refOf(sheet: string, i: Intervention, aspect: Aspect = 'label'): VersionRef {
  const begrootRow =
    aspect === 'begroot' ? (i.amounts.find((a) => a.field === 'begroot' && !a.merged)?.row ?? i.row) : i.row;
  return {
    sheet,
    cell: address(begrootRow, columnOf(i, aspect)),
    row: i.row + 1,
    ...(i.code !== undefined ? { code: i.code } : {}),
    name: i.name,
    ...(i.partner !== undefined ? { partner: i.partner } : {}),
    goals: goalsOf(i),
    begrootCents: i.begrootCents,
  };
}

/** The goal an intervention's items are grouped under: its first goal, or null. */
function groupGoal(...interventions: ReadonlyArray<Intervention | undefined>): GoalNumber | null {
  for (const i of interventions) {
    const goal = i?.allocations[0]?.goal;
    if (goal !== undefined) return goal;
  }
  return null;
}

const percent = (similarity: number): number => Math.round(similarity * 100);

export function matchView(oldSheet: string, newSheet: string, m: Match): VersionMatch {
  return {
    method: m.method,
    certain: m.certain,
    similarity: percent(m.similarity),
    old: m.old.map((i) => refOf(oldSheet, i, 'begroot')),
    new: m.new.map((i) => refOf(newSheet, i, 'begroot')),
  };
}

export function interventionChanges(oldModel: BudgetModel, newModel: BudgetModel, matching: Matching): ChangeFacts[] {
  const os = oldModel.sheet;
  const ns = newModel.sheet;
  const changes: Array<{ facts: ChangeFacts; order: number }> = [];
  const push = (facts: ChangeFacts, order: number): void => {
    changes.push({ facts, order });
  };
  const swapped = swaps(matching);

  for (const m of matching.matches) {
    if (m.method === 'block') {
      const before = m.old.map((i) => refOf(os, i, 'begroot'));
      const after = m.new.map((i) => refOf(ns, i, 'begroot'));
      const oldCents = sum(m.old);
      const newCents = sum(m.new);
      push(
        {
          id: 'VERSION_SPLIT',
          goal: groupGoal(...m.new, ...m.old),
          old: before[0]!,
          new: after[0]!,
          oldCents,
          newCents,
          differenceCents: newCents - oldCents,
          oldText: codesText(m.old),
          newText: codesText(m.new),
          similarity: percent(m.similarity),
          parts: { old: before, new: after },
        },
        m.new[0]!.row,
      );
      if (!m.certain) push(uncertain(os, ns, m), m.new[0]!.row);
      continue;
    }
    const o = m.old[0]!;
    const n = m.new[0]!;
    const goal = groupGoal(n, o);
    const at = n.row;
    if (!m.certain) push(uncertain(os, ns, m), at);
    const oldCode = matching.oldCodes.get(o);
    const newCode = matching.newCodes.get(n);
    const partner = swapped.get(m);
    if (partner) {
      // Reported once, by the pair whose old code comes first.
      if (compareCodes(oldCode, matching.oldCodes.get(partner.old[0]!)) < 0) {
        const other = partner.new[0]!;
        push(
          {
            id: 'VERSION_SWAPPED',
            goal,
            old: refOf(os, o, 'code'),
            new: refOf(ns, n, 'code'),
            oldText: o.code,
            newText: partner.old[0]!.code,
            parts: {
              old: [refOf(os, o, 'code'), refOf(os, partner.old[0]!, 'code')],
              new: [refOf(ns, n, 'code'), refOf(ns, other, 'code')],
            },
          },
          at,
        );
      }
    } else if (oldCode?.key !== newCode?.key) {
      push(
        {
          id: 'VERSION_RENUMBERED',
          goal,
          old: refOf(os, o, 'code'),
          new: refOf(ns, n, 'code'),
          oldText: o.code ?? '',
          newText: n.code ?? '',
        },
        at,
      );
    }
    if (nameKey(o.name) !== nameKey(n.name)) {
      push(
        {
          id: 'VERSION_RENAMED',
          goal,
          old: refOf(os, o),
          new: refOf(ns, n),
          oldText: o.name,
          newText: n.name,
          similarity: percent(nameSimilarity(o.name, n.name)),
        },
        at,
      );
    }
    const oldGoals = goalsOf(o);
    const newGoals = goalsOf(n);
    if (oldGoals.join(',') !== newGoals.join(',')) {
      push(
        {
          id: 'VERSION_GOAL_MOVED',
          goal,
          old: refOf(os, o, 'goal'),
          new: refOf(ns, n, 'goal'),
          oldText: oldGoals.join(', '),
          newText: newGoals.join(', '),
        },
        at,
      );
    }
    if (o.begrootCents !== n.begrootCents) {
      push(
        {
          id: 'VERSION_BEGROOT_CHANGED',
          goal,
          old: refOf(os, o, 'begroot'),
          new: refOf(ns, n, 'begroot'),
          oldCents: o.begrootCents,
          newCents: n.begrootCents,
          differenceCents: n.begrootCents - o.begrootCents,
        },
        at,
      );
    }
    if (!samePartnerAcrossVersions(o.partner, n.partner)) {
      push(
        {
          id: 'VERSION_PARTNER_CHANGED',
          goal,
          old: refOf(os, o, 'partner'),
          new: refOf(ns, n, 'partner'),
          oldText: o.partner ?? '',
          newText: n.partner ?? '',
        },
        at,
      );
    }
  }
  for (const o of matching.removed) {
    push(
      {
        id: 'VERSION_REMOVED',
        goal: groupGoal(o),
        old: refOf(os, o),
        oldCents: o.begrootCents,
        newCents: 0,
        differenceCents: -o.begrootCents,
      },
      o.row,
    );
  }
  for (const n of matching.added) {
    push(
      {
        id: 'VERSION_ADDED',
        goal: groupGoal(n),
        new: refOf(ns, n),
        oldCents: 0,
        newCents: n.begrootCents,
        differenceCents: n.begrootCents,
      },
      n.row,
    );
  }
  const goalOrder = (g: GoalNumber | null): number => g ?? 6;
  return changes
    .sort((a, b) => goalOrder(a.facts.goal) - goalOrder(b.facts.goal) || a.order - b.order)
    .map((c) => c.facts);
}

function uncertain(os: string, ns: string, m: Match): ChangeFacts {
  return {
    id: 'VERSION_UNCERTAIN_MATCH',
    goal: groupGoal(...m.new, ...m.old),
    old: refOf(os, m.old[0]!),
    new: refOf(ns, m.new[0]!),
    similarity: percent(m.similarity),
    method: m.method,
  };
}

function sum(list: ReadonlyArray<Intervention>): number {
  return list.reduce((total, i) => total + i.begrootCents, 0);
}

/** "7, 8, 9" or "7-9": the codes of a block's rows, each once. */
function codesText(list: ReadonlyArray<Intervention>): string {
  return [...new Set(list.map((i) => i.code ?? i.name))].join(', ');
}

function compareCodes(a: CodeReading | undefined, b: CodeReading | undefined): number {
  const x = a?.key ?? '';
  const y = b?.key ?? '';
  return x.localeCompare(y, 'nl', { numeric: true });
}

/**
 * Pairs of matches whose codes crossed: the old code of each is the new code of the other
 * (14 ↔ 15). Such a pair is one swap, not two renumberings.
 */
function swaps(matching: Matching): Map<Match, Match> {
  const byOldKey = new Map<string, Match>();
  for (const m of matching.matches) {
    if (m.method === 'block') continue;
    const key = matching.oldCodes.get(m.old[0]!)?.key;
    if (key !== undefined) byOldKey.set(key, m);
  }
  const found = new Map<Match, Match>();
  for (const m of matching.matches) {
    if (m.method === 'block') continue;
    const oldKey = matching.oldCodes.get(m.old[0]!)?.key;
    const newKey = matching.newCodes.get(m.new[0]!)?.key;
    if (oldKey === undefined || newKey === undefined || oldKey === newKey) continue;
    const other = byOldKey.get(newKey);
    if (other && other !== m && matching.newCodes.get(other.new[0]!)?.key === oldKey) found.set(m, other);
  }
  return found;
}

/** Begroot per goal in one version; interventions without a goal under null. */
function perGoal(model: BudgetModel): Map<GoalNumber | null, number> {
  const cents = new Map<GoalNumber | null, number>();
  for (const i of model.interventions) {
    if (i.allocations.length === 0) cents.set(null, (cents.get(null) ?? 0) + i.begrootCents);
    for (const a of i.allocations) cents.set(a.goal, (cents.get(a.goal) ?? 0) + a.begrootCents);
  }
  return cents;
}

export function goalComparisons(oldModel: BudgetModel, newModel: BudgetModel): GoalComparison[] {
  const before = perGoal(oldModel);
  const after = perGoal(newModel);
  const goals: Array<GoalNumber | null> = [...GOAL_NUMBERS, ...(before.has(null) || after.has(null) ? [null] : [])];
  return goals.map((goal) => {
    const oldCents = before.get(goal) ?? 0;
    const newCents = after.get(goal) ?? 0;
    return { goal, oldCents, newCents, differenceCents: newCents - oldCents };
  });
}

export function versionTotals(oldModel: BudgetModel, newModel: BudgetModel): VersionTotals {
  const total = (m: BudgetModel): number => m.interventions.reduce((s, i) => s + i.begrootCents, 0);
  const oldCents = total(oldModel);
  const newCents = total(newModel);
  return {
    oldCents,
    newCents,
    differenceCents: newCents - oldCents,
    oldCeilingCents: oldModel.ceiling.cents,
    newCeilingCents: newModel.ceiling.cents,
    oldRoomCents: oldModel.ceiling.cents - oldCents,
    newRoomCents: newModel.ceiling.cents - newCents,
  };
}

/** A goal's stated subtotal cell, else the begroot header: where a goal's figure shows in a sheet. */
export function goalRef(model: BudgetModel, goal: GoalNumber | null, cents: number, name: string): VersionRef {
  const subtotal =
    goal === null
      ? undefined
      : model.totals.find((t) => t.goal === goal && t.amounts.some((a) => a.field === 'begroot'));
  const cell = subtotal?.amounts.find((a) => a.field === 'begroot');
  return figureRef(model, cell, cents, name, goal === null ? [] : [goal]);
}

/** The grand total's begroot cell, else the begroot header. */
export function totalRef(model: BudgetModel, cents: number, name: string): VersionRef {
  const grand = [...model.totals].reverse().find((t) => t.isGrandTotal);
  return figureRef(
    model,
    grand?.amounts.find((a) => a.field === 'begroot'),
    cents,
    name,
    [],
  );
}

function figureRef(
  model: BudgetModel,
  cell: { row: number; col: number } | undefined,
  cents: number,
  name: string,
  goals: GoalNumber[],
): VersionRef {
  const at = cell ?? model.begrootHeader ?? { row: model.headerRow, col: 0 };
  return { sheet: model.sheet, cell: address(at.row, at.col), row: at.row + 1, name, goals, begrootCents: cents };
}
