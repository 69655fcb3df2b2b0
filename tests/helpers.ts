/** Builds workbooks from small 2D arrays and runs the engine on them, the way every engine test does. */
import { checkWorkbook, type CheckOptions, type CheckResult } from '../src/engine/check';
import type { Finding, RuleId } from '../src/engine/findings';
import { sheetFromValues, type PlainValue, type WorkbookSnapshot } from '../src/engine/grid';

export type Rows = ReadonlyArray<ReadonlyArray<PlainValue>>;

export function workbook(sheets: Record<string, Rows>): WorkbookSnapshot {
  return { sheets: Object.entries(sheets).map(([name, rows]) => sheetFromValues(name, rows)) };
}

/** Checks a single sheet named "Begroting" with a ceiling of € 100.000 unless told otherwise. */
export function check(rows: Rows, options: CheckOptions = {}): CheckResult {
  return checkWorkbook(workbook({ Begroting: rows }), { ceilingCents: 10_000_000, ...options });
}

export function findingsOf(result: CheckResult, rule: RuleId): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** The standard list header used by most rule tests. */
export const LIST_HEADER = ['Nr', 'Interventie', 'Bestedingsdoel', 'Uitvoerder', 'Begroot', 'Benut'] as const;
