/**
 * The engine's one entry point: a workbook snapshot and options in, a result out. Parsing (layout
 * detection), the model, the rules and the summaries are separate steps wired together here.
 */
import { applyAcceptances, baseFingerprint, numberFingerprints, readAcceptances, type Acceptance } from './acceptances';
import { isoDate } from './dates';
import { RULE_SEVERITY, SEVERITY_ORDER, type AcceptedFinding, type Finding, type RawFinding } from './findings';
import { address, type SheetSnapshot, type WorkbookSnapshot } from './grid';
import { detectHeader, type Header } from './layout/detect';
import { engineErrorMessage, renderMessage, type EngineErrorCode, type Lang } from './messages';
import type { BudgetModel } from './model';
import { withMergesResolved } from './layout/merges';
import {
  correctionsFor,
  isCorrectionsSheet,
  mergeCorrections,
  readCorrections,
  type ReadingCorrections,
  type StoredCorrections,
} from './corrections';
import { buildModel } from './read-sheet';
import { columnsOf, detectPaymentsHeader, isPaymentsSheet, type PaymentsHeader } from './payments/detect';
import { isMappingSheet, readMapping } from './payments/matching';
import type { Period, Reconciliation, VatChoice } from './payments/model';
import { readPayments } from './payments/read';
import { reconcile } from './payments/summaries';
import { DEFAULT_PERIOD, readPeriodInput } from './inputs/period';
import { paymentRules, RULES } from './rules';
import { summarise, type Summaries } from './summaries';

export { buildModel };

export interface CheckOptions {
  /** The sheet to check; without it the sheet that reads best as a budget sheet is chosen. */
  readonly sheet?: string;
  readonly ceilingCents?: number;
  /**
   * Corrections to the reading for this check only (`--header-row`, `--column`, `--unit`); they
   * go over the ones stored in the workbook, setting by setting.
   */
  readonly corrections?: ReadingCorrections;
  readonly lang?: Lang;
  /** Sheets never to consider as budget sheet (the add-in's own summary tabs). */
  readonly ignoreSheet?: (name: string) => boolean;
  /**
   * The sheet of invoices and payments to reconcile; without it a sheet whose header has a date
   * and an invoice or payment number is found by itself, and without such a sheet there is no
   * reconciliation.
   */
  readonly paymentsSheet?: string;
  /** The spending period as days, read by the adapter (inputs/period.ts); it goes before the text options. */
  readonly period?: Period;
  /** First day of the spending period, `1-8-2021` or `2021-08-01`; default 1 August 2021. */
  readonly periodStart?: string;
  /** Last day of the spending period (inclusive); default 31 July 2025. */
  readonly periodEnd?: string;
  /** Which amount of a ledger booking counts: excl. VAT (default, see payments/ledger.ts) or incl. */
  readonly vat?: VatChoice;
}

export interface SheetCandidate {
  readonly sheet: string;
  readonly score: number;
}

export interface CheckResult {
  readonly model: BudgetModel;
  readonly summaries: Summaries;
  /** The findings that count: every finding except those accepted. */
  readonly findings: ReadonlyArray<Finding>;
  /** Findings a controller accepted, with the reason; they count for nothing. */
  readonly accepted: ReadonlyArray<AcceptedFinding>;
  /** Acceptances in the workbook whose finding no longer occurs (fixed, or the figure changed). */
  readonly unusedAcceptances: ReadonlyArray<Acceptance>;
  /** The acceptances sheet, when the workbook has one. */
  readonly acceptancesSheet?: string;
  /** Every sheet that reads as a budget sheet, best first (the task pane offers them). */
  readonly candidates: ReadonlyArray<SheetCandidate>;
  /** The payments against the budget, when the workbook has a payments sheet. */
  readonly reconciliation?: Reconciliation;
}

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/**
 * Sheets that read as a budget sheet, best first. A payments sheet is never one: its "Bedrag" and
 * "Interventie" columns would read as begroot and intervention.
 */
export function findBudgetSheets(
  workbook: WorkbookSnapshot,
  ignoreSheet?: (name: string) => boolean,
): Array<{ sheet: SheetSnapshot; header: Header }> {
  const found: Array<{ sheet: SheetSnapshot; header: Header }> = [];
  for (const sheet of workbook.sheets) {
    // A hidden sheet is often an old version kept out of sight; it is checked only when named.
    if (sheet.hidden || ignoreSheet?.(sheet.name) || isPaymentsSheet(sheet) || isMappingSheet(sheet)) continue;
    const header = detectHeader(sheet);
    if (header) found.push({ sheet, header });
  }
  // Among equally good sheets the newest year in the name wins ("NPO 2023" over "NPO 2021"), else
  // the first in the workbook (the sort is stable).
  return found.sort((a, b) => b.header.score - a.header.score || yearOf(b.sheet.name) - yearOf(a.sheet.name));
}

/** The latest year a sheet's name mentions ("Begroting 2022-2023" → 2023), 0 for none. */
function yearOf(name: string): number {
  return Math.max(0, ...[...name.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])));
}

export function checkWorkbook(given: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? 'nl';
  // Values merged down belong to every row of their merge; every reader below sees them there.
  const workbook: WorkbookSnapshot = { ...given, sheets: given.sheets.map(withMergesResolved) };
  const names = workbook.sheets.map((s) => s.name);
  if (workbook.sheets.length === 0) throw new EngineError('EMPTY_WORKBOOK', engineErrorMessage('EMPTY_WORKBOOK', lang));
  const candidates = findBudgetSheets(workbook, options.ignoreSheet);
  const stored = readCorrections(workbook);

  let sheet: SheetSnapshot;
  if (options.sheet !== undefined) {
    const named =
      workbook.sheets.find((s) => s.name === options.sheet) ??
      workbook.sheets.find((s) => s.name.toLowerCase() === options.sheet!.toLowerCase());
    if (!named)
      throw new EngineError('SHEET_NOT_FOUND', engineErrorMessage('SHEET_NOT_FOUND', lang, options.sheet, names));
    if (isPaymentsSheet(named))
      throw new EngineError('SHEET_IS_PAYMENTS', engineErrorMessage('SHEET_IS_PAYMENTS', lang, named.name));
    sheet = named;
  } else {
    // A sheet the user corrected the reading of is the budget sheet they mean.
    const corrected = workbook.sheets.find(
      (s) => !isCorrectionsSheet(s) && correctionsFor(stored, s.name) !== undefined && !options.ignoreSheet?.(s.name),
    );
    const best = corrected ?? candidates[0]?.sheet;
    if (!best) throw new EngineError('NO_BUDGET_SHEET', engineErrorMessage('NO_BUDGET_SHEET', lang, undefined, names));
    sheet = best;
  }
  const corrections = mergeCorrections(correctionsFor(stored, sheet.name), options.corrections);
  const auto = candidates.find((c) => c.sheet === sheet)?.header ?? detectHeader(sheet);
  const built = buildModel(workbook, sheet, auto, options.ceilingCents, corrections);
  if (!built)
    throw new EngineError(
      options.sheet !== undefined ? 'SHEET_NOT_BUDGET' : 'NO_BUDGET_SHEET',
      engineErrorMessage(
        options.sheet !== undefined ? 'SHEET_NOT_BUDGET' : 'NO_BUDGET_SHEET',
        lang,
        options.sheet !== undefined ? sheet.name : undefined,
        names,
      ),
    );
  const model = withUnreadableCorrections(built, stored);
  const chosen = { sheet };

  const period = readPeriod(options, lang);
  const payments = findPaymentsSheet(workbook, options, chosen.sheet, lang);
  const vat = options.vat ?? 'excl';
  const ledger =
    payments &&
    readPayments(payments.sheet, payments.header.row, columnsOf(payments.header, vat)!, model, {
      workbook,
      mapping: readMapping(workbook).lines,
      vat,
    });
  const reconciliation = ledger ? reconcile(model, ledger, period) : undefined;
  const rawFindings = RULES.flatMap((rule) => rule(model));
  if (reconciliation) rawFindings.push(...paymentRules(model, reconciliation));
  const fingerprints = fingerprintsOf(rawFindings, model);
  const allFindings = rawFindings.sort(bySeverityThenPosition(model.sheet)).map((raw): Finding => ({
    rule: raw.rule,
    severity: RULE_SEVERITY[raw.rule],
    sheet: raw.sheet ?? model.sheet,
    cell: address(raw.row, raw.col),
    message: renderMessage(raw, lang),
    ...(raw.amountCents !== undefined ? { amountCents: raw.amountCents } : {}),
    ...(raw.interventionCode !== undefined ? { interventionCode: raw.interventionCode } : {}),
    ...(raw.field !== undefined ? { field: raw.field } : {}),
    ...(raw.correctedFormula !== undefined ? { correctedFormula: raw.correctedFormula } : {}),
    fingerprint: fingerprints.get(raw)!,
  }));
  const acceptanceList = readAcceptances(workbook);
  const { open, accepted, unused } = applyAcceptances(allFindings, acceptanceList.acceptances);

  return {
    model,
    summaries: summarise(model),
    findings: open,
    accepted,
    unusedAcceptances: unused,
    ...(acceptanceList.sheet !== undefined ? { acceptancesSheet: acceptanceList.sheet } : {}),
    candidates: candidates.map((c) => ({ sheet: c.sheet.name, score: c.header.score })),
    ...(reconciliation ? { reconciliation } : {}),
  };
}

/** Stored lines that cannot be read back are reported with the reading's other problems. */
function withUnreadableCorrections(model: BudgetModel, stored: StoredCorrections): BudgetModel {
  if (stored.unreadable.length === 0 || stored.sheet === undefined) return model;
  const unreadable = stored.unreadable.map((u) => ({
    kind: 'unreadable' as const,
    sheet: stored.sheet!,
    row: u.row,
    text: u.text,
  }));
  return { ...model, reading: { ...model.reading, problems: [...model.reading.problems, ...unreadable] } };
}

/**
 * Each finding's fingerprint, numbered in sheet order (budget sheet, then payments sheet) so that
 * a repeated one keeps its number when rows are inserted or deleted.
 */
function fingerprintsOf(raws: ReadonlyArray<RawFinding>, model: BudgetModel): Map<RawFinding, string> {
  const goals = new Map<string, number>();
  for (const i of model.interventions)
    for (const a of i.amounts) if (a.goal !== undefined) goals.set(`${a.row}:${a.col}`, a.goal);
  for (const t of model.totals)
    for (const a of t.amounts) if (a.goal !== undefined) goals.set(`${a.row}:${a.col}`, a.goal);
  const inSheetOrder = [...raws].sort(
    (a, b) => (a.sheet === undefined ? 0 : 1) - (b.sheet === undefined ? 0 : 1) || a.row - b.row || a.col - b.col,
  );
  const numbered = numberFingerprints(
    inSheetOrder.map((raw) => baseFingerprint(raw, model, (row, col) => goals.get(`${row}:${col}`))),
  );
  return new Map(inSheetOrder.map((raw, i) => [raw, numbered[i]!]));
}

/** Errors first; within a severity the budget sheet's findings, then the payments sheet's, by position. */
function bySeverityThenPosition(budgetSheet: string): (a: RawFinding, b: RawFinding) => number {
  const severity = (f: RawFinding): number => SEVERITY_ORDER.indexOf(RULE_SEVERITY[f.rule]);
  const sheet = (f: RawFinding): number => (f.sheet === undefined || f.sheet === budgetSheet ? 0 : 1);
  return (a, b) => severity(a) - severity(b) || sheet(a) - sheet(b) || a.row - b.row || a.col - b.col;
}

function readPeriod(options: CheckOptions, lang: Lang): Period {
  const order = (): EngineError =>
    new EngineError(
      'PERIOD_ORDER',
      engineErrorMessage(
        'PERIOD_ORDER',
        lang,
        `${options.periodStart ?? isoDate(DEFAULT_PERIOD.start)} – ${options.periodEnd ?? isoDate(DEFAULT_PERIOD.end)}`,
      ),
    );
  if (options.period) {
    if (options.period.start > options.period.end) throw order();
    return options.period;
  }
  const input = readPeriodInput(options.periodStart, options.periodEnd);
  if (input.kind === 'valid') return input.period;
  if (input.end === 'order') throw order();
  const text = input.start !== undefined ? options.periodStart : options.periodEnd;
  throw new EngineError('BAD_PERIOD_DATE', engineErrorMessage('BAD_PERIOD_DATE', lang, text ?? ''));
}

/** The payments sheet named in the options, else the one that reads best as such, if any. */
function findPaymentsSheet(
  workbook: WorkbookSnapshot,
  options: CheckOptions,
  budgetSheet: SheetSnapshot,
  lang: Lang,
): { sheet: SheetSnapshot; header: PaymentsHeader } | undefined {
  if (options.paymentsSheet !== undefined) {
    const wanted = options.paymentsSheet;
    const sheet =
      workbook.sheets.find((s) => s.name === wanted) ??
      workbook.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet)
      throw new EngineError(
        'PAYMENTS_SHEET_NOT_FOUND',
        engineErrorMessage(
          'PAYMENTS_SHEET_NOT_FOUND',
          lang,
          wanted,
          workbook.sheets.map((s) => s.name),
        ),
      );
    const header = detectPaymentsHeader(sheet);
    if (!header?.usable)
      throw new EngineError('SHEET_NOT_PAYMENTS', engineErrorMessage('SHEET_NOT_PAYMENTS', lang, sheet.name));
    if (sheet === budgetSheet)
      throw new EngineError(
        'PAYMENTS_SHEET_IS_BUDGET',
        engineErrorMessage('PAYMENTS_SHEET_IS_BUDGET', lang, sheet.name),
      );
    return { sheet, header };
  }
  let best: { sheet: SheetSnapshot; header: PaymentsHeader } | undefined;
  for (const sheet of workbook.sheets) {
    if (sheet === budgetSheet || options.ignoreSheet?.(sheet.name)) continue;
    const header = detectPaymentsHeader(sheet);
    if (header?.usable && (!best || header.score > best.header.score)) best = { sheet, header };
  }
  return best;
}
