/**
 * The grant ceiling (plafond): from the option, else from a labelled cell above the header or in a
 * settings sheet, else Hilversum's grant as the default. The result always says where it came from.
 */
import { readAmount, readAmountText } from './amounts';
import { address, cellAt, type SheetSnapshot, type WorkbookSnapshot } from './grid';
import type { Ceiling } from './model';
import { normalise } from './text';

/** Hilversum's grant, € 2.138.509,64: the figure this project grew from. */
export const DEFAULT_CEILING_CENTS = 213850964;

const LABELS = [/\bplafond\b/, /\bnpo ?budget\b/, /\bbeschikbaar budget\b/, /\bnpo ?middelen\b/, /\bceiling\b/];
const SETTINGS_SHEET = /^(instellingen|settings|parameters|uitgangspunten|gegevens)\b/;
/** How far from its label the amount may stand. */
const REACH = 4;

export function isSettingsSheetName(name: string): boolean {
  return SETTINGS_SHEET.test(normalise(name));
}

export function findCeiling(
  workbook: WorkbookSnapshot,
  budgetSheet: SheetSnapshot,
  headerRow: number,
  optionCents: number | undefined,
): Ceiling {
  if (optionCents !== undefined) return { cents: optionCents, source: 'option' };
  const onSheet = findLabelledAmount(budgetSheet, headerRow);
  if (onSheet) return { ...onSheet, source: 'sheet', sheet: budgetSheet.name };
  for (const sheet of workbook.sheets) {
    if (sheet === budgetSheet || !isSettingsSheetName(sheet.name)) continue;
    const found = findLabelledAmount(sheet, sheet.rows.length);
    if (found) return { ...found, source: 'settings-sheet', sheet: sheet.name };
  }
  return { cents: DEFAULT_CEILING_CENTS, source: 'default' };
}

function findLabelledAmount(sheet: SheetSnapshot, beforeRow: number): { cents: number; cell: string; label: string } | undefined {
  for (let row = 0; row < beforeRow; row++) {
    const cells = sheet.rows[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (cell?.kind !== 'text') continue;
      const label = normalise(cell.value);
      if (!LABELS.some((l) => l.test(label))) continue;
      const found = amountInLabel(cell.value) ?? amountNear(sheet, row, col, beforeRow);
      if (found) return { cents: found.cents, cell: found.cell ?? address(row, col), label: cell.value.trim() };
    }
  }
  return undefined;
}

/**
 * "Plafond: € 322.000" or "Plafond € 322.000" keeps the amount in the label's own cell; in
 * "Plafond 2022" the number is a year, not the amount.
 */
function amountInLabel(text: string): { cents: number; cell?: string } | undefined {
  const colon = text.indexOf(':');
  const afterLabel = colon >= 0 ? text.slice(colon + 1) : text.slice(Math.max(0, text.search(/[€\d]/)));
  if (/^\s*(19|20)\d{2}\s*$/.test(afterLabel) || !/\d/.test(afterLabel)) return undefined;
  const reading = readAmountText(afterLabel);
  if (reading.kind !== 'text-number') return undefined;
  return reading.cents > 0 ? { cents: reading.cents } : undefined;
}

/** The nearest amount to the right of the label, else below it (not into the table itself). */
function amountNear(sheet: SheetSnapshot, row: number, col: number, beforeRow: number): { cents: number; cell: string } | undefined {
  for (let c = col + 1; c <= col + REACH; c++) {
    const found = amountAt(sheet, row, c);
    if (found) return found;
  }
  for (let r = row + 1; r <= Math.min(row + REACH, beforeRow - 1); r++) {
    const found = amountAt(sheet, r, col);
    if (found) return found;
  }
  return undefined;
}

function amountAt(sheet: SheetSnapshot, row: number, col: number): { cents: number; cell: string } | undefined {
  const cell = cellAt(sheet, row, col);
  const reading = readAmount(cell);
  if (reading.kind !== 'number' && reading.kind !== 'text-number') return undefined;
  // "NPO-plafond | 2022 | 322000": a plain year beside the label is not the ceiling.
  if (cell?.kind === 'number' && !cell.format && Number.isInteger(cell.value) && cell.value >= 1990 && cell.value <= 2100) return undefined;
  return reading.cents > 0 ? { cents: reading.cents, cell: address(row, col) } : undefined;
}
