/**
 * Properties of reading whole budget sheets, checked on generated grids. A sheet generated from a
 * known plan (header anywhere in the first 40 rows, columns in any order, goals and amounts
 * written the ways users write them) must read back as that plan to the cent; any grid at all
 * must give a result or a clear EngineError, and a result's summaries always add up.
 */
import fc from 'fast-check';
import { checkWorkbook, EngineError, type CheckOptions, type CheckResult } from '../../src/engine/check';
import { RULE_SEVERITY } from '../../src/engine/findings';
import { GOALS, type GoalNumber } from '../../src/engine/goals';
import { EXCEL_ERRORS, sheetFromValues, type Cell, type PlainValue, type SheetSnapshot } from '../../src/engine/grid';
import { HEADER_SEARCH_ROWS } from '../../src/engine/layout/detect';
import { formatEuro } from '../../src/engine/money';

/**
 * A failing grid takes tens of thousands of shrinking steps to reach its smallest form; past this
 * limit fast-check stops shrinking and reports the failure as far as it got, with seed and path to
 * replay it. A passing run takes a second or two, far below it.
 */
const SHRINK_TIME_LIMIT_MS = 20_000;

// ---------------------------------------------------------------------------------------------
// A budget sheet generated from a plan

type Field = 'code' | 'intervention' | 'goal' | 'partner' | 'begroot' | 'benut' | 'note';

/** Header words per column, as the seed documents and users write them. */
const HEADER_WORDS: Record<Field, ReadonlyArray<string>> = {
  code: ['Nr', 'Nr.', 'Code', '#', 'Nummer'],
  intervention: ['Interventie', 'Maatregel', 'Activiteit', 'Omschrijving', 'Intervention', 'INTERVENTIE'],
  goal: ['Bestedingsdoel', 'Doel', 'Bestedingsdoelen', 'Goal', 'Spending goal'],
  partner: ['Uitvoerder', 'Partner', 'Aanbieder'],
  begroot: ['Begroot', 'Begroot bedrag 2022', 'Budget', 'Raming', 'BEGROOT (€)', 'Geraamd budget'],
  benut: ['Benut', 'Besteed', 'Realisatie 2023', 'Benut t/m 2023', 'Uitgegeven'],
  note: ['Toelichting', 'Opmerking'],
};

/** Names that are neither a goal heading nor a total label nor a header word. */
const NAMES = [
  'Zomerschool',
  'Huiswerkklas',
  'Taalcoach',
  'Leesbevordering',
  'Brugklascoaching',
  'Ouderbetrokkenheid',
  'Rots en water',
  'Buitenspelen',
  'Schoolmaatschappelijk werk',
  'Extra peuteruren',
  'Muziekles',
];
const PARTNERS = ['Versa Welzijn', 'GGD', 'Bink', 'AT kinderopvang', 'Regionaal Bureau Leerlingzaken', 'Bibliotheek'];
const NOTES = ['Doelgroep: peuters', 'Loopt door in 2023', 'Zie bijlage 1'];
const TITLES: ReadonlyArray<PlainValue> = [
  'NPO-begroting gemeente Putten 2022',
  'Vastgesteld door het college',
  'Versie 3',
  44_562,
  null,
];

/** A goal cell as written, and the goals it must read as (none for an unknown or empty cell). */
interface GoalCell {
  readonly value: PlainValue;
  readonly goals: ReadonlyArray<GoalNumber>;
}

const GOAL_PHRASES: ReadonlyArray<readonly [GoalNumber, string]> = [
  ...GOALS.flatMap((g) => [[g.goal, g.name] as const, [g.goal, g.short] as const]),
  [1, 'Waar nodig bieden van bovenschoolse maatregelen'],
  [2, 'Maatregelen in VVE (2-6 jarigen)'],
  [2, 'VVE'],
  [3, 'Zorg & welzijn'],
  [3, 'Maatregelen voor zorg en welzijn'],
  [4, 'Het bevorderen van samenwerking in de gemeente'],
  [5, 'Het voorkomen van thuiszitters'],
];
const goalNumber = fc.constantFrom<GoalNumber>(1, 2, 3, 4, 5);

const goalCell: fc.Arbitrary<GoalCell> = fc.oneof(
  { weight: 3, arbitrary: goalNumber.map((g) => ({ value: g, goals: [g] })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(goalNumber, fc.constantFrom('Doel ', 'Bestedingsdoel ', ''))
      .map(([g, w]) => ({ value: `${w}${g}`, goals: [g] })),
  },
  { weight: 3, arbitrary: fc.constantFrom(...GOAL_PHRASES).map(([g, text]) => ({ value: text, goals: [g] })) },
  {
    weight: 2,
    arbitrary: fc
      .uniqueArray(goalNumber, { minLength: 2, maxLength: 5 })
      .chain((gs) =>
        fc
          .constantFrom(' en ', ', ', '/')
          .map((sep) => ({ value: gs.join(sep), goals: [...gs].sort((a, b) => a - b) })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<GoalCell>(
      { value: null, goals: [] },
      { value: 'Onderwijsachterstanden', goals: [] },
      { value: 'Doel 7', goals: [] },
    ),
  },
);

/** An amount cell as written, and the cents it must count for. */
interface AmountPlan {
  readonly value: PlainValue;
  readonly cents: number;
}

/** Cents up to 20 million euros, mostly positive; a correction is sometimes negative. */
const cents = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 2_000_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -10_000_000, max: 0 }) },
);

const amount: fc.Arbitrary<AmountPlan> = fc.oneof(
  { weight: 4, arbitrary: cents.map((c) => ({ value: c / 100, cents: c })) },
  { weight: 2, arbitrary: cents.map((c) => ({ value: formatEuro(c), cents: c })) },
  { weight: 1, arbitrary: cents.map((c) => ({ value: formatEuro(c).replace('€ ', ''), cents: c })) },
  { weight: 1, arbitrary: cents.map((c) => ({ value: `Ca. ${formatEuro(c)}`, cents: c })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<AmountPlan>(
      { value: null, cents: 0 },
      { value: 'P.M.', cents: 0 },
      { value: 'N.t.b.', cents: 0 },
      { value: 'nihil', cents: 0 },
      { value: '-', cents: 0 },
    ),
  },
  // Unreadable text counts for nothing (and is reported), so the totals still add up.
  { weight: 1, arbitrary: fc.constant<AmountPlan>({ value: 'Uitvoerbaar binnen opdracht TMF', cents: 0 }) },
);

interface PlannedIntervention {
  readonly code?: PlainValue;
  readonly name: string;
  readonly partner?: string;
  readonly note?: string;
  readonly goal: GoalCell;
  readonly begroot: AmountPlan;
  readonly benut: AmountPlan;
  /** Empty rows above it, as users leave between groups. */
  readonly blankRowsBefore: number;
}

const code = fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom('A1', '7-9', '12a', 'a)', 'B-3'));

const plannedIntervention: fc.Arbitrary<PlannedIntervention> = fc.record(
  {
    code,
    name: fc
      .tuple(fc.constantFrom(...NAMES), fc.constantFrom('', ' 2022', ' (deel 2)', ' groep 8'))
      .map(([n, s]) => n + s),
    partner: fc.constantFrom(...PARTNERS),
    note: fc.constantFrom(...NOTES),
    goal: goalCell,
    begroot: amount,
    benut: amount,
    blankRowsBefore: fc.oneof(
      { weight: 4, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) },
    ),
  },
  { requiredKeys: ['name', 'goal', 'begroot', 'benut', 'blankRowsBefore'] },
);

interface PlannedSheet {
  readonly headerRow: number;
  /** Columns left of the table, empty. */
  readonly offset: number;
  readonly fields: ReadonlyArray<Field>;
  readonly headerWords: Record<Field, string>;
  readonly interventions: ReadonlyArray<PlannedIntervention>;
  readonly grandTotal: boolean;
  readonly title: ReadonlyArray<PlainValue>;
}

const optionalFields = fc.subarray<Field>(['code', 'partner', 'benut', 'note']);
const fieldOrder = optionalFields.chain((extra) =>
  fc.shuffledSubarray<Field>(['intervention', 'goal', 'begroot', ...extra], { minLength: 3 + extra.length }),
);
const headerWords = fc.record(
  Object.fromEntries(Object.entries(HEADER_WORDS).map(([f, words]) => [f, fc.constantFrom(...words)])) as Record<
    Field,
    fc.Arbitrary<string>
  >,
);

const plannedSheet: fc.Arbitrary<PlannedSheet> = fc.record({
  headerRow: fc.integer({ min: 0, max: HEADER_SEARCH_ROWS - 1 }),
  offset: fc.integer({ min: 0, max: 3 }),
  fields: fieldOrder,
  headerWords,
  interventions: fc.array(plannedIntervention, { maxLength: 25 }),
  grandTotal: fc.boolean(),
  title: fc.array(fc.constantFrom(...TITLES), { maxLength: HEADER_SEARCH_ROWS }),
});

/** Where each planned intervention lands (0-based row), and the grid itself. */
function layOut(plan: PlannedSheet): { rows: PlainValue[][]; rowOf: number[]; totalRow?: number } {
  const rows: PlainValue[][] = [];
  for (let r = 0; r < plan.headerRow; r++) rows.push(r < plan.title.length && r % 2 === 0 ? [plan.title[r]] : []);
  const lead = (): PlainValue[] => new Array<PlainValue>(plan.offset).fill(null);
  rows.push([...lead(), ...plan.fields.map((f) => plan.headerWords[f])]);
  const rowOf: number[] = [];
  for (const i of plan.interventions) {
    for (let b = 0; b < i.blankRowsBefore; b++) rows.push([]);
    rowOf.push(rows.length);
    const valueOf: Record<Field, PlainValue> = {
      code: i.code,
      intervention: i.name,
      goal: i.goal.value,
      partner: i.partner,
      begroot: i.begroot.value,
      benut: i.benut.value,
      note: i.note,
    };
    rows.push([...lead(), ...plan.fields.map((f) => valueOf[f])]);
  }
  if (!plan.grandTotal) return { rows, rowOf };
  const begroot = expectedInterventions(plan).reduce((s, e) => s + e.begroot, 0);
  rows.push([
    ...lead(),
    ...plan.fields.map((f) => (f === 'intervention' ? 'Totaal' : f === 'begroot' ? begroot / 100 : null)),
  ]);
  return { rows, rowOf, totalRow: rows.length - 1 };
}

interface Expected {
  readonly index: number;
  readonly name: string;
  readonly goals: ReadonlyArray<GoalNumber>;
  readonly begroot: number;
  readonly benut: number;
}

/**
 * The interventions the sheet holds. A row with only a name (no code, goal or amount) is a note
 * between the rows, as the reader documents, so it is no intervention.
 */
function expectedInterventions(plan: PlannedSheet): Expected[] {
  const has = (f: Field) => plan.fields.includes(f);
  const expected: Expected[] = [];
  plan.interventions.forEach((i, index) => {
    const hasCode = has('code') && i.code !== undefined && i.code !== null && i.code !== '';
    const hasGoal = has('goal') && i.goal.value !== null;
    const hasAmount = i.begroot.value !== null || (has('benut') && i.benut.value !== null);
    if (!hasCode && !hasGoal && !hasAmount) return;
    expected.push({
      index,
      name: i.name,
      goals: i.goal.goals,
      begroot: i.begroot.cents,
      benut: has('benut') ? i.benut.cents : 0,
    });
  });
  return expected;
}

/** Shares of an amount split over goals, by the documented rule: equal, the remainder to the first. */
function shares(total: number, parts: number): number[] {
  const base = Math.trunc(total / parts) || 0; // -1 over two goals is -1 and 0, never -0
  return Array.from({ length: parts }, (_, i) => (i === 0 ? total - base * (parts - 1) : base));
}

function checkSheet(sheet: SheetSnapshot, options: CheckOptions = {}): CheckResult {
  return checkWorkbook({ sheets: [sheet] }, { ceilingCents: 213_850_964, ...options });
}

/** The summaries' own arithmetic, whatever the sheet: goal lines plus the line without goal make the total. */
function summaryProblems(result: CheckResult): string[] {
  const { summaries, model } = result;
  const problems: string[] = [];
  for (const f of ['begrootCents', 'benutCents'] as const) {
    const lines = summaries.goals.reduce((s, g) => s + g[f], 0) + summaries.withoutGoal[f];
    if (lines !== summaries[f]) problems.push(`${f}: goal lines + without goal = ${lines}, total ${summaries[f]}`);
    const interventions = model.interventions.reduce((s, i) => s + i[f], 0);
    if (interventions !== summaries[f])
      problems.push(`${f}: interventions add up to ${interventions}, total ${summaries[f]}`);
    if (!Number.isSafeInteger(summaries[f])) problems.push(`${f}: ${summaries[f]} is not a safe integer`);
  }
  for (const i of model.interventions) {
    if (i.allocations.length === 0) continue;
    for (const f of ['begrootCents', 'benutCents'] as const) {
      const allocated = i.allocations.reduce((s, a) => s + a[f], 0);
      if (allocated !== i[f]) problems.push(`row ${i.row + 1}: ${f} ${i[f]} allocated as ${allocated}`);
    }
  }
  for (const g of summaries.goals) {
    if (g.restantCents !== g.begrootCents - g.benutCents) problems.push(`goal ${g.goal}: restant does not follow`);
  }
  return problems;
}

function findingProblems(result: CheckResult): string[] {
  const problems: string[] = [];
  for (const f of result.findings) {
    if (RULE_SEVERITY[f.rule] !== f.severity) problems.push(`${f.rule}: severity ${f.severity}`);
    if (!/^[A-Z]{1,3}\d+$/.test(f.cell)) problems.push(`${f.rule}: cell ${f.cell}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') problems.push(`${f.rule}: empty message`);
    if (f.amountCents !== undefined && !Number.isSafeInteger(f.amountCents))
      problems.push(`${f.rule}: amount ${f.amountCents}`);
  }
  return problems;
}

describe('a budget sheet generated from a plan reads back as that plan, to the cent', () => {
  it('finds the header, every intervention with its goals and amounts, and summaries that add up exactly', () => {
    fc.assert(
      fc.property(plannedSheet, (plan) => {
        const { rows, rowOf, totalRow } = layOut(plan);
        const result = checkSheet(sheetFromValues('Begroting', rows));
        const col = (f: Field) => plan.offset + plan.fields.indexOf(f);

        expect(result.model).toMatchObject({
          layout: 'list',
          headerRow: plan.headerRow,
          hasBenut: plan.fields.includes('benut'),
        });
        expect(result.model.begrootHeader).toEqual({ row: plan.headerRow, col: col('begroot') });

        const expected = expectedInterventions(plan);
        const read = result.model.interventions.map((i) => ({
          row: i.row,
          name: i.name,
          goals: i.allocations.map((a) => a.goal),
          begroot: i.begrootCents,
          benut: i.benutCents,
        }));
        expect(read).toEqual(
          expected.map((e) => ({
            row: rowOf[e.index],
            name: e.name,
            goals: e.goals,
            begroot: e.begroot,
            benut: e.benut,
          })),
        );

        // A multi-goal amount is split equally, remainder to the first goal, and adds up exactly.
        result.model.interventions.forEach((i, n) => {
          const e = expected[n]!;
          if (e.goals.length < 2) return;
          expect(i.allocations.map((a) => [a.begrootCents, a.benutCents])).toEqual(
            shares(e.begroot, e.goals.length).map((b, k) => [b, shares(e.benut, e.goals.length)[k]]),
          );
        });

        const perGoal = new Map<GoalNumber, { begroot: number; benut: number; n: number }>();
        const without = { begroot: 0, benut: 0, n: 0 };
        for (const e of expected) {
          if (e.goals.length === 0) {
            without.begroot += e.begroot;
            without.benut += e.benut;
            without.n += 1;
          }
          const b = shares(e.begroot, e.goals.length);
          const s = shares(e.benut, e.goals.length);
          e.goals.forEach((g, k) => {
            const line = perGoal.get(g) ?? { begroot: 0, benut: 0, n: 0 };
            perGoal.set(g, { begroot: line.begroot + b[k]!, benut: line.benut + s[k]!, n: line.n + 1 });
          });
        }
        const { summaries } = result;
        expect(summaries.goals.map((g) => [g.goal, g.begrootCents, g.benutCents, g.interventions])).toEqual(
          GOALS.map(({ goal }) => {
            const line = perGoal.get(goal) ?? { begroot: 0, benut: 0, n: 0 };
            return [goal, line.begroot, line.benut, line.n];
          }),
        );
        expect(summaries.withoutGoal).toMatchObject({
          begrootCents: without.begroot,
          benutCents: without.benut,
          interventions: without.n,
        });
        expect(summaries.begrootCents).toBe(expected.reduce((s, e) => s + e.begroot, 0));
        expect(summaries.benutCents).toBe(expected.reduce((s, e) => s + e.benut, 0));
        expect(summaryProblems(result)).toEqual([]);

        if (totalRow !== undefined) {
          // The Totaal row is the stated grand total over every intervention, and no intervention itself.
          const grand = result.model.totals.find((t) => t.isGrandTotal);
          expect(grand).toMatchObject({ row: totalRow });
          expect(grand!.parts.map((p) => p.row)).toEqual(expected.map((e) => rowOf[e.index]));
          expect(result.findings.filter((f) => f.rule === 'SUBTOTAL_MISMATCH')).toEqual([]);
        }
      }),
      { numRuns: 200, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// A matrix of goal marks (Voerendaal's layout) generated from a plan

/** How a goal column is headed: a name, a short form, a long wording, "Doel n" or the number itself. */
function goalHeaders(goal: GoalNumber): PlainValue[] {
  return [goal, `Doel ${goal}`, ...GOAL_PHRASES.filter(([g]) => g === goal).map(([, p]) => p)];
}

const MARKS: ReadonlyArray<PlainValue> = ['x', 'X', 'ja', '✓', true, ' x '];

interface PlannedMarkRow {
  readonly code?: PlainValue;
  readonly name: string;
  /** Marked goals, by index into the sheet's goal columns. */
  readonly marks: ReadonlyArray<boolean>;
  readonly mark: PlainValue;
  readonly begroot: AmountPlan;
  readonly benut: AmountPlan;
}

interface PlannedMatrix {
  readonly headerRow: number;
  /** The goal columns, in the sheet's order, and how each is headed. */
  readonly goals: ReadonlyArray<{ goal: GoalNumber; header: PlainValue }>;
  readonly withBenut: boolean;
  readonly rows: ReadonlyArray<PlannedMarkRow>;
}

const plannedMatrix: fc.Arbitrary<PlannedMatrix> = fc
  .tuple(
    fc.shuffledSubarray<GoalNumber>([1, 2, 3, 4, 5], { minLength: 2 }),
    fc.integer({ min: 0, max: HEADER_SEARCH_ROWS - 1 }),
    fc.boolean(),
  )
  .chain(([goals, headerRow, withBenut]) =>
    fc.record({
      headerRow: fc.constant(headerRow),
      goals: fc.tuple(...goals.map((g) => fc.constantFrom(...goalHeaders(g)).map((header) => ({ goal: g, header })))),
      withBenut: fc.constant(withBenut),
      rows: fc.array(
        fc.record(
          {
            code: code,
            name: fc.constantFrom(...NAMES),
            marks: fc.array(fc.boolean(), { minLength: goals.length, maxLength: goals.length }),
            mark: fc.constantFrom(...MARKS),
            begroot: amount,
            benut: amount,
          },
          { requiredKeys: ['name', 'marks', 'mark', 'begroot', 'benut'] },
        ),
        { minLength: 1, maxLength: 20 },
      ),
    }),
  )
  // A goal column is read as one only when some row below marks it.
  .filter((plan) => plan.rows.some((r) => r.marks.some(Boolean)));

describe('a matrix of goal marks generated from a plan reads back as that plan, to the cent', () => {
  it('gives each intervention its marked goals and splits its amount over them exactly, remainder to the lowest goal', () => {
    fc.assert(
      fc.property(plannedMatrix, (plan) => {
        const header: PlainValue[] = [
          'Nr',
          'Activiteit',
          ...plan.goals.map((g) => g.header),
          'Begroot',
          ...(plan.withBenut ? ['Benut'] : []),
        ];
        const rows: PlainValue[][] = Array.from({ length: plan.headerRow }, () => []);
        rows.push(header);
        for (const r of plan.rows) {
          rows.push([
            r.code,
            r.name,
            ...r.marks.map((m) => (m ? r.mark : null)),
            r.begroot.value,
            ...(plan.withBenut ? [r.benut.value] : []),
          ]);
        }
        const result = checkSheet(sheetFromValues('Begroting', rows));
        expect(result.model).toMatchObject({ layout: 'matrix', headerRow: plan.headerRow });

        const expected = plan.rows
          .map((r, k) => ({ r, row: plan.headerRow + 1 + k }))
          .filter(
            ({ r }) =>
              (r.code !== undefined && r.code !== null) ||
              r.marks.some(Boolean) ||
              r.begroot.value !== null ||
              (plan.withBenut && r.benut.value !== null),
          )
          .map(({ r, row }) => {
            const goals = plan.goals
              .filter((_, k) => r.marks[k])
              .map((g) => g.goal)
              .sort((a, b) => a - b);
            const begroot = r.begroot.cents;
            const benut = plan.withBenut ? r.benut.cents : 0;
            const b = shares(begroot, goals.length);
            const s = shares(benut, goals.length);
            return { row, begroot, benut, allocations: goals.map((goal, k) => [goal, b[k], s[k]]) };
          });
        expect(
          result.model.interventions.map((i) => ({
            row: i.row,
            begroot: i.begrootCents,
            benut: i.benutCents,
            allocations: i.allocations.map((a) => [a.goal, a.begrootCents, a.benutCents]),
          })),
        ).toEqual(expected);
        expect(summaryProblems(result)).toEqual([]);
      }),
      { numRuns: 150, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Any grid at all

/** Cell contents that steer the engine into its corners: headers, goals, totals, headings, marks. */
const SHEET_WORDS = [
  ...Object.values(HEADER_WORDS).flat(),
  ...GOAL_PHRASES.map(([, p]) => p),
  'Totaal',
  'Subtotaal',
  'Subtotaal doel 2',
  'Totaal doel 1',
  'Eindtotaal',
  'Som',
  'Total',
  'Bestedingsdoel 1: Bovenschoolse maatregelen',
  'Doel 3',
  '1 Bovenschoolse maatregelen',
  'Bestedinsdoel 4',
  'x',
  'X',
  'ja',
  '✓',
  '-',
  'P.M.',
  'N.t.b.',
  'nihil',
  'Ca. € 48.000',
  '40.000 – 45.000 per jaar',
  '€ 2.138.509,64',
  '250.000,-',
  'Plafond',
  'NPO-budget',
  'Beschikbaar budget',
  'Restant',
  '% benut',
  'mbo',
  'Doelgroep: mbo-studenten',
  'Datum',
  'Factuurnummer',
  'Crediteur',
  'Bedrag',
  'Status',
  'Soort',
  'Creditnota',
  'Betaald',
  '1-8-2021',
  '31-07-2025',
  '2023-13-45',
  ...NAMES,
  ...PARTNERS,
  'Instellingen',
  '',
  ' ',
];

/**
 * Total formulas right and wrong. A range across all 16.384 columns (`=SUM(A2:XFD40)`) is left out
 * to keep these runs fast: the formula rules walk every column of such a range.
 */
const FORMULAS = [
  '=SUM(E2:E9)',
  '=SOM(E2:E9)',
  '=E2+E3+E4',
  '=SUM(E2:E3)+E5',
  '=SUBTOTAL(9,E2:E20)',
  '=SUBTOTAL(109,D2:D30)',
  '=SUM(D:D)',
  '=SUM(A2:J40)',
  '=E2*2',
  '=',
  '=SUM(',
  '=1/0',
  '=SUM(E2:E9',
  '=VLOOKUP(A1,B:C,2,FALSE)',
];

/**
 * Numbers up to 100 billion euros, and some no amount can be (NaN, infinities, 1e15 euros and
 * beyond). Between those, a sheet of 300 cells cannot add up past exact integers: that limit is
 * only reachable with figures of trillions of euros.
 */
const anyNumber = fc.oneof(
  fc.integer({ min: -100, max: 100 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((c) => c / 100),
  fc.double({ min: -1e11, max: 1e11, noNaN: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e15, -1e15, 1e300, 5e-324, 44_562, 45_869),
);

const anyCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom(...SHEET_WORDS).map((value): Cell => ({ kind: 'text', value })) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map((value): Cell => ({ kind: 'text', value })),
  },
  { weight: 3, arbitrary: anyNumber.map((value): Cell => ({ kind: 'number', value })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        anyNumber,
        fc.constantFrom(...FORMULAS),
        fc.constantFrom(undefined, 'd-m-yyyy', '#,##0.00', '"€" #,##0.00'),
      )
      .map(([value, formula, format]): Cell =>
        format === undefined ? { kind: 'number', value, formula } : { kind: 'number', value, formula, format },
      ),
  },
  { weight: 1, arbitrary: fc.boolean().map((value): Cell => ({ kind: 'boolean', value })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...EXCEL_ERRORS).map((value): Cell => ({ kind: 'error', value, formula: '=E2/0' })),
  },
);

const PAYMENTS_HEADER = [
  'Datum',
  'Factuurnummer',
  'Crediteur',
  'Interventie',
  'Soort',
  'Bedrag',
  'Status',
  'Omschrijving',
];

/**
 * A header row of budget words in any order (or a payments header), so most random sheets are
 * read at all: a label and a begroot column, and any of the other header words.
 */
const headerish: fc.Arbitrary<Array<Cell | undefined>> = fc
  .oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...HEADER_WORDS.intervention, ...HEADER_WORDS.code),
          fc.constantFrom(...HEADER_WORDS.begroot),
          fc.shuffledSubarray(
            [...Object.values(HEADER_WORDS).flat(), ...GOAL_PHRASES.map(([, p]) => p), 'Restant', '% benut'],
            { maxLength: 8 },
          ),
        )
        .chain(([label, begroot, others]) =>
          fc.shuffledSubarray([label, begroot, ...others], { minLength: others.length + 2 }),
        ),
    },
    { weight: 1, arbitrary: fc.shuffledSubarray(PAYMENTS_HEADER, { minLength: 3 }) },
  )
  .map((words) => words.map((value): Cell => ({ kind: 'text', value })));

const anySheet = (name: fc.Arbitrary<string>, maxRows: number): fc.Arbitrary<SheetSnapshot> =>
  fc
    .record({
      name,
      rows: fc.array(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(undefined) },
          { weight: 9, arbitrary: fc.array(anyCell, { maxLength: 10 }) },
        ),
        { minLength: 3, maxLength: maxRows },
      ),
      header: fc.option(fc.tuple(fc.nat(HEADER_SEARCH_ROWS - 1), headerish), { freq: 4, nil: undefined }),
      hiddenRows: fc.array(fc.integer({ min: 0, max: maxRows }), { maxLength: 3 }),
    })
    .map(({ name, rows, header, hiddenRows }) => {
      if (header !== undefined) {
        // Somewhere among the rows (within the first 40), so there are rows below it to read.
        const at = header[0] % Math.min(rows.length + 1, HEADER_SEARCH_ROWS);
        if (at === rows.length) rows.push([]);
        rows[at] = header[1];
      }
      return { name, rows, hiddenRows };
    });

const sheetName = fc.constantFrom(
  'Begroting',
  'Begroting 2021',
  'Betalingen',
  'Instellingen',
  'NPO Overzicht',
  'begroting',
);

const anyOptions: fc.Arbitrary<CheckOptions> = fc.record(
  {
    sheet: fc.constantFrom('Begroting', 'Begroting', 'Betalingen', 'Bestaat niet', 'BEGROTING'),
    ceilingCents: fc.oneof(fc.integer({ min: -1000, max: 1_000_000_000 }), fc.constantFrom(0, 10 ** 13)),
    lang: fc.constantFrom('nl' as const, 'en' as const),
    paymentsSheet: fc.constantFrom('Betalingen', 'Begroting', 'Bestaat niet'),
    periodStart: fc.constantFrom('1-8-2021', '2021-08-01', '31-02-2022', 'morgen', ''),
    periodEnd: fc.constantFrom('31-7-2025', '2020-01-01', '1-1-2099', 'nooit'),
  },
  { requiredKeys: [] },
);

/** Mostly the defaults, so most runs get past the options into the sheet itself. */
const someOptions = fc.oneof(
  { weight: 3, arbitrary: fc.constant<CheckOptions>({}) },
  {
    weight: 1,
    arbitrary: fc.record({
      ceilingCents: fc.integer({ min: 0, max: 1_000_000_000 }),
      lang: fc.constantFrom('nl' as const, 'en' as const),
    }),
  },
  { weight: 1, arbitrary: anyOptions },
);

/** Runs the check; an EngineError is a clear sentence for the user, anything else a crash. */
function checkOrEngineError(sheets: ReadonlyArray<SheetSnapshot>, options: CheckOptions): CheckResult | EngineError {
  try {
    return checkWorkbook({ sheets }, options);
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
}

describe('any grid at all gives a result or a clear EngineError', () => {
  it('never crashes on a sheet of arbitrary cells, and its summaries and findings are well formed', () => {
    fc.assert(
      fc.property(anySheet(sheetName, 30), someOptions, (sheet, options) => {
        const outcome = checkOrEngineError([sheet], options);
        if (outcome instanceof EngineError) {
          expect(outcome.message).not.toBe('');
          return;
        }
        expect(summaryProblems(outcome)).toEqual([]);
        expect(findingProblems(outcome)).toEqual([]);
      }),
      { numRuns: 300, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS },
    );
  });

  it('never crashes on a workbook of several arbitrary sheets, with or without a payments sheet', () => {
    fc.assert(
      fc.property(fc.array(anySheet(sheetName, 25), { minLength: 1, maxLength: 3 }), someOptions, (sheets, options) => {
        const outcome = checkOrEngineError(sheets, options);
        if (outcome instanceof EngineError) return;
        expect(summaryProblems(outcome)).toEqual([]);
        expect(findingProblems(outcome)).toEqual([]);
      }),
      { numRuns: 150, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS },
    );
  });

  it('never crashes when arbitrary cells are sprinkled over a readable budget sheet', () => {
    const sprinkled = fc
      .tuple(plannedSheet, fc.array(fc.tuple(fc.nat(60), fc.nat(12), anyCell), { maxLength: 30 }))
      .map(([plan, noise]) => {
        const rows: Array<Array<Cell | undefined>> = sheetFromValues('Begroting', layOut(plan).rows).rows.map((r) => [
          ...(r ?? []),
        ]);
        for (const [row, col, cell] of noise) {
          while (rows.length <= row) rows.push([]);
          rows[row]![col] = cell;
        }
        return { name: 'Begroting', rows } satisfies SheetSnapshot;
      });
    fc.assert(
      fc.property(sprinkled, (sheet) => {
        const outcome = checkOrEngineError([sheet], { ceilingCents: 213_850_964 });
        if (outcome instanceof EngineError) return;
        expect(summaryProblems(outcome)).toEqual([]);
        expect(findingProblems(outcome)).toEqual([]);
      }),
      { numRuns: 150, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS },
    );
  });
});
