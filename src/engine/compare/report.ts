/** The comparison as text (per goal, then every change grouped by goal) and as JSON for `npo-check vergelijk`. */
import { GOAL_NUMBERS, type GoalNumber } from '../goals';
import {
  asJson,
  type JsonComparedVersion,
  type JsonComparisonV1,
  type JsonGoalComparison,
  type JsonVersionChange,
  type JsonVersionMatch,
  type JsonVersionTotals,
} from '../json-report';
import type { Lang } from '../messages';
import type { BudgetModel } from '../model';
import { formatEuro } from '../money';
import { alignTable } from '../report';
import { COMPARE_REPORT_WORDS as WORDS, formatDifference, goalLabel } from '../words/compare';
import { VERSION_CHANGE_IDS, type Comparison, type VersionChangeId } from './types';

/** What was compared: a file (or workbook) and the sheet read from it. */
export interface ComparedVersion {
  readonly file: string;
  readonly model: BudgetModel;
}

export function comparisonText(
  comparison: Comparison,
  oldVersion: ComparedVersion,
  newVersion: ComparedVersion,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const lines: string[] = [w.title, ''];
  const versionLine = (label: string, v: ComparedVersion): string =>
    `${label}: ${v.file}, ${w.sheet} ${v.model.sheet} (${w.interventions(v.model.interventions.length)})`;
  lines.push(versionLine(w.old, oldVersion), versionLine(w.new, newVersion), '');

  const table: string[][] = [[w.goal, w.old, w.new, w.difference]];
  for (const g of comparison.goals)
    table.push([
      goalLabel(g.goal, lang),
      formatEuro(g.oldCents),
      formatEuro(g.newCents),
      formatDifference(g.differenceCents),
    ]);
  const t = comparison.totals;
  table.push([w.total, formatEuro(t.oldCents), formatEuro(t.newCents), formatDifference(t.differenceCents)]);
  table.push([
    w.ceiling,
    formatEuro(t.oldCeilingCents),
    formatEuro(t.newCeilingCents),
    formatDifference(t.newCeilingCents - t.oldCeilingCents),
  ]);
  table.push([
    w.room,
    formatEuro(t.oldRoomCents),
    formatEuro(t.newRoomCents),
    formatDifference(t.newRoomCents - t.oldRoomCents),
  ]);
  lines.push(...alignTable(table), '');

  lines.push(w.changes(comparison.changes.length));
  if (comparison.changes.length === 0) lines.push(w.none);
  const uncertain = comparison.changes.filter((c) => c.id === 'VERSION_UNCERTAIN_MATCH').length;
  if (uncertain > 0) lines.push(w.uncertain(uncertain));
  const idWidth = Math.max(...comparison.changes.map((c) => c.id.length), 0);
  const cellWidth = Math.max(...comparison.changes.map((c) => cells(c.old?.cell, c.new?.cell).length), 0);
  const groups: Array<GoalNumber | null> = [...GOAL_NUMBERS, null];
  for (const goal of groups) {
    const group = comparison.changes.filter((c) => c.goal === goal);
    if (group.length === 0) continue;
    lines.push('', goal === null && group.every((c) => c.id === 'VERSION_TOTAL') ? w.general : goalLabel(goal, lang));
    for (const c of group)
      lines.push(`  ${c.id.padEnd(idWidth)}  ${cells(c.old?.cell, c.new?.cell).padEnd(cellWidth)}  ${c.message[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "D7 → E6": the cell in the old sheet and in the new one. */
function cells(oldCell: string | undefined, newCell: string | undefined): string {
  return `${oldCell ?? '-'} → ${newCell ?? '-'}`;
}

function version(v: ComparedVersion): JsonComparedVersion {
  return {
    file: v.file,
    sheet: v.model.sheet,
    layout: v.model.layout,
    interventions: v.model.interventions.length,
    begrootCents: v.model.interventions.reduce((sum, i) => sum + i.begrootCents, 0),
    ceilingCents: v.model.ceiling.cents,
  };
}

/** The JSON contract of `npo-check vergelijk` (`JsonComparisonV1`, docs/npo-check-vergelijk.schema.json). */
export function comparisonJson(
  comparison: Comparison,
  oldVersion: ComparedVersion,
  newVersion: ComparedVersion,
): JsonComparisonV1 {
  const counts = Object.fromEntries(VERSION_CHANGE_IDS.map((id) => [id, 0])) as Record<VersionChangeId, number>;
  for (const c of comparison.changes) counts[c.id] += 1;
  return {
    old: version(oldVersion),
    new: version(newVersion),
    totals: asJson<JsonVersionTotals>()(comparison.totals),
    goals: comparison.goals.map(asJson<JsonGoalComparison>()),
    matches: comparison.matches.map(asJson<JsonVersionMatch>()),
    changes: comparison.changes.map(asJson<JsonVersionChange>()),
    counts,
  };
}
