/**
 * The result as the command line prints it: a JSON object (the public contract) or a readable
 * text report. Both are plain strings built from the result; nothing here knows about files.
 */
import type { CheckResult } from './check';
import { SEVERITY_ORDER, type Finding, type Severity } from './findings';
import { ceilingSourceText, LAYOUT_LABEL, SEVERITY_LABEL, type Lang } from './messages';
import { formatEuro, formatPercent } from './money';
import { goalInfo } from './goals';

export function countBySeverity(findings: ReadonlyArray<Finding>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function toJsonReport(result: CheckResult, file: string): object {
  const { model, summaries } = result;
  return {
    file,
    sheet: model.sheet,
    layout: model.layout,
    headerRow: model.headerRow + 1,
    ceilingCents: model.ceiling.cents,
    ceilingSource: model.ceiling.source,
    ...(model.ceiling.cell ? { ceilingCell: `${model.ceiling.sheet}!${model.ceiling.cell}` } : {}),
    totals: { begrootCents: summaries.begrootCents, benutCents: summaries.benutCents },
    goals: summaries.goals.map((g) => ({
      goal: g.goal,
      name: g.name,
      begrootCents: g.begrootCents,
      benutCents: g.benutCents,
      restantCents: g.restantCents,
      interventions: g.interventions,
    })),
    withoutGoal: summaries.withoutGoal,
    interventions: model.interventions.map((i) => ({
      code: i.code ?? null,
      name: i.name,
      row: i.row + 1,
      partner: i.partner ?? null,
      begrootCents: i.begrootCents,
      benutCents: i.benutCents,
      allocations: i.allocations.map((a) => ({ goal: a.goal, begrootCents: a.begrootCents, benutCents: a.benutCents, split: a.split })),
    })),
    findings: result.findings,
    counts: countBySeverity(result.findings),
  };
}

const WORDS = {
  nl: {
    title: 'NPO-begrotingscontrole',
    file: 'Bestand',
    sheet: 'Werkblad',
    header: 'kopregel op rij',
    ceiling: 'Plafond',
    goal: 'Bestedingsdoel',
    begroot: 'Begroot',
    benut: 'Benut',
    restant: 'Restant',
    percent: '% benut',
    withoutGoal: 'Zonder (geldig) doel',
    total: 'Totaal',
    over: 'boven het plafond',
    under: 'nog te begroten onder het plafond',
    exact: 'precies gelijk aan het plafond',
    findings: 'Bevindingen',
    none: 'Geen bevindingen.',
    count: { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['ter info', 'ter info'] } as Record<Severity, [string, string]>,
  },
  en: {
    title: 'NPO budget check',
    file: 'File',
    sheet: 'Sheet',
    header: 'header on row',
    ceiling: 'Ceiling',
    goal: 'Spending goal',
    begroot: 'Budgeted',
    benut: 'Spent',
    restant: 'Remaining',
    percent: '% spent',
    withoutGoal: 'Without a (valid) goal',
    total: 'Total',
    over: 'above the ceiling',
    under: 'left to budget under the ceiling',
    exact: 'exactly the ceiling',
    findings: 'Findings',
    none: 'No findings.',
    count: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] } as Record<Severity, [string, string]>,
  },
};

export function toTextReport(result: CheckResult, file: string, lang: Lang): string {
  const w = WORDS[lang];
  const { model, summaries } = result;
  const lines: string[] = [];
  lines.push(w.title, '');
  lines.push(`${w.file}: ${file}`);
  lines.push(`${w.sheet}: ${model.sheet} (${LAYOUT_LABEL[lang][model.layout]}, ${w.header} ${model.headerRow + 1})`);
  lines.push(`${w.ceiling}: ${formatEuro(model.ceiling.cents)} (${ceilingSourceText(model.ceiling.source, lang, model.ceiling)})`);
  lines.push('');

  // Without a benut column there is nothing spent to show: a column of zeros would mislead.
  const figures = (begroot: number, benut: number): string[] =>
    model.hasBenut ? [formatEuro(begroot), formatEuro(benut), formatEuro(begroot - benut), formatPercent(benut, begroot) ?? '-'] : [formatEuro(begroot)];
  const table: string[][] = [[w.goal, w.begroot, ...(model.hasBenut ? [w.benut, w.restant, w.percent] : [])]];
  for (const g of summaries.goals) {
    const name = lang === 'nl' ? g.name : goalInfo(g.goal).nameEn;
    table.push([`${g.goal} ${name}`, ...figures(g.begrootCents, g.benutCents)]);
  }
  const wg = summaries.withoutGoal;
  if (wg.interventions > 0) table.push([w.withoutGoal, ...figures(wg.begrootCents, wg.benutCents)]);
  table.push([w.total, ...figures(summaries.begrootCents, summaries.benutCents)]);
  lines.push(...alignTable(table));

  const room = model.ceiling.cents - summaries.begrootCents;
  lines.push('');
  lines.push(`${w.ceiling} ${formatEuro(model.ceiling.cents)}: ${room < 0 ? `${formatEuro(-room)} ${w.over}` : room > 0 ? `${formatEuro(room)} ${w.under}` : w.exact}`);
  lines.push('');

  const counts = countBySeverity(result.findings);
  lines.push(`${w.findings}: ${SEVERITY_ORDER.map((s) => `${counts[s]} ${w.count[s][counts[s] === 1 ? 0 : 1]}`).join(', ')}`);
  if (result.findings.length === 0) lines.push(w.none);
  for (const severity of SEVERITY_ORDER) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${SEVERITY_LABEL[lang][severity]} (${group.length})`);
    for (const f of group) lines.push(`  ${f.cell.padEnd(6)} ${f.rule.padEnd(26)} ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** First column left-aligned, amounts right-aligned, two spaces between columns. */
function alignTable(rows: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}
