/**
 * What comparing two versions of a budget gives: plain data (JSON as it stands), rendered alike by
 * the command line, the task pane and the "NPO Wijzigingen" tab. Amounts are integer cents; cells
 * are A1 addresses without `$`; `row` is 1-based, as Excel shows it.
 */
import type { GoalNumber } from '../goals';

/**
 * Stable ids, a public contract like the rule ids. Per intervention: ADDED, REMOVED, RENAMED,
 * RENUMBERED, SWAPPED (two interventions exchanged their codes), SPLIT (a block kept as other rows),
 * GOAL_MOVED, BEGROOT_CHANGED, PARTNER_CHANGED and UNCERTAIN_MATCH (a match made on thin evidence,
 * to be checked by a person); per goal GOAL_SHIFT; for the whole plan TOTAL.
 */
export type VersionChangeId =
  | 'VERSION_ADDED'
  | 'VERSION_REMOVED'
  | 'VERSION_RENAMED'
  | 'VERSION_RENUMBERED'
  | 'VERSION_SWAPPED'
  | 'VERSION_SPLIT'
  | 'VERSION_GOAL_MOVED'
  | 'VERSION_BEGROOT_CHANGED'
  | 'VERSION_PARTNER_CHANGED'
  | 'VERSION_UNCERTAIN_MATCH'
  | 'VERSION_GOAL_SHIFT'
  | 'VERSION_TOTAL';

export const VERSION_CHANGE_IDS: ReadonlyArray<VersionChangeId> = [
  'VERSION_ADDED',
  'VERSION_REMOVED',
  'VERSION_RENAMED',
  'VERSION_RENUMBERED',
  'VERSION_SWAPPED',
  'VERSION_SPLIT',
  'VERSION_GOAL_MOVED',
  'VERSION_BEGROOT_CHANGED',
  'VERSION_PARTNER_CHANGED',
  'VERSION_UNCERTAIN_MATCH',
  'VERSION_GOAL_SHIFT',
  'VERSION_TOTAL',
];

/** An intervention (or a goal's or the plan's total) in one version, and the cell that shows it. */
export interface VersionRef {
  readonly sheet: string;
  readonly cell: string;
  /** The intervention's (first) row, 1-based; for a goal or the total, the cell's row. */
  readonly row: number;
  readonly code?: string;
  readonly name: string;
  readonly partner?: string;
  /** The goals it serves (empty: no valid goal). */
  readonly goals: ReadonlyArray<GoalNumber>;
  readonly begrootCents: number;
}

/** How a match was made: the same code, a (similar) name, the same partner and amount, or a block of codes. */
export type MatchMethod = 'code' | 'name' | 'partner-amount' | 'block';

/** Interventions of the old version read as the same as interventions of the new one. */
export interface VersionMatch {
  readonly method: MatchMethod;
  /** False when the evidence is thin: listed as VERSION_UNCERTAIN_MATCH, never taken silently. */
  readonly certain: boolean;
  /** How alike the names are, 0–100 (%). */
  readonly similarity: number;
  /** One each, or for a block the rows on either side (7, 8, 9 → 7-9 AT, 7-9 Bink). */
  readonly old: ReadonlyArray<VersionRef>;
  readonly new: ReadonlyArray<VersionRef>;
}

export interface VersionChange {
  readonly id: VersionChangeId;
  /** The goal it belongs to, for grouping: the new version's (first) goal, else the old one's; null for none. */
  readonly goal: GoalNumber | null;
  /** Absent for VERSION_ADDED. For a block, its first row; `parts` lists them all. */
  readonly old?: VersionRef;
  /** Absent for VERSION_REMOVED. */
  readonly new?: VersionRef;
  readonly oldCents?: number;
  readonly newCents?: number;
  /** New minus old. */
  readonly differenceCents?: number;
  /** What changed as text: the old and new name, partner, code or goals. */
  readonly oldText?: string;
  readonly newText?: string;
  /** For renames and uncertain matches: how alike the names are, 0–100 (%). */
  readonly similarity?: number;
  /** For VERSION_UNCERTAIN_MATCH: how the match was made. */
  readonly method?: MatchMethod;
  /** For VERSION_SPLIT: every row of the block in either version. */
  readonly parts?: { readonly old: ReadonlyArray<VersionRef>; readonly new: ReadonlyArray<VersionRef> };
  /** The sentence, in Dutch and in English. */
  readonly message: { readonly nl: string; readonly en: string };
}

export interface GoalComparison {
  /** null: interventions without a valid goal. */
  readonly goal: GoalNumber | null;
  readonly oldCents: number;
  readonly newCents: number;
  readonly differenceCents: number;
}

export interface VersionTotals {
  readonly oldCents: number;
  readonly newCents: number;
  readonly differenceCents: number;
  readonly oldCeilingCents: number;
  readonly newCeilingCents: number;
  /** Ceiling minus total: negative when the plan is over its ceiling. */
  readonly oldRoomCents: number;
  readonly newRoomCents: number;
}

export interface Comparison {
  readonly oldSheet: string;
  readonly newSheet: string;
  readonly matches: ReadonlyArray<VersionMatch>;
  /** Interventions first (by goal, then by row), then the goal shifts, then the total. */
  readonly changes: ReadonlyArray<VersionChange>;
  /** Goals 1–5, then interventions without a valid goal when either version has them. */
  readonly goals: ReadonlyArray<GoalComparison>;
  readonly totals: VersionTotals;
}
