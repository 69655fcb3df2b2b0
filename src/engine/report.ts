/**
 * The result as the command line prints it: a JSON object (the public contract) or a readable
 * text report. Both are plain strings built from the result; nothing here knows about files.
 */
import type { CheckResult } from './check';
import { explainLines, readingJson, readingLines } from './reading';
import { dutchDateOf, isoDate } from './dates';
import { dutchFormula } from './formula/dutch';
import { SEVERITY_ORDER } from './findings';
import { ceilingSourceText, LAYOUT_LABEL, SEVERITY_LABEL, type Lang } from './messages';
import { REPORT_WORDS as WORDS } from './words/report';
import { formatEuro, formatPercent } from './money';
import { goalInfo } from './goals';
import { ceilingVerdict } from './inputs/verdict';
import { countBySeverity } from './inputs/severity-counts';
import { basisSentence, matchSentence } from './words/payments';
import type { Payment, Reconciliation, SpendingRow } from './payments/model';
import {
  asJson,
  type JsonAcceptance,
  type JsonAcceptedFinding,
  type JsonAllocation,
  type JsonFinding,
  type JsonGoalSummary,
  type JsonIntervention,
  type JsonInterventionReconciliation,
  type JsonPartnerReconciliation,
  type JsonPayback,
  type JsonPayment,
  type JsonReconciliation,
  type JsonReportV1,
  type JsonSpending,
  type JsonTolerance,
  type JsonUnmatchedCode,
  type JsonWithoutGoal,
  type JsonYear,
} from './json-report';

/** The JSON contract (`JsonReportV1`, docs/npo-check.schema.json). */
export function toJsonReport(result: CheckResult, file: string): JsonReportV1 {
  const { model, summaries } = result;
  return {
    file,
    sheet: model.sheet,
    layout: model.layout,
    headerRow: model.headerRow + 1,
    reading: readingJson(model),
    ceilingCents: model.ceiling.cents,
    ceilingSource: model.ceiling.source,
    ...(model.ceiling.cell ? { ceilingCell: `${model.ceiling.sheet}!${model.ceiling.cell}` } : {}),
    totals: { begrootCents: summaries.begrootCents, benutCents: summaries.benutCents },
    goals: summaries.goals.map((g): JsonGoalSummary => ({
      goal: g.goal,
      name: g.name,
      begrootCents: g.begrootCents,
      benutCents: g.benutCents,
      restantCents: g.restantCents,
      interventions: g.interventions,
    })),
    withoutGoal: asJson<JsonWithoutGoal>()(summaries.withoutGoal),
    interventions: model.interventions.map((i): JsonIntervention => ({
      code: i.code ?? null,
      name: i.name,
      row: i.row + 1,
      partner: i.partner ?? null,
      begrootCents: i.begrootCents,
      benutCents: i.benutCents,
      allocations: i.allocations.map((a): JsonAllocation => ({
        goal: a.goal,
        begrootCents: a.begrootCents,
        benutCents: a.benutCents,
        split: a.split,
      })),
    })),
    findings: result.findings.map((f) => withDutchFormula(asJson<JsonFinding>()(f))),
    counts: countBySeverity(result.findings),
    accepted: result.accepted.map((f) => withDutchFormula(asJson<JsonAcceptedFinding>()(f))),
    unusedAcceptances: result.unusedAcceptances.map(asJson<JsonAcceptance>()),
    ...(result.reconciliation ? reconciliationJson(result.reconciliation) : {}),
  };
}

/** The corrected formula also as Dutch Excel takes it (`=SOM(E6:E20)`), beside the invariant English one. */
function withDutchFormula<F extends JsonFinding>(finding: F): F {
  return finding.correctedFormula !== undefined
    ? { ...finding, correctedFormulaNl: dutchFormula(finding.correctedFormula) }
    : finding;
}

function spendingJson(row: SpendingRow): JsonSpending {
  return {
    goals: row.goals.map((g) => ({ goal: g.goal, paidCents: g.paidCents })),
    withoutGoalCents: row.withoutGoalCents,
    totalCents: row.totalCents,
  };
}

function paymentJson(p: Payment): JsonPayment {
  return {
    row: p.row + 1,
    number: p.number ?? null,
    date: p.date.kind === 'date' ? isoDate(p.date.serial) : null,
    partner: p.partner ?? null,
    intervention: p.intervention ? (p.intervention.code ?? p.intervention.name) : null,
    interventionText: p.interventionText,
    matchedBy: p.matchedBy ?? null,
    kind: p.kind ?? null,
    status: p.status,
    amountCents: p.cents,
  };
}

/** The `reconciliation` and `years` fields, present only when there is a payments sheet. */
function reconciliationJson(rec: Reconciliation): { reconciliation: JsonReconciliation; years: JsonYear[] } {
  return {
    reconciliation: {
      paymentsSheet: rec.paymentsSheet.sheet,
      basis: asJson<JsonReconciliation['basis']>()(rec.paymentsSheet.basis),
      matchedBy: asJson<JsonReconciliation['matchedBy']>()(rec.matchedBy),
      unmatchedCodes: rec.unmatchedCodes.map((u): JsonUnmatchedCode => ({
        code: u.code,
        bookings: u.bookings,
        paidCents: u.paidCents,
        openCents: u.openCents,
        description: u.description ?? null,
        rows: u.payments.map((p) => p.row + 1),
      })),
      periodStart: isoDate(rec.period.start),
      periodEnd: isoDate(rec.period.end),
      paidCents: rec.paidCents,
      openCents: rec.openCents,
      interventions: rec.interventions.map((r): JsonInterventionReconciliation => ({
        code: r.intervention.code ?? null,
        name: r.intervention.name,
        row: r.intervention.row + 1,
        partner: r.intervention.partner ?? null,
        begrootCents: r.intervention.begrootCents,
        benutCents: r.intervention.benutCents,
        paidCents: r.paidCents,
        openCents: r.openCents,
        differenceCents: r.differenceCents,
        payments: r.payments.length,
      })),
      partners: rec.partners.map((p): JsonPartnerReconciliation => ({
        partner: p.partner ?? null,
        interventions: p.interventions.map((r) => r.intervention.code ?? r.intervention.name),
        begrootCents: p.begrootCents,
        benutCents: p.benutCents,
        paidCents: p.paidCents,
        openCents: p.openCents,
        differenceCents: p.differenceCents,
      })),
      unassigned: {
        paidCents: rec.unassigned.paidCents,
        openCents: rec.unassigned.openCents,
        payments: rec.unassigned.payments.length,
      },
      undated: spendingJson(rec.undated),
      tolerance: asJson<JsonTolerance>()(rec.tolerance),
      payback: asJson<JsonPayback>()(rec.payback),
      payments: rec.paymentsSheet.payments.map(paymentJson),
    },
    years: rec.years.map((y): JsonYear => ({ year: y.year, ...spendingJson(y), cumulativeCents: y.cumulativeCents })),
  };
}

export function toTextReport(
  result: CheckResult,
  file: string,
  lang: Lang,
  options: { explain?: boolean } = {},
): string {
  const w = WORDS[lang];
  const { model, summaries } = result;
  const lines: string[] = [];
  lines.push(w.title, '');
  lines.push(`${w.file}: ${file}`);
  lines.push(`${w.sheet}: ${model.sheet} (${LAYOUT_LABEL[lang][model.layout]}, ${w.header} ${model.headerRow + 1})`);
  lines.push(...(options.explain ? explainLines(model, lang) : readingLines(model, lang)));
  lines.push(
    `${w.ceiling}: ${formatEuro(model.ceiling.cents)} (${ceilingSourceText(model.ceiling.source, lang, model.ceiling)})`,
  );
  lines.push('');

  // Without a benut column there is nothing spent to show: a column of zeros would mislead.
  const figures = (begroot: number, benut: number): string[] =>
    model.hasBenut
      ? [formatEuro(begroot), formatEuro(benut), formatEuro(begroot - benut), formatPercent(benut, begroot) ?? '-']
      : [formatEuro(begroot)];
  const table: string[][] = [[w.goal, w.begroot, ...(model.hasBenut ? [w.benut, w.restant, w.percent] : [])]];
  for (const g of summaries.goals) {
    const name = lang === 'nl' ? g.name : goalInfo(g.goal).nameEn;
    table.push([`${g.goal} ${name}`, ...figures(g.begrootCents, g.benutCents)]);
  }
  const wg = summaries.withoutGoal;
  if (wg.interventions > 0) table.push([w.withoutGoal, ...figures(wg.begrootCents, wg.benutCents)]);
  table.push([w.total, ...figures(summaries.begrootCents, summaries.benutCents)]);
  lines.push(...alignTable(table));

  const verdict = ceilingVerdict(summaries.begrootCents, model.ceiling.cents);
  lines.push('');
  lines.push(
    `${w.ceiling} ${formatEuro(model.ceiling.cents)}: ${verdict.kind === 'at' ? w.exact : `${formatEuro(verdict.amountCents)} ${verdict.kind === 'over' ? w.over : w.under}`}`,
  );
  lines.push('');
  if (result.reconciliation) lines.push(...reconciliationText(result.reconciliation, lang), '');

  const counts = countBySeverity(result.findings);
  const acceptedCount = result.accepted.length > 0 ? `; ${result.accepted.length} ${w.accepted.toLowerCase()}` : '';
  lines.push(
    `${w.findings}: ${SEVERITY_ORDER.map((s) => `${counts[s]} ${w.count[s][counts[s] === 1 ? 0 : 1]}`).join(', ')}${acceptedCount}`,
  );
  if (result.findings.length === 0) lines.push(w.none);
  // Wide enough for the budget rules; the longer payment rule ids widen it when they occur.
  const ruleWidth = Math.max(26, ...result.findings.map((f) => f.rule.length));
  for (const severity of SEVERITY_ORDER) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${SEVERITY_LABEL[lang][severity]} (${group.length})`);
    for (const f of group) lines.push(`  ${f.cell.padEnd(6)} ${f.rule.padEnd(ruleWidth)} ${f.message}`);
  }
  // Accepted findings are listed apart, with their reason, so nothing explained is hidden.
  if (result.accepted.length > 0) {
    lines.push('', `${w.accepted} (${result.accepted.length})`);
    for (const f of result.accepted) {
      lines.push(`  ${f.cell.padEnd(6)} ${f.rule.padEnd(ruleWidth)} ${f.message}`);
      lines.push(
        `  ${''.padEnd(6)} ${''.padEnd(ruleWidth)} ${w.reason}: ${f.acceptance.reason} (${w.acceptedOn} ${f.acceptance.acceptedOn})`,
      );
    }
  }
  if (result.unusedAcceptances.length > 0) {
    lines.push('', `${w.unused} (${result.unusedAcceptances.length})`);
    for (const a of result.unusedAcceptances)
      lines.push(`  ${a.fingerprint}: ${a.reason} (${w.acceptedOn} ${a.acceptedOn})`);
  }
  return `${lines.join('\n')}\n`;
}

function reconciliationText(rec: Reconciliation, lang: Lang): string[] {
  const w = WORDS[lang];
  const lines = [
    w.reconciliation(`‘${rec.paymentsSheet.sheet}’`, dutchDateOf(rec.period.start), dutchDateOf(rec.period.end)),
    '',
  ];
  lines.push(basisSentence(rec.paymentsSheet.basis, lang), matchSentence(rec, lang));
  // Unmatched bookings by code: one line in NPO Koppeling fixes every booking under it.
  for (const u of rec.unmatchedCodes)
    lines.push(
      `  ${u.code === '' ? '–' : u.code}: ${u.bookings} × ${formatEuro(u.paidCents + u.openCents)}${u.description !== undefined ? ` (${u.description})` : ''}`,
    );
  lines.push('');
  const benut = rec.interventions.reduce((n, r) => n + r.intervention.benutCents, 0);
  const table: string[][] = [['', w.benut, w.paid, w.open, w.difference]];
  table.push([
    w.total,
    formatEuro(benut),
    formatEuro(rec.paidCents - rec.unassigned.paidCents),
    formatEuro(rec.openCents - rec.unassigned.openCents),
    formatEuro(benut - rec.paidCents + rec.unassigned.paidCents),
  ]);
  if (rec.unassigned.payments.length > 0)
    table.push([w.unassigned, '', formatEuro(rec.unassigned.paidCents), formatEuro(rec.unassigned.openCents), '']);
  lines.push(...alignTable(table), '');
  const years: string[][] = [[w.year, w.paid, w.cumulative]];
  for (const y of rec.years) years.push([String(y.year), formatEuro(y.totalCents), formatEuro(y.cumulativeCents)]);
  if (rec.undated.totalCents !== 0) years.push([w.undated, formatEuro(rec.undated.totalCents), '']);
  lines.push(...alignTable(years), '');
  const t = rec.tolerance;
  lines.push(
    `${w.unexplained}: ${formatEuro(t.unexplainedCents)}; ${w.tolerance} ${formatEuro(t.toleranceCents)}: ${t.within ? w.within : w.outside}`,
  );
  lines.push(`${w.payback(dutchDateOf(rec.period.end))}: ${formatEuro(rec.payback.paybackCents)}`);
  return lines;
}

/** First column left-aligned, amounts right-aligned, two spaces between columns. */
export function alignTable(rows: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}
