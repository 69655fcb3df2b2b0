/**
 * Comparing two versions of a budget: every kind of change firing on a small pair of sheets and
 * staying quiet on its own copy, matching by code, name and partner+amount, swaps, blocks, and a
 * renumbering with an inserted row that still finds every intervention.
 */
import { compareBudgets, type Comparison, type VersionChangeId } from '../../../src/engine/compare';
import { matchInterventions } from '../../../src/engine/compare/matching';
import { check, LIST_HEADER, type Rows } from '../../helpers';

type Row = readonly [
  code: string | number | null,
  name: string,
  goal: string | number,
  partner: string,
  begroot: number | string | null,
];

/** A list sheet with the standard header and no benut. */
const sheet = (rows: ReadonlyArray<Row>): Rows => [[...LIST_HEADER], ...rows.map((r) => [...r, null])];
const model = (rows: ReadonlyArray<Row>, ceilingCents = 100_000_000) => check(sheet(rows), { ceilingCents }).model;
const compare = (
  before: ReadonlyArray<Row>,
  after: ReadonlyArray<Row>,
  ceilings: [number, number] = [100_000_000, 100_000_000],
): Comparison => compareBudgets(model(before, ceilings[0]), model(after, ceilings[1]));
const ids = (c: Comparison): VersionChangeId[] => c.changes.map((x) => x.id);
const of = (c: Comparison, id: VersionChangeId) => c.changes.filter((x) => x.id === id);

const PLAN: ReadonlyArray<Row> = [
  [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 145_000],
  [2, 'Bibliotheek op school', 1, 'De Bibliotheek', 250_000],
  [3, 'Zomerschool', 1, 'Stichting Proloog', 50_000],
  [4, 'Extra peuteruren', 2, 'Bink', 100_000],
  [5, 'Jongerencoaches', 3, 'Versa Welzijn', 150_000],
  [6, 'Preventief spreekuur', 5, 'Regionaal Bureau Leerlingzaken', 50_000],
];

describe('compareBudgets: quiet', () => {
  it('reports nothing for a sheet against itself, and every match is certain and by code', () => {
    const c = compare(PLAN, PLAN);
    expect(c.changes).toEqual([]);
    expect(c.matches).toHaveLength(PLAN.length);
    expect(c.matches.every((m) => m.method === 'code' && m.certain && m.similarity === 100)).toBe(true);
    expect(c.totals).toMatchObject({ oldCents: 74_500_000, newCents: 74_500_000, differenceCents: 0 });
  });

  it('takes case, accents, punctuation, a shared prefix and leading zeros for no change', () => {
    const after = PLAN.map(([code, name, goal, partner, begroot]): Row => [
      `I0${code}`,
      `${name.toUpperCase()}.`,
      goal,
      partner,
      begroot,
    ]);
    expect(compare(PLAN, after).changes).toEqual([]);
  });

  it('takes a partner written another way for the same partner', () => {
    const after = PLAN.map((r): Row =>
      r[0] === 3
        ? [3, 'Zomerschool', 1, 'Proloog', 50_000]
        : r[0] === 6
          ? [6, 'Preventief spreekuur', 5, 'RBL', 50_000]
          : r,
    );
    expect(compare(PLAN, after).changes).toEqual([]);
  });
});

describe('compareBudgets: each change', () => {
  it('VERSION_BEGROOT_CHANGED: old, new and difference in cents, both cells, and the goal shift and total follow', () => {
    const after = PLAN.map((r): Row => (r[0] === 1 ? [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 150_000] : r));
    const c = compare(PLAN, after);
    expect(ids(c)).toEqual(['VERSION_BEGROOT_CHANGED', 'VERSION_GOAL_SHIFT', 'VERSION_TOTAL']);
    expect(c.changes[0]).toMatchObject({
      goal: 1,
      old: { sheet: 'Begroting', cell: 'E2', code: '1' },
      new: { sheet: 'Begroting', cell: 'E2', code: '1' },
      oldCents: 14_500_000,
      newCents: 15_000_000,
      differenceCents: 500_000,
      message: {
        nl: '1 ‘Huiswerkkamer’: begroot € 145.000,00 → € 150.000,00 (+€ 5.000,00).',
        en: '1 ‘Huiswerkkamer’: budgeted € 145.000,00 → € 150.000,00 (+€ 5.000,00).',
      },
    });
    expect(of(c, 'VERSION_GOAL_SHIFT')[0]).toMatchObject({
      goal: 1,
      oldCents: 44_500_000,
      newCents: 45_000_000,
      differenceCents: 500_000,
    });
    expect(c.goals.find((g) => g.goal === 2)).toEqual({
      goal: 2,
      oldCents: 10_000_000,
      newCents: 10_000_000,
      differenceCents: 0,
    });
  });

  it('VERSION_ADDED and VERSION_REMOVED, with the begroot they bring or take away', () => {
    const after: Row[] = [...PLAN.filter((r) => r[0] !== 4), [7, 'Taalcoach', 2, 'AT kinderopvang', 100_000]];
    const c = compare(PLAN, after);
    expect(of(c, 'VERSION_REMOVED')).toEqual([
      expect.objectContaining({
        goal: 2,
        old: expect.objectContaining({ cell: 'B5', code: '4' }),
        oldCents: 10_000_000,
        newCents: 0,
        differenceCents: -10_000_000,
      }),
    ]);
    expect(of(c, 'VERSION_ADDED')).toEqual([
      expect.objectContaining({
        goal: 2,
        new: expect.objectContaining({ cell: 'B7', code: '7' }),
        newCents: 10_000_000,
      }),
    ]);
    expect(of(c, 'VERSION_ADDED')[0]!.message.nl).toBe(
      'Nieuw: 7 ‘Taalcoach’ (doel 2 Voorschoolse periode), begroot € 100.000,00.',
    );
    expect(of(c, 'VERSION_REMOVED')[0]!.message.en).toBe(
      'Removed: 4 ‘Extra peuteruren’ (goal 2 Pre-school period), was budgeted € 100.000,00.',
    );
    // Same amount in and out of goal 2: no shift, no change of the total.
    expect(ids(c)).not.toContain('VERSION_GOAL_SHIFT');
    expect(ids(c)).not.toContain('VERSION_TOTAL');
  });

  it('VERSION_RENAMED with the similarity shown, matched by code', () => {
    const after = PLAN.map((r): Row =>
      r[0] === 3 ? [3, 'Zomerschool en weekendschool', 1, 'Stichting Proloog', 50_000] : r,
    );
    const c = compare(PLAN, after);
    expect(ids(c)).toEqual(['VERSION_RENAMED']);
    expect(c.changes[0]).toMatchObject({
      old: { cell: 'B4' },
      new: { cell: 'B4' },
      oldText: 'Zomerschool',
      newText: 'Zomerschool en weekendschool',
    });
    expect(c.changes[0]!.similarity).toBeGreaterThan(50);
    expect(c.changes[0]!.message.nl).toMatch(
      /^3: naam gewijzigd van ‘Zomerschool’ in ‘Zomerschool en weekendschool’ \(\d+% gelijk\)\.$/,
    );
  });

  it('VERSION_RENUMBERED: the same intervention by name under another code, pointing at both code cells', () => {
    const after = PLAN.map((r): Row =>
      r[0] === 6 ? [16, 'Preventief spreekuur', 5, 'Regionaal Bureau Leerlingzaken', 50_000] : r,
    );
    const c = compare(PLAN, after);
    expect(ids(c)).toEqual(['VERSION_RENUMBERED']);
    expect(c.changes[0]).toMatchObject({
      goal: 5,
      old: { cell: 'A7' },
      new: { cell: 'A7' },
      oldText: '6',
      newText: '16',
    });
    expect(c.changes[0]!.message.nl).toBe('‘Preventief spreekuur’ heeft een ander nummer: 6 → 16.');
    expect(c.matches.find((m) => m.new[0]!.code === '16')).toMatchObject({
      method: 'name',
      certain: true,
      similarity: 100,
    });
  });

  it('VERSION_SWAPPED: two interventions that exchanged codes are one swap, not two renumberings', () => {
    const after = PLAN.map((r): Row =>
      r[0] === 4 ? ([5, ...r.slice(1)] as unknown as Row) : r[0] === 5 ? ([4, ...r.slice(1)] as unknown as Row) : r,
    );
    const c = compare(PLAN, after);
    expect(ids(c)).toEqual(['VERSION_SWAPPED']);
    expect(c.changes[0]).toMatchObject({ oldText: '4', newText: '5' });
    expect(c.changes[0]!.parts!.old.map((r) => r.cell)).toEqual(['A5', 'A6']);
    expect(c.changes[0]!.message.nl).toBe(
      '4 en 5 hebben hun nummers geruild: ‘Extra peuteruren’ is nu 5, ‘Jongerencoaches’ is nu 4.',
    );
  });

  it('VERSION_GOAL_MOVED, and the begroot shifts between the goals', () => {
    const after = PLAN.map((r): Row =>
      r[0] === 5 ? [5, 'Jongerencoaches', 'Samenwerking', 'Versa Welzijn', 150_000] : r,
    );
    const c = compare(PLAN, after);
    expect(ids(c)).toEqual(['VERSION_GOAL_MOVED', 'VERSION_GOAL_SHIFT', 'VERSION_GOAL_SHIFT']);
    expect(c.changes[0]).toMatchObject({
      goal: 4,
      old: { cell: 'C6' },
      new: { cell: 'C6' },
      oldText: '3',
      newText: '4',
    });
    expect(c.changes[0]!.message.nl).toBe(
      '5 ‘Jongerencoaches’: bestedingsdoel 3 Zorg en welzijn → 4 Samenwerking in de gemeente.',
    );
    expect(of(c, 'VERSION_GOAL_SHIFT').map((g) => [g.goal, g.differenceCents])).toEqual([
      [3, -15_000_000],
      [4, 15_000_000],
    ]);
  });

  it('VERSION_PARTNER_CHANGED, also from a partner to none', () => {
    const after = PLAN.map((r): Row =>
      r[0] === 2
        ? [2, 'Bibliotheek op school', 1, 'Stichting Leesplezier', 250_000]
        : r[0] === 4
          ? [4, 'Extra peuteruren', 2, 'N.t.b.', 100_000]
          : r,
    );
    const c = compare(PLAN, after);
    expect(of(c, 'VERSION_PARTNER_CHANGED').map((x) => [x.new!.cell, x.oldText, x.newText])).toEqual([
      ['D3', 'De Bibliotheek', 'Stichting Leesplezier'],
      ['D5', 'Bink', 'N.t.b.'],
    ]);
  });

  it('VERSION_SPLIT: a block 7-9 kept as 7, 8 and 9, and one row split per partner', () => {
    const before: Row[] = [
      [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 145_000],
      ['7-9', 'VVE-aanbod', 2, 'Bink en AT', 300_000],
    ];
    const after: Row[] = [
      [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 145_000],
      [7, 'Top VVE', 2, 'Bink', 100_000],
      [8, 'Vliegende medewerker', 2, 'Bink', 100_000],
      [9, 'VVE in de zomer', 2, 'AT', 100_000],
    ];
    const c = compare(before, after);
    expect(ids(c)).toEqual(['VERSION_SPLIT']);
    expect(c.changes[0]).toMatchObject({
      goal: 2,
      oldText: '7-9',
      newText: '7, 8, 9',
      oldCents: 30_000_000,
      newCents: 30_000_000,
      differenceCents: 0,
    });
    expect(c.changes[0]!.parts!.new.map((r) => r.cell)).toEqual(['E3', 'E4', 'E5']);
    expect(c.matches.find((m) => m.method === 'block')).toMatchObject({ certain: true });

    const perPartner: Row[] = [
      [1, 'Huiswerkkamer', 1, 'Versa Welzijn', 145_000],
      ['7-9', 'VVE-aanbod – deel AT', 2, 'AT', 40_000],
      ['7-9', 'VVE-aanbod – deel Bink', 2, 'Bink', 260_000],
    ];
    const d = compare(before, perPartner);
    expect(ids(d)).toEqual(['VERSION_SPLIT']);
    expect(d.changes[0]!.message.nl).toBe(
      'Blok 7-9: 1 rij (7-9 ‘VVE-aanbod’ (Bink en AT) € 300.000,00) staan nu als 2 rijen (7-9 ‘VVE-aanbod – deel AT’ (AT) € 40.000,00 en 7-9 ‘VVE-aanbod – deel Bink’ (Bink) € 260.000,00); samen € 300.000,00 → € 300.000,00 (±€ 0,00).',
    );
    // The same block kept the same way in both versions is no split.
    expect(compare(perPartner, perPartner).changes).toEqual([]);
  });

  it('VERSION_UNCERTAIN_MATCH: one code with an unlike name and nothing else alike is listed, never taken silently', () => {
    const after = PLAN.map((r): Row => (r[0] === 3 ? [3, 'Mediawijsheid', 3, 'Unita', 25_000] : r));
    const c = compare(PLAN, after);
    const uncertain = of(c, 'VERSION_UNCERTAIN_MATCH');
    expect(uncertain).toHaveLength(1);
    expect(uncertain[0]).toMatchObject({ method: 'code', old: { cell: 'B4' }, new: { cell: 'B4' } });
    expect(uncertain[0]!.message.nl).toContain(
      'Onzeker: oud 3 ‘Zomerschool’ en nieuw 3 ‘Mediawijsheid’ zijn als dezelfde interventie gelezen op grond van het nummer',
    );
    // What changed is still reported in full.
    expect(ids(c)).toEqual(
      expect.arrayContaining([
        'VERSION_RENAMED',
        'VERSION_GOAL_MOVED',
        'VERSION_BEGROOT_CHANGED',
        'VERSION_PARTNER_CHANGED',
      ]),
    );
  });

  it('matches by partner and amount when neither code nor name helps, and says how', () => {
    const before: Row[] = [[null, 'Leesbevordering', 1, 'Bibliotheek Hilversum', 80_000]];
    const after: Row[] = [[null, 'Boekstart', 1, 'De Bibliotheek', 80_000]];
    const c = compare(before, after);
    expect(c.matches).toEqual([expect.objectContaining({ method: 'partner-amount', certain: true })]);
    expect(ids(c)).toEqual(['VERSION_RENAMED']);
    // Without the same goal the same partner and amount is a guess: listed as uncertain.
    const moved = compare(before, [[null, 'Boekstart', 2, 'De Bibliotheek', 80_000]]);
    expect(moved.matches[0]).toMatchObject({ method: 'partner-amount', certain: false });
    expect(ids(moved)).toContain('VERSION_UNCERTAIN_MATCH');
  });

  it('VERSION_TOTAL: the total and where it stands against the ceiling in both versions; quiet when neither changed', () => {
    const after = PLAN.map((r): Row => (r[0] === 2 ? [2, 'Bibliotheek op school', 1, 'De Bibliotheek', 300_000] : r));
    const c = compare(PLAN, after, [78_000_000, 78_000_000]);
    expect(of(c, 'VERSION_TOTAL')).toEqual([
      expect.objectContaining({ goal: null, oldCents: 74_500_000, newCents: 79_500_000, differenceCents: 5_000_000 }),
    ]);
    expect(c.totals).toEqual({
      oldCents: 74_500_000,
      newCents: 79_500_000,
      differenceCents: 5_000_000,
      oldCeilingCents: 78_000_000,
      newCeilingCents: 78_000_000,
      oldRoomCents: 3_500_000,
      newRoomCents: -1_500_000,
    });
    expect(of(c, 'VERSION_TOTAL')[0]!.message.nl).toBe(
      'Totaal begroot € 745.000,00 → € 795.000,00 (+€ 50.000,00); oud € 35.000,00 onder het plafond van € 780.000,00, nieuw € 15.000,00 boven het plafond van € 780.000,00.',
    );
    // A new ceiling alone is reported too.
    expect(ids(compare(PLAN, PLAN, [78_000_000, 80_000_000]))).toEqual(['VERSION_TOTAL']);
  });
});

describe('matching', () => {
  it('renumbering plus an inserted row still matches every intervention with itself', () => {
    const inserted: Row = [3, 'Schoolmaatschappelijk werk', 3, 'Versa Welzijn', 60_000];
    const after: Row[] = [
      PLAN[0]!,
      PLAN[1]!,
      inserted,
      ...PLAN.slice(2).map(([code, ...rest]): Row => [Number(code) + 1, ...rest]),
    ];
    const c = compare(PLAN, after);
    expect(of(c, 'VERSION_ADDED').map((x) => x.new!.name)).toEqual(['Schoolmaatschappelijk werk']);
    expect(of(c, 'VERSION_RENUMBERED').map((x) => `${x.oldText}→${x.newText}`)).toEqual(['3→4', '4→5', '5→6', '6→7']);
    expect(
      ids(c).filter(
        (id) => !['VERSION_ADDED', 'VERSION_RENUMBERED', 'VERSION_GOAL_SHIFT', 'VERSION_TOTAL'].includes(id),
      ),
    ).toEqual([]);
    for (const m of c.matches) expect(m.old[0]!.name).toBe(m.new[0]!.name);
  });

  it('renumbering plus an inserted row plus renamed interventions still matches by name before code', () => {
    const after: Row[] = [
      PLAN[0]!,
      [2, 'Muziekles', 1, 'Kunstbedrijf', 20_000],
      [3, 'Bibliotheek op school en Boekstart', 1, 'De Bibliotheek', 250_000],
      [4, 'Zomerschool 2023', 1, 'Stichting Proloog', 50_000],
      ...PLAN.slice(3).map(([code, ...rest]): Row => [Number(code) + 1, ...rest]),
    ];
    const { matches, added, removed } = matchInterventions(model(PLAN).interventions, model(after).interventions);
    expect(added.map((i) => i.name)).toEqual(['Muziekles']);
    expect(removed).toEqual([]);
    for (const m of matches)
      expect(`${m.old[0]!.partner}|${m.old[0]!.begrootCents}`).toBe(`${m.new[0]!.partner}|${m.new[0]!.begrootCents}`);
  });

  it('an unrelated sheet matches nothing: all removed, all added', () => {
    const other: Row[] = [
      [101, 'Brugklascoaching', 3, 'Unita', 12_345],
      [102, 'Rots en water', 3, 'JENS', 54_321],
    ];
    const c = compare(PLAN, other);
    expect(c.matches).toEqual([]);
    expect(of(c, 'VERSION_REMOVED')).toHaveLength(PLAN.length);
    expect(of(c, 'VERSION_ADDED')).toHaveLength(2);
  });
});
