import type { PlainValue } from '../../src/engine/grid';
import {
  ACCEPTANCES_SHEET,
  acceptancesSheetRows,
  readAcceptances,
  withAcceptance,
  withoutAcceptance,
  type Acceptance,
} from '../../src/engine/acceptances';
import { checkWorkbook } from '../../src/engine/check';
import { serialFromCivil } from '../../src/engine/dates';
import { buildOutputPlan } from '../../src/engine/plan/build';
import { toJsonReport, toTextReport } from '../../src/engine/report';
import { check, LIST_HEADER, workbook, type Rows } from '../helpers';

const BUDGET: Rows = [
  [...LIST_HEADER],
  [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000, 149_823],
  [16, 'Kansrijke schoolloopbaan', 'Bovenschools', 'Proloog', 50_000, 72_114],
  [17, 'Leesbevordering', '', 'Bibliotheek', 20_000, 0],
];

const accepted = (fingerprint: string, reason = 'bewust overschreden, besluit B&W 12-3-2024'): Acceptance => ({
  fingerprint,
  reason,
  acceptedOn: '2024-03-12',
});

/** The budget with an acceptances sheet as the add-in writes it. */
function withAcceptances(budget: Rows, list: ReadonlyArray<Acceptance>) {
  return workbook({ Begroting: budget, [ACCEPTANCES_SHEET]: acceptancesSheetRows(list) });
}

describe('fingerprints', () => {
  it('name the rule, the intervention code and which amount, never the row', () => {
    const result = check(BUDGET);
    expect(result.findings.map((f) => f.fingerprint)).toEqual(
      expect.arrayContaining(['NO_GOAL|17|goal', 'OVERSPENT|16|benut']),
    );
  });

  it('stay the same when rows are inserted above and deleted below', () => {
    const before = check(BUDGET, { ceilingCents: 100_000_000 })
      .findings.map((f) => f.fingerprint)
      .sort();
    const shifted: Rows = [
      ['NPO-begroting 2023'],
      [],
      [],
      BUDGET[0]!,
      BUDGET[2]!,
      [5, 'Nieuwe interventie', 2, 'Bink', 1_000, 0],
      BUDGET[3]!,
    ];
    const after = check(shifted, { ceilingCents: 100_000_000 }).findings.map((f) => f.fingerprint);
    // Intervention 1 had no finding; removing it and adding a clean row changes nothing.
    expect(after.sort()).toEqual(before);
  });

  it('use the name for an intervention without a code, and number repeats in sheet order', () => {
    const result = check([
      ['Interventie', 'Bestedingsdoel', 'Begroot'],
      ['Zomerschool', '', 1_000],
      ['Zomerschool', '', 2_000],
    ]);
    expect(result.findings.filter((f) => f.rule === 'NO_GOAL').map((f) => f.fingerprint)).toEqual([
      'NO_GOAL|naam:zomerschool|goal',
      'NO_GOAL|naam:zomerschool|goal#2',
    ]);
  });

  it('tell the goal columns of a matrix apart', () => {
    const result = check([
      [null, 'Bovenschools', null, 'Zorg en welzijn', null],
      ['Interventie', 'Begroot', 'Benut', 'Begroot', 'Benut'],
      ['Jeugdcoach', 'Ca. 1.000', 500, 'Ca. 2.000', 500],
    ]);
    expect(result.findings.filter((f) => f.rule === 'AMOUNT_ESTIMATE').map((f) => f.fingerprint)).toEqual([
      'AMOUNT_ESTIMATE|naam:jeugdcoach|begroot:doel 1',
      'AMOUNT_ESTIMATE|naam:jeugdcoach|begroot:doel 3',
    ]);
  });
});

describe('accepted findings', () => {
  it('no longer count: they leave the findings and the counts and are listed apart with their reason', () => {
    const result = checkWorkbook(withAcceptances(BUDGET, [accepted('OVERSPENT|16|benut')]), {
      ceilingCents: 100_000_000,
    });
    expect(result.findings.map((f) => f.rule)).not.toContain('OVERSPENT');
    expect(result.accepted).toEqual([
      expect.objectContaining({ rule: 'OVERSPENT', cell: 'F3', acceptance: accepted('OVERSPENT|16|benut') }),
    ]);
    expect(result.unusedAcceptances).toEqual([]);
    expect(result.acceptancesSheet).toBe(ACCEPTANCES_SHEET);
    const json = toJsonReport(result, 'begroting.xlsx');
    expect(json.counts.warning).toBe(0);
    expect(json.accepted).toHaveLength(1);
  });

  it('follow their finding when rows are inserted above it', () => {
    const moved: Rows = [['Versie 2'], [], BUDGET[0]!, [2, 'Extra', 3, 'Bink', 1, 0], ...BUDGET.slice(1)];
    const result = checkWorkbook(withAcceptances(moved, [accepted('OVERSPENT|16|benut')]), {
      ceilingCents: 100_000_000,
    });
    expect(result.accepted.map((f) => f.cell)).toEqual(['F6']);
    expect(result.findings.map((f) => f.rule)).not.toContain('OVERSPENT');
  });

  it('are not applied to another intervention or another amount of the same one', () => {
    const result = checkWorkbook(
      withAcceptances(BUDGET, [accepted('OVERSPENT|1|benut'), accepted('OVERSPENT|16|begroot')]),
      { ceilingCents: 100_000_000 },
    );
    expect(result.findings.map((f) => f.rule)).toContain('OVERSPENT');
    expect(result.accepted).toEqual([]);
    expect(result.unusedAcceptances.map((a) => a.fingerprint)).toEqual(['OVERSPENT|1|benut', 'OVERSPENT|16|begroot']);
  });

  it('come back as findings once withdrawn', () => {
    const list = withAcceptance([], accepted('OVERSPENT|16|benut'));
    const withdrawn = withoutAcceptance(list, 'OVERSPENT|16|benut');
    const result = checkWorkbook(withAcceptances(BUDGET, withdrawn), { ceilingCents: 100_000_000 });
    expect(result.findings.map((f) => f.rule)).toContain('OVERSPENT');
    expect(result.accepted).toEqual([]);
  });

  it('appear in the text report and on the Controle tab, with the reason', () => {
    const result = checkWorkbook(
      withAcceptances(BUDGET, [accepted('OVERSPENT|16|benut'), accepted('NO_GOAL|99|goal', 'oude regel')]),
      { ceilingCents: 100_000_000 },
    );
    const report = toTextReport(result, 'begroting.xlsx', 'nl');
    expect(report).toContain('1 geaccepteerd');
    expect(report).toMatch(
      /Geaccepteerd \(1\)\n {2}F3 +OVERSPENT .*\n.*reden: bewust overschreden, besluit B&W 12-3-2024 \(geaccepteerd op 2024-03-12\)/,
    );
    expect(report).toContain('NO_GOAL|99|goal: oude regel');
    const plan = buildOutputPlan(result, {
      lang: 'nl',
      source: 'begroting.xlsx',
      checkedOn: serialFromCivil(2024, 3, 12),
    });
    const controle = plan.sheets.find((s) => s.purpose === 'controle')!;
    const texts = controle.cells.map((c) => (c.content.kind === 'text' ? c.content.text : ''));
    expect(texts).toContain('Geaccepteerde bevindingen (1): tellen niet mee');
    expect(texts).toContain('bewust overschreden, besluit B&W 12-3-2024');
    expect(plan.highlights.map((h) => h.cell)).not.toContain('F3');
  });
});

describe('the acceptances sheet', () => {
  it('keeps a reason exactly, also one that looks like a formula or holds a separator', () => {
    const reason = '=HYPERLINK("x") | zie besluit B&W 12-3-2024';
    const list = readAcceptances(
      workbook({ [ACCEPTANCES_SHEET]: acceptancesSheetRows([accepted('OVERSPENT|16|benut', reason)]) }),
    );
    expect(list.acceptances).toEqual([accepted('OVERSPENT|16|benut', reason)]);
  });

  it('is not read when a user sheet merely has its name', () => {
    const list = readAcceptances(
      workbook({
        [ACCEPTANCES_SHEET]: [
          ['Vingerafdruk', 'Reden'],
          ['OVERSPENT|16|benut', 'zomaar'],
        ],
      }),
    );
    expect(list).toEqual({ acceptances: [] });
  });

  it('ignores a row without a reason: accepting needs one', () => {
    const rows = acceptancesSheetRows([accepted('OVERSPENT|16|benut')]);
    rows[4]![4] = '';
    expect(readAcceptances(workbook({ [ACCEPTANCES_SHEET]: rows })).acceptances).toEqual([]);
  });

  it("reads a date serial typed over the date, and leaves a number past Excel's last date as it is", () => {
    const rows: PlainValue[][] = acceptancesSheetRows([accepted('OVERSPENT|16|benut')]).map((r) => [...r]);
    rows[4]![5] = 45_363;
    expect(readAcceptances(workbook({ [ACCEPTANCES_SHEET]: rows })).acceptances[0]!.acceptedOn).toBe('2024-03-12');
    rows[4]![5] = 1e8;
    expect(readAcceptances(workbook({ [ACCEPTANCES_SHEET]: rows })).acceptances[0]!.acceptedOn).toBe('100000000');
  });

  it('is never taken for the budget sheet', () => {
    const result = checkWorkbook(withAcceptances(BUDGET, [accepted('OVERSPENT|16|benut')]), {
      ceilingCents: 100_000_000,
      ignoreSheet: (n) => n === ACCEPTANCES_SHEET,
    });
    expect(result.model.sheet).toBe('Begroting');
  });
});
