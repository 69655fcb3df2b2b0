/**
 * Properties of reading bestedingsdoelen, checked on generated text: whatever is in a goal cell,
 * the reading is no goal, one or more of the five goals, or an unknown text (perhaps with a
 * suggestion), and the ways the guide lists for writing a goal always read as that goal.
 */
import fc from 'fast-check';
import { GOALS, goalOfHeader, isGoalMark, matchGoal, type GoalMatch, type GoalNumber } from '../../src/engine/goals';
import { EXCEL_ERRORS, type Cell } from '../../src/engine/grid';
import { normalise } from '../../src/engine/text';

const goalNumber = fc.constantFrom<GoalNumber>(1, 2, 3, 4, 5);

/** Every way the guide, the seed documents and English sheets write each goal, number forms aside. */
const NAMED_FORMS: ReadonlyArray<readonly [GoalNumber, string]> = [
  ...GOALS.flatMap((g) => [[g.goal, g.name] as const, [g.goal, g.short] as const, [g.goal, g.nameEn] as const]),
  [1, 'Waar nodig bieden van bovenschoolse maatregelen'],
  [1, 'Bovenschools'],
  [2, 'Het tegengaan van achterstanden bij kinderen in de voorschoolse periode'],
  [2, 'Maatregelen in VVE (2-6 jarigen)'],
  [2, 'VVE'],
  [2, 'Voorschools'],
  [3, 'Waar nodig bieden van zorg en welzijn'],
  [3, 'Maatregelen voor zorg en welzijn'],
  [3, 'Zorg & welzijn'],
  [4, 'Het bevorderen van samenwerking in de gemeente'],
  [4, 'Samenwerking'],
  [5, 'Het voorkomen van thuiszitters'],
  [5, 'Maatregelen voor thuiszitters'],
  [1, 'Het bieden van bovenschoolse maatregelen'],
  [2, 'Maatregelen in de voorschoolse periode'],
  [2, 'Maatregelen in VVE (2 t/m 6 jarigen)'],
  [2, 'Voorschoolse periode (VVE)'],
  [2, 'Early childhood / pre-school period'],
  [3, 'Care and wellbeing'],
  [5, 'Preventing school dropouts / absenteeism (thuiszitters)'],
  [5, 'Home sitters'],
];

/** How a list puts a goal number before its wording: "1. ", "(1) ", "1 - ", "Doel 1: ". */
const numberedWording = fc
  .tuple(
    fc.constantFrom(...NAMED_FORMS),
    goalNumber,
    fc.constantFrom('#. ', '(#) ', '# - ', '# – ', '#: ', '#) ', 'Doel #: ', 'Bestedingsdoel # - '),
  )
  .map(([[named, wording], number, pattern]) => ({
    named,
    number,
    text: pattern.replace('#', String(number)) + wording,
  }));

const GOAL_WORDS = ['Doel', 'doel', 'DOEL', 'Bestedingsdoel', 'bestedingsdoel', 'Goal'];
const BLANKS = [' ', '  ', '\t', '\u00A0', ' \u00A0 '];

/** Whitespace as users leave it: doubled, tabs, no-break spaces from a copied PDF. */
const blank = fc.constantFrom(...BLANKS);
const optionalBlank = fc.constantFrom('', ...BLANKS);

/** Each letter in upper or lower case, as typed with caps lock or copied from a heading. */
function anyCase(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''));
}

/** A phrase with its spaces replaced by any whitespace, in any case, with blanks around it. */
function asTyped(phrase: string): fc.Arbitrary<string> {
  const words = phrase.split(' ');
  return fc
    .tuple(
      anyCase(phrase),
      fc.array(blank, { minLength: words.length - 1, maxLength: words.length - 1 }),
      optionalBlank,
      optionalBlank,
    )
    .map(([cased, gaps, before, after]) => {
      const casedWords = cased.split(' ');
      return before + casedWords.map((w, i) => (i === 0 ? w : gaps[i - 1] + w)).join('') + after;
    });
}

/** A goal named by its number: "3", "Doel 3", "Bestedingsdoel 3:", " doel  3 ". */
const numberForm = fc
  .tuple(
    goalNumber,
    fc.constantFrom('', ...GOAL_WORDS),
    optionalBlank,
    optionalBlank,
    fc.constantFrom('', '.', ':', ')'),
  )
  .map(([goal, word, gap, around, end]) => ({
    goal,
    text: `${around}${word}${word === '' ? '' : gap}${goal}${end}${around}`,
  }));

/** Words a goal cell may hold, right or wrong, glued into a text. */
const GOAL_TOKENS = [
  ...GOAL_WORDS,
  'doelen',
  'goals',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '12',
  '1.',
  '2,',
  'en',
  'of',
  'and',
  '&',
  '/',
  ',',
  '-',
  ':',
  '(',
  ')',
  'zorg',
  'welzijn',
  'VVE',
  'vve',
  'Bovenschools',
  'Thuiszitters',
  'samenwerking',
  'Samenwerkingg',
  'Thuiszittters',
  'bovenschols',
  'maatregelen',
  'voor',
  'in',
  'de',
  'gemeente',
  'x',
  '#',
  'n.v.t.',
  'Onderwijsachterstanden',
  'mbo',
  'é',
  'ß',
  'İ',
  '😀',
  '',
];
function glued(tokens: ReadonlyArray<string>): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...tokens), fc.constantFrom('', ' ', ' ', '  ', '\u00A0', '\t', '-', '/')), {
      maxLength: 8,
    })
    .map((parts) => parts.map(([token, sep]) => token + sep).join(''));
}
const goalishText = glued(GOAL_TOKENS);

const anyText = fc.oneof(
  goalishText,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
);

/** What is wrong with a goal reading: the kinds a rule handles, and goals that are real goals. */
function problemsOf(match: GoalMatch, text: string): string[] {
  const problems: string[] = [];
  switch (match.kind) {
    case 'none':
      if (normalise(text) !== '') problems.push('text with letters or digits read as no goal at all');
      break;
    case 'goals':
      if (match.goals.length === 0) problems.push('goals without a goal');
      if (match.goals.some((g) => ![1, 2, 3, 4, 5].includes(g))) problems.push(`goal outside 1-5: ${match.goals}`);
      // In order and once each: a goal named twice must not get two shares of the amount.
      if (match.goals.some((g, i) => i > 0 && g <= match.goals[i - 1]!))
        problems.push(`goals not ascending: ${match.goals}`);
      break;
    case 'unknown':
      if (match.text !== text) problems.push('unknown goal text not kept as written');
      if (match.suggestion !== undefined && ![1, 2, 3, 4, 5].includes(match.suggestion))
        problems.push(`suggestion outside 1-5: ${match.suggestion}`);
      break;
    default:
      problems.push(`unknown kind ${(match as { kind: string }).kind}`);
  }
  return problems;
}

describe('matchGoal: any goal text gives a reading, never an exception', () => {
  it('reads any text as no goal, goals 1 to 5 in order and once each, or an unknown text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(problemsOf(matchGoal(text), text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a header cell as one goal exactly when the goal cell would read as that one goal', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const match = matchGoal(text);
        expect(goalOfHeader(text)).toBe(
          match.kind === 'goals' && match.goals.length === 1 ? match.goals[0] : undefined,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('lets neither case nor the kind of whitespace decide the goal', () => {
    // Upper case of "ß" is "SS" and of "i" in Turkish is "İ": only ASCII letters keep their word.
    const asciiGoalish = glued(GOAL_TOKENS.filter((t) => /^[\x20-\x7e]*$/.test(t)));
    fc.assert(
      fc.property(asciiGoalish, (text) => {
        const plain = (m: GoalMatch) => (m.kind === 'unknown' ? { kind: m.kind, suggestion: m.suggestion } : m);
        const expected = plain(matchGoal(text));
        expect(plain(matchGoal(text.toUpperCase()))).toEqual(expected);
        expect(plain(matchGoal(text.replace(/[ \t\u00A0]+/g, '  ')))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchGoal: the forms the guide lists always read as their goal', () => {
  it('reads a goal number, alone or after a goal word, as that goal', () => {
    fc.assert(
      fc.property(numberForm, ({ goal, text }) => {
        expect(matchGoal(text)).toEqual({ kind: 'goals', goals: [goal] });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a canonical name, long wording or short form in any case and spacing as that goal', () => {
    const named = fc
      .constantFrom(...NAMED_FORMS)
      .chain(([goal, phrase]) => asTyped(phrase).map((text) => ({ goal, text })));
    fc.assert(
      fc.property(named, ({ goal, text }) => {
        expect(matchGoal(text)).toEqual({ kind: 'goals', goals: [goal] });
        expect(goalOfHeader(text)).toBe(goal);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a goal number before its own wording as that goal, and before another goal's wording as unknown, suggesting the worded goal", () => {
    fc.assert(
      fc.property(numberedWording, ({ named, number, text }) => {
        const expected: GoalMatch =
          named === number ? { kind: 'goals', goals: [number] } : { kind: 'unknown', text, suggestion: named };
        expect(matchGoal(text)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads several goal numbers joined by en, of, commas or slashes as those goals, in order and once each', () => {
    const connector = fc.constantFrom(' en ', ', ', ' / ', '/', ' of ', ',', ' & ', ' en doel ', ' and ');
    const several = fc.array(fc.tuple(goalNumber, connector), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(several, fc.boolean(), (parts, withGoalWord) => {
        const text = (withGoalWord ? 'Doel ' : '') + parts.map(([g, c], i) => (i === 0 ? '' : c) + g).join('');
        const goals = [...new Set(parts.map(([g]) => g))].sort((a, b) => a - b);
        expect(matchGoal(text)).toEqual({ kind: 'goals', goals });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a number after a goal word that is none of the five as an unknown goal, never as a valid one', () => {
    const wrongNumber = fc.oneof(fc.integer({ min: 6, max: 1000 }), fc.constant(0));
    fc.assert(
      fc.property(
        fc.constantFrom(...GOAL_WORDS),
        wrongNumber,
        fc.option(goalNumber, { nil: undefined }),
        (word, wrong, valid) => {
          const text = valid === undefined ? `${word} ${wrong}` : `${word} ${valid} en ${word.toLowerCase()} ${wrong}`;
          expect(matchGoal(text).kind).toBe('unknown');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('isGoalMark: any cell in a goal column', () => {
  const anyCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.record({
      kind: fc.constant('text' as const),
      value: fc.oneof(anyText, fc.constantFrom('x', 'X', 'ja', '✓', '-', '')),
    }),
    fc.record({ kind: fc.constant('number' as const), value: fc.double() }),
    fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() }),
    fc.record({ kind: fc.constant('error' as const), value: fc.constantFrom(...EXCEL_ERRORS) }),
  );

  it('says yes or no for any cell, never throws', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        expect(typeof isGoalMark(cell)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('reads x, ja, ✓ and the other marks in any case and with blanks around them as a mark', () => {
    const mark = fc.constantFrom('x', 'ja', 'yes', 'j', 'y', 'v', '✓', '✔', '☑', '•', '+').chain(anyCase);
    fc.assert(
      fc.property(mark, optionalBlank, optionalBlank, (m, before, after) => {
        expect(isGoalMark({ kind: 'text', value: `${before}${m}${after}` })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
