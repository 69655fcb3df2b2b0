/**
 * What every tab builder needs to know about a check: the result, the words, and which findings
 * belong to which intervention (by row), so counts per goal and statuses come from one place.
 */
import type { CheckResult } from '../check';
import type { DaySerial } from '../dates';
import type { Finding } from '../findings';
import { goalInfo, type GoalNumber } from '../goals';
import { parseAddress } from '../grid';
import type { Lang } from '../messages';
import type { Intervention } from '../model';
import { goalTabName, words } from './words';

export interface PlanOptions {
  readonly lang: Lang;
  /**
   * The day the check ran where the user is, as a day serial (inputs/day.ts): shown on the
   * overview, and whether the period has ended. Never a clock time, so no tab depends on the
   * machine's time zone.
   */
  readonly checkedOn: DaySerial;
  /** Where the workbook came from: a file name, or the open workbook's name. */
  readonly source: string;
}

export interface PlanContext {
  readonly result: CheckResult;
  readonly options: PlanOptions;
  readonly w: ReturnType<typeof words>;
  /** Findings on the checked sheet, by the intervention whose row they point at. */
  readonly findingsByIntervention: ReadonlyMap<Intervention, ReadonlyArray<Finding>>;
  /** Findings not about one intervention: totals, the ceiling. */
  readonly generalFindings: ReadonlyArray<Finding>;
  /** Findings on the payments sheet (empty without one). */
  readonly paymentFindings: ReadonlyArray<Finding>;
}

export function planContext(result: CheckResult, options: PlanOptions): PlanContext {
  const byRow = new Map<number, Intervention>();
  for (const i of result.model.interventions) byRow.set(i.row, i);
  const findingsByIntervention = new Map<Intervention, Finding[]>();
  const generalFindings: Finding[] = [];
  const paymentFindings: Finding[] = [];
  const paymentsSheet = result.reconciliation?.paymentsSheet.sheet;
  for (const f of result.findings) {
    if (paymentsSheet !== undefined && f.sheet === paymentsSheet) {
      paymentFindings.push(f);
      continue;
    }
    const at = f.sheet === result.model.sheet ? parseAddress(f.cell) : undefined;
    const intervention = at ? byRow.get(at.row) : undefined;
    if (!intervention) {
      generalFindings.push(f);
      continue;
    }
    const list = findingsByIntervention.get(intervention) ?? [];
    list.push(f);
    findingsByIntervention.set(intervention, list);
  }
  return { result, options, w: words(options.lang), findingsByIntervention, generalFindings, paymentFindings };
}

/** "Doel 1 Bovenschools": within Excel's 31 characters and without forbidden characters. */
export function goalSheetName(goal: GoalNumber): string {
  return goalTabName(goal, goalInfo(goal).short);
}

export function goalName(goal: GoalNumber, lang: Lang): string {
  const info = goalInfo(goal);
  return lang === 'nl' ? info.name : info.nameEn;
}
