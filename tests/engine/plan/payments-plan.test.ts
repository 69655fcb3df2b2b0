/**
 * The reconciliation tabs in the output plan: there only with a payments sheet; figures are the
 * engine's, totals are SUM formulas over the tab's own rows, links lead to the rows behind each
 * figure, and text from the user's sheets is always text.
 */
import type { CheckResult } from '../../../src/engine/check';
import { address, parseAddress } from '../../../src/engine/grid';
import { serialFromCivil } from '../../../src/engine/dates';
import { buildOutputPlan } from '../../../src/engine/plan/build';
import type { OutputPlan, PlanCell, PlanSheet } from '../../../src/engine/plan/types';
import { isOwnTabName } from '../../../src/engine/plan/words';
import { check, checkPayments, PAYMENTS_BUDGET, type Rows } from '../../helpers';

const PAYMENTS: Rows = [
  ['28-6-2021', 'V-1', 'Versa Welzijn', 1, 'factuur', 3_500, 'betaald', 'Voorbereiding'],
  ['15-2-2022', 'V-2', 'Versa Welzijn', 1, 'voorschot', 100_000, 'betaald', ''],
  ['31-12-2022', 'A-1', 'AT kinderopvang', '7-9', 'voorschot', 20_000, 'betaald', ''],
  ['1-1-2023', 'V-3', 'Versa Welzijn', 1, 'vaststelling', 46_323, 'betaald', ''],
  ['juni 2023', 'R-1', '=2+2', 16, 'factuur', 1_000, 'open', '@eigen tekst'],
  ['15-11-2022', 'IMC-7', 'IMC Weekendschool', 'Weekendschool', 'factuur', 12_500, 'betaald', ''],
];

const planOf = (result: CheckResult, checkedOn = serialFromCivil(2024, 3, 1)): OutputPlan =>
  buildOutputPlan(result, { lang: 'nl', checkedOn, source: 'hilversum.xlsx' });
const tab = (plan: OutputPlan, name: string): PlanSheet => plan.sheets.find((s) => s.name === name)!;
const at = (s: PlanSheet, a1: string): PlanCell | undefined => {
  const p = parseAddress(a1)!;
  return s.cells.find((c) => c.row === p.row && c.col === p.col);
};
const rowOf = (s: PlanSheet, label: string, col = 1): number =>
  s.cells.find((c) => c.col === col && c.content.kind === 'text' && c.content.text === label)!.row;
const resultAt = (s: PlanSheet, row: number, col: number): number | string => {
  const c = at(s, address(row, col))!;
  if (c.content.kind === 'formula') return c.content.result;
  if (c.content.kind === 'number') return c.content.value;
  return c.content.text;
};
const cents = (v: number | string): number => Math.round((v as number) * 100);

describe('the reconciliation tabs', () => {
  const result = checkPayments(PAYMENTS);
  const plan = planOf(result);
  const rec = result.reconciliation!;

  it('come between the goal tabs and the findings, only with a payments sheet', () => {
    expect(plan.sheets.map((s) => s.name).slice(5)).toEqual([
      'Doel 5 Thuiszitters',
      'NPO Afstemming',
      'NPO Jaarrekening',
      'NPO Controle',
    ]);
    expect(planOf(check(PAYMENTS_BUDGET)).sheets.map((s) => s.name)).not.toContain('NPO Afstemming');
    expect(isOwnTabName('NPO Afstemming')).toBe(true);
    expect(isOwnTabName('NPO Jaarrekening (2)')).toBe(true);
    expect(isOwnTabName('Betalingen')).toBe(false);
  });

  it('total each figure on NPO Afstemming with a SUM over the tab’s own rows, carrying the engine’s totals', () => {
    const s = tab(plan, 'NPO Afstemming');
    const total = rowOf(s, 'Totaal');
    const header = total - rec.interventions.length - 2;
    for (const [col, expected] of [
      [3, 65_000_000],
      [4, 16_982_300],
      [5, rec.paidCents],
      [6, rec.openCents],
      [7, 16_982_300 - rec.paidCents],
    ] as const) {
      const c = at(s, address(total, col))!;
      expect(c.content).toEqual({
        kind: 'formula',
        formula: `SUM(${address(header + 1, col)}:${address(total - 1, col)})`,
        result: expected / 100,
      });
    }
    expect(at(s, address(total, 8))!.content).toEqual({
      kind: 'formula',
      formula: `SUM(I${header + 2}:I${total})`,
      result: rec.tolerance.unexplainedCents / 100,
    });
    const unassigned = total - 1;
    expect(at(s, address(unassigned, 1))!.content).toEqual({ kind: 'text', text: 'Zonder bekende interventie' });
    expect(at(s, address(unassigned, 8))!.content).toEqual({
      kind: 'formula',
      formula: `IF(H${unassigned + 1}<0,0-H${unassigned + 1},H${unassigned + 1})`,
      result: 12_500,
    });
    const unexplained = rowOf(s, 'Onverklaarde verschillen (som van de verschillen, zonder teken)');
    expect(cents(resultAt(s, unexplained, 8))).toBe(rec.tolerance.unexplainedCents);
    expect(cents(resultAt(s, rowOf(s, 'Rapporteringstolerantie (Bado art. 5 lid 4)'), 8))).toBe(
      rec.tolerance.toleranceCents,
    );
    expect(at(s, address(rowOf(s, 'Oordeel'), 8))!.content).toEqual({
      kind: 'formula',
      formula: `IF(I${unexplained + 1}<=I${unexplained + 3},"binnen de tolerantie","boven de tolerantie")`,
      result: 'binnen de tolerantie',
    });
  });

  it('link each intervention to its row in the budget and to its block in the list of payments', () => {
    const s = tab(plan, 'NPO Afstemming');
    const huiswerk = rowOf(s, 'Huiswerkkamer');
    expect(at(s, address(huiswerk, 10))!.link).toEqual({ sheet: 'Begroting', cell: 'B2' });
    const toList = at(s, address(huiswerk, 11))!;
    expect(toList.content).toEqual({ kind: 'text', text: '3 betalingen' });
    const first = parseAddress(toList.link!.cell)!.row;
    expect(toList.link!.sheet).toBe('NPO Afstemming');
    // The block starts with Versa's first payment, which links to its amount on the payments sheet.
    expect(at(s, address(first, 1))!.content).toEqual({ kind: 'text', text: 'V-1' });
    expect(at(s, address(first, 9))!.link).toEqual({ sheet: 'Betalingen', cell: 'F2' });
  });

  it('write text from the user’s sheets as text, never as a formula', () => {
    const s = tab(plan, 'NPO Afstemming');
    const texts = s.cells.filter((c) => c.content.kind === 'text').map((c) => (c.content as { text: string }).text);
    expect(texts).toContain('=2+2');
    expect(texts).toContain('@eigen tekst');
    expect(s.cells.some((c) => c.content.kind === 'formula' && c.content.formula.includes('2+2'))).toBe(false);
  });

  it('use only SUM, IF, HYPERLINK and arithmetic, which every spreadsheet program computes alike', () => {
    for (const name of ['NPO Afstemming', 'NPO Jaarrekening']) {
      for (const c of tab(plan, name).cells) {
        if (c.content.kind !== 'formula') continue;
        const functions = c.content.formula.replace(/"[^"]*"/g, '').match(/[A-Z]+(?=\()/g) ?? [];
        expect(functions.filter((f) => f !== 'SUM' && f !== 'IF')).toEqual([]);
      }
    }
  });

  it('total each year on NPO Jaarrekening and carry the cumulative figure and what is left of the ceiling', () => {
    const s = tab(plan, 'NPO Jaarrekening');
    const y2022 = rowOf(s, '2022', 0);
    expect(at(s, address(y2022, 7))!.content).toEqual({
      kind: 'formula',
      formula: `SUM(B${y2022 + 1}:G${y2022 + 1})`,
      result: 132_500,
    });
    expect(at(s, address(y2022, 8))!.content).toEqual({
      kind: 'formula',
      formula: `I${y2022}+H${y2022 + 1}`,
      result: 136_000,
    });
    expect(at(s, address(y2022, 9))!.content).toEqual({
      kind: 'formula',
      formula: `B3-I${y2022 + 1}`,
      result: 1_000_000 - 136_000,
    });
    const total = rowOf(s, 'Totaal', 0);
    expect(cents(resultAt(s, total, 7))).toBe(rec.paidCents);
    expect(cents(resultAt(s, rowOf(s, 'Besteed ten laste van de NPO-middelen', 0), 1))).toBe(rec.payback.spentCents);
  });

  it('call the payback a projection up to and including the period’s last day, and final the day after', () => {
    const label = (checkedOn: number): string | undefined =>
      tab(planOf(result, checkedOn), 'NPO Jaarrekening')
        .cells.map((c) => (c.content.kind === 'text' ? c.content.text : ''))
        .find((t) => t.startsWith('Terug te betalen') && !t.includes('open posten'));
    expect(label(serialFromCivil(2025, 7, 31))).toBe(
      'Terug te betalen bij geen verdere besteding t/m 31-07-2025 (prognose)',
    );
    expect(label(serialFromCivil(2025, 8, 1))).toBe('Terug te betalen (bestedingsperiode geëindigd op 31-07-2025)');
  });

  it('count the payments sheet’s findings on the overview, linking to NPO Afstemming', () => {
    const s = tab(plan, 'NPO Overzicht');
    const line = rowOf(s, 'Betalingen (werkblad ‘Betalingen’)', 0);
    expect(at(s, address(line, 0))!.link).toEqual({ sheet: 'NPO Afstemming', cell: 'A1' });
    const onPayments = result.findings.filter((f) => f.sheet === 'Betalingen');
    const counted = [6, 7, 8].reduce((n, col) => n + (resultAt(s, line, col) as number), 0);
    expect(counted).toBe(onPayments.length);
    expect(at(s, address(line + 1, 6))!.content).toMatchObject({ kind: 'formula', formula: `SUM(G6:G${line + 1})` });
  });

  it('highlight the flagged cells of the payments sheet too', () => {
    const sheets = new Set(plan.highlights.map((h) => h.sheet));
    expect(sheets).toEqual(new Set(['Begroting', 'Betalingen']));
    expect(plan.highlights.find((h) => h.sheet === 'Betalingen' && h.cell === 'A6')).toMatchObject({
      severity: 'error',
    });
  });
});
