/**
 * The grant ceiling (plafond): from the option, else from a cell labelled as the ceiling above the
 * header or on a settings sheet (Beschikking, Instellingen, …), else Hilversum's grant as the
 * default. The result always says where it came from.
 *
 * Real title blocks are full of numbers that are not the ceiling: "(peildatum maart 2023)",
 * "(plan van aanpak, §4.2)", years, percentages. So an amount counts only where a label puts it:
 * right after the label word in the same cell, or beside or below a short label cell. And a figure
 * too small to be a municipality's grant for this plan is passed over.
 */
import { readAmount, readAmountText } from './amounts';
import { address, cellAt, cellText, type Cell, type SheetSnapshot, type WorkbookSnapshot } from './grid';
import type { Ceiling } from './model';
import { normalise } from './text';

/** Hilversum's grant, € 2.138.509,64: the figure this project grew from. */
export const DEFAULT_CEILING_CENTS = 213850964;

/**
 * Words that name the ceiling, matched in lower case without accents, punctuation kept so the
 * text after a label can be read. "subsidieplafond" and "NPO-plafond" are ceilings too.
 */
const LABEL =
  /(?<![a-z])(?:[a-z]*plafond|npo[\s-]*(?:budget|middelen)|beschikba(?:ar|re) budget|rijksbijdrage|toegekende? bedrag|beschikking|specifieke uitkering|ceiling|grant|allocation)(?![a-z])/g;
/** Labels that may name the money at hand rather than the grant: weaker than "plafond". */
const WEAK_LABEL = /^(?:(?!plafond|beschikking|toegekend|rijksbijdrage|specifieke uitkering|ceiling|grant).)*$/;
/** What is left or spent of the grant is not the grant ("Restant NPO-middelen"). */
const NOT_CEILING =
  /(?<![a-z])(?:restant|resterend|ruimte|nog te|besteed|benut|uitgegeven|overschrijding|remaining|spent)(?![a-z])/;
/** A label cell with more words than this besides its label words is a title or a sentence. */
const MAX_OTHER_WORDS = 4;
/** What may stand between a label word and its amount: a closing bracket, a colon, a dash. */
const SEPARATOR = /^\)?\s*(?:[:=]|[–—]|-(?=\s))\s*/;
/** Text that is an amount and nothing else: a euro sign, digits and separators, ",-". */
const AMOUNT_TEXT = /^(?:€|eur|euro)?\s*\d[\d.,\s]*[-–]?\s*(?:euro?)?$/i;
/** In a label's own cell a bare digit run is a reference ("beschikking 31241234"); an amount shows a € or separators. */
const WRITTEN_AS_AMOUNT = /€|eur|\d[.,]\d/;
/** A note after an amount, "€ 322.000 (beschikking 2021)", leaves the amount an amount. */
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;
const YEAR_TEXT = /^(?:19|20)\d{2}$/;
/** Below this no municipality's grant: the smallest, for a few hundred pupils, is tens of thousands. */
const MIN_CEILING_CENTS = 100_000;
/** A ceiling below 1/100 of the plan is some other figure (a count, a rate, a paragraph number). */
const MAX_PLAN_TO_CEILING = 100;
const SETTINGS_SHEET = /^(beschikking|toekenning|instellingen|settings|parameters|uitgangspunten|gegevens)\b/;
/** How far from its label the amount may stand. */
const REACH = 4;

export function isSettingsSheetName(name: string): boolean {
  return SETTINGS_SHEET.test(normalise(name));
}

/** `planCents` is the total begroot: a candidate far below it is not the plan's ceiling. */
export function findCeiling(
  workbook: WorkbookSnapshot,
  budgetSheet: SheetSnapshot,
  headerRow: number,
  optionCents: number | undefined,
  planCents: number,
  /** What one is worth in a number on the budget sheet's title block ("bedragen x € 1.000"). */
  unit = 1,
): Ceiling {
  if (optionCents !== undefined) return { cents: optionCents, source: 'option' };
  const plausible = (cents: number): boolean => cents >= MIN_CEILING_CENTS && cents * MAX_PLAN_TO_CEILING >= planCents;
  const onSheet = findLabelledAmount(budgetSheet, headerRow, plausible, unit);
  // "Beschikbaar budget" on the budget sheet is often the plan itself; a settings sheet that says
  // plafond or beschikking says what the grant is.
  if (onSheet && !WEAK_LABEL.test(fold(onSheet.label))) return { ...onSheet, source: 'sheet', sheet: budgetSheet.name };
  const searched: Array<{ sheet: SheetSnapshot; beforeRow: number }> = [{ sheet: budgetSheet, beforeRow: headerRow }];
  for (const sheet of workbook.sheets) {
    if (sheet === budgetSheet || !isSettingsSheetName(sheet.name)) continue;
    const found = findLabelledAmount(sheet, sheet.rows.length, plausible);
    if (found && (!onSheet || !WEAK_LABEL.test(fold(found.label))))
      return { ...found, source: 'settings-sheet', sheet: sheet.name };
    searched.push({ sheet, beforeRow: sheet.rows.length });
  }
  if (onSheet) return { ...onSheet, source: 'sheet', sheet: budgetSheet.name };
  for (const { sheet, beforeRow } of searched) {
    const unusable = unusableLabelledCell(sheet, beforeRow);
    if (unusable)
      return { cents: DEFAULT_CEILING_CENTS, source: 'default', unusable: { ...unusable, sheet: sheet.name } };
  }
  return { cents: DEFAULT_CEILING_CENTS, source: 'default' };
}

/**
 * A short ceiling label with, right beside it, a value that cannot be a grant: below zero, too
 * large to count exactly, or an error. The default is then used, and the finding points here.
 */
function unusableLabelledCell(
  sheet: SheetSnapshot,
  beforeRow: number,
): { row: number; col: number; label: string; text: string } | undefined {
  for (let row = 0; row < beforeRow; row++) {
    const cells = sheet.rows[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell?.kind !== 'text') continue;
      const text = fold(cell.value);
      if (!hasLabel(text) || NOT_CEILING.test(text) || !isShort(text)) continue;
      const beside = cellAt(sheet, row, col + 1);
      const reading = readAmount(beside);
      const unusable =
        reading.kind === 'error' ||
        (reading.kind === 'unreadable' && reading.reason === 'too-large') ||
        ((reading.kind === 'number' || reading.kind === 'text-number') && reading.cents < 0);
      if (unusable) return { row, col: col + 1, label: cell.value.trim(), text: beside ? cellText(beside) : '' };
    }
  }
  return undefined;
}

type Plausible = (cents: number) => boolean;

function findLabelledAmount(
  sheet: SheetSnapshot,
  beforeRow: number,
  plausible: Plausible,
  unit = 1,
): { cents: number; cell: string; label: string } | undefined {
  for (let row = 0; row < beforeRow; row++) {
    const cells = sheet.rows[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell?.kind !== 'text') continue;
      const text = fold(cell.value);
      if (!hasLabel(text) || NOT_CEILING.test(text)) continue;
      const inLabel = amountInLabel(text);
      const found =
        inLabel !== undefined && plausible(inLabel)
          ? { cents: inLabel, cell: address(row, col) }
          : isShort(text)
            ? amountNear(sheet, row, col, beforeRow, plausible, unit)
            : undefined;
      if (found) return { ...found, label: cell.value.trim() };
    }
  }
  return undefined;
}

/** Lower case without accents and with single spaces; punctuation stays, it separates label and amount. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function hasLabel(text: string): boolean {
  return text.search(LABEL) >= 0;
}

/** A label, not a title: few words besides the label words ("Plafond NPO 2021-2023"). */
function isShort(text: string): boolean {
  return (
    text
      .replace(LABEL, ' ')
      .split(' ')
      .filter((word) => /[a-z0-9]/.test(word)).length <= MAX_OTHER_WORDS
  );
}

/**
 * The amount in the label's own cell: right after a label word ("Plafond: € 322.000",
 * "Toegekend bedrag € 113.258", "NPO-budget (plafond): € 322.000"), or after the colon of a short
 * label ("Plafond 2021-2023: € 322.000"). In a title or sentence the amount must follow the label
 * word with a colon or dash, so "Het NPO-budget … bedraagt € 322.000" gives nothing.
 */
function amountInLabel(text: string): number | undefined {
  const short = isShort(text);
  for (const match of text.matchAll(LABEL)) {
    const rest = text.slice(match.index + match[0].length);
    const separator = SEPARATOR.exec(rest)?.[0] ?? '';
    if (!short && !/[:=–—-]/.test(separator)) continue;
    const cents = writtenAmount(rest.slice(separator.length));
    if (cents !== undefined) return cents;
  }
  const colon = text.lastIndexOf(':');
  if (colon < 0 || !short) return undefined;
  const head = text.slice(0, colon);
  return hasLabel(head) ? writtenAmount(text.slice(colon + 1)) : undefined;
}

function writtenAmount(text: string): number | undefined {
  return WRITTEN_AS_AMOUNT.test(text) ? amountOfText(text) : undefined;
}

/** Text that is an amount and nothing more; a year, a paragraph number or a percentage is none. */
function amountOfText(text: string): number | undefined {
  const bare = text.replace(TRAILING_NOTE, '').trim();
  if (!AMOUNT_TEXT.test(bare) || YEAR_TEXT.test(bare)) return undefined;
  const reading = readAmountText(bare);
  return reading.kind === 'number' || reading.kind === 'text-number' ? reading.cents : undefined;
}

/** The nearest plausible amount to the right of the label, else below it (not into the table itself). */
function amountNear(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  beforeRow: number,
  plausible: Plausible,
  unit: number,
): { cents: number; cell: string } | undefined {
  // Under "bedragen x € 1.000" a grant of 322 is € 322.000; a figure that is plausible as it
  // stands is taken as it stands.
  const scaled = (cell: Cell | undefined): number | undefined => {
    const cents = amountIn(cell);
    if (cents === undefined || plausible(cents)) return cents;
    return cell?.kind === 'number' && unit !== 1 && plausible(cents * unit) ? cents * unit : cents;
  };
  for (let c = col + 1; c <= col + REACH; c++) {
    const cents = scaled(cellAt(sheet, row, c));
    if (cents !== undefined && plausible(cents)) return { cents, cell: address(row, c) };
  }
  for (let r = row + 1; r <= Math.min(row + REACH, beforeRow - 1); r++) {
    const cents = scaled(cellAt(sheet, r, col));
    if (cents !== undefined && plausible(cents)) return { cents, cell: address(r, col) };
  }
  return undefined;
}

function amountIn(cell: Cell | undefined): number | undefined {
  if (cell?.kind === 'text') return amountOfText(cell.value);
  if (cell?.kind !== 'number') return undefined;
  // "NPO-plafond | 2022 | 322000": a plain year beside the label is not the ceiling. Rates and
  // paragraph numbers (0,05; 4.2) fall below any plausible ceiling.
  if (!cell.format && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2099) return undefined;
  const reading = readAmount(cell);
  return reading.kind === 'number' ? reading.cents : undefined;
}
