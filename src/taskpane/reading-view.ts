/**
 * The "Leeswijze" section as plain data, from a check's result: the header row, every column of
 * every table with the role it was read as and the choice a user may make for it, the unit and
 * the ceiling, what the user corrected, and whether the section opens by itself (the reading is
 * uncertain, or a stored correction no longer fits). The component only renders this.
 */
import type { CheckResult } from '../engine/check';
import { COLUMN_CHOICES, type ColumnChoice } from '../engine/corrections';
import type { CorrectionChange } from '../engine/correction-change';
import { address, columnName } from '../engine/grid';
import type { ColumnReading } from '../engine/layout/detect';
import { ceilingSourceText, type Lang } from '../engine/messages';
import type { BudgetTable } from '../engine/model';
import { strings } from './strings';
import { euro, unbreakable } from './text';

/** The rules that say the reading needs the user's eye. */
export const READING_RULES: ReadonlyArray<string> = ['READING_UNCERTAIN', 'CORRECTION_UNUSABLE'];

/** A column's drop-down: `auto` leaves the role to the check (removing a correction). */
export type ColumnValue = ColumnChoice | 'auto';

export interface ColumnView {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  /** "Kolom E ‘Bedrag scholen’": the drop-down's label. */
  readonly label: string;
  /** The role as read, in words ("begroot", "genegeerd: niet gekozen", "markering per doel, doel 3"). */
  readonly role: string;
  readonly byUser: boolean;
  /** The drop-down's value: the user's choice, else `auto`. */
  readonly value: ColumnValue;
  /** The header cell, for "Toon op blad". */
  readonly cell: string;
}

export interface TableView {
  /** "Tabel 2 ‘2023’ (rijen 14–30)" where the sheet has several tables. */
  readonly title?: string;
  /** The header cells, left to right (`A4:E4`), for "Toon op blad". */
  readonly headerRange: string;
  readonly columns: ReadonlyArray<ColumnView>;
}

export interface UnitOption {
  readonly value: string;
  readonly text: string;
}

export interface ReadingView {
  readonly sheet: string;
  /** Opens by itself: the reading is uncertain or a correction no longer fits. */
  readonly open: boolean;
  /** The messages of READING_UNCERTAIN and CORRECTION_UNUSABLE, as the findings list has them. */
  readonly alerts: ReadonlyArray<string>;
  /** The fold's one line: "kopregel rij 4 · begroot D + E". */
  readonly summary: string;
  /** 1-based. */
  readonly headerRow: number;
  readonly headerRowByUser: boolean;
  readonly tables: ReadonlyArray<TableView>;
  readonly unitValue: string;
  readonly unitByUser: boolean;
  readonly unitOptions: ReadonlyArray<UnitOption>;
  readonly ceiling: string;
}

const euroAmount = (n: number): string => `€ ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

function roleText(c: ColumnReading, lang: Lang): string {
  const r = strings(lang).reading;
  const parts = [r.roles[c.role]];
  if (c.goal !== undefined) parts.push(r.goal(c.goal));
  const why = c.why !== undefined && c.why !== 'user' ? `: ${r.why[c.why]}` : '';
  return `${parts.join(', ')}${why}`;
}

function columnView(
  c: ColumnReading,
  headerRow: number,
  choices: ReadonlyMap<number, ColumnChoice>,
  lang: Lang,
): ColumnView {
  const r = strings(lang).reading;
  const letter = columnName(c.col);
  const choice = c.forced ? choices.get(c.col) : undefined;
  return {
    col: c.col,
    letter,
    header: c.header,
    label: r.column(letter, c.header),
    role: roleText(c, lang),
    byUser: c.forced === true,
    value: choice ?? 'auto',
    cell: address(headerRow, c.col),
  };
}

function tableView(
  table: BudgetTable,
  index: number,
  several: boolean,
  choices: ReadonlyMap<number, ColumnChoice>,
  lang: Lang,
): TableView {
  const r = strings(lang).reading;
  return {
    ...(several ? { title: r.table(index + 1, table.label, table.topRow + 1, table.lastRow + 1) } : {}),
    headerRange: `${address(table.headerRow, table.left)}:${address(table.headerRow, table.right)}`,
    columns: table.columns.map((c) => columnView(c, table.headerRow, choices, lang)),
  };
}

function unitRead(table: BudgetTable | undefined, lang: Lang): string {
  const r = strings(lang).reading;
  if (!table || table.unit === 1) return r.unitEuro;
  const from =
    table.unitCell && table.unitText !== undefined && !table.unitCorrected
      ? `, ${r.unitFrom(address(table.unitCell.row, table.unitCell.col), table.unitText)}`
      : '';
  return `${r.unitTimes(euroAmount(table.unit))}${from}`;
}

export function readingView(result: CheckResult, lang: Lang): ReadingView {
  const r = strings(lang).reading;
  const { model } = result;
  const first = model.tables[0];
  const corrections = model.reading.corrections;
  const headerRowByUser = corrections.some((c) => c.setting === 'kopregel');
  // The choice each corrected column was given, as stored (the role it ends as may be another word).
  const choices = new Map<number, ColumnChoice>();
  for (const c of corrections) {
    const choice = COLUMN_CHOICES.find((x) => x === c.value);
    if (c.setting === 'kolom' && c.col !== undefined && choice) choices.set(c.col, choice);
  }
  const unitByUser = first?.unitCorrected === true;
  const alerts = result.findings.filter((f) => READING_RULES.includes(f.rule)).map((f) => unbreakable(f.message));
  const begroot = first?.begroot?.cols.map(columnName).join(' + ') ?? '';
  const unit = first && first.unit !== 1 ? r.unitTimes(euroAmount(first.unit)) : '';
  const ceiling = model.ceiling;
  return {
    sheet: model.sheet,
    open: alerts.length > 0 || model.reading.uncertain.length > 0 || model.reading.problems.length > 0,
    alerts,
    summary: unbreakable(r.summary(model.headerRow + 1, begroot, unit)),
    headerRow: model.headerRow + 1,
    headerRowByUser,
    tables: model.tables.map((t, i) => tableView(t, i, model.tables.length > 1, choices, lang)),
    unitValue: unitByUser && first ? String(first.unit) : 'auto',
    unitByUser,
    unitOptions: [
      // Automatic names what the check reads without the user's unit: only known while none is set.
      { value: 'auto', text: unitByUser ? r.automatic : r.unitAutomatic(unitRead(first, lang)) },
      { value: '1', text: r.unitEuro },
      { value: '1000', text: r.unitTimes(euroAmount(1000)) },
      { value: '1000000', text: r.unitTimes(euroAmount(1_000_000)) },
    ].map((o) => ({ ...o, text: unbreakable(o.text) })),
    ceiling: r.ceiling(euro(ceiling.cents), ceilingSourceText(ceiling.source, lang, ceiling)),
  };
}

/** The correction a column's drop-down asks for: its choice with the header it was set for, or none. */
export function columnChange(column: ColumnView, value: ColumnValue): CorrectionChange {
  return value === 'auto'
    ? { setting: 'kolom', col: column.col }
    : { setting: 'kolom', col: column.col, choice: value, header: column.header };
}

/** The correction the unit's drop-down asks for. */
export function unitChange(value: string): CorrectionChange {
  return value === 'auto' ? { setting: 'eenheid' } : { setting: 'eenheid', unit: Number(value) };
}

/** The header row typed (1-based) as a correction, or undefined when it is no row number. */
export function headerRowChange(text: string): CorrectionChange | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,7}$/.test(trimmed) || Number(trimmed) < 1) return undefined;
  return { setting: 'kopregel', row: Number(trimmed) - 1 };
}

export const COLUMN_VALUES: ReadonlyArray<ColumnValue> = ['auto', ...COLUMN_CHOICES];
