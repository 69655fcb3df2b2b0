/**
 * The JSON contract of `npo-check --format json` (version 1), and of `npo-check vergelijk --format
 * json`: what users' scripts read, so a public contract like the rule ids. Written out here on its
 * own, with no engine type in it but the rule ids (the registry is their contract), so that a
 * field renamed inside the engine fails to compile where the JSON is built (src/engine/report.ts,
 * src/engine/reading.ts, src/engine/compare/report.ts) instead of changing the output. docs/npo-check.schema.json and docs/npo-check-vergelijk.schema.json
 * describe the same shapes; tests/contract/json-schema.test.ts holds schema and type together.
 * All amounts are integer cents; rows are 1-based; cells are A1 addresses without `$`; dates are
 * ISO (`2025-07-31`).
 */
import type { RuleId } from './findings';

/**
 * The ids of the rules (docs/regels.md); never renamed. The registry (src/engine/rules/index.ts) is
 * the one list of them, so the contract takes it from there rather than keeping a second copy;
 * `npm run schema` writes the same list into the schema.
 */
export type JsonRuleId = RuleId;

export type JsonSeverity = 'error' | 'warning' | 'info';
/** Bestedingsdoel 1 to 5. */
export type JsonGoal = 1 | 2 | 3 | 4 | 5;
export type JsonLayout = 'list' | 'grouped' | 'matrix' | 'goals';
export type JsonCeilingSource = 'option' | 'correction' | 'sheet' | 'settings-sheet' | 'default';

/** The report of `npo-check --format json`: one object on stdout. */
export interface JsonReportV1 {
  readonly file: string;
  readonly sheet: string;
  readonly layout: JsonLayout;
  /** Of the first table. */
  readonly headerRow: number;
  readonly reading: JsonReading;
  readonly ceilingCents: number;
  readonly ceilingSource: JsonCeilingSource;
  /** `Sheet!B2`, when the ceiling was read from a cell. */
  readonly ceilingCell?: string;
  /** Over every intervention. */
  readonly totals: { readonly begrootCents: number; readonly benutCents: number };
  /** Goals 1 to 5, in that order. */
  readonly goals: ReadonlyArray<JsonGoalSummary>;
  readonly withoutGoal: JsonWithoutGoal;
  readonly interventions: ReadonlyArray<JsonIntervention>;
  /** The findings that count: errors first, then by sheet (the budget first) and position. */
  readonly findings: ReadonlyArray<JsonFinding>;
  /** Of `findings`. */
  readonly counts: JsonCounts;
  readonly accepted: ReadonlyArray<JsonAcceptedFinding>;
  /** Acceptances in the workbook whose finding no longer occurs. */
  readonly unusedAcceptances: ReadonlyArray<JsonAcceptance>;
  /** Only with a payments sheet (or `--ledger`), always together with `years`. */
  readonly reconciliation?: JsonReconciliation;
  readonly years?: ReadonlyArray<JsonYear>;
  /** The report workbook's path, with `--out`. */
  readonly report?: string;
}

/** How the sheet was read (docs/lezen.md). */
export interface JsonReading {
  readonly sheet: string;
  readonly layout: JsonLayout;
  readonly headerRow: number;
  readonly headerRowByUser: boolean;
  readonly tables: ReadonlyArray<JsonReadingTable>;
  readonly ceiling: { readonly cents: number; readonly source: JsonCeilingSource; readonly cell: string | null };
  readonly rows: JsonReadingRows;
  readonly corrections: ReadonlyArray<JsonCorrection>;
}

export interface JsonReadingRows {
  readonly interventions: number;
  readonly headings: number;
  readonly subtotals: number;
  readonly totals: number;
  readonly blank: number;
}

export interface JsonCorrection {
  readonly setting: 'kopregel' | 'kolom' | 'eenheid' | 'plafondcel' | 'plafond';
  /** The column letter, for a column's role. */
  readonly column?: string;
  readonly value: string;
}

export interface JsonReadingTable {
  readonly label: string | null;
  readonly layout: JsonLayout;
  readonly headerRow: number;
  readonly firstHeaderRow: number;
  readonly lastRow: number;
  readonly firstColumn: string;
  readonly lastColumn: string;
  /** What one in an amount cell is worth in euros: 1, 1000, 1000000. */
  readonly unit: number;
  readonly unitText: string | null;
  readonly unitByUser: boolean;
  readonly begroot: JsonFigureReading | null;
  readonly benut: JsonFigureReading | null;
  readonly columns: ReadonlyArray<JsonColumnReading>;
}

export interface JsonFigureReading {
  readonly columns: ReadonlyArray<string>;
  readonly labels: ReadonlyArray<string>;
  readonly why: 'single' | 'sum' | 'periods-summed' | 'total-column' | 'latest-version' | 'versions-summed';
}

/** A column's role in the words the corrections use, plus `deel`, `markering` and `genegeerd`. */
export type JsonColumnRole =
  | 'code'
  | 'interventie'
  | 'bestedingsdoel'
  | 'uitvoerder'
  | 'begroot'
  | 'benut'
  | 'toelichting'
  | 'deel'
  | 'markering'
  | 'genegeerd';

export interface JsonColumnReading {
  readonly column: string;
  readonly header: string;
  readonly role: JsonColumnRole;
  /** A matrix layout's goal column. */
  readonly goal?: JsonGoal;
  /** Why a column was not read. */
  readonly why?: 'restant' | 'percent' | 'unknown' | 'not-chosen' | 'user';
  readonly byUser: boolean;
}

export interface JsonGoalSummary {
  readonly goal: JsonGoal;
  readonly name: string;
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly restantCents: number;
  readonly interventions: number;
}

export interface JsonWithoutGoal {
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly restantCents: number;
  readonly interventions: number;
}

export interface JsonIntervention {
  readonly code: string | null;
  readonly name: string;
  readonly row: number;
  readonly partner: string | null;
  readonly begrootCents: number;
  readonly benutCents: number;
  /** Empty when the intervention has no valid goal. */
  readonly allocations: ReadonlyArray<JsonAllocation>;
}

export interface JsonAllocation {
  readonly goal: JsonGoal;
  readonly begrootCents: number;
  readonly benutCents: number;
  /** Split equally over several goals, not stated per goal. */
  readonly split: boolean;
}

export interface JsonFinding {
  readonly rule: JsonRuleId;
  readonly severity: JsonSeverity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly amountCents?: number;
  readonly interventionCode?: string;
  readonly field?: 'begroot' | 'benut' | 'goal' | 'payment';
  /** The formula that would be right, in Excel's invariant English (`=SUM(E6:E20)`). */
  readonly correctedFormula?: string;
  /** The same as Dutch Excel takes it (`=SOM(E6:E20)`). */
  readonly correctedFormulaNl?: string;
  readonly fingerprint: string;
}

export interface JsonAcceptance {
  readonly fingerprint: string;
  readonly reason: string;
  /** ISO date, or the text as written. */
  readonly acceptedOn: string;
  readonly message?: string;
}

export interface JsonAcceptedFinding extends JsonFinding {
  readonly acceptance: JsonAcceptance;
}

export interface JsonCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** How a booking found its intervention. */
export type JsonPaymentMatch = 'order-column' | 'koppeling' | 'code' | 'name';

export interface JsonReconciliation {
  readonly paymentsSheet: string;
  readonly basis: JsonAmountBasis;
  /** Bookings per match method. */
  readonly matchedBy: { readonly [M in JsonPaymentMatch]: number };
  readonly unmatchedCodes: ReadonlyArray<JsonUnmatchedCode>;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly paidCents: number;
  readonly openCents: number;
  readonly interventions: ReadonlyArray<JsonInterventionReconciliation>;
  readonly partners: ReadonlyArray<JsonPartnerReconciliation>;
  readonly unassigned: { readonly paidCents: number; readonly openCents: number; readonly payments: number };
  readonly undated: JsonSpending;
  readonly tolerance: JsonTolerance;
  readonly payback: JsonPayback;
  readonly payments: ReadonlyArray<JsonPayment>;
}

/** Which amount of a booking counted (docs/afstemming.md). */
export interface JsonAmountBasis {
  readonly chosen: 'excl' | 'incl';
  readonly counted: 'excl' | 'incl' | 'as-booked';
  readonly source: 'bedrag' | 'debet-credit' | 'excl' | 'incl' | 'excl-incl';
  readonly vatColumn: boolean;
  readonly fallback?: 'no-excl' | 'no-vat';
}

export interface JsonUnmatchedCode {
  /** '' for bookings that name nothing. */
  readonly code: string;
  readonly bookings: number;
  readonly paidCents: number;
  readonly openCents: number;
  readonly description: string | null;
  readonly rows: ReadonlyArray<number>;
}

export interface JsonInterventionReconciliation {
  readonly code: string | null;
  readonly name: string;
  readonly row: number;
  readonly partner: string | null;
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly paidCents: number;
  readonly openCents: number;
  /** Benut − paid. */
  readonly differenceCents: number;
  /** How many. */
  readonly payments: number;
}

export interface JsonPartnerReconciliation {
  readonly partner: string | null;
  /** Codes (or names, for interventions without a code). */
  readonly interventions: ReadonlyArray<string>;
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly paidCents: number;
  readonly openCents: number;
  readonly differenceCents: number;
}

/** Paid per goal 1 to 5, without a goal, and in total. */
export interface JsonSpending {
  readonly goals: ReadonlyArray<{ readonly goal: JsonGoal; readonly paidCents: number }>;
  readonly withoutGoalCents: number;
  readonly totalCents: number;
}

export interface JsonYear extends JsonSpending {
  readonly year: number;
  readonly cumulativeCents: number;
}

export interface JsonTolerance {
  readonly lastenCents: number;
  readonly toleranceCents: number;
  readonly unexplainedCents: number;
  readonly within: boolean;
}

export interface JsonPayback {
  readonly ceilingCents: number;
  readonly paidCents: number;
  readonly outsidePeriodCents: number;
  readonly unassignedCents: number;
  readonly spentCents: number;
  readonly openCents: number;
  readonly paybackCents: number;
  readonly paybackAfterOpenCents: number;
}

export interface JsonPayment {
  readonly row: number;
  readonly number: string | null;
  /** ISO date; null when the date cannot be read. */
  readonly date: string | null;
  readonly partner: string | null;
  /** The intervention's code (or name) it was matched to. */
  readonly intervention: string | null;
  readonly interventionText: string;
  readonly matchedBy: JsonPaymentMatch | null;
  readonly kind: 'factuur' | 'voorschot' | 'vaststelling' | 'terugvordering' | 'creditnota' | null;
  readonly status: 'betaald' | 'open';
  readonly amountCents: number;
}

/** The ids of the changes `vergelijk` reports (docs/vergelijken.md); never renamed. */
export type JsonVersionChangeId =
  | 'VERSION_ADDED'
  | 'VERSION_REMOVED'
  | 'VERSION_RENAMED'
  | 'VERSION_RENUMBERED'
  | 'VERSION_SWAPPED'
  | 'VERSION_SPLIT'
  | 'VERSION_GOAL_MOVED'
  | 'VERSION_BEGROOT_CHANGED'
  | 'VERSION_PARTNER_CHANGED'
  | 'VERSION_UNCERTAIN_MATCH'
  | 'VERSION_GOAL_SHIFT'
  | 'VERSION_TOTAL';

/** The comparison of `npo-check vergelijk --format json`: one object on stdout. */
export interface JsonComparisonV1 {
  readonly old: JsonComparedVersion;
  readonly new: JsonComparedVersion;
  readonly totals: JsonVersionTotals;
  /** Goals 1 to 5, then `goal: null` when either version has interventions without a goal. */
  readonly goals: ReadonlyArray<JsonGoalComparison>;
  readonly matches: ReadonlyArray<JsonVersionMatch>;
  /** Interventions first (by goal, then row), then the goal shifts, then the total. */
  readonly changes: ReadonlyArray<JsonVersionChange>;
  /** Per id the number of changes, every id present. */
  readonly counts: { readonly [Id in JsonVersionChangeId]: number };
  /** The workbook written, with `--out`. */
  readonly report?: string;
}

export interface JsonComparedVersion {
  readonly file: string;
  readonly sheet: string;
  readonly layout: JsonLayout;
  readonly interventions: number;
  readonly begrootCents: number;
  readonly ceilingCents: number;
}

/** Differences are new − old; room is ceiling − total, negative when over. */
export interface JsonVersionTotals {
  readonly oldCents: number;
  readonly newCents: number;
  readonly differenceCents: number;
  readonly oldCeilingCents: number;
  readonly newCeilingCents: number;
  readonly oldRoomCents: number;
  readonly newRoomCents: number;
}

export interface JsonGoalComparison {
  readonly goal: JsonGoal | null;
  readonly oldCents: number;
  readonly newCents: number;
  readonly differenceCents: number;
}

export type JsonVersionMatchMethod = 'code' | 'name' | 'partner-amount' | 'block';

export interface JsonVersionMatch {
  readonly method: JsonVersionMatchMethod;
  readonly certain: boolean;
  /** How alike the names are, 0–100. */
  readonly similarity: number;
  readonly old: ReadonlyArray<JsonVersionRef>;
  readonly new: ReadonlyArray<JsonVersionRef>;
}

/** An intervention (or a goal's or the plan's total) in one version, and the cell that shows it. */
export interface JsonVersionRef {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly code?: string;
  readonly name: string;
  readonly partner?: string;
  readonly goals: ReadonlyArray<JsonGoal>;
  readonly begrootCents: number;
}

export interface JsonVersionChange {
  readonly id: JsonVersionChangeId;
  readonly goal: JsonGoal | null;
  readonly old?: JsonVersionRef;
  readonly new?: JsonVersionRef;
  readonly oldCents?: number;
  readonly newCents?: number;
  readonly differenceCents?: number;
  readonly oldText?: string;
  readonly newText?: string;
  readonly similarity?: number;
  readonly method?: JsonVersionMatchMethod;
  readonly parts?: { readonly old: ReadonlyArray<JsonVersionRef>; readonly new: ReadonlyArray<JsonVersionRef> };
  readonly message: { readonly nl: string; readonly en: string };
}

/**
 * The contract type of an engine value that goes into the JSON as it is (so its key order stays).
 * Compiles only when the value's type has every field of the contract, fitting it, and no other:
 * a field renamed or added inside the engine fails here instead of changing the output.
 */
export function asJson<Contract>(): <T extends Contract>(
  value: T & { readonly [K in Exclude<keyof T, keyof Contract>]: never },
) => Contract {
  return (value) => value;
}
