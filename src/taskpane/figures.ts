/**
 * The figures the pane shows after a check, worked out from the engine's result as plain data:
 * one row per bestedingsdoel (and one for interventions without a valid goal), the total, and
 * how the engine's verdict on the ceiling is said. Amounts stay integer cents until they are shown.
 */
import type { CheckResult } from '../engine/check';
import type { CeilingVerdict } from '../engine/inputs/verdict';
import { goalInfo } from '../engine/goals';
import type { Lang } from '../engine/messages';
import { formatEuro, formatPercent } from '../engine/money';
import { strings } from './strings';

export interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly restantCents: number;
  readonly interventions: number;
  /** Benut as a share of begroot for the bar, 0 to 1; undefined when nothing was budgeted. */
  readonly share?: number;
  /** `72,3% benut`, or what stands in for it when nothing was budgeted. */
  readonly percentText: string;
  readonly overspent: boolean;
  readonly isTotal: boolean;
}

export function figureRows(result: CheckResult, lang: Lang): FigureRow[] {
  const s = strings(lang);
  const { summaries } = result;
  const row = (
    key: string,
    label: string,
    f: { begrootCents: number; benutCents: number; restantCents: number; interventions: number },
    isTotal = false,
  ): FigureRow => {
    const percent = formatPercent(f.benutCents, f.begrootCents);
    return {
      key,
      label,
      begrootCents: f.begrootCents,
      benutCents: f.benutCents,
      restantCents: f.restantCents,
      interventions: f.interventions,
      ...(f.begrootCents > 0 ? { share: Math.min(1, Math.max(0, f.benutCents / f.begrootCents)) } : {}),
      percentText: percent !== undefined ? s.percentBenut(percent) : s.nothingBudgeted,
      overspent: f.benutCents > f.begrootCents,
      isTotal,
    };
  };
  const rows = summaries.goals.map((g) =>
    row(`goal-${g.goal}`, `${g.goal} ${lang === 'nl' ? g.name : goalInfo(g.goal).nameEn}`, g),
  );
  if (summaries.withoutGoal.interventions > 0) rows.push(row('without-goal', s.withoutGoal, summaries.withoutGoal));
  rows.push(
    row(
      'total',
      s.total,
      {
        begrootCents: summaries.begrootCents,
        benutCents: summaries.benutCents,
        restantCents: summaries.begrootCents - summaries.benutCents,
        interventions: result.model.interventions.length,
      },
      true,
    ),
  );
  return rows;
}

/** "€ 11.490,36 boven het plafond", "€ 33.509,64 onder het plafond". */
export function ceilingVerdictText(verdict: CeilingVerdict, lang: Lang): string {
  const s = strings(lang);
  switch (verdict.kind) {
    case 'over':
      return s.overCeiling(formatEuro(verdict.amountCents));
    case 'under':
      return s.underCeiling(formatEuro(verdict.amountCents));
    case 'at':
      return s.atCeiling;
  }
}
