/**
 * Builds the output plan from a check result: the overview, a tab per goal, with a payments sheet
 * the reconciliation and jaarrekening tabs, the findings tab and the highlights. The one
 * description both adapters carry out.
 */
import type { CheckResult } from '../check';
import { GOAL_NUMBERS } from '../goals';
import { planContext, type PlanOptions } from './context';
import { afstemmingSheet } from './afstemming';
import { controleSheet } from './controle';
import { doelSheet } from './doel';
import { highlights } from './highlights';
import { jaarrekeningSheet } from './jaarrekening';
import { overzichtSheet } from './overzicht';
import { withPageLayout } from './page-layout';
import { PLAN_MARKER } from './types';
import { validatePlan, type ValidPlan } from './validate';

export type { PlanOptions };

/** Validated here, once, where it is made: a PlanError is the checker's own bug, before anything is written. */
export function buildOutputPlan(result: CheckResult, options: PlanOptions): ValidPlan {
  const ctx = planContext(result, options);
  return validatePlan({
    marker: PLAN_MARKER,
    sheets: [
      overzichtSheet(ctx),
      ...GOAL_NUMBERS.map((goal) => doelSheet(ctx, goal)),
      ...(result.reconciliation
        ? [afstemmingSheet(ctx, result.reconciliation), jaarrekeningSheet(ctx, result.reconciliation)]
        : []),
      controleSheet(ctx),
    ].map((sheet) => withPageLayout(sheet, ctx.w)),
    highlights: highlights(ctx),
    sourceSheets: [result.model.sheet, ...(result.reconciliation ? [result.reconciliation.paymentsSheet.sheet] : [])],
  });
}
