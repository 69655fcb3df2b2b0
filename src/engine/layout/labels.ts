/**
 * Labels that give a row its meaning: totals ("Totaal", "Subtotaal doel 2") and goal headings
 * ("Bestedingsdoel 1: Bovenschoolse maatregelen") in grouped sheets.
 */
import type { SheetSnapshot } from '../grid';
import { GOALS, type GoalNumber } from '../goals';
import { normalise } from '../text';
import { isMergeContinuation } from './merges';

const TOTAL_START = /^(sub ?totaal|subtotal|sub total|totaal|totalen|total|totals|som|sum|grand total|eindtotaal)\b/;

/** Cheap first look, since every row's label passes here: total labels start with these letters. */
const TOTAL_FIRST_LETTERS = /^\s*(sub|tot|som|sum|gra|ein)/i;

export function isTotalLabel(text: string): boolean {
  return TOTAL_FIRST_LETTERS.test(text) && TOTAL_START.test(normalise(text));
}

/** Whether a total label is a subtotal by its own words ("Subtotaal", "Sub total"). */
export function isSubtotalLabel(text: string): boolean {
  return /^(sub ?totaal|subtotal|sub total)\b/.test(normalise(text));
}

/** Whole phrases that, written as a row's label, head a group of that goal's interventions. */
const HEADING_PHRASES = new Map<string, GoalNumber>();
const LONG_WORDINGS: ReadonlyArray<readonly [GoalNumber, string]> = [
  [1, 'Waar nodig bieden van bovenschoolse maatregelen'],
  [1, 'Het bieden van bovenschoolse maatregelen'],
  [2, 'Het tegengaan van achterstanden bij kinderen in de voorschoolse periode'],
  [2, 'Maatregelen in de voorschoolse periode'],
  [2, 'Voorschoolse periode (VVE)'],
  [2, 'Maatregelen in VVE'],
  [2, 'VVE'],
  [3, 'Waar nodig bieden van zorg en welzijn'],
  [3, 'Het bieden van zorg en welzijn'],
  [3, 'Maatregelen voor zorg en welzijn'],
  [4, 'Het bevorderen van samenwerking in de gemeente'],
  [5, 'Het voorkomen van thuiszitters'],
  [5, 'Maatregelen voor thuiszitters'],
  // How English sheets head the goals, besides the English names in GOALS.
  [2, 'Early childhood / pre-school period'],
  [2, 'Early childhood'],
  [3, 'Care and wellbeing'],
  [5, 'Preventing school dropouts / absenteeism (thuiszitters)'],
  [5, 'Home sitters'],
];
for (const g of GOALS) {
  HEADING_PHRASES.set(normalise(g.name), g.goal);
  HEADING_PHRASES.set(normalise(g.short), g.goal);
  HEADING_PHRASES.set(normalise(g.nameEn), g.goal);
}
for (const [goal, phrase] of LONG_WORDINGS) HEADING_PHRASES.set(normalise(phrase), goal);

/**
 * The goal a heading row names, or undefined. Stricter than reading a goal cell: an intervention
 * called "Samenwerking scholen en jeugdhulp" is not a heading, "Doel 4: Samenwerking" is.
 */
export function goalOfHeading(text: string): GoalNumber | undefined {
  const n = normalise(text);
  // Any word ending in "doel" before the number: Hilversum's own annex writes "Bestedinsdoel 1".
  const withGoalWord = /^(?:[a-z]*doel|goal)(?: nr| nummer)?\s*([1-5])\b/.exec(n);
  if (withGoalWord) return Number(withGoalWord[1]) as GoalNumber;
  // "1 Bovenschoolse maatregelen" and "(3) Zorg en welzijn" head a group; "1 VVE-peuters extra
  // uren" is an intervention numbered 1, so after a bare number the rest must be that goal's own
  // wording.
  const bareNumber = /^([1-5]) (.+)$/.exec(n);
  if (bareNumber) {
    const goal = Number(bareNumber[1]) as GoalNumber;
    return HEADING_PHRASES.get(withoutAgeRange(bareNumber[2]!)) === goal ? goal : undefined;
  }
  return HEADING_PHRASES.get(withoutAgeRange(n));
}

/** "Maatregelen in VVE (2-6 jarigen)", "(2 t/m 6 jarigen)" and "(2 tot 6 jaar)" are still the VVE wording. */
function withoutAgeRange(phrase: string): string {
  // "jaar" only after a range: "VVE 2023 jaar" is no age.
  return phrase.replace(/ \d+(?: (?:t m |tot (?:en met )?)?\d+ (?:jarigen|jaar)| jarigen)$/, '');
}

/**
 * The leftmost text in a row, where labels of headings and totals usually stand. Tables side by
 * side share rows, so the search can start at a table's own first column.
 */
export function leadingText(
  sheet: SheetSnapshot,
  row: number,
  maxCol: number,
  minCol = 0,
): { col: number; text: string } | undefined {
  const cells = sheet.rows[row];
  if (!cells) return undefined;
  const last = Math.min(cells.length - 1, maxCol);
  for (let col = minCol; col <= last; col++) {
    const cell = cells[col];
    // A goal merged down over its block is that block's, not the label of a total row inside it.
    if (cell?.kind === 'text' && cell.value.trim() !== '' && !isMergeContinuation(sheet, row, col))
      return { col, text: cell.value.trim() };
  }
  return undefined;
}
