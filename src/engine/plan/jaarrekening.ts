/**
 * "NPO Jaarrekening": what was paid in each calendar year, per goal and in total, cumulatively,
 * and what remains of the ceiling; the share per goal the jaarrekening states; what would have to
 * be paid back (after the period's end, or as a projection before it); and the reporting
 * tolerance next to the unexplained differences. Totals are SUM formulas over the tab's own rows.
 */
import { dutchDateOf } from '../dates';
import { goalInfo, GOAL_NUMBERS } from '../goals';
import { address } from '../grid';
import type { Reconciliation, SpendingRow } from '../payments/model';
import { verdictFormula } from './afstemming';
import type { PlanContext } from './context';
import { euro, figureHeader, formula, text, SheetBuilder, type CellSpec } from './sheet-builder';
import type { PlanSheet } from './types';
import { JAARREKENING_SHEET } from './words';

const COLUMN_WIDTHS = [70, 22, 22, 22, 22, 22, 17, 17, 17, 26];
/** Column of each goal's figures: B to F; "without goal" in G, the year's total in H. */
const goalCol = (goal: number): number => goal;
const WITHOUT_GOAL = 6;
const TOTAL = 7;
const CUMULATIVE = 8;

/** `IF(x>0,x,0)`: nothing to pay back is zero, never a negative amount. */
function atLeastZero(expression: string): string {
  return `IF(${expression}>0,${expression},0)`;
}

export function jaarrekeningSheet(ctx: PlanContext, rec: Reconciliation): PlanSheet {
  const { w, options, result } = ctx;
  const s = new SheetBuilder(JAARREKENING_SHEET, 'jaarrekening', COLUMN_WIDTHS);
  const start = dutchDateOf(rec.period.start);
  const end = dutchDateOf(rec.period.end);

  s.line(text(w.jaarrekeningTitle, 'title'));
  s.line(text(w.jaarrekeningSubtitle(rec.paymentsSheet.sheet, start, end), 'subtitle'));
  const ceilingRow = s.line(text(w.ceiling, 'label'), euro(rec.payback.ceilingCents));
  const ceiling = address(ceilingRow, 1);
  s.skip();

  const header = s.line(
    text(w.year, 'header'),
    ...GOAL_NUMBERS.map((g) => figureHeader(w.goalColumn(g, goalInfo(g).short))),
    ...[w.withoutGoalShort, w.total, w.cumulative, w.remaining].map(figureHeader),
  );
  const figures = (row: SpendingRow): CellSpec[] => [
    ...row.goals.map((g) => euro(g.paidCents)),
    euro(row.withoutGoalCents),
  ];
  const rowTotal = (row: number, cents: number): CellSpec =>
    formula(`SUM(${address(row, goalCol(1))}:${address(row, WITHOUT_GOAL)})`, cents / 100, 'euro');
  rec.years.forEach((y, i) => {
    const row = s.row;
    const cumulative = i === 0 ? address(row, TOTAL) : `${address(row - 1, CUMULATIVE)}+${address(row, TOTAL)}`;
    s.line(
      text(String(y.year)),
      ...figures(y),
      rowTotal(row, y.totalCents),
      formula(cumulative, y.cumulativeCents / 100, 'euro'),
      formula(`${ceiling}-${address(row, CUMULATIVE)}`, (rec.payback.ceilingCents - y.cumulativeCents) / 100, 'euro'),
    );
  });
  const hasUndated = rec.paymentsSheet.payments.some((p) => p.status === 'betaald' && p.date.kind === 'unreadable');
  if (hasUndated) s.line(text(w.undated), ...figures(rec.undated), rowTotal(s.row, rec.undated.totalCents));
  const last = s.row - 1;
  s.table({
    name: 'NPO_Jaarrekening',
    headerRow: header,
    firstCol: 0,
    lastCol: COLUMN_WIDTHS.length - 1,
    lastRow: last,
  });

  const all = [...rec.years, ...(hasUndated ? [rec.undated] : [])];
  const sumOf = (f: (r: SpendingRow) => number): number => all.reduce((n, r) => n + f(r), 0);
  const goalTotals = GOAL_NUMBERS.map((g) => sumOf((r) => r.goals[g - 1]!.paidCents));
  const withoutGoal = sumOf((r) => r.withoutGoalCents);
  const paid = sumOf((r) => r.totalCents);
  const sum = (col: number, cents: number): CellSpec =>
    formula(`SUM(${address(header + 1, col)}:${address(last, col)})`, cents / 100, 'euro', 'total');
  const totalRow = s.line(
    text(w.total, 'total'),
    ...goalTotals.map((c, i) => sum(goalCol(i + 1), c)),
    sum(WITHOUT_GOAL, withoutGoal),
    sum(TOTAL, paid),
  );
  const totalCell = address(totalRow, TOTAL);
  s.line(
    text(w.share, 'label'),
    ...goalTotals.map((c, i) =>
      formula(
        `IF(${totalCell}=0,"",${address(totalRow, goalCol(i + 1))}/${totalCell})`,
        paid === 0 ? '' : c / paid,
        'percent',
      ),
    ),
    formula(
      `IF(${totalCell}=0,"",${address(totalRow, WITHOUT_GOAL)}/${totalCell})`,
      paid === 0 ? '' : withoutGoal / paid,
      'percent',
    ),
  );
  s.skip();

  // What would have to be paid back.
  const b = rec.payback;
  const paidRow = s.line(text(w.paidTotal, 'label'), formula(totalCell, b.paidCents / 100, 'euro'));
  const outsideRow = s.line(text(w.outsidePeriod), euro(b.outsidePeriodCents));
  const unassignedRow = s.line(text(w.unassignedPaid), euro(b.unassignedCents));
  const spentRow = s.line(
    text(w.spent, 'label'),
    formula(
      `${address(paidRow, 1)}-${address(outsideRow, 1)}-${address(unassignedRow, 1)}`,
      b.spentCents / 100,
      'euro',
      'total',
    ),
  );
  const openRow = s.line(text(w.openItems), euro(b.openCents));
  const ended = options.checkedOn > rec.period.end;
  s.line(
    text(ended ? w.paybackFinal(end) : w.paybackProjection(end), 'label'),
    formula(atLeastZero(`${ceiling}-${address(spentRow, 1)}`), b.paybackCents / 100, 'euro', 'total'),
  );
  s.line(
    text(w.paybackAfterOpen),
    formula(
      atLeastZero(`${ceiling}-${address(spentRow, 1)}-${address(openRow, 1)}`),
      b.paybackAfterOpenCents / 100,
      'euro',
    ),
  );
  if (hasUndated) s.line(text(w.paybackNote, 'note'));
  s.skip();

  // The tolerance, next to the unexplained differences (worked out per intervention on NPO Afstemming).
  const t = rec.tolerance;
  s.line(text(w.accounting, 'label'));
  s.line(text(result.model.hasBenut ? w.lasten : w.lastenPaid), euro(t.lastenCents));
  const unexplainedRow = s.line(text(w.unexplained), euro(t.unexplainedCents));
  // The engine's figure: the rule (10% rounded down to the cent between the thresholds) is in the note.
  const toleranceRow = s.line(text(w.toleranceLabel), euro(t.toleranceCents));
  s.line(
    text(w.verdict, 'label'),
    formula(
      verdictFormula(address(unexplainedRow, 1), address(toleranceRow, 1), w.withinTolerance, w.aboveTolerance),
      t.within ? w.withinTolerance : w.aboveTolerance,
      undefined,
      'total',
    ),
  );
  s.line(text(w.toleranceNote, 'note'));
  s.freezeAt(header + 1, 1);
  return s.build();
}
