/**
 * Which interventions of two versions are the same. In order of evidence:
 *
 * 1. Blocks: a code covering several numbers ("7-9") in one version and its parts ("7", "8", "9";
 *    or "7a", "7b"; or the same code once per partner) in the other are one block.
 * 2. Pairs, strongest first: every remaining pair that shares its code, has a similar name (≥ 50%)
 *    or the same partner and amount is scored (code, name similarity, goal, partner, amount), and
 *    the best pairs are taken greedily. A name thus outweighs a code: after a row was inserted and
 *    the rows below it renumbered, every intervention still finds itself, and two interventions
 *    that exchanged their codes (14 ↔ 15) are found by their names.
 *
 * A match on thin evidence (a code with an unlike name and nothing else alike; a middling name
 * alone; partner and amount without the goal) is marked uncertain, never taken silently.
 */
import type { GoalNumber } from '../goals';
import type { Intervention } from '../model';
import { readCodes, type CodeReading } from './codes';
import { nameKey, nameSimilarity, namesPartner, samePartnerAcrossVersions } from './names';
import type { MatchMethod } from './types';

export interface Match {
  readonly old: ReadonlyArray<Intervention>;
  readonly new: ReadonlyArray<Intervention>;
  readonly method: MatchMethod;
  readonly certain: boolean;
  /** 0–1. */
  readonly similarity: number;
}

export interface Matching {
  readonly matches: ReadonlyArray<Match>;
  readonly removed: ReadonlyArray<Intervention>;
  readonly added: ReadonlyArray<Intervention>;
  readonly oldCodes: ReadonlyMap<Intervention, CodeReading>;
  readonly newCodes: ReadonlyMap<Intervention, CodeReading>;
}

/** A name at least this alike can match on its own. */
export const NAME_MATCH = 0.5;
/** A name this alike needs nothing else to be certain. */
const NAME_CERTAIN = 0.8;
/** Beyond this many pairs to score, only pairs sharing a code or a name are scored (a huge sheet against another). */
const MAX_SCORED_PAIRS = 1_000_000;

const WEIGHT = { code: 0.5, goal: 0.15, partner: 0.15, amount: 0.15 };

export function goalsOf(i: Intervention): GoalNumber[] {
  return i.allocations.map((a) => a.goal);
}

function sameGoals(a: Intervention, b: Intervention): boolean {
  const x = goalsOf(a);
  const y = goalsOf(b);
  return x.length > 0 && x.length === y.length && x.every((g, k) => g === y[k]);
}

interface Pair {
  readonly old: Intervention;
  readonly new: Intervention;
  readonly score: number;
  readonly method: MatchMethod;
  readonly certain: boolean;
  readonly similarity: number;
}

function scorePair(
  o: Intervention,
  n: Intervention,
  oldCode: CodeReading | undefined,
  newCode: CodeReading | undefined,
): Pair | undefined {
  const codeEqual = oldCode !== undefined && newCode !== undefined && oldCode.key === newCode.key;
  const similarity = nameSimilarity(o.name, n.name);
  const goal = sameGoals(o, n);
  const partner = namesPartner(o.partner) && samePartnerAcrossVersions(o.partner, n.partner);
  const amount = o.begrootCents !== 0 && o.begrootCents === n.begrootCents;
  if (!codeEqual && similarity < NAME_MATCH && !(partner && amount)) return undefined;
  const score =
    (codeEqual ? WEIGHT.code : 0) +
    similarity +
    (goal ? WEIGHT.goal : 0) +
    (partner ? WEIGHT.partner : 0) +
    (amount ? WEIGHT.amount : 0);
  const alsoAlike = goal || partner || amount;
  if (codeEqual)
    return { old: o, new: n, score, method: 'code', certain: similarity >= NAME_MATCH || alsoAlike, similarity };
  if (similarity >= NAME_MATCH)
    return { old: o, new: n, score, method: 'name', certain: similarity >= NAME_CERTAIN || alsoAlike, similarity };
  return { old: o, new: n, score, method: 'partner-amount', certain: goal, similarity };
}

export function matchInterventions(olds: ReadonlyArray<Intervention>, news: ReadonlyArray<Intervention>): Matching {
  const oldCodes = readCodes(olds);
  const newCodes = readCodes(news);
  const matches: Match[] = [...blocks(olds, news, oldCodes, newCodes)];
  const inBlock = new Set(matches.flatMap((m) => [...m.old, ...m.new]));
  const restOld = olds.filter((i) => !inBlock.has(i));
  const restNew = news.filter((i) => !inBlock.has(i));
  matches.push(...pairs(restOld, restNew, oldCodes, newCodes));
  const matched = new Set(matches.flatMap((m) => [...m.old, ...m.new]));
  return {
    matches,
    removed: olds.filter((i) => !matched.has(i)),
    added: news.filter((i) => !matched.has(i)),
    oldCodes,
    newCodes,
  };
}

function pairs(
  olds: ReadonlyArray<Intervention>,
  news: ReadonlyArray<Intervention>,
  oldCodes: ReadonlyMap<Intervention, CodeReading>,
  newCodes: ReadonlyMap<Intervention, CodeReading>,
): Match[] {
  const candidates: Pair[] = [];
  const consider = (o: Intervention, n: Intervention): void => {
    const pair = scorePair(o, n, oldCodes.get(o), newCodes.get(n));
    if (pair) candidates.push(pair);
  };
  if (olds.length * news.length <= MAX_SCORED_PAIRS) {
    for (const o of olds) for (const n of news) consider(o, n);
  } else {
    const byKey = groupBy(news, (n) => newCodes.get(n)?.key);
    const byName = groupBy(news, (n) => nameKey(n.name));
    for (const o of olds) {
      const seen = new Set<Intervention>();
      for (const n of [...(byKey.get(oldCodes.get(o)?.key ?? '') ?? []), ...(byName.get(nameKey(o.name)) ?? [])]) {
        if (seen.has(n)) continue;
        seen.add(n);
        consider(o, n);
      }
    }
  }
  const order = new Map<Intervention, number>();
  olds.forEach((o, k) => order.set(o, k));
  news.forEach((n, k) => order.set(n, k));
  // Best first; among equals, sheet order, so the outcome never depends on how the sort breaks ties.
  candidates.sort(
    (a, b) => b.score - a.score || order.get(a.old)! - order.get(b.old)! || order.get(a.new)! - order.get(b.new)!,
  );
  const taken = new Set<Intervention>();
  const found: Match[] = [];
  for (const pair of candidates) {
    if (taken.has(pair.old) || taken.has(pair.new)) continue;
    taken.add(pair.old);
    taken.add(pair.new);
    found.push({
      old: [pair.old],
      new: [pair.new],
      method: pair.method,
      certain: pair.certain,
      similarity: pair.similarity,
    });
  }
  return found;
}

function groupBy<T>(items: ReadonlyArray<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined || k === '') continue;
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}

/**
 * Interventions linked through the numbers their codes cover, old and new together. A group of one
 * on each side, or of the same codes on both sides (7-9 per partner in both versions), is left to
 * the pairs; any other group is a block kept as other rows.
 */
function blocks(
  olds: ReadonlyArray<Intervention>,
  news: ReadonlyArray<Intervention>,
  oldCodes: ReadonlyMap<Intervention, CodeReading>,
  newCodes: ReadonlyMap<Intervention, CodeReading>,
): Match[] {
  const parent = new Map<Intervention, Intervention>();
  const find = (i: Intervention): Intervention => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(i, root);
    return root;
  };
  const byNumber = new Map<number, { old: Intervention[]; new: Intervention[] }>();
  const index = (
    side: 'old' | 'new',
    list: ReadonlyArray<Intervention>,
    codes: ReadonlyMap<Intervention, CodeReading>,
  ): void => {
    for (const i of list) {
      for (const number of codes.get(i)?.covers ?? []) {
        parent.set(i, i);
        const entry = byNumber.get(number) ?? { old: [], new: [] };
        entry[side].push(i);
        byNumber.set(number, entry);
      }
    }
  };
  index('old', olds, oldCodes);
  index('new', news, newCodes);
  for (const entry of byNumber.values()) {
    // A number only one version uses links nothing across versions.
    if (entry.old.length === 0 || entry.new.length === 0) continue;
    const all = [...entry.old, ...entry.new];
    for (const i of all.slice(1)) parent.set(find(i), find(all[0]!));
  }
  const groups = new Map<Intervention, { old: Intervention[]; new: Intervention[] }>();
  const collect = (side: 'old' | 'new', list: ReadonlyArray<Intervention>): void => {
    for (const i of list) {
      if (!parent.has(i)) continue;
      const root = find(i);
      const group = groups.get(root) ?? { old: [], new: [] };
      group[side].push(i);
      groups.set(root, group);
    }
  };
  collect('old', olds);
  collect('new', news);
  const found: Match[] = [];
  for (const group of groups.values()) {
    if (group.old.length === 0 || group.new.length === 0) continue;
    if (group.old.length === 1 && group.new.length === 1) continue;
    const keys = (list: ReadonlyArray<Intervention>, codes: ReadonlyMap<Intervention, CodeReading>): string =>
      list
        .map((i) => codes.get(i)!.key)
        .sort()
        .join('|');
    if (keys(group.old, oldCodes) === keys(group.new, newCodes)) continue;
    const total = (list: ReadonlyArray<Intervention>): number => list.reduce((sum, i) => sum + i.begrootCents, 0);
    // A range or sub-codes say by themselves that the rows belong together; one code merely
    // repeated says so only when the amounts still add up to the same.
    const spelledOut = [...group.old.map((i) => oldCodes.get(i)!), ...group.new.map((i) => newCodes.get(i)!)].some(
      (c) => c.covers.length > 1 || !/^\d+$/.test(c.key),
    );
    let similarity = 0;
    for (const o of group.old)
      for (const n of group.new) similarity = Math.max(similarity, nameSimilarity(o.name, n.name));
    found.push({
      old: group.old,
      new: group.new,
      method: 'block',
      certain: spelledOut || total(group.old) === total(group.new),
      similarity,
    });
  }
  return found;
}
