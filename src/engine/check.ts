/**
 * The engine's one entry point: a workbook snapshot and options in, a result out. Parsing (layout
 * detection), the model, the rules and the summaries are separate steps wired together here.
 */
import { findCeiling } from './ceiling';
import { RULE_SEVERITY, SEVERITY_ORDER, type Finding, type RawFinding } from './findings';
import { address, type SheetSnapshot, type WorkbookSnapshot } from './grid';
import { detectHeader, type Header } from './layout/detect';
import { readBody } from './layout/read';
import { engineErrorMessage, renderMessage, type EngineErrorCode, type Lang } from './messages';
import type { BudgetModel } from './model';
import { RULES } from './rules';
import { summarise, type Summaries } from './summaries';

export interface CheckOptions {
  /** The sheet to check; without it the sheet that reads best as a budget sheet is chosen. */
  readonly sheet?: string;
  readonly ceilingCents?: number;
  readonly lang?: Lang;
  /** Sheets never to consider as budget sheet (the add-in's own summary tabs). */
  readonly ignoreSheet?: (name: string) => boolean;
}

export interface SheetCandidate {
  readonly sheet: string;
  readonly score: number;
}

export interface CheckResult {
  readonly model: BudgetModel;
  readonly summaries: Summaries;
  readonly findings: ReadonlyArray<Finding>;
  /** Every sheet that reads as a budget sheet, best first (the task pane offers them). */
  readonly candidates: ReadonlyArray<SheetCandidate>;
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

export function findBudgetSheets(workbook: WorkbookSnapshot, ignoreSheet?: (name: string) => boolean): Array<{ sheet: SheetSnapshot; header: Header }> {
  const found: Array<{ sheet: SheetSnapshot; header: Header }> = [];
  for (const sheet of workbook.sheets) {
    if (ignoreSheet?.(sheet.name)) continue;
    const header = detectHeader(sheet);
    if (header) found.push({ sheet, header });
  }
  // Stable sort: among equally good sheets the first in the workbook wins.
  return found.sort((a, b) => b.header.score - a.header.score);
}

export function checkWorkbook(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? 'nl';
  const names = workbook.sheets.map((s) => s.name);
  if (workbook.sheets.length === 0) throw new EngineError('EMPTY_WORKBOOK', engineErrorMessage('EMPTY_WORKBOOK', lang));
  const candidates = findBudgetSheets(workbook, options.ignoreSheet);

  let chosen: { sheet: SheetSnapshot; header: Header } | undefined;
  if (options.sheet !== undefined) {
    const sheet = workbook.sheets.find((s) => s.name === options.sheet) ?? workbook.sheets.find((s) => s.name.toLowerCase() === options.sheet!.toLowerCase());
    if (!sheet) throw new EngineError('SHEET_NOT_FOUND', engineErrorMessage('SHEET_NOT_FOUND', lang, options.sheet, names));
    const header = detectHeader(sheet);
    if (!header) throw new EngineError('SHEET_NOT_BUDGET', engineErrorMessage('SHEET_NOT_BUDGET', lang, sheet.name));
    chosen = { sheet, header };
  } else {
    chosen = candidates[0];
    if (!chosen) throw new EngineError('NO_BUDGET_SHEET', engineErrorMessage('NO_BUDGET_SHEET', lang, undefined, names));
  }

  const model = buildModel(workbook, chosen.sheet, chosen.header, options.ceilingCents);
  const findings = RULES.flatMap((rule) => rule(model))
    .sort(bySeverityThenPosition)
    .map(
      (raw): Finding => ({
        rule: raw.rule,
        severity: RULE_SEVERITY[raw.rule],
        sheet: model.sheet,
        cell: address(raw.row, raw.col),
        message: renderMessage(raw, lang),
        ...(raw.amountCents !== undefined ? { amountCents: raw.amountCents } : {}),
        ...(raw.interventionCode !== undefined ? { interventionCode: raw.interventionCode } : {}),
        ...(raw.field !== undefined ? { field: raw.field } : {}),
        ...(raw.correctedFormula !== undefined ? { correctedFormula: raw.correctedFormula } : {}),
      }),
    );

  return {
    model,
    summaries: summarise(model),
    findings,
    candidates: candidates.map((c) => ({ sheet: c.sheet.name, score: c.header.score })),
  };
}

function bySeverityThenPosition(a: RawFinding, b: RawFinding): number {
  const severity = (f: RawFinding): number => SEVERITY_ORDER.indexOf(RULE_SEVERITY[f.rule]);
  return severity(a) - severity(b) || a.row - b.row || a.col - b.col;
}

export function buildModel(workbook: WorkbookSnapshot, sheet: SheetSnapshot, header: Header, ceilingCents?: number): BudgetModel {
  const body = readBody(sheet, header);
  const { columns } = header;
  const begrootCol = columns.begroot ?? header.goalColumns.find((g) => g.kind === 'begroot')?.col;
  const benutCol = columns.benut ?? header.goalColumns.find((g) => g.kind === 'benut')?.col;
  return {
    sheet: sheet.name,
    layout: header.layout,
    headerRow: header.row,
    begrootHeader: begrootCol !== undefined ? { row: header.row, col: begrootCol } : undefined,
    benutHeader: benutCol !== undefined ? { row: header.row, col: benutCol } : undefined,
    hasBenut: benutCol !== undefined,
    interventions: body.interventions,
    totals: body.totals,
    ceiling: findCeiling(workbook, sheet, header.row, ceilingCents),
    hiddenRows: new Set(sheet.hiddenRows ?? []),
  };
}
