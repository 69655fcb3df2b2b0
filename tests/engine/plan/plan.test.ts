import { serialFromCivil } from '../../../src/engine/dates';
import { buildOutputPlan } from '../../../src/engine/plan/build';
import type { OutputPlan, PlanCell, PlanSheet } from '../../../src/engine/plan/types';
import { address, parseAddress } from '../../../src/engine/grid';
import { check, LIST_HEADER } from '../../helpers';

const CHECKED_ON = serialFromCivil(2026, 11, 22);

function planFor(rows: Parameters<typeof check>[0], lang: 'nl' | 'en' = 'nl'): OutputPlan {
  return buildOutputPlan(check(rows, { lang, ceilingCents: undefined }), {
    lang,
    checkedOn: CHECKED_ON,
    source: 'begroting.xlsx',
  });
}

const sheet = (plan: OutputPlan, name: string): PlanSheet => plan.sheets.find((s) => s.name === name)!;
const cellOf = (s: PlanSheet, a1: string): PlanCell | undefined => {
  const at = parseAddress(a1)!;
  return s.cells.find((c) => c.row === at.row && c.col === at.col);
};

/** Evaluates the plan's own formulas (SUM over a range, A-B, IF(x=0,"",a/b)) from its cells. */
function evaluate(s: PlanSheet, a1: string): number | string {
  const c = cellOf(s, a1);
  if (!c) return 0;
  if (c.content.kind === 'number') return c.content.value;
  if (c.content.kind === 'text') return c.content.text;
  const f = c.content.formula;
  let m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(f);
  if (m) {
    let sum = 0;
    for (let r = Number(m[2]); r <= Number(m[4]); r++) {
      const v = evaluate(s, `${m[1]}${r}`);
      if (typeof v === 'number') sum += v;
    }
    return sum;
  }
  m = /^([A-Z]+\d+)-([A-Z]+\d+)$/.exec(f);
  if (m) return (evaluate(s, m[1]!) as number) - (evaluate(s, m[2]!) as number);
  m = /^IF\(([A-Z]+\d+)=0,"",([A-Z]+\d+)\/([A-Z]+\d+)\)$/.exec(f);
  if (m) return evaluate(s, m[1]!) === 0 ? '' : (evaluate(s, m[2]!) as number) / (evaluate(s, m[3]!) as number);
  throw new Error(`formula not understood: ${f}`);
}

const cents = (v: number | string): number => Math.round((v as number) * 100);

const HILVERSUM_LIKE = [
  ['NPO-begroting', null, null, null, null, null],
  ['Plafond', 2_138_509.64],
  [],
  [...LIST_HEADER],
  [1, 'Zomerschool', 1, 'Bink', 145_000, 100_000],
  [16, 'Preventief spreekuur', 5, 'RBL', 50_000, 72_114],
  [7, 'Top VVE', '2 en 3', 'AT', 100.01, 40],
  [9, 'Reserve', '', '', 1_000, 0],
  ['Totaal', null, null, null, 196_000, 172_154],
];

describe('the output plan', () => {
  const plan = planFor(HILVERSUM_LIKE);

  it('describes the overview, one tab per goal and the findings tab, with names Excel accepts', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'NPO Overzicht',
      'Doel 1 Bovenschools',
      'Doel 2 Voorschools',
      'Doel 3 Zorg en welzijn',
      'Doel 4 Samenwerking',
      'Doel 5 Thuiszitters',
      'NPO Controle',
    ]);
    for (const s of plan.sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('states the sheet, the source, the date and the ceiling with its source on the overview', () => {
    const o = sheet(plan, 'NPO Overzicht');
    expect(cellOf(o, 'A2')!.content).toEqual({
      kind: 'text',
      text: 'Werkblad ‘Begroting’ uit begroting.xlsx, gecontroleerd op 22-11-2026',
    });
    expect(cellOf(o, 'B3')!.content).toEqual({ kind: 'number', value: 2_138_509.64 });
    expect(cellOf(o, 'B3')!.format).toBe('euro');
  });

  it('writes per goal the engine’s figures, and totals as SUM formulas that add up to the engine’s totals to the cent', () => {
    const o = sheet(plan, 'NPO Overzicht');
    expect(cellOf(o, 'A6')!.content).toEqual({ kind: 'text', text: '1 Bovenschoolse maatregelen' });
    expect(cellOf(o, 'A6')!.link).toEqual({ sheet: 'Doel 1 Bovenschools', cell: 'A1' });
    expect(cellOf(o, 'A11')!.content).toEqual({ kind: 'text', text: 'Zonder (geldig) doel' });
    expect(cellOf(o, 'A13')!.content).toEqual({ kind: 'text', text: 'Totaal' });
    expect(cellOf(o, 'B13')!.content).toEqual({ kind: 'formula', formula: 'SUM(B6:B12)', result: 196_100.01 });
    expect(cents(evaluate(o, 'B13'))).toBe(19_610_001);
    expect(cents(evaluate(o, 'C13'))).toBe(17_215_400);
    expect(cents(evaluate(o, 'D13'))).toBe(19_610_001 - 17_215_400);
    // Goal 2 and 3 share Top VVE's € 100,01: 50,01 and 50,00.
    expect(cents(evaluate(o, 'B7'))).toBe(5_001);
    expect(cents(evaluate(o, 'B8'))).toBe(5_000);
  });

  it('shows how far the plan is over the ceiling as a positive amount', () => {
    const over = planFor([['Plafond', 1_000], [], [...LIST_HEADER], [1, 'Zomerschool', 1, 'Bink', 1_200, 0]]);
    const o = sheet(over, 'NPO Overzicht');
    const label = o.cells.find((c) => c.content.kind === 'text' && c.content.text === 'Begroot boven het plafond')!;
    expect(o.cells.find((c) => c.row === label.row && c.col === 1)!.content).toEqual({
      kind: 'formula',
      formula: 'B13-B3',
      result: 200,
    });
  });

  it('shows the room under the ceiling as a formula and in words', () => {
    const o = sheet(plan, 'NPO Overzicht');
    expect(cellOf(o, 'B15')!.content).toMatchObject({ kind: 'formula', formula: 'B3-B13' });
    expect(cents(evaluate(o, 'B15'))).toBe(213_850_964 - 19_610_001);
    expect(cellOf(o, 'A16')!.content).toEqual({
      kind: 'text',
      text: 'Er is nog € 1.942.409,63 onder het plafond beschikbaar.',
    });
  });

  it('counts findings per goal by severity, the total row adding them up', () => {
    const o = sheet(plan, 'NPO Overzicht');
    // Goal 5: OVERSPENT (warning) on Preventief spreekuur.
    expect(cellOf(o, 'H10')!.content).toEqual({ kind: 'number', value: 1 });
    // Without goal: NO_GOAL (error) on Reserve.
    expect(cellOf(o, 'G11')!.content).toEqual({ kind: 'number', value: 1 });
    expect(evaluate(o, 'G13')).toBe(
      (['G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12'] as const).reduce((n, a) => n + (evaluate(o, a) as number), 0),
    );
  });

  it('lists a goal’s interventions with restant, % benut and status in an Excel table, the total row below it', () => {
    const d = sheet(plan, 'Doel 5 Thuiszitters');
    expect(d.tables).toEqual([{ name: 'NPO_Doel_5', headerRow: 3, firstCol: 0, lastCol: 9, lastRow: 4 }]);
    expect(cellOf(d, 'B5')!.content).toEqual({ kind: 'text', text: 'Preventief spreekuur' });
    expect(cellOf(d, 'H5')!.content).toEqual({ kind: 'text', text: 'overbesteed' });
    expect(cellOf(d, 'J5')!.link).toEqual({ sheet: 'Begroting', cell: 'B6' });
    expect(cellOf(d, 'D6')!.content).toEqual({ kind: 'formula', formula: 'SUM(D5:D5)', result: 50_000 });
    expect(cents(evaluate(d, 'F6'))).toBe(-2_211_400);
    expect(evaluate(d, 'G5')).toBeCloseTo(72_114 / 50_000, 10);
  });

  it('says how a split amount was divided, and marks statuses', () => {
    const d3 = sheet(plan, 'Doel 3 Zorg en welzijn');
    expect(cellOf(d3, 'I5')!.content).toEqual({ kind: 'text', text: 'Gelijk verdeeld over doel 2 en 3' });
    expect(cellOf(sheet(plan, 'Doel 1 Bovenschools'), 'H5')!.content).toEqual({ kind: 'text', text: 'binnen budget' });
    expect(cellOf(sheet(plan, 'Doel 4 Samenwerking'), 'A4')!.content).toEqual({
      kind: 'text',
      text: 'Geen interventies met dit doel.',
    });
  });

  it('lists every finding on the findings tab with a link to its cell', () => {
    const c = sheet(plan, 'NPO Controle');
    const result = check(HILVERSUM_LIKE, { ceilingCents: undefined });
    expect(c.tables[0]).toMatchObject({ name: 'NPO_Controle', headerRow: 3, lastRow: 3 + result.findings.length });
    result.findings.forEach((f, i) => {
      expect(cellOf(c, `B${5 + i}`)!.content).toEqual({ kind: 'text', text: f.rule });
      expect(cellOf(c, `C${5 + i}`)!.link).toEqual({ sheet: 'Begroting', cell: f.cell });
      expect(cellOf(c, `E${5 + i}`)!.content).toEqual({ kind: 'text', text: f.message });
    });
  });

  it('highlights each flagged cell once, by its most severe finding, with all findings in the note', () => {
    const byCell = new Map(plan.highlights.map((h) => [h.cell, h]));
    expect(byCell.get('E9')).toMatchObject({ sheet: 'Begroting', row: 8, col: 4, severity: 'error' });
    expect(byCell.get('E9')!.note.split('\n')).toEqual([
      expect.stringMatching(/^Fout \(SUBTOTAL_MISMATCH\)/),
      expect.stringMatching(/^Waarschuwing \(TOTAL_HARDCODED\)/),
      expect.stringMatching(/^Ter info \(BUDGET_UNALLOCATED\)/),
    ]);
    expect(byCell.get('F6')).toMatchObject({ severity: 'warning' });
  });

  it('is written in English with lang en, tab names staying Dutch', () => {
    const en = planFor(HILVERSUM_LIKE, 'en');
    expect(en.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(cellOf(sheet(en, 'NPO Overzicht'), 'A13')!.content).toEqual({ kind: 'text', text: 'Total' });
  });
});

describe('formula injection', () => {
  const nasty = ['=HYPERLINK("http://example.invalid","klik")', '+31 6 12345678', '-1+1', '@SUM(A1)'];
  const plan = planFor([
    [...LIST_HEADER],
    [nasty[3], nasty[0], 1, nasty[1], 1_000, 0],
    [2, nasty[2], 1, nasty[0], 2_000, 0],
  ]);

  it('writes text from the user’s sheet as text, never as a formula', () => {
    const d = sheet(plan, 'Doel 1 Bovenschools');
    expect(cellOf(d, 'A5')!.content).toEqual({ kind: 'text', text: '@SUM(A1)' });
    expect(cellOf(d, 'B5')!.content).toEqual({ kind: 'text', text: nasty[0] });
    expect(cellOf(d, 'C5')!.content).toEqual({ kind: 'text', text: '+31 6 12345678' });
    expect(cellOf(d, 'B6')!.content).toEqual({ kind: 'text', text: '-1+1' });
  });

  it('has only the engine’s own formulas anywhere in the plan', () => {
    const own = /^(SUM\([A-Z]+\d+:[A-Z]+\d+\)|[A-Z]+\d+-[A-Z]+\d+|IF\([A-Z]+\d+=0,"",[A-Z]+\d+\/[A-Z]+\d+\))$/;
    for (const s of plan.sheets) {
      for (const c of s.cells) {
        if (c.content.kind === 'formula') expect(c.content.formula).toMatch(own);
      }
    }
  });
});

it('keeps every formula’s stated result equal to what the formula computes, on every tab', () => {
  const plan = planFor(HILVERSUM_LIKE);
  for (const s of plan.sheets) {
    for (const c of s.cells) {
      if (c.content.kind !== 'formula') continue;
      const value = evaluate(s, address(c.row, c.col));
      if (typeof c.content.result === 'string') expect(value).toBe(c.content.result);
      else expect(value).toBeCloseTo(c.content.result, 9);
    }
  }
});
