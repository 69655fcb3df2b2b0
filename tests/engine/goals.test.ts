import {
  GOALS,
  goalInfo,
  goalOfHeader,
  isGoalMark,
  matchGoal,
  type GoalMatch,
  type GoalNumber,
} from '../../src/engine/goals';
import { plainToCell, type Cell } from '../../src/engine/grid';

const goals = (...numbers: GoalNumber[]): GoalMatch => ({ kind: 'goals', goals: numbers });

describe('matchGoal: the five goals as users write them', () => {
  it.each<[string, GoalNumber]>([
    // by number
    ['1', 1],
    ['5', 5],
    ['Doel 1', 1],
    ['doel 4', 4],
    ['Bestedingsdoel 1', 1],
    ['Bestedingsdoel 3', 3],
    ['Goal 2', 2],
    // typed without the space (found by tests/engine/goals.properties.test.ts)
    ['Doel1', 1],
    ['Bestedingsdoel3', 3],
    ['goal5', 5],
    // canonical names
    ['Bovenschoolse maatregelen', 1],
    ['Voorschoolse periode', 2],
    ['Zorg en welzijn', 3],
    ['Samenwerking in de gemeente', 4],
    ['Thuiszitters', 5],
    // long OCW wordings
    ['Waar nodig bieden van bovenschoolse maatregelen', 1],
    ['Het tegengaan van achterstanden bij kinderen in de voorschoolse periode', 2],
    ['Maatregelen in VVE (2-6 jarigen)', 2],
    ['Waar nodig bieden van zorg en welzijn', 3],
    ['Maatregelen voor zorg en welzijn', 3],
    ['Het bevorderen van samenwerking in de gemeente', 4],
    ['Het voorkomen van thuiszitters', 5],
    ['Maatregelen voor thuiszitters', 5],
    // short forms
    ['Bovenschools', 1],
    ['VVE', 2],
    ['Voorschools', 2],
    ['Zorg & welzijn', 3],
    ['Samenwerking', 4],
    // case, accents, punctuation and spacing never decide
    ['BOVENSCHOOLS', 1],
    ['  zorg  &  welzijn ', 3],
    ['Doel 3.', 3],
    ['Vóórschoolse periode', 2],
    // number and name together
    ['Bestedingsdoel 1: Bovenschoolse maatregelen', 1],
    ['Doel 2 - VVE', 2],
    // a wording that shares the goal with the number describes it
    ['Doel 4: samenwerking met de zorg', 4],
  ])('%j is goal %i', (text, goal) => {
    expect(matchGoal(text)).toEqual(goals(goal));
  });

  it.each<[string, GoalNumber[]]>([
    ['1 en 3', [1, 3]],
    ['1, 3', [1, 3]],
    ['3 en 1', [1, 3]],
    ['1/3', [1, 3]],
    ['Doel 2 en doel 4', [2, 4]],
    ['doel 2 / doel 4', [2, 4]],
    ['1, 2, 3, 4 en 5', [1, 2, 3, 4, 5]],
    ['Zorg en welzijn, samenwerking', [3, 4]],
    ['1 en 1', [1]],
  ])('%j names goals %j, in order and once each', (text, numbers) => {
    expect(matchGoal(text)).toEqual(goals(...numbers));
  });

  it.each(['', '   '])('%j is no goal at all', (text) => {
    expect(matchGoal(text)).toEqual({ kind: 'none' });
  });

  it.each<[string, GoalNumber]>([
    ['Samenwerkingg', 4],
    ['Thuiszittters', 5],
    ['Bovenschols', 1],
  ])('a near miss %j is not guessed: unknown, suggesting goal %i', (text, suggestion) => {
    expect(matchGoal(text)).toEqual({ kind: 'unknown', text, suggestion });
  });

  it.each([
    'Doel 7',
    'Doel7',
    'Doel 1 en doel7',
    'Doel 6',
    'Doel 0',
    '7',
    '12',
    'Sociaal-emotionele ontwikkeling',
    'Onderwijsachterstanden',
  ])('%j is none of the five goals and has no suggestion', (text) => {
    expect(matchGoal(text)).toEqual({ kind: 'unknown', text });
  });
});

describe('matchGoal: goal cells as municipal sheets number and word them', () => {
  it.each<[string, GoalNumber]>([
    // list numbering around the goal number
    ['1 - Out-of-school measures', 1],
    ['1. Bovenschoolse maatregelen', 1],
    ['(1)', 1],
    ['1)', 1],
    ['(1) Bovenschoolse maatregelen', 1],
    ['3: Zorg en welzijn', 3],
    ['2 – Maatregelen in VVE (2-6 jarigen)', 2],
    ['Doel nr. 1', 1],
    ['doel nummer 3', 3],
    ['Bestedingsdoel 1 - Bovenschoolse maatregelen', 1],
    ['Bestedingsdoel 5 - Home sitters', 5],
    // Dutch wordings beside the regulation's own
    ['Het bieden van bovenschoolse maatregelen', 1],
    ['Maatregelen in de voorschoolse periode', 2],
    ['Maatregelen in VVE (2 t/m 6 jarigen)', 2],
    ['Maatregelen in VVE (2-6 jarigen)', 2],
    ['Voorschoolse periode (VVE)', 2],
    // an English sheet
    ['Out-of-school measures', 1],
    ['Out of school measures', 1],
    ['Early childhood / pre-school period', 2],
    ['Pre-school period', 2],
    ['Early childhood', 2],
    ['Care and wellbeing', 3],
    ['Care and well-being', 3],
    ['Cooperation within the municipality', 4],
    ['Co-operation within the municipality', 4],
    ['Preventing school dropouts / absenteeism (thuiszitters)', 5],
    ['Preventing school drop-outs', 5],
    ['Home sitters', 5],
    ['Homesitters', 5],
    // digits that are no list number leave the wording to decide
    ['1,5 fte zorg', 3],
    ['4-12 jarigen zorg', 3],
  ])('%j is goal %i', (text, goal) => {
    expect(matchGoal(text)).toEqual(goals(goal));
  });

  it.each(
    GOALS.flatMap((g) =>
      [g.name, g.nameEn, `${g.goal} ${g.name}`, `${g.goal} ${g.nameEn}`, `${g.goal}. ${g.name}`].map(
        (text) => [text, g.goal] as const,
      ),
    ),
  )('reads its own names %j as goal %i, as the budget sheet template offers them', (text, goal) => {
    expect(matchGoal(text)).toEqual(goals(goal));
  });

  it.each<[string, GoalNumber]>([
    ['3 Bovenschoolse maatregelen', 1],
    ['1 Zorg en welzijn', 3],
    ['1 - Care and wellbeing', 3],
    ['2 - Home sitters', 5],
    ['(4) Out-of-school measures', 1],
    ['Doel 2: Bovenschools', 1],
    ['Bestedingsdoel 5 - Maatregelen in VVE (2-6 jarigen)', 2],
    ['1 VVE-peuters extra uren', 2],
  ])(
    '%j names one goal by number and another by wording: unknown, suggesting the worded goal %i',
    (text, suggestion) => {
      expect(matchGoal(text)).toEqual({ kind: 'unknown', text, suggestion });
      expect(goalOfHeader(text)).toBeUndefined();
    },
  );

  it.each(['Doel 1: zorg en samenwerking', '5 Bovenschools en VVE', 'Doel nr. 7', '1 extra uren'])(
    '%j contradicts itself or names no goal: unknown without a suggestion',
    (text) => {
      expect(matchGoal(text)).toEqual({ kind: 'unknown', text });
    },
  );

  it.each(['School measures', 'Out-of-scool measures', 'Schoolmaatschappelijk werk', 'Home sittres'])(
    '%j is no goal, and no word in it is taken for a typo of another goal',
    (text) => {
      expect(matchGoal(text)).toEqual({ kind: 'unknown', text });
    },
  );
});

describe('goalOfHeader: a header cell naming exactly one goal', () => {
  it.each<[string, GoalNumber]>([
    ['Bovenschools', 1],
    ['VVE', 2],
    ['Zorg & welzijn', 3],
    ['Doel 3', 3],
    ['Samenwerking', 4],
    ['Bestedingsdoel 5', 5],
    ['Bovenschoolse maatregelen', 1],
    ['4', 4],
    ['1 - Out-of-school measures', 1],
    ['Care and wellbeing', 3],
  ])('%j heads goal %i', (text, goal) => {
    expect(goalOfHeader(text)).toBe(goal);
  });

  it.each([
    'Begroot',
    'Benut t/m 2023',
    'Interventie',
    'Nr',
    'Doel',
    'Bestedingsdoel',
    '1 en 3',
    'Doel 7',
    'Samenwerkingg',
    '',
  ])('%j heads no single goal', (text) => {
    expect(goalOfHeader(text)).toBeUndefined();
  });
});

describe('isGoalMark: a cell in a column of goal marks', () => {
  it.each<[string, Cell | undefined]>([
    ['x', plainToCell('x')],
    ['X', plainToCell('X')],
    [' x ', plainToCell(' x ')],
    ['✓', plainToCell('✓')],
    ['✔', plainToCell('✔')],
    ['ja', plainToCell('ja')],
    ['Ja', plainToCell('Ja')],
    ['TRUE', plainToCell(true)],
  ])('%j marks the goal', (_, cell) => {
    expect(isGoalMark(cell)).toBe(true);
  });

  it.each<[string, Cell | undefined]>([
    ['empty', undefined],
    ['-', plainToCell('-')],
    ['nee', plainToCell('nee')],
    ['FALSE', plainToCell(false)],
    ['a number', plainToCell(15_000)],
    ['a word', plainToCell('Bovenschools')],
    ['an error', plainToCell('#N/A')],
  ])('%s does not mark the goal', (_, cell) => {
    expect(isGoalMark(cell)).toBe(false);
  });
});

describe('goalInfo', () => {
  it.each<[GoalNumber, string, string]>([
    [1, 'Bovenschoolse maatregelen', 'Bovenschools'],
    [2, 'Voorschoolse periode', 'Voorschools'],
    [3, 'Zorg en welzijn', 'Zorg en welzijn'],
    [4, 'Samenwerking in de gemeente', 'Samenwerking'],
    [5, 'Thuiszitters', 'Thuiszitters'],
  ])('goal %i is %j (%s)', (goal, name, short) => {
    expect(goalInfo(goal)).toMatchObject({ goal, name, short });
  });
});

describe('a goal text naming one valid and one invalid goal', () => {
  it.each(['Doel 1 en doel 7', 'Bestedingsdoel 2 / doel 9'])(
    '%s is an unknown goal, not silently the valid one',
    (text) => {
      expect(matchGoal(text)).toEqual({ kind: 'unknown', text });
    },
  );
});
