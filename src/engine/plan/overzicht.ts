/**
 * "NPO Overzicht": per goal begroot, benut, restant, % benut, interventions and findings; a line
 * for interventions without a valid goal; totals as SUM formulas; the room under the ceiling in
 * figures and in words.
 */
import { dutchDateOf } from '../dates';
import { SEVERITY_ORDER, type Finding } from '../findings';
import { GOAL_NUMBERS } from '../goals';
import { address } from '../grid';
import { countBySeverity } from '../inputs/severity-counts';
import { ceilingVerdict } from '../inputs/verdict';
import { ceilingSourceText } from '../messages';
import { formatEuro } from '../money';
import { goalName, goalSheetName, type PlanContext } from './context';
import { count, euro, figureHeader, formula, text, SheetBuilder, type CellSpec } from './sheet-builder';
import type { PlanSheet } from './types';
import { AFSTEMMING_SHEET, OVERZICHT_SHEET } from './words';

const COLUMN_WIDTHS = [40, 17, 17, 17, 10, 13, 9, 16, 9];
const FIRST_COUNT_COL = 6;

/** Restant and % benut as formulas on the row itself, with the engine's values as results. */
function figures(row: number, begrootCents: number, benutCents: number): CellSpec[] {
  const b = address(row, 1);
  const u = address(row, 2);
  return [
    euro(begrootCents),
    euro(benutCents),
    formula(`${b}-${u}`, (begrootCents - benutCents) / 100, 'euro'),
    formula(`IF(${b}=0,"",${u}/${b})`, begrootCents === 0 ? '' : benutCents / begrootCents, 'percent'),
  ];
}

export function overzichtSheet(ctx: PlanContext): PlanSheet {
  const { result, w, options } = ctx;
  const { model, summaries } = result;
  const s = new SheetBuilder(OVERZICHT_SHEET, 'overzicht', COLUMN_WIDTHS);

  s.line(text(w.overzichtTitle, 'title'));
  s.line(text(w.checked(model.sheet, options.source, dutchDateOf(options.checkedOn)), 'subtitle'));
  const ceilingRow = s.line(
    text(w.ceiling, 'label'),
    euro(model.ceiling.cents),
    text(ceilingSourceText(model.ceiling.source, options.lang, model.ceiling), 'note'),
  );
  s.skip();

  const headerRow = s.line(
    text(w.goal, 'header'),
    ...[
      w.begroot,
      w.benut,
      w.restant,
      w.percent,
      w.interventions,
      ...SEVERITY_ORDER.map((sev) => w.severities[sev]),
    ].map(figureHeader),
  );
  const firstRow = s.row;

  const countsPerGoal = GOAL_NUMBERS.map(() => [] as Finding[]);
  const withoutGoalFindings: Finding[] = [];
  for (const [intervention, findings] of ctx.findingsByIntervention) {
    if (intervention.allocations.length === 0) withoutGoalFindings.push(...findings);
    for (const a of intervention.allocations) countsPerGoal[a.goal - 1]!.push(...findings);
  }
  const countCells = (findings: ReadonlyArray<Finding>): CellSpec[] => {
    const c = countBySeverity(findings);
    return SEVERITY_ORDER.map((sev) => count(c[sev]));
  };

  for (const g of summaries.goals) {
    const row = s.row;
    s.line(
      text(`${g.goal} ${goalName(g.goal, options.lang)}`, undefined, { sheet: goalSheetName(g.goal), cell: 'A1' }),
      ...figures(row, g.begrootCents, g.benutCents),
      count(g.interventions),
      ...countCells(countsPerGoal[g.goal - 1]!),
    );
  }
  const wg = summaries.withoutGoal;
  const withoutGoalRow = s.line(
    text(w.withoutGoal),
    ...figures(s.row, wg.begrootCents, wg.benutCents),
    count(wg.interventions),
    ...countCells(withoutGoalFindings),
  );
  s.line(text(w.general), undefined, undefined, undefined, undefined, undefined, ...countCells(ctx.generalFindings));
  const paymentsSheet = result.reconciliation?.paymentsSheet.sheet;
  if (paymentsSheet !== undefined) {
    s.line(
      text(w.paymentsLine(paymentsSheet), undefined, { sheet: AFSTEMMING_SHEET, cell: 'A1' }),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      ...countCells(ctx.paymentFindings),
    );
  }
  const lastRow = s.row - 1;

  const totalRow = s.row;
  const sum = (col: number, result: number, format: 'euro' | 'integer'): CellSpec =>
    formula(`SUM(${address(firstRow, col)}:${address(lastRow, col)})`, result, format, 'total');
  const perGoalCounts = [...countsPerGoal, withoutGoalFindings, ctx.generalFindings, ctx.paymentFindings].map(
    countBySeverity,
  );
  s.line(
    text(w.total, 'total'),
    sum(1, summaries.begrootCents / 100, 'euro'),
    sum(2, summaries.benutCents / 100, 'euro'),
    sum(3, (summaries.begrootCents - summaries.benutCents) / 100, 'euro'),
    formula(
      `IF(${address(totalRow, 1)}=0,"",${address(totalRow, 2)}/${address(totalRow, 1)})`,
      summaries.begrootCents === 0 ? '' : summaries.benutCents / summaries.begrootCents,
      'percent',
      'total',
    ),
    sum(5, summaries.goals.reduce((n, g) => n + g.interventions, 0) + wg.interventions, 'integer'),
    ...SEVERITY_ORDER.map((sev, i) =>
      sum(
        FIRST_COUNT_COL + i,
        perGoalCounts.reduce((n, c) => n + c[sev], 0),
        'integer',
      ),
    ),
  );
  s.skip();

  // Said the way round that gives a positive amount: room left, or how far the plan is over.
  const verdict = ceilingVerdict(summaries.begrootCents, model.ceiling.cents);
  const amountCents = verdict.kind === 'at' ? 0 : verdict.amountCents;
  const ceilingCell = address(ceilingRow, 1);
  const totalCell = address(totalRow, 1);
  if (verdict.kind === 'over')
    s.line(text(w.overCeiling, 'label'), formula(`${totalCell}-${ceilingCell}`, amountCents / 100, 'euro', 'total'));
  else s.line(text(w.room, 'label'), formula(`${ceilingCell}-${totalCell}`, amountCents / 100, 'euro', 'total'));
  s.line(
    text(
      verdict.kind === 'over'
        ? w.over(formatEuro(amountCents))
        : verdict.kind === 'under'
          ? w.under(formatEuro(amountCents))
          : w.exact,
    ),
  );
  s.line(text(w.multiGoalNote, 'note'));

  s.freezeAt(headerRow + 1, 1);
  s.dataBar({ col: 4, firstRow, lastRow: withoutGoalRow, color: 'FF5B9BD5' });
  return s.build();
}
