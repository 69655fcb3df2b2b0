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

/** The header of a payments sheet as the samples write it. */
export const PAYMENTS_HEADER = [
  'Datum',
  'Factuurnummer',
  'Crediteur',
  'Interventie',
  'Soort',
  'Bedrag',
  'Status',
  'Omschrijving',
] as const;

/** A small budget in the list layout: four interventions, two sharing code 7-9, one without uitvoerder. */
export const PAYMENTS_BUDGET: Rows = [
  [...LIST_HEADER],
  [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000, 149_823],
  ['7-9', 'Top VVE – deel AT', 2, 'AT kinderopvang', 40_000, 20_000],
  ['7-9', 'Top VVE – deel Bink', 2, 'Bink', 260_000, 0],
  [12, 'Jongeren coaching', 3, '', 150_000, 0],
  [16, 'Preventief spreekuur', 5, 'Regionaal Bureau Leerlingzaken', 50_000, 0],
];

/** Checks `budget` (sheet "Begroting") with a sheet "Betalingen" holding `payments` under PAYMENTS_HEADER. */
export function checkPayments(payments: Rows, options: CheckOptions = {}, budget: Rows = PAYMENTS_BUDGET): CheckResult {
  return checkWorkbook(workbook({ Begroting: budget, Betalingen: [[...PAYMENTS_HEADER], ...payments] }), {
    ceilingCents: 100_000_000,
    ...options,
  });
}
