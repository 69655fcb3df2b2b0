/**
 * The shapes municipal finance staff really keep their NPO budget in: merged goal and name cells,
 * begroot split over years, budget versions side by side, amounts in thousands, several tables on
 * one sheet and a per-goal summary. Each shape is read to the cent, and each has a case that keeps
 * quiet. Figures are Hilversum's from the seed documents.
 */
import { checkWorkbook, type CheckOptions, type CheckResult } from '../../src/engine/check';
import { address, sheetFromValues, type MergedArea, type PlainValue } from '../../src/engine/grid';
import type { RuleId } from '../../src/engine/findings';
import { toJsonReport, toTextReport } from '../../src/engine/report';

type Rows = ReadonlyArray<ReadonlyArray<PlainValue>>;

/** "B2:B4" as a merged area. */
function merge(a1: string): MergedArea {
  const [from, to] = a1.split(':');
  const at = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { row: Number(m[2]) - 1, col: m[1]!.charCodeAt(0) - 65 };
  };
  const f = at(from!);
  const t = at(to!);
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

function run(rows: Rows, merges: ReadonlyArray<string> = [], options: CheckOptions = {}): CheckResult {
  return checkWorkbook(
    { sheets: [{ ...sheetFromValues('Begroting', rows), merges: merges.map(merge) }] },
    { ceilingCents: 213_850_964, ...options },
  );
}

/** Begroot per goal 1..5 in cents. */
const perGoal = (r: CheckResult): number[] => r.summaries.goals.map((g) => g.begrootCents);
const found = (r: CheckResult, rule?: RuleId): string[] =>
  r.findings.filter((f) => rule === undefined || f.rule === rule).map((f) => `${f.rule} ${f.cell}`);
/** Findings other than the ceiling's room, which every small test sheet has. */
const problems = (r: CheckResult): string[] =>
  r.findings
    .filter((f) => f.rule !== 'BUDGET_UNALLOCATED' && f.rule !== 'TOTAL_HARDCODED')
    .map((f) => `${f.rule} ${f.cell}`);

describe('merged cells', () => {
  const goalMerged: Rows = [
    ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot', 'Benut'],
    [1, 'Huiswerkbegeleiding', 'Bovenschoolse maatregelen', 145_000, 120_000],
    [2, 'Zomerschool', null, 50_000, 72_114],
    [3, 'Taalklassen', null, 80_000, 60_000],
    [4, 'VVE extra uren', 'Voorschoolse periode', 300_000, 250_000],
  ];

  it('gives a goal merged down over its block to every row of it', () => {
    const r = run(goalMerged, ['C2:C4']);
    expect(perGoal(r)).toEqual([27_500_000, 30_000_000, 0, 0, 0]);
    expect(found(r, 'NO_GOAL')).toEqual([]);
    expect(found(r, 'OVERSPENT')).toEqual(['OVERSPENT E3']);
  });

  it('without the merge, the rows below the goal have none', () => {
    expect(found(run(goalMerged), 'NO_GOAL')).toEqual(['NO_GOAL B3', 'NO_GOAL B4']);
  });

  it('reads an activity with its code and name merged over a row per goal as one intervention', () => {
    const r = run(
      [
        ['Nr', 'Activiteit', 'Doel', 'Uitvoerder', 'Begroot'],
        [14, 'Jongerencoaching', 'Zorg en welzijn', 'Versa Welzijn', 100_000],
        [null, null, 'Thuiszitters', null, 50_000],
        [15, 'Schoolmaatschappelijk werk', 'Zorg en welzijn', 'GGD', 120_000],
        ['Totaal', null, null, null, 270_000],
      ],
      ['A2:A3', 'B2:B3', 'D2:D3'],
    );
    expect(
      r.model.interventions.map((i) => [
        i.code,
        i.name,
        i.partner,
        i.begrootCents,
        i.allocations.map((a) => [a.goal, a.begrootCents]),
      ]),
    ).toEqual([
      [
        '14',
        'Jongerencoaching',
        'Versa Welzijn',
        15_000_000,
        [
          [3, 10_000_000],
          [5, 5_000_000],
        ],
      ],
      ['15', 'Schoolmaatschappelijk werk', 'GGD', 12_000_000, [[3, 12_000_000]]],
    ]);
    expect(perGoal(r)).toEqual([0, 0, 22_000_000, 0, 5_000_000]);
    expect(problems(r)).toEqual([]);
  });

  it('counts a figure merged down over rows once, at its top', () => {
    const r = run(
      [
        ['Nr', 'Interventie', 'Doel', 'Uitvoerder', 'Begroot'],
        ['7-9', 'Top VVE', 'VVE', 'AT kinderopvang', 300_000],
        ['7-9', 'Top VVE', 'VVE', 'Bink', null],
      ],
      ['E2:E3'],
    );
    expect(r.summaries.begrootCents).toBe(30_000_000);
    expect(found(r, 'MISSING_AMOUNT')).toEqual([]);
  });

  it('keeps a row merged under a goal but with no goal of its own apart, so the finding points at it', () => {
    const r = run(
      [
        ['Nr', 'Activiteit', 'Doel', 'Begroot'],
        [14, 'Jongerencoaching', 'Zorg en welzijn', 100_000],
        [null, null, null, 50_000],
      ],
      ['A2:A3', 'B2:B3'],
    );
    expect(found(r, 'NO_GOAL')).toEqual(['NO_GOAL B3']);
  });

  it('clips a merge over the whole sheet to the cells in use', () => {
    const started = Date.now();
    const r = checkWorkbook(
      {
        sheets: [
          {
            ...sheetFromValues('Begroting', goalMerged),
            merges: [{ top: 0, left: 7, bottom: 1_048_575, right: 16_383 }],
          },
        ],
      },
      { ceilingCents: 213_850_964 },
    );
    expect(r.model.interventions).toHaveLength(4);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('begroot split over years', () => {
  const header: Rows = [
    ['Nr', 'Interventie', 'Doel', 'Begroot', null, null, 'Benut'],
    [null, null, null, '2021-2022', '2022-2023', 'Totaal', null],
  ];

  it('takes the total column as begroot, and the row of years is no intervention', () => {
    const r = run([
      ...header,
      [16, 'Preventief spreekuur', 5, 35_000, 17_500, 52_500, 72_114],
      [1, 'Huiswerkbegeleiding', 1, 100_000, 45_000, 145_000, 0],
    ]);
    expect(r.model.headerRow).toBe(1);
    expect(r.model.interventions.map((i) => [i.name, i.begrootCents, i.benutCents])).toEqual([
      ['Preventief spreekuur', 5_250_000, 7_211_400],
      ['Huiswerkbegeleiding', 14_500_000, 0],
    ]);
    expect(r.model.tables[0]!.begroot).toEqual({ cols: [5], why: 'total-column', labels: ['Totaal'] });
    expect(problems(r)).toEqual(['OVERSPENT G3']);
  });

  it('fires ROW_TOTAL_MISMATCH where the years do not add up to the total', () => {
    // Intervention 16's text: € 35.000 for 2022 and € 17.500 for 2023 against € 50.000 budgeted.
    const r = run([...header, [16, 'Preventief spreekuur', 5, 35_000, 17_500, 50_000, 0]]);
    const [f] = r.findings.filter((x) => x.rule === 'ROW_TOTAL_MISMATCH');
    expect(f).toMatchObject({ cell: 'F3', amountCents: -250_000, severity: 'error' });
    expect(f!.message).toBe(
      'Het totaal begroot van ‘Preventief spreekuur’ is € 50.000,00, maar de bedragen per periode (‘2021-2022’ en ‘2022-2023’) komen op € 52.500,00: € 2.500,00 te weinig in het totaal.',
    );
  });

  it('adds the years where there is no total column', () => {
    const r = run([
      ['Nr', 'Interventie', 'Doel', 'Begroot', null],
      [null, null, null, 2022, 2023],
      [16, 'Preventief spreekuur', 5, 35_000, 17_500],
    ]);
    expect(r.summaries.begrootCents).toBe(5_250_000);
    expect(r.model.tables[0]!.begroot?.why).toBe('periods-summed');
    expect(found(r, 'ROW_TOTAL_MISMATCH')).toEqual([]);
  });
});

describe('budget versions side by side', () => {
  const header = [
    'Nr',
    'Interventie',
    'Doel',
    'Primitieve begroting',
    'Begrotingswijziging',
    'Begroting na wijziging',
    'Realisatie',
  ];

  it('takes the latest version as begroot and never adds the versions', () => {
    const r = run([
      header,
      [1, 'Huiswerkbegeleiding', 1, 145_000, 5_000, 150_000, 149_823],
      [16, 'Preventief spreekuur', 5, 50_000, 0, 50_000, 72_114],
    ]);
    expect(r.summaries.begrootCents).toBe(20_000_000);
    expect(r.model.tables[0]!.begroot).toEqual({
      cols: [5],
      why: 'latest-version',
      labels: ['Begroting na wijziging'],
    });
    expect(problems(r)).toEqual(['OVERSPENT G3']);
  });

  it('fires ROW_TOTAL_MISMATCH where primitief plus wijziging is not na wijziging', () => {
    const r = run([header, [1, 'Huiswerkbegeleiding', 1, 145_000, 10_000, 150_000, 0]]);
    expect(r.findings.find((f) => f.rule === 'ROW_TOTAL_MISMATCH')).toMatchObject({
      cell: 'F2',
      amountCents: -500_000,
    });
  });

  it('adds primitief and wijziging where no later version is stated', () => {
    const r = run([
      ['Nr', 'Interventie', 'Doel', 'Oorspronkelijke begroting', 'Wijziging'],
      [1, 'Huiswerkbegeleiding', 1, 145_000, 5_000],
    ]);
    expect(r.summaries.begrootCents).toBe(15_000_000);
    expect(r.model.tables[0]!.begroot?.why).toBe('versions-summed');
  });
});

describe('amounts in thousands', () => {
  it.each([
    ['NPO-begroting Hilversum (bedragen x € 1.000)', 'Begroot'],
    ['NPO-begroting Hilversum', 'Begroot (x 1.000)'],
    ['Bedragen in duizenden euro', 'Begroot'],
    ['NPO-begroting', 'Begroot k€'],
    ['NPO-begroting', 'Begroot × € 1.000'],
  ])('scales every amount: %j / %j', (title, begroot) => {
    const r = run([
      [title],
      ['Nr', 'Interventie', 'Doel', begroot],
      [1, 'Huiswerkbegeleiding', 1, 145],
      [4, 'VVE', 2, 12.345],
      ['Totaal', null, null, 157.345],
    ]);
    expect(perGoal(r)).toEqual([14_500_000, 1_234_500, 0, 0, 0]);
    expect(r.model.tables[0]!.unit).toBe(1_000);
    expect(found(r, 'SUBTOTAL_MISMATCH')).toEqual([]);
  });

  it('scales by a million for "x € 1 mln"', () => {
    const r = run([
      ['Bedragen x € 1 mln'],
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 2.15],
    ]);
    expect(r.summaries.begrootCents).toBe(215_000_000);
  });

  it('leaves amounts in euros when nothing states a unit', () => {
    const r = run([
      ['NPO-begroting Hilversum 2021-2025 (1.000 leerlingen)'],
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145_000],
    ]);
    expect(r.summaries.begrootCents).toBe(14_500_000);
    expect(r.model.tables[0]!.unit).toBe(1);
  });

  it('says the unit in the text report and the JSON', () => {
    const r = run([
      ['Bedragen x € 1.000'],
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145],
    ]);
    expect(toTextReport(r, 'x.xlsx', 'nl')).toContain(
      'Gelezen: kopregel op rij 2; begroot = kolom D ‘Begroot’ (de enige kolom); bedragen × € 1.000 (uit A1: ‘Bedragen x € 1.000’)',
    );
    expect(toJsonReport(r, 'x.xlsx')).toMatchObject({
      reading: {
        headerRow: 2,
        tables: [{ unit: 1000, unitText: 'Bedragen x € 1.000', begroot: { columns: ['D'], why: 'single' } }],
      },
    });
  });
});

describe('several tables on one sheet', () => {
  it('reads tables stacked, each total against its own table, the header of the second no intervention', () => {
    const r = run([
      ['Begroting 2023'],
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145_000],
      [4, 'VVE extra uren', 2, 300_000],
      ['Totaal', null, null, 445_000],
      [],
      ['Begroting 2024'],
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 150_000],
      [4, 'VVE extra uren', 2, 300_000],
      ['Totaal', null, null, 445_000],
    ]);
    expect(r.model.tables.map((t) => [t.label, t.headerRow + 1, t.lastRow + 1])).toEqual([
      ['Begroting 2023', 2, 6],
      ['Begroting 2024', 8, 11],
    ]);
    expect(r.model.interventions.map((i) => i.row + 1)).toEqual([3, 4, 9, 10]);
    expect(perGoal(r)).toEqual([29_500_000, 60_000_000, 0, 0, 0]);
    const mismatch = r.findings.filter((f) => f.rule === 'SUBTOTAL_MISMATCH');
    expect(mismatch.map((f) => [f.cell, f.amountCents])).toEqual([['D11', -500_000]]);
  });

  it('reads tables side by side, each total against its own table', () => {
    const r = run([
      ['2022', null, null, null, null, '2023'],
      ['Nr', 'Interventie', 'Doel', 'Begroot', null, 'Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145_000, null, 1, 'Huiswerkbegeleiding', 1, 150_000],
      [16, 'Preventief spreekuur', 5, 35_000, null, 16, 'Preventief spreekuur', 5, 17_500],
      ['Totaal', null, null, 180_000, null, 'Totaal', null, null, 167_500],
    ]);
    expect(r.model.tables.map((t) => [t.label, address(t.headerRow, t.left), address(t.headerRow, t.right)])).toEqual([
      ['2022', 'A2', 'E2'],
      ['2023', 'F2', 'I2'],
    ]);
    expect(perGoal(r)).toEqual([29_500_000, 0, 0, 0, 5_250_000]);
    expect(problems(r)).toEqual([]);
  });
});

describe('a per-goal summary (seed 002)', () => {
  const summary: Rows = [
    ['Bestedingsdoel', 'Totaalbedrag'],
    ['Bovenschoolse maatregelen', 995_000],
    ['Het tegengaan van achterstanden bij kinderen in de voorschoolse periode', 500_000],
    ['Waar nodig bieden van zorg en welzijn', 525_000],
    ['Het bevorderen van samenwerking in de gemeente', 80_000],
    ['Het voorkomen van thuiszitters', 50_000],
    ['Totaal', 2_150_000],
  ];

  it('reads the five goals, checks the total and the ceiling', () => {
    const r = run(summary);
    expect(r.model.layout).toBe('goals');
    expect(perGoal(r)).toEqual([99_500_000, 50_000_000, 52_500_000, 8_000_000, 5_000_000]);
    expect(r.findings.map((f) => [f.rule, f.cell, f.amountCents])).toEqual([
      ['CEILING_EXCEEDED', 'B7', 1_149_036],
      ['TOTAL_HARDCODED', 'B7', undefined],
    ]);
  });

  it('reports a total that does not add up', () => {
    const r = run([...summary.slice(0, 6), ['Totaal', 2_100_000]]);
    expect(found(r, 'SUBTOTAL_MISMATCH')).toEqual(['SUBTOTAL_MISMATCH B7']);
  });

  it('is no budget sheet with only one goal named', () => {
    expect(() =>
      run([
        ['Bestedingsdoel', 'Totaalbedrag'],
        ['Bovenschoolse maatregelen', 995_000],
        ['Totaal', 995_000],
      ]),
    ).toThrow(expect.objectContaining({ code: 'NO_BUDGET_SHEET' }));
  });
});

describe('generalising the shapes', () => {
  it('reads years with no figure word over them as begroot', () => {
    const r = run([
      ['Nr', 'Interventie', 'Doel', 2022, 2023, 'Totaal'],
      [16, 'Preventief spreekuur', 5, 35_000, 17_500, 52_500],
    ]);
    expect(r.summaries.begrootCents).toBe(5_250_000);
    expect(r.model.tables[0]!.begroot).toEqual({ cols: [5], why: 'total-column', labels: ['Totaal'] });
  });

  it.each(['Begroting NPO (in € 1.000)', 'Bedragen x duizend euro', 'Begroot (x1000)'])(
    'reads the unit in %j',
    (title) => {
      const r = run([[title], ['Nr', 'Interventie', 'Doel', 'Begroot'], [1, 'Huiswerkbegeleiding', 1, 145]]);
      expect(r.summaries.begrootCents).toBe(14_500_000);
    },
  );

  it('reads goal names with an amount under "Omschrijving | Bedrag" as a per-goal summary, a line without a goal apart', () => {
    // Putten's plan keeps € 90.000 as "Bestemming resterend budget", without a goal.
    const r = run(
      [
        ['Omschrijving', 'Bedrag'],
        ['Bovenschoolse maatregelen', 100_000],
        ['VVE', 80_000],
        ['Zorg en welzijn', 52_000],
        ['Bestemming resterend budget', 90_000],
        ['Totaal', 322_000],
      ],
      [],
      { ceilingCents: 32_200_000 },
    );
    expect(r.model.layout).toBe('goals');
    expect(perGoal(r)).toEqual([10_000_000, 8_000_000, 5_200_000, 0, 0]);
    expect(r.summaries.withoutGoal.begrootCents).toBe(9_000_000);
    expect(found(r).filter((f) => !f.startsWith('TOTAL_HARDCODED'))).toEqual(['UNKNOWN_GOAL A5']);
  });

  it('keeps a list whose names only mention a goal a list', () => {
    const r = run([
      ['Omschrijving', 'Bedrag'],
      ['Samenwerking scholen en jeugdhulp', 10_000],
      ['Huiswerkbegeleiding', 20_000],
    ]);
    expect(r.model.layout).toBe('list');
  });

  it('never reads a subtotal row inside a goal merged down as an intervention', () => {
    const r = run(
      [
        ['Doel', 'Interventie', 'Begroot'],
        ['Bovenschoolse maatregelen', 'Huiswerkbegeleiding', 145_000],
        [null, 'Zomerschool', 50_000],
        [null, 'Subtotaal', 195_000],
        ['Voorschoolse periode', 'VVE extra uren', 300_000],
        [null, 'Totaal', 495_000],
      ],
      ['A2:A4'],
    );
    expect(r.model.interventions.map((i) => i.name)).toEqual(['Huiswerkbegeleiding', 'Zomerschool', 'VVE extra uren']);
    expect(perGoal(r)).toEqual([19_500_000, 30_000_000, 0, 0, 0]);
    expect(problems(r)).toEqual([]);
  });
});

describe('shapes found by trying new sheets', () => {
  it('reads a summary per goal beside the list as stated totals of the list, never as more plan', () => {
    const r = run([
      ['Interventie', 'Doel', 'Begroot', null, 'Bestedingsdoel', 'Totaalbedrag'],
      ['Huiswerkkamer', 'Bovenschools', 145_000, null, 'Bovenschoolse maatregelen', 145_000],
      ['Preventief spreekuur', 'Thuiszitters', 50_000, null, 'Het voorkomen van thuiszitters', 40_000],
      ['Totaal', null, 195_000, null, 'Totaal', 195_000],
    ]);
    expect(r.summaries.begrootCents).toBe(19_500_000);
    expect(perGoal(r)).toEqual([14_500_000, 0, 0, 0, 5_000_000]);
    // The summary's goal 5 line states € 40.000 where the list has € 50.000; its total agrees.
    expect(r.findings.filter((f) => f.rule === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.amountCents])).toEqual([
      ['F3', -1_000_000],
    ]);
  });

  it('gives a goal column written before the intervention to its own table side by side', () => {
    const r = run([
      ['Doel', 'Maatregel', 'Begroot', null, 'Doel', 'Maatregel', 'Begroot'],
      ['Zorg en welzijn', 'Weerbaarheid', 12_000, null, 'Zorg en welzijn', 'Weerbaarheid', 12_000],
    ]);
    expect(found(r, 'NO_GOAL')).toEqual([]);
    expect(perGoal(r)).toEqual([0, 0, 2_400_000, 0, 0]);
  });

  it('completes the two-row header of a lower stacked table', () => {
    const r = run(
      [
        ['Maatregel', 'Doel', 'Begroot'],
        ['Kindregisseur', 'Voorschoolse periode', 10_000],
        ['Totaal 2022', null, 10_000],
        [],
        ['Maatregel', 'Doel', 'Begroot'],
        [null, null, 2023, 2024, 'Totaal'],
        ['Kindregisseur', 'Voorschoolse periode', 5_000, 5_000, 11_000],
      ],
      ['A5:A6', 'B5:B6', 'C5:E5'],
    );
    expect(r.model.interventions.map((i) => [i.row + 1, i.begrootCents])).toEqual([
      [2, 1_000_000],
      [7, 1_100_000],
    ]);
    expect(found(r, 'ROW_TOTAL_MISMATCH')).toEqual(['ROW_TOTAL_MISMATCH E7']);
  });

  it.each(['sj 21-22', '21-22', 'schooljaar 21/22'])('reads %j as a school year', (label) => {
    const next = label.replace('21', '22').replace(/22(?!.*22)/, '23');
    const r = run(
      [
        ['Interventie', 'Doel', 'Begroot', null, null],
        [null, null, label, next, 'Totaal'],
        ['Huiswerkkamer', 'Bovenschools', 60_000, 90_000, 150_000],
      ],
      ['C1:E1'],
    );
    expect(r.summaries.begrootCents).toBe(15_000_000);
    expect(problems(r)).toEqual([]);
  });

  it('compares a "Totaal generaal" under two stacked tables with both', () => {
    const r = run([
      ['Begroting 2022'],
      ['Interventie', 'Doel', 'Begroot'],
      ['Huiswerkkamer', 1, 100_000],
      ['Totaal', null, 100_000],
      ['Begroting 2023'],
      ['Interventie', 'Doel', 'Begroot'],
      ['Huiswerkkamer', 1, 150_000],
      ['Totaal', null, 150_000],
      ['Totaal generaal', null, 250_000],
    ]);
    expect(found(r, 'SUBTOTAL_MISMATCH')).toEqual([]);
    expect(r.summaries.begrootCents).toBe(25_000_000);
  });

  it('keeps one row per partner of a block merged over them apart', () => {
    const r = run(
      [
        ['Nr', 'Interventie', 'Doel', 'Uitvoerder', 'Begroot', 'Benut'],
        ['7-9', 'Top VVE', 'VVE', 'AT kinderopvang', 40_000, 40_171],
        [null, null, null, 'Bink', 260_000, 0],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3'],
    );
    expect(r.model.interventions.map((i) => [i.code, i.partner, i.begrootCents])).toEqual([
      ['7-9', 'AT kinderopvang', 4_000_000],
      ['7-9', 'Bink', 26_000_000],
    ]);
    expect(found(r, 'OVERSPENT')).toEqual(['OVERSPENT F2']);
  });

  it('reads a grant written in thousands under "bedragen x € 1.000"', () => {
    const r = checkWorkbook({
      sheets: [
        sheetFromValues('Begroting', [
          ['NPO Putten (bedragen x € 1.000)'],
          ['NPO-budget', 322],
          ['Interventie', 'Doel', 'Begroot'],
          ['Huiswerkkamer', 1, 322],
        ]),
      ],
    });
    expect(r.model.ceiling).toMatchObject({ cents: 32_200_000, source: 'sheet' });
    expect(found(r)).toEqual([]);
  });

  it('reads "Thema | Bestedingsdoel" with the theme as what the row is about', () => {
    const r = run([
      ['Thema', 'Bestedingsdoel', 'Kosten'],
      ['Preventie en weerbaarheid', 'Zorg en welzijn', 48_000],
      ['Doorgaande lijn 0-7 jaar', 'Voorschoolse periode', 20_000],
    ]);
    expect(r.model.interventions.map((i) => i.name)).toEqual(['Preventie en weerbaarheid', 'Doorgaande lijn 0-7 jaar']);
    expect(perGoal(r)).toEqual([0, 2_000_000, 4_800_000, 0, 0]);
  });

  it('gives no finding for a negative wijziging added to the primitieve begroting', () => {
    const r = run([
      ['Interventie', 'Doel', 'Primitieve begroting', '1e wijziging', 'Realisatie'],
      ['Weerbaarheid', 3, 16_000, -4_000, 9_600],
    ]);
    expect(r.summaries.begrootCents).toBe(1_200_000);
    expect(problems(r)).toEqual([]);
  });
});

describe('what is no second table', () => {
  it('keeps a body row with an intervention word and a budget word an intervention', () => {
    const r = run([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145_000],
      [2, 'Interventie nog te bepalen', 'Budget volgt', 'P.M.'],
      [3, 'VVE extra uren', 2, 300_000],
    ]);
    expect(r.model.tables).toHaveLength(1);
    expect(r.model.interventions.map((i) => i.row + 1)).toEqual([2, 3, 4]);
  });

  it('reads a summary per goal under the list as stated totals of the list', () => {
    const r = run([
      ['Nr', 'Interventie', 'Doel', 'Begroot'],
      [1, 'Huiswerkbegeleiding', 1, 145_000],
      [16, 'Preventief spreekuur', 5, 50_000],
      ['Totaal', null, null, 195_000],
      [],
      ['Bestedingsdoel', 'Bedrag'],
      ['Bovenschoolse maatregelen', 145_000],
      ['Thuiszitters', 50_000],
      ['Totaal', 195_000],
    ]);
    expect(r.summaries.begrootCents).toBe(19_500_000);
    expect(problems(r)).toEqual([]);
  });
});

describe('shapes found by a second round of new sheets', () => {
  it('takes the plafond on a settings sheet over a "Beschikbaar budget" on the budget sheet that is the plan', () => {
    const r = checkWorkbook({
      sheets: [
        sheetFromValues('Begroting', [
          ['Beschikbaar budget', 2_150_000],
          ['Interventie', 'Doel', 'Begroot'],
          ['Huiswerkkamer', 1, 2_150_000],
        ]),
        sheetFromValues('Instellingen', [['Plafond NPO (beschikking OCW)', 2_138_509.64]]),
      ],
    });
    expect(r.model.ceiling).toMatchObject({ cents: 213_850_964, source: 'settings-sheet' });
    expect(found(r, 'CEILING_EXCEEDED')).toHaveLength(1);
  });

  it('chooses the newest of two sheets of the same shape', () => {
    const sheet = (name: string, amount: number) =>
      sheetFromValues(name, [
        ['Interventie', 'Doel', 'Begroot'],
        ['Huiswerkkamer', 1, amount],
      ]);
    const r = checkWorkbook(
      { sheets: [sheet('NPO 2021', 100_000), sheet('NPO 2023', 150_000)] },
      { ceilingCents: 32_200_000 },
    );
    expect(r.model.sheet).toBe('NPO 2023');
  });

  it('ends a goal block at a heading merged across that names no goal, and at its subtotal', () => {
    const r = run(
      [
        ['Interventie', 'Uitvoerder', 'Begroot'],
        ['Samenwerking in de gemeente'],
        ['Overleg scholen en jeugdhulp', 'Gemeente', 100_000],
        ['Overig'],
        ['Nog te besteden', null, 90_000],
        ['Thuiszitters'],
        ['Preventief spreekuur', 'RBL', 50_000],
        ['Subtotaal', null, 50_000],
        ['Reserve', null, 10_000],
      ],
      ['A2:C2', 'A4:C4', 'A6:C6'],
    );
    expect(perGoal(r)).toEqual([0, 0, 0, 10_000_000, 5_000_000]);
    expect(r.summaries.withoutGoal.begrootCents).toBe(10_000_000);
    expect(found(r, 'NO_GOAL')).toEqual(['NO_GOAL A5', 'NO_GOAL A9']);
  });

  it('reads "Totaal" right after the years as their total', () => {
    const r = run([
      ['Nr', 'Interventie', 'Bestedingsdoel', 'Begroot 2022', 'Begroot 2023', 'Totaal'],
      [16, 'Preventief spreekuur', 'Thuiszitters', 35_000, 17_500, 50_000],
    ]);
    expect(r.summaries.begrootCents).toBe(5_000_000);
    expect(found(r, 'ROW_TOTAL_MISMATCH')).toEqual(['ROW_TOTAL_MISMATCH F2']);
  });

  it('takes the budget, not the draft beside it', () => {
    const r = run([
      ['Interventie', 'Doel', 'Begroot concept', 'Begroot'],
      ['Huiswerkkamer', 1, 160_000, 145_000],
    ]);
    expect(r.summaries.begrootCents).toBe(14_500_000);
  });

  it('leaves a column headed in euros alone under "x € 1.000"', () => {
    const r = run([
      ['NPO (x € 1.000)'],
      ['Interventie', 'Doel', 'Begroot', 'Benut (bedrag in €)'],
      ['Preventief spreekuur', 5, 50, 72_114],
    ]);
    expect([r.summaries.begrootCents, r.summaries.benutCents]).toEqual([5_000_000, 7_211_400]);
    expect(found(r, 'OVERSPENT')).toEqual(['OVERSPENT D3']);
  });

  it('reads goal numbers 1 to 5 under "Bestedingsdoelen" as columns of marks', () => {
    const r = run(
      [
        ['Activiteit', 'Bestedingsdoelen', null, null, null, null, 'Geraamd budget'],
        [null, 1, 2, 3, 4, 5, null],
        ['Rots en water', null, null, 'x', 'x', null, 15_000],
      ],
      ['B1:F1', 'A1:A2', 'G1:G2'],
    );
    expect(r.model.layout).toBe('matrix');
    expect(r.model.interventions[0]!.allocations.map((a) => [a.goal, a.begrootCents])).toEqual([
      [3, 750_000],
      [4, 750_000],
    ]);
  });

  it('gives a negative correction row no overspend', () => {
    const r = run([
      ['Interventie', 'Doel', 'Begroot', 'Benut'],
      ['Vrijval VVE-blok (Bink)', 'VVE', -200_000, 0],
    ]);
    expect(found(r, 'OVERSPENT')).toEqual([]);
  });

  it('reads a matrix whose rows are headed "Thema"', () => {
    const r = run(
      [
        ['Thema', 'Zorg en welzijn', null, 'Thuiszitters', null],
        [null, 'Begroot', 'Benut', 'Begroot', 'Benut'],
        ['Weerbaarheid', 12_000, 10_000, 8_000, 8_000],
      ],
      ['A1:A2', 'B1:C1', 'D1:E1'],
    );
    expect(perGoal(r)).toEqual([0, 0, 1_200_000, 0, 800_000]);
  });

  it('reads "(amounts in thousands of euros)"', () => {
    const r = run([
      ['NPO budget (amounts in thousands of euros)'],
      ['Measure', 'Goal', 'Budget'],
      ['Homework support', 1, 145],
    ]);
    expect(r.summaries.begrootCents).toBe(14_500_000);
  });

  it('takes the untagged budget left of the changes as the original version', () => {
    const r = run([
      ['Interventie', 'Doel', 'Begroting 2023', 'Wijziging 2023', 'Begroting 2023 na wijziging'],
      ['Huiswerkkamer', 1, 200_000, -50_000, 200_000],
    ]);
    expect(found(r, 'ROW_TOTAL_MISMATCH')).toEqual(['ROW_TOTAL_MISMATCH E2']);
  });
});

describe('goals as columns holding amounts', () => {
  const rows: Rows = [
    [
      'Activiteit',
      'Bovenschoolse maatregelen',
      'Voorschoolse periode',
      'Zorg en welzijn',
      'Samenwerking',
      'Thuiszitters',
      'Totaal',
    ],
    ['Rots en water', null, null, 15_000, null, 10_000, 30_000],
    ['Cultuur jonge kind', null, 16_000, null, null, null, 16_000],
  ];

  it("reads each goal column as that goal's begroot and checks the row total against them", () => {
    const r = run(rows);
    expect(r.model.layout).toBe('matrix');
    expect(perGoal(r)).toEqual([0, 1_600_000, 1_500_000, 0, 1_000_000]);
    expect(r.findings.filter((f) => f.rule === 'ROW_TOTAL_MISMATCH').map((f) => [f.cell, f.amountCents])).toEqual([
      ['G2', 500_000],
    ]);
    expect(found(r, 'NUMBER_AS_TEXT')).toEqual([]);
  });
});
