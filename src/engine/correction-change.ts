/**
 * One correction set or removed, as pure data over the corrections sheet's content: what the task
 * pane asks for, and the sheet's lines after it. The adapter only reads the sheet and writes these
 * lines back; whose sheet it is, which lines stay and in what order is decided here.
 */
import {
  CORRECTIONS_HEADER,
  CORRECTIONS_HEADER_ROW,
  CORRECTIONS_NOTE,
  CORRECTIONS_TITLE,
  UNITS,
  correctionsSheetRows,
  isCorrectionsSheet,
  parseCellRef,
  readCorrections,
  type ColumnChoice,
  type ReadingCorrections,
} from './corrections';
import { cellText, type SheetSnapshot } from './grid';
import { normalise } from './text';

/** A setting for one budget sheet; without a value it is removed, and the check chooses again. */
export type CorrectionChange =
  /** 0-based header row. */
  | { readonly setting: 'kopregel'; readonly row?: number }
  /** `header`: the column's header text now, kept so a column that moves is noticed. */
  | { readonly setting: 'kolom'; readonly col: number; readonly choice?: ColumnChoice; readonly header?: string }
  | { readonly setting: 'eenheid'; readonly unit?: number }
  /** `B2` or `Beschikking!B4`; replaces a ceiling amount. */
  | { readonly setting: 'plafondcel'; readonly cell?: string }
  /** Replaces a ceiling cell. */
  | { readonly setting: 'plafond'; readonly cents?: number };

/** A change that cannot be stored: a bug in the caller, never the user's doing. */
export class CorrectionChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionChangeError';
  }
}

function without<K extends keyof ReadingCorrections>(c: ReadingCorrections, ...keys: K[]): ReadingCorrections {
  const copy: Record<string, unknown> = { ...c };
  for (const key of keys) delete copy[key];
  return copy as ReadingCorrections;
}

/** A sheet's corrections after one change. */
export function withCorrection(current: ReadingCorrections | undefined, change: CorrectionChange): ReadingCorrections {
  const c = current ?? {};
  switch (change.setting) {
    case 'kopregel':
      if (change.row === undefined) return without(c, 'headerRow');
      if (!Number.isInteger(change.row) || change.row < 0)
        throw new CorrectionChangeError(`header row ${change.row} is no row`);
      return { ...c, headerRow: change.row };
    case 'kolom': {
      if (!Number.isInteger(change.col) || change.col < 0)
        throw new CorrectionChangeError(`column ${change.col} is no column`);
      const others = (c.columns ?? []).filter((x) => x.col !== change.col);
      const columns =
        change.choice === undefined
          ? others
          : [
              ...others,
              {
                col: change.col,
                choice: change.choice,
                ...(change.header !== undefined ? { header: change.header } : {}),
              },
            ];
      return columns.length > 0 ? { ...c, columns } : without(c, 'columns');
    }
    case 'eenheid':
      if (change.unit === undefined) return without(c, 'unit');
      if (!UNITS.includes(change.unit))
        throw new CorrectionChangeError(`unit ${change.unit} is not one of ${UNITS.join(', ')}`);
      return { ...c, unit: change.unit };
    case 'plafondcel':
      if (change.cell === undefined) return without(c, 'ceilingCell');
      if (!parseCellRef(change.cell)) throw new CorrectionChangeError(`ceiling cell ${change.cell} is no cell`);
      return { ...without(c, 'ceilingCents'), ceilingCell: change.cell.trim() };
    case 'plafond':
      if (change.cents === undefined) return without(c, 'ceilingCents');
      if (!Number.isSafeInteger(change.cents) || change.cents <= 0)
        throw new CorrectionChangeError(`ceiling ${change.cents} is no amount in cents`);
      return { ...without(c, 'ceilingCell'), ceilingCents: change.cents };
  }
}

const isEmpty = (c: ReadingCorrections): boolean => Object.keys(c).length === 0;

/**
 * Whether a sheet is the add-in's corrections sheet: its name, the title in A1 and the header on
 * its row. A user's sheet that merely has the name is not.
 */
export function isOwnCorrectionsSheet(sheet: SheetSnapshot): boolean {
  return isCorrectionsSheet(sheet);
}

export interface CorrectionsSheetAfter {
  /** Every line of the sheet, title to last line, as text. */
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  /** The changed sheet's corrections as they now stand; undefined when none are left. */
  readonly corrections?: ReadingCorrections;
}

/**
 * The corrections sheet after setting or removing one correction for `budgetSheet`. `current` is
 * the add-in's sheet as it stands (undefined when there is none). Every other sheet's corrections
 * stay as they were, under the name they were written with; a line that cannot be read is kept
 * word for word at the end, so the check goes on reporting it and nothing the user typed is lost.
 */
export function correctionsSheetAfter(
  current: SheetSnapshot | undefined,
  budgetSheet: string,
  change: CorrectionChange,
): CorrectionsSheetAfter {
  const stored = current
    ? readCorrections({ sheets: [current] })
    : { bySheet: new Map<string, ReadingCorrections>(), unreadable: [] };
  const names = new Map<string, string>();
  for (let row = CORRECTIONS_HEADER_ROW + 1; current && row < current.rows.length; row++) {
    const cell = current.rows[row]?.[0];
    const name = cell === undefined ? '' : cellText(cell).trim();
    if (name !== '' && !names.has(normalise(name))) names.set(normalise(name), name);
  }
  const key = normalise(budgetSheet);
  const changed = withCorrection(stored.bySheet.get(key), change);
  const bySheet = new Map<string, { name: string; corrections: ReadingCorrections }>();
  for (const [k, corrections] of stored.bySheet) bySheet.set(k, { name: names.get(k) ?? k, corrections });
  if (isEmpty(changed)) bySheet.delete(key);
  else bySheet.set(key, { name: names.get(key) ?? budgetSheet, corrections: changed });

  const kept = stored.unreadable.map(({ row }) =>
    (current!.rows[row] ?? []).map((cell) => (cell === undefined ? '' : cellText(cell))),
  );
  const lines = [...correctionsSheetRows(bySheet), ...kept];
  const width = Math.max(CORRECTIONS_HEADER.length, ...lines.map((l) => l.length));
  const pad = (row: ReadonlyArray<string>): string[] => [...row, ...new Array<string>(width - row.length).fill('')];
  const rows = [[CORRECTIONS_TITLE], [CORRECTIONS_NOTE], [], [...CORRECTIONS_HEADER], ...lines].map(pad);
  return isEmpty(changed) ? { rows } : { rows, corrections: changed };
}
