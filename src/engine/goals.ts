/**
 * The five bestedingsdoelen set by OCW, and how users write them: by number, by canonical name, by
 * the long wording of the regulation or by a short form. A near miss is never guessed.
 */
import type { Cell } from './grid';
import { levenshtein, normalise } from './text';

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
}

export const GOALS: ReadonlyArray<GoalInfo> = [
  {
    goal: 1,
    name: 'Bovenschoolse maatregelen',
    nameEn: 'Out-of-school measures',
    short: 'Bovenschools',
    keywords: ['bovenschools', 'bovenschoolse', 'extracurricular'],
  },
  {
    goal: 2,
    name: 'Voorschoolse periode',
    nameEn: 'Pre-school period',
    short: 'Voorschools',
    keywords: ['voorschools', 'voorschoolse', 'voorschool', 'vve', 'preschool'],
  },
  {
    goal: 3,
    name: 'Zorg en welzijn',
    nameEn: 'Care and welfare',
    short: 'Zorg en welzijn',
    keywords: ['zorg', 'welzijn', 'care', 'welfare', 'wellbeing'],
  },
  {
    goal: 4,
    name: 'Samenwerking in de gemeente',
    nameEn: 'Cooperation within the municipality',
    short: 'Samenwerking',
    keywords: ['samenwerking', 'samenwerken', 'cooperation', 'collaboration'],
  },
  {
    goal: 5,
    name: 'Thuiszitters',
    nameEn: 'Preventing children staying home from school',
    short: 'Thuiszitters',
    keywords: ['thuiszitters', 'thuiszitter', 'thuiszitten', 'absenteeism'],
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

/** Words that may stand between goal numbers: "1 en 3", "doel 2 / doel 4". */
const NUMBER_CONNECTORS = new Set(['en', 'and', 'of', 'or', 'doel', 'doelen', 'bestedingsdoel', 'bestedingsdoelen', 'goal', 'goals']);
const GOAL_WORDS = new Set(['doel', 'bestedingsdoel', 'goal']);

/**
 * Reads a goal text. Numbers win over names, since "Bestedingsdoel 1: Bovenschoolse maatregelen"
 * carries both and the number is what users type deliberately.
 */
export function matchGoal(text: string): GoalMatch {
  return readGoals(text, true);
}

/** `suggest` false skips looking for a near miss, which only a goal cell's finding shows. */
function readGoals(text: string, suggest: boolean): GoalMatch {
  const tokens = normalise(text).split(' ').filter((t) => t !== '').flatMap(splitGoalWord);
  if (tokens.length === 0) return NONE;

  // "Doel 1 en doel 7": one of the numbers is none of the five, so the text as a whole is not valid.
  if (namesInvalidNumber(tokens)) return { kind: 'unknown', text };
  const numbered = numberedGoals(tokens);
  if (numbered.length > 0) return { kind: 'goals', goals: numbered };

  const named = new Set<GoalNumber>();
  for (const token of tokens) {
    const goal = KEYWORD_GOAL.get(token);
    if (goal) named.add(goal);
  }
  if (named.size > 0) return { kind: 'goals', goals: [...named].sort((a, b) => a - b) };

  const suggestion = suggest ? nearestGoal(tokens) : undefined;
  return suggestion ? { kind: 'unknown', text, suggestion } : { kind: 'unknown', text };
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
    const afterGoalWord = i > 0 && GOAL_WORDS.has(tokens[i - 1]!);
    if (onlyNumbers || afterGoalWord) found.add(Number(token) as GoalNumber);
  }
  return [...found].sort((a, b) => a - b);
}

/** A number after a goal word ("doel 7") that is not 1 to 5. */
function namesInvalidNumber(tokens: ReadonlyArray<string>): boolean {
  for (let i = 1; i < tokens.length; i++) {
    if (GOAL_WORDS.has(tokens[i - 1]!) && /^\d+$/.test(tokens[i]!) && !isGoalDigit(tokens[i]!)) return true;
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
      const allowed = Math.min(3, Math.floor(keyword.length / 3));
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
