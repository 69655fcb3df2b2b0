/**
 * The five bestedingsdoelen set by OCW, and how users write them: by number, by canonical name, by
 * the long wording of the regulation, by a short form or in English. A near miss is never guessed.
 */
import type { Cell } from './grid';
import { levenshtein, normalise } from './text';
import { GOAL_TERMS } from './words/terms';

export type GoalNumber = 1 | 2 | 3 | 4 | 5;
export const GOAL_NUMBERS: ReadonlyArray<GoalNumber> = [1, 2, 3, 4, 5];

export interface GoalInfo {
  readonly goal: GoalNumber;
  /** Canonical Dutch name, as in the guide. */
  readonly name: string;
  readonly nameEn: string;
  /** Short form for tab names and narrow columns. */
  readonly short: string;
  /** Words that, standing alone in a text, name this goal (normalised). */
  readonly keywords: ReadonlyArray<string>;
  /** Word groups that name this goal where their words alone do not: "school" names no goal (normalised). */
  readonly phrases: ReadonlyArray<string>;
}

export const GOALS: ReadonlyArray<GoalInfo> = [
  {
    goal: 1,
    name: GOAL_TERMS[1].nl,
    nameEn: GOAL_TERMS[1].en,
    short: GOAL_TERMS[1].short,
    keywords: ['bovenschools', 'bovenschoolse', 'extracurricular'],
    phrases: ['out of school'],
  },
  {
    goal: 2,
    name: GOAL_TERMS[2].nl,
    nameEn: GOAL_TERMS[2].en,
    short: GOAL_TERMS[2].short,
    keywords: ['voorschools', 'voorschoolse', 'voorschool', 'vve', 'preschool'],
    phrases: ['pre school', 'early childhood'],
  },
  {
    goal: 3,
    name: GOAL_TERMS[3].nl,
    nameEn: GOAL_TERMS[3].en,
    short: GOAL_TERMS[3].short,
    keywords: ['zorg', 'welzijn', 'care', 'welfare', 'wellbeing'],
    phrases: ['well being'],
  },
  {
    goal: 4,
    name: GOAL_TERMS[4].nl,
    nameEn: GOAL_TERMS[4].en,
    short: GOAL_TERMS[4].short,
    keywords: ['samenwerking', 'samenwerken', 'cooperation', 'collaboration'],
    phrases: ['co operation'],
  },
  {
    goal: 5,
    name: GOAL_TERMS[5].nl,
    nameEn: GOAL_TERMS[5].en,
    short: GOAL_TERMS[5].short,
    keywords: ['thuiszitters', 'thuiszitter', 'thuiszitten', 'absenteeism', 'homesitters', 'dropouts', 'dropout'],
    phrases: ['home sitters', 'staying home', 'drop outs'],
  },
];

export function goalInfo(goal: GoalNumber): GoalInfo {
  return GOALS[goal - 1]!;
}

export type GoalMatch =
  | { readonly kind: 'none' }
  | { readonly kind: 'goals'; readonly goals: ReadonlyArray<GoalNumber> }
  | { readonly kind: 'unknown'; readonly text: string; readonly suggestion?: GoalNumber };

const NONE: GoalMatch = { kind: 'none' };

const KEYWORD_GOAL = new Map<string, GoalNumber>();
for (const info of GOALS) for (const k of info.keywords) KEYWORD_GOAL.set(k, info.goal);

/** Words that may stand between goal numbers: "1 en 3", "doel 2 / doel 4", "Doel nr. 1". */
const NUMBER_CONNECTORS = new Set([
  'en',
  'and',
  'of',
  'or',
  'doel',
  'doelen',
  'bestedingsdoel',
  'bestedingsdoelen',
  'goal',
  'goals',
  'nr',
  'nummer',
]);
const GOAL_WORDS = new Set(['doel', 'bestedingsdoel', 'goal']);
const NUMBER_WORDS = new Set(['nr', 'nummer']);

/**
 * A goal number heading a list item, "1. Bovenschoolse maatregelen", "(1) ...", "1 - ...": the
 * digit, separators, then a letter. "1,5 fte zorg" and "4-12 jarigen" start with no goal number.
 */
const LEADING_GOAL_NUMBER = /^[\s(]*([1-5])[\s.):\-–—]+(?=\p{L})/u;

/**
 * Reads a goal text. A number and a wording may stand together ("Bestedingsdoel 1: Bovenschoolse
 * maatregelen", "1 - Out-of-school measures"); when the wording names only other goals than the
 * number, the text contradicts itself and is not read as either.
 */
export function matchGoal(text: string): GoalMatch {
  return readGoals(text, true);
}

/** `suggest` false skips looking for a near miss, which only a goal cell's finding shows. */
function readGoals(text: string, suggest: boolean): GoalMatch {
  const tokens = normalise(text)
    .split(' ')
    .filter((t) => t !== '')
    .flatMap(splitGoalWord);
  if (tokens.length === 0) return NONE;

  // "Doel 1 en doel 7": one of the numbers is none of the five, so the text as a whole is not valid.
  if (namesInvalidNumber(tokens)) return { kind: 'unknown', text };
  const named = namedGoals(tokens);
  const numbered = numberedGoals(tokens);
  if (numbered.length === 0 && named.length > 0) {
    const leading = LEADING_GOAL_NUMBER.exec(text);
    if (leading) numbered.push(Number(leading[1]) as GoalNumber);
  }
  if (numbered.length > 0) {
    // A wording that shares a goal with the numbers describes it ("Doel 4: samenwerking met de zorg").
    if (named.length === 0 || named.some((g) => numbered.includes(g))) return { kind: 'goals', goals: numbered };
    // "3 Bovenschoolse maatregelen": twenty letters are less easily slipped than one digit, so the
    // wording's goal is the one to suggest; the user sees both and decides.
    return suggest && named.length === 1 ? { kind: 'unknown', text, suggestion: named[0]! } : { kind: 'unknown', text };
  }
  if (named.length > 0) return { kind: 'goals', goals: named };

  const suggestion = suggest ? nearestGoal(tokens) : undefined;
  return suggestion ? { kind: 'unknown', text, suggestion } : { kind: 'unknown', text };
}

/** Goals named by a keyword or phrase, in order and once each. */
function namedGoals(tokens: ReadonlyArray<string>): GoalNumber[] {
  const named = new Set<GoalNumber>();
  for (const token of tokens) {
    const goal = KEYWORD_GOAL.get(token);
    if (goal) named.add(goal);
  }
  const spaced = ` ${tokens.join(' ')} `;
  for (const info of GOALS) {
    if (!named.has(info.goal) && info.phrases.some((p) => spaced.includes(` ${p} `))) named.add(info.goal);
  }
  return [...named].sort((a, b) => a - b);
}

/** "Doel1" and "Bestedingsdoel3" are typed without the space, as goal headings are read too. */
const GOAL_WORD_WITH_NUMBER = /^(bestedingsdoel|doel|goal)(\d+)$/;

function splitGoalWord(token: string): string[] {
  const glued = GOAL_WORD_WITH_NUMBER.exec(token);
  return glued ? [glued[1]!, glued[2]!] : [token];
}

function numberedGoals(tokens: ReadonlyArray<string>): GoalNumber[] {
  const found = new Set<GoalNumber>();
  const onlyNumbers = tokens.every((t) => isGoalDigit(t) || NUMBER_CONNECTORS.has(t));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isGoalDigit(token)) continue;
    if (onlyNumbers || followsGoalWord(tokens, i)) found.add(Number(token) as GoalNumber);
  }
  return [...found].sort((a, b) => a - b);
}

/** "doel 2", "Doel nr. 2". */
function followsGoalWord(tokens: ReadonlyArray<string>, i: number): boolean {
  const before = i > 1 && NUMBER_WORDS.has(tokens[i - 1]!) ? i - 2 : i - 1;
  return before >= 0 && GOAL_WORDS.has(tokens[before]!);
}

/** A number after a goal word ("doel 7") that is not 1 to 5. */
function namesInvalidNumber(tokens: ReadonlyArray<string>): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (followsGoalWord(tokens, i) && /^\d+$/.test(tokens[i]!) && !isGoalDigit(tokens[i]!)) return true;
  }
  return false;
}

function isGoalDigit(token: string): boolean {
  return token.length === 1 && token >= '1' && token <= '5';
}

/** The goal whose keyword is within a typo or two of a word in the text. */
function nearestGoal(tokens: ReadonlyArray<string>): GoalNumber | undefined {
  let best: { goal: GoalNumber; distance: number } | undefined;
  for (const token of tokens) {
    if (token.length < 3) continue;
    for (const [keyword, goal] of KEYWORD_GOAL) {
      // Measured on the shorter word: else "school" is a typo away from "preschool" and the
      // English "Out-of-school measures" was taken for goal 2.
      const allowed = Math.min(3, Math.floor(Math.min(token.length, keyword.length) / 3));
      // The edit distance is at least the difference in length, so most pairs need no table.
      if (Math.abs(token.length - keyword.length) > allowed) continue;
      const distance = levenshtein(token, keyword);
      if (distance <= allowed && (!best || distance < best.distance)) best = { goal, distance };
    }
  }
  return best?.goal;
}

/** A goal named in a header cell ("Bovenschools", "Doel 3", "Zorg & welzijn"): exactly one goal. */
export function goalOfHeader(text: string): GoalNumber | undefined {
  // Header detection reads every text cell of the first 40 rows: no edit distances for those.
  const match = readGoals(text, false);
  return match.kind === 'goals' && match.goals.length === 1 ? match.goals[0] : undefined;
}

const MARKS = new Set(['x', 'ja', 'yes', 'j', 'y', 'v', '✓', '✔', '☑', '•', '+']);

/** Whether a cell in a matrix of goal columns marks the goal (`x`, `X`, `✓`, `ja`, TRUE). */
export function isGoalMark(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (cell.kind === 'boolean') return cell.value;
  if (cell.kind !== 'text') return false;
  const t = cell.value.trim().toLowerCase();
  return MARKS.has(t) || MARKS.has(normalise(t));
}
