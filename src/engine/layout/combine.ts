/**
 * How the tables of one sheet relate. Tables of different years add up, but two shapes restate
 * figures that are already there, and adding them would count the plan twice:
 *
 * - a summary per goal beside (or under) the list of interventions: each goal line is a stated
 *   total of that goal's interventions, and its "Totaal" the total of all of them;
 * - a "Totaal generaal" under the last of several stacked tables: the total of every table.
 */
import type { GoalNumber } from '../goals';
import type { Intervention, StatedTotal } from '../model';
import { normalise } from '../text';
import type { TableRegion } from './tables';

export interface SheetFigures {
  readonly interventions: Intervention[];
  readonly totals: StatedTotal[];
}

const SHEET_TOTAL = /\b(generaal|eindtotaal|grand total|overall|alle tabellen|alle jaren)\b/;

export function combineTables(regions: ReadonlyArray<TableRegion>, figures: SheetFigures): SheetFigures {
  const summaryTables = new Set(regions.flatMap((r, i) => (r.header.layout === 'goals' ? [i] : [])));
  const listed = figures.interventions.filter((i) => !summaryTables.has(i.table));
  let { interventions, totals } = figures;
  if (summaryTables.size > 0 && listed.length > 0) {
    interventions = listed;
    totals = [...totals.filter((t) => !summaryTables.has(t.table)), ...summaryTotals(figures, summaryTables, listed)];
  }
  if (regions.length > 1)
    totals = totals.map((t) =>
      isSheetTotal(t, totals) ? { ...t, parts: interventions.filter((i) => i.row < t.row), acrossTables: true } : t,
    );
  return { interventions, totals: totals.sort((a, b) => a.row - b.row) };
}

/** Each goal line of a summary, and its total, as stated totals of the interventions listed. */
function summaryTotals(
  figures: SheetFigures,
  summaryTables: ReadonlySet<number>,
  listed: ReadonlyArray<Intervention>,
): StatedTotal[] {
  const ofGoal = (goal: GoalNumber | undefined): Intervention[] =>
    listed.filter((i) =>
      goal === undefined ? i.allocations.length === 0 : i.allocations.some((a) => a.goal === goal),
    );
  const lines = figures.interventions
    .filter((i) => summaryTables.has(i.table))
    .map((line): StatedTotal => {
      const goal =
        line.goalMatch.kind === 'goals' && line.goalMatch.goals.length === 1 ? line.goalMatch.goals[0] : undefined;
      return {
        row: line.row,
        table: line.table,
        label: line.name,
        goal,
        isGrandTotal: false,
        amounts: line.amounts,
        parts: ofGoal(goal),
        acrossTables: true,
      };
    });
  const ownTotals = figures.totals
    .filter((t) => summaryTables.has(t.table))
    .map((t): StatedTotal => ({
      ...t,
      isGrandTotal: false,
      parts: t.goal !== undefined ? ofGoal(t.goal) : [...listed],
      acrossTables: true,
    }));
  return [...lines, ...ownTotals];
}

/**
 * A total of the whole sheet: it says so ("Totaal generaal"), or it follows the grand total of
 * the last table.
 */
function isSheetTotal(total: StatedTotal, totals: ReadonlyArray<StatedTotal>): boolean {
  if (!total.isGrandTotal || total.table === 0) return false;
  if (SHEET_TOTAL.test(normalise(total.label))) return true;
  return totals.some((t) => t !== total && t.table === total.table && t.isGrandTotal && t.row < total.row);
}
