/**
 * The user's corrections to how a budget sheet is read: the header row, a column's role, the
 * unit, the ceiling. They live in the workbook, on the add-in's own sheet "NPO Leeswijze", so they
 * survive saving, reopening, Excel on the web and a copy of the file, and the task pane and
 * `npo-check` read the same ones. Each line is one setting for one sheet; a column's line keeps
 * the header it was set for, so a correction for a column that moved or was deleted is reported,
 * never applied to whatever now stands there.
 */
import type { ColumnRole } from './layout/columns';
import type { ForcedRole } from './layout/detect';
import { cellText, columnName, parseAddress, type Cell, type SheetSnapshot, type WorkbookSnapshot } from './grid';
import { parseCeilingInput } from './inputs/ceiling-input';
import { normalise } from './text';
import {
  CORRECTION_SETTING_LABEL as LABEL,
  CORRECTIONS_HEADER,
  CORRECTIONS_NOTE,
  CORRECTIONS_SHEET,
  CORRECTIONS_TITLE,
} from './words/sheets';

export { CORRECTIONS_HEADER, CORRECTIONS_NOTE, CORRECTIONS_SHEET, CORRECTIONS_TITLE };
/** 0-based row of the header: title, note, empty row, header. */
export const CORRECTIONS_HEADER_ROW = 3;

/** The roles a user can give a column, in the words the sheet and the pane use. */
export const COLUMN_CHOICES = [
  'code',
  'interventie',
  'bestedingsdoel',
  'uitvoerder',
  'begroot',
  'benut',
  'toelichting',
  'negeren',
] as const;
export type ColumnChoice = (typeof COLUMN_CHOICES)[number];

const CHOICE_ROLE: Record<ColumnChoice, ForcedRole> = {
  code: 'code',
  interventie: 'intervention',
  bestedingsdoel: 'goal',
  uitvoerder: 'partner',
  begroot: 'begroot',
  benut: 'benut',
  toelichting: 'note',
  negeren: 'ignore',
};

export function roleOfChoice(choice: ColumnChoice): ForcedRole {
  return CHOICE_ROLE[choice];
}

export function choiceOfRole(role: ColumnRole | 'ignore'): ColumnChoice | undefined {
  return (Object.keys(CHOICE_ROLE) as ColumnChoice[]).find((c) => CHOICE_ROLE[c] === role);
}

export interface ColumnCorrection {
  readonly col: number;
  readonly choice: ColumnChoice;
  /** The header text when the correction was made; undefined when given for one run only. */
  readonly header?: string;
}

export interface ReadingCorrections {
  /** 0-based header row (the last row of a two-row header). */
  readonly headerRow?: number;
  readonly columns?: ReadonlyArray<ColumnCorrection>;
  /** What one in an amount cell is worth in euros: 1, 1000, 1000000. */
  readonly unit?: number;
  /** The ceiling's cell on the budget sheet (`B2`) or another sheet (`Beschikking!B4`). */
  readonly ceilingCell?: string;
  readonly ceilingCents?: number;
}

export type CorrectionSetting = 'kopregel' | 'kolom' | 'eenheid' | 'plafondcel' | 'plafond';

/** A stored line that cannot be read back: reported, never guessed at. */
export interface UnreadableCorrection {
  readonly row: number;
  readonly text: string;
}

export interface StoredCorrections {
  readonly sheet?: string;
  /** By budget sheet name, as written (matched without regard to case). */
  readonly bySheet: ReadonlyMap<string, ReadingCorrections>;
  readonly unreadable: ReadonlyArray<UnreadableCorrection>;
}

export const UNITS: ReadonlyArray<number> = [1, 1_000, 1_000_000];

/**
 * The add-in's own corrections sheet: its name, title and header. A user's sheet that merely has
 * the name is neither read nor written.
 */
export function isCorrectionsSheet(sheet: SheetSnapshot): boolean {
  if (normalise(sheet.name) !== normalise(CORRECTIONS_SHEET)) return false;
  const at = (row: number, col: number): string => text(sheet.rows[row]?.[col]);
  return at(0, 0) === CORRECTIONS_TITLE && CORRECTIONS_HEADER.every((h, col) => at(CORRECTIONS_HEADER_ROW, col) === h);
}

function text(cell: Cell | undefined): string {
  return cell === undefined ? '' : cellText(cell).trim();
}

export function readCorrections(workbook: WorkbookSnapshot): StoredCorrections {
  const sheet = workbook.sheets.find(isCorrectionsSheet);
  if (!sheet) return { bySheet: new Map(), unreadable: [] };
  const bySheet = new Map<string, ReadingCorrections>();
  const unreadable: UnreadableCorrection[] = [];
  for (let row = CORRECTIONS_HEADER_ROW + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row];
    if (!cells) continue;
    const [sheetName, setting, value, header] = [0, 1, 2, 3].map((c) => text(cells[c]));
    if (sheetName === '' && setting === '' && value === '') continue;
    const key = normalise(sheetName);
    const known = bySheet.get(key) ?? {};
    const next = applyLine(known, setting, value, header);
    if (sheetName === '' || next === undefined) {
      unreadable.push({ row, text: [sheetName, setting, value].filter((t) => t !== '').join(' · ') });
      continue;
    }
    bySheet.set(key, next);
  }
  return { sheet: sheet.name, bySheet, unreadable };
}

/** One stored line added to a sheet's corrections, or undefined when it cannot be read. */
function applyLine(
  known: ReadingCorrections,
  setting: string,
  value: string,
  header: string,
): ReadingCorrections | undefined {
  const s = normalise(setting);
  if (s === 'kopregel') {
    const row = Number(value);
    return Number.isInteger(row) && row >= 1 ? { ...known, headerRow: row - 1 } : undefined;
  }
  if (s === 'eenheid') {
    const unit = Number(value.replace(/\./g, ''));
    return UNITS.includes(unit) ? { ...known, unit } : undefined;
  }
  if (s === 'plafond') {
    // Typed on the sheet by hand as often as written by the pane: read as any typed ceiling.
    const input = parseCeilingInput(value);
    return input.kind === 'amount' ? { ...known, ceilingCents: input.cents } : undefined;
  }
  if (s === 'plafondcel') return parseCellRef(value) ? { ...known, ceilingCell: value.trim() } : undefined;
  const column = /^kolom ([a-z]{1,3})$/.exec(s);
  const choice = COLUMN_CHOICES.find((c) => c === normalise(value));
  if (!column || !choice) return undefined;
  const col = parseAddress(`${column[1]}1`)!.col;
  return { ...known, columns: [...(known.columns ?? []).filter((c) => c.col !== col), { col, choice, header }] };
}

/** `B2` or `Beschikking!B4` (the sheet name may be quoted). */
export function parseCellRef(ref: string): { sheet?: string; row: number; col: number } | undefined {
  const m = /^(?:'?(.+?)'?!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const at = parseAddress(m[2]!);
  return at ? { ...(m[1] !== undefined ? { sheet: m[1] } : {}), ...at } : undefined;
}

export function correctionsFor(stored: StoredCorrections, sheet: string): ReadingCorrections | undefined {
  return stored.bySheet.get(normalise(sheet));
}

/** One run's corrections (command-line options) over the stored ones, setting by setting. */
export function mergeCorrections(
  stored: ReadingCorrections | undefined,
  given: ReadingCorrections | undefined,
): ReadingCorrections | undefined {
  if (!stored) return given;
  if (!given) return stored;
  const columns = [
    ...(stored.columns ?? []).filter((c) => !given.columns?.some((g) => g.col === c.col)),
    ...(given.columns ?? []),
  ];
  return { ...stored, ...given, ...(columns.length > 0 ? { columns } : {}) };
}

/** The lines of the corrections sheet for every sheet's corrections, as the adapters write them. */
export function correctionsSheetRows(
  bySheet: ReadonlyMap<string, { readonly name: string; readonly corrections: ReadingCorrections }>,
): string[][] {
  const rows: string[][] = [];
  for (const { name, corrections: c } of bySheet.values()) {
    if (c.headerRow !== undefined) rows.push([name, LABEL.kopregel, String(c.headerRow + 1), '']);
    for (const col of [...(c.columns ?? [])].sort((a, b) => a.col - b.col))
      rows.push([name, LABEL.kolom(columnName(col.col)), col.choice, col.header ?? '']);
    if (c.unit !== undefined) rows.push([name, LABEL.eenheid, String(c.unit), '']);
    if (c.ceilingCell !== undefined) rows.push([name, LABEL.plafondcel, c.ceilingCell, '']);
    if (c.ceilingCents !== undefined)
      rows.push([name, LABEL.plafond, (c.ceilingCents / 100).toFixed(2).replace('.', ','), '']);
  }
  return rows;
}
