/**
 * Properties of comparing versions, on generated list sheets: a sheet against a shuffled copy of
 * itself reports no change; against a copy where one amount changed it reports exactly that
 * change, and the goal shift and total that follow from it.
 */
import fc from 'fast-check';
import { compareBudgets, type VersionChange } from '../../../src/engine/compare';
import type { PlainValue } from '../../../src/engine/grid';
import { check, LIST_HEADER } from '../../helpers';

const WORDS = [
  'Zomerschool',
  'Huiswerkklas',
  'Taalcoach',
  'Leesbevordering',
  'Brugklascoaching',
  'Ouderbetrokkenheid',
  'Buitenspelen',
  'Muziekles',
  'Peuteruren',
  'Mediawijsheid',
];
const PLACES = ['Noord', 'Zuid', 'Centrum', 'Oost', 'West', 'Kerkelanden', 'Hilversumse Meent'];
const PARTNERS = ['Versa Welzijn', 'Bink', 'AT kinderopvang', 'Regionaal Bureau Leerlingzaken', 'Bibliotheek', ''];

interface Item {
  readonly name: string;
  readonly goal: number;
  readonly partner: string;
  readonly cents: number;
}

const item = fc.record({
  name: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PLACES)).map(([w, p]) => `${w} ${p}`),
  goal: fc.integer({ min: 1, max: 5 }),
  partner: fc.constantFrom(...PARTNERS),
  cents: fc.integer({ min: 1, max: 100_000_000 }),
});
/** Unique names: two rows alike in everything but their amount cannot be told apart by anyone. */
const items = fc.uniqueArray(item, { minLength: 1, maxLength: 25, selector: (i) => i.name });

/** The rows keep their codes wherever they stand, or there are no codes at all. */
function sheet(list: ReadonlyArray<Item & { code?: number }>): PlainValue[][] {
  return [[...LIST_HEADER], ...list.map((i) => [i.code ?? null, i.name, i.goal, i.partner, i.cents / 100, null])];
}

const model = (rows: PlainValue[][]) => check(rows, { ceilingCents: 5_000_000_000 }).model;

const withCodes = (list: ReadonlyArray<Item>, coded: boolean) =>
  list.map((i, k) => (coded ? { ...i, code: k + 1 } : i));

describe('comparing versions (properties)', () => {
  it('a sheet against a shuffled copy of itself reports no change', () => {
    fc.assert(
      fc.property(
        items.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(
              list.map((_, k) => k),
              { minLength: list.length, maxLength: list.length },
            ),
            fc.boolean(),
          ),
        ),
        ([list, order, coded]) => {
          const numbered = withCodes(list, coded);
          const c = compareBudgets(model(sheet(numbered)), model(sheet(order.map((k) => numbered[k]!))));
          expect(c.changes).toEqual([]);
          expect(c.matches.every((m) => m.certain && m.old.length === 1 && m.old[0]!.name === m.new[0]!.name)).toBe(
            true,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a copy where one amount changed reports exactly that change, its goal shift and the total', () => {
    fc.assert(
      fc.property(
        items.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.nat({ max: list.length - 1 }),
            fc.integer({ min: 1, max: 100_000_000 }),
            fc.boolean(),
          ),
        ),
        ([list, index, cents, coded]) => {
          fc.pre(cents !== list[index]!.cents);
          const numbered = withCodes(list, coded);
          const changed = numbered.map((i, k) => (k === index ? { ...i, cents } : i));
          const c = compareBudgets(model(sheet(numbered)), model(sheet(changed)));
          const target = list[index]!;
          const difference = cents - target.cents;
          const cell = `E${index + 2}`;
          const expected: Array<Partial<VersionChange>> = [
            {
              id: 'VERSION_BEGROOT_CHANGED',
              goal: target.goal as VersionChange['goal'],
              oldCents: target.cents,
              newCents: cents,
              differenceCents: difference,
            },
            { id: 'VERSION_GOAL_SHIFT', goal: target.goal as VersionChange['goal'], differenceCents: difference },
            { id: 'VERSION_TOTAL', goal: null, differenceCents: difference },
          ];
          expect(c.changes).toEqual(expected.map((e) => expect.objectContaining(e)));
          expect(c.changes[0]!.old!.cell).toBe(cell);
          expect(c.changes[0]!.new!.cell).toBe(cell);
        },
      ),
      { numRuns: 150 },
    );
  });
});
