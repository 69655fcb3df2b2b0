/**
 * One tab per bestedingsdoel: its interventions (their share in this goal) with restant, % benut
 * and a status, as an Excel table, and a total row of SUM formulas below the table.
 */
import type { GoalNumber } from '../goals';
import { address } from '../grid';
import type { Allocation, Intervention } from '../model';
import { goalName, goalSheetName, type PlanContext } from './context';
import { euro, figureHeader, formula, text, SheetBuilder } from './sheet-builder';
import type { PlanSheet } from './types';
import type { Status } from './words';

const COLUMN_WIDTHS = [8, 46, 24, 16, 16, 16, 10, 16, 32, 18];
const LAST_COL = COLUMN_WIDTHS.length - 1;
/** Amounts the check had to guess at or could not read. */
const UNCERTAIN = new Set(['estimate', 'placeholder', 'unreadable', 'error']);

function statusOf(intervention: Intervention, allocation: Allocation, hasBenut: boolean): Status {
  const ownCells = intervention.amounts.filter((a) => a.goal === undefined || a.goal === allocation.goal);
  if (ownCells.some((a) => UNCERTAIN.has(a.reading.kind))) return 'uncertain';
  if (allocation.benutCents > allocation.begrootCents) return 'overspent';
  if (!hasBenut || allocation.benutCents === 0) return 'unspent';
  return 'within';
}

export function doelSheet(ctx: PlanContext, goal: GoalNumber): PlanSheet {
  const { result, w, options } = ctx;
  const { model } = result;
  const s = new SheetBuilder(goalSheetName(goal), 'doel', COLUMN_WIDTHS, goal);
  const rows = model.interventions.flatMap((i) => i.allocations.filter((a) => a.goal === goal).map((a) => ({ i, a })));

  s.line(text(w.goalTitle(goal, goalName(goal, options.lang)), 'title'));
  s.line(text(w.goalSubtitle(model.sheet, rows.length), 'subtitle'));
  s.skip();
  if (rows.length === 0) {
    s.line(text(w.noInterventions, 'note'));
    return s.build();
  }

  const headerRow = s.line(
    ...[w.code, w.intervention, w.partner].map((h) => text(h, 'header')),
    ...[w.begroot, w.benut, w.restant, w.percent].map(figureHeader),
    ...[w.status, w.note, w.source].map((h) => text(h, 'header')),
  );
  for (const { i, a } of rows) {
    const row = s.row;
    const b = address(row, 3);
    const u = address(row, 4);
    const sourceCell = address(i.row, i.labelCol);
    s.line(
      text(i.code ?? ''),
      text(i.name),
      text(i.partner ?? ''),
      euro(a.begrootCents),
      euro(a.benutCents),
      formula(`${b}-${u}`, (a.begrootCents - a.benutCents) / 100, 'euro'),
      formula(`IF(${b}=0,"",${u}/${b})`, a.begrootCents === 0 ? '' : a.benutCents / a.begrootCents, 'percent'),
      text(w.statuses[statusOf(i, a, model.hasBenut)]),
      text(noteOf(ctx, i, a)),
      text(`${model.sheet}!${sourceCell}`, undefined, { sheet: model.sheet, cell: sourceCell }),
    );
  }
  const lastRow = s.row - 1;
  s.table({ name: `NPO_Doel_${goal}`, headerRow, firstCol: 0, lastCol: LAST_COL, lastRow });

  const begroot = rows.reduce((n, r) => n + r.a.begrootCents, 0);
  const benut = rows.reduce((n, r) => n + r.a.benutCents, 0);
  const totalRow = s.row;
  const sum = (col: number, cents: number) =>
    formula(`SUM(${address(headerRow + 1, col)}:${address(lastRow, col)})`, cents / 100, 'euro', 'total');
  s.line(
    undefined,
    text(w.total, 'total'),
    undefined,
    sum(3, begroot),
    sum(4, benut),
    sum(5, begroot - benut),
    formula(
      `IF(${address(totalRow, 3)}=0,"",${address(totalRow, 4)}/${address(totalRow, 3)})`,
      begroot === 0 ? '' : benut / begroot,
      'percent',
      'total',
    ),
  );
  s.freezeAt(headerRow + 1, 2);
  s.dataBar({ col: 6, firstRow: headerRow + 1, lastRow, color: 'FF5B9BD5' });
  return s.build();
}

/** The split over goals, and which table the row is from where the sheet holds several (2023, 2024). */
function noteOf(ctx: PlanContext, i: Intervention, a: Allocation): string {
  const { w, result } = ctx;
  const tables = result.model.tables;
  const table = tables.length > 1 ? tables[i.table] : undefined;
  const tableNote = table ? w.table(i.table + 1, table.label) : '';
  const splitNote = a.split
    ? w.split(
        joinGoals(
          i.allocations.map((x) => x.goal),
          w.and,
        ),
      )
    : '';
  return [tableNote, splitNote].filter((n) => n !== '').join('; ');
}

function joinGoals(goals: ReadonlyArray<GoalNumber>, and: string): string {
  if (goals.length < 2) return goals.join('');
  return `${goals.slice(0, -1).join(', ')} ${and} ${goals[goals.length - 1]}`;
}
