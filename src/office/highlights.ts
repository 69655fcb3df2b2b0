/**
 * Highlights flagged cells by severity and removes them again, leaving each cell exactly as it
 * was: an empty fill stays empty, a coloured one gets its colour back. What was changed is kept in
 * the workbook's settings, so removal still works after the workbook was closed and reopened.
 */
import type { Highlight } from '../engine/plan/types';
import { SEVERITY_FILL } from '../engine/plan/types';
import { OfficeActionError, toOfficeActionError } from './errors';
import type { ExcelRun } from './run';
import type { OptionalApis } from './write-tabs';

export const HIGHLIGHTS_SETTING = 'npo-budget-checker.highlights';

/**
 * One cell's fill before the add-in touched it: a colour, or none at all. The sheet is kept by id
 * and by name: ids survive a rename but may change when the workbook is reopened.
 */
interface SavedFill {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly cell: string;
  readonly color: string | null;
}

interface HighlightRecord {
  readonly fills: ReadonlyArray<SavedFill>;
}

function parseRecord(value: unknown): HighlightRecord {
  if (typeof value !== 'string') return { fills: [] };
  const parsed = JSON.parse(value) as Partial<HighlightRecord>;
  return { fills: Array.isArray(parsed.fills) ? parsed.fills : [] };
}

const key = (sheetName: string, cell: string): string => `${sheetName}!${cell}`;

interface SheetLookup {
  readonly byId: ReadonlyMap<string, Excel.Worksheet>;
  readonly byName: ReadonlyMap<string, Excel.Worksheet>;
}

function lookup(sheets: Excel.WorksheetCollection): SheetLookup {
  return { byId: new Map(sheets.items.map((s) => [s.id, s])), byName: new Map(sheets.items.map((s) => [s.name, s])) };
}

/**
 * The sheet a saved fill belongs to now: by name, else (renamed since) by id. Not by id first: a
 * workbook opened again numbers its sheets anew, so the recorded id may then be another sheet's.
 */
function sheetOf(sheets: SheetLookup, saved: SavedFill): Excel.Worksheet | undefined {
  return sheets.byName.get(saved.sheetName) ?? sheets.byId.get(saved.sheetId);
}

/**
 * Cells per sync. Each costs a load of its fill and a write of the new one; 5.000 keeps a request
 * near 1 MB, well under Excel on the web's 5 MB, also for sheets with tens of thousands of findings.
 */
export const HIGHLIGHTS_PER_SYNC = 5_000;

function chunks<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type LoadedFill = { readonly h: Highlight; readonly range: Excel.Range };

function loadFills(sheets: Excel.WorksheetCollection, batch: ReadonlyArray<Highlight>, withPattern: boolean): LoadedFill[] {
  return batch.map((h) => {
    const range = sheets.getItem(h.sheet).getRange(h.cell);
    range.load(withPattern ? 'format/fill/color, format/fill/pattern' : 'format/fill/color');
    return { h, range };
  });
}

/**
 * Without ExcelApi 1.9's fill.pattern, Excel reports "no fill" and a white fill both as #FFFFFF,
 * and a white cell is restored as unfilled, which looks the same. Works in batches: each sync
 * fills one batch, loads the next one's fills and saves the record of everything filled so far,
 * so a failure halfway still leaves every filled cell restorable.
 */
export async function highlightCells(run: ExcelRun, highlights: ReadonlyArray<Highlight>, apis: Pick<OptionalApis, 'fillPattern'>): Promise<number> {
  try {
    return await run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_SETTING);
      setting.load('value');
      const sheets = context.workbook.worksheets;
      sheets.load('items/name, items/id');
      const withPattern = apis.fillPattern;
      const batches = chunks(highlights, HIGHLIGHTS_PER_SYNC);
      let loaded = loadFills(sheets, batches[0] ?? [], withPattern);
      await context.sync();

      const previous = parseRecord(setting.isNullObject ? undefined : setting.value);
      const sheetsNow = lookup(sheets);
      // Keyed by the sheet's current name, so an entry saved before a reopen still matches.
      const saved = new Map(previous.fills.map((f) => [key(sheetOf(sheetsNow, f)?.name ?? f.sheetName, f.cell), f]));
      const fills: SavedFill[] = [];
      for (let i = 0; i < Math.max(1, batches.length); i++) {
        for (const { h, range } of loaded) {
          const sheetId = sheetsNow.byName.get(h.sheet)!.id;
          // A cell still highlighted from last time keeps the fill it had before the add-in came.
          const before = saved.get(key(h.sheet, h.cell));
          saved.delete(key(h.sheet, h.cell));
          fills.push({ sheetId, sheetName: h.sheet, cell: h.cell, color: before ? before.color : originalColor(range, withPattern) });
        }
        const last = i >= batches.length - 1;
        if (last) {
          // Cells flagged last time but not now; until this request is applied, the record kept
          // in the workbook still lists them.
          for (const stale of saved.values()) restore(sheetOf(sheetsNow, stale), stale);
          saved.clear();
        }
        // The record goes ahead of the fills: when Excel applies only the start of a refused
        // request, every cell it did fill is recorded already (and a recorded cell it did not
        // fill is simply given back the colour it still has).
        context.workbook.settings.add(HIGHLIGHTS_SETTING, JSON.stringify({ fills: [...fills, ...saved.values()] } satisfies HighlightRecord));
        for (const { h, range } of loaded) range.format.fill.color = `#${SEVERITY_FILL[h.severity].slice(2)}`;
        loaded = last ? [] : loadFills(sheets, batches[i + 1]!, withPattern);
        await context.sync();
      }
      return fills.length;
    });
  } catch (error) {
    throw await withMissingSheet(run, toOfficeActionError(error), highlights);
  }
}

/** Names the sheet that is gone, when a sheet with flagged cells was deleted or renamed after the check. */
async function withMissingSheet(run: ExcelRun, problem: OfficeActionError, highlights: ReadonlyArray<Highlight>): Promise<OfficeActionError> {
  if (problem.problem !== 'sheet-missing' || problem.detail) return problem;
  try {
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return new Set(sheets.items.map((s) => s.name));
    });
    const missing = highlights.find((h) => !names.has(h.sheet));
    return missing ? new OfficeActionError('sheet-missing', missing.sheet) : problem;
  } catch {
    // Only the sheet's name is at stake here: the user still sees that a sheet is gone.
    return problem;
  }
}

function originalColor(range: Excel.Range, withPattern: boolean): string | null {
  const fill = range.format.fill;
  if (withPattern) return fill.pattern === 'None' ? null : fill.color;
  return fill.color === '#FFFFFF' ? null : fill.color;
}

function restore(sheet: Excel.Worksheet | undefined, saved: SavedFill): void {
  // A sheet deleted meanwhile has no cells left to restore.
  if (!sheet) return;
  const fill = sheet.getRange(saved.cell).format.fill;
  if (saved.color === null) fill.clear();
  else fill.color = saved.color;
}

/**
 * Puts every highlighted cell back as it was and forgets the record; returns how many cells. The
 * record goes only after every batch is restored, so a failure halfway can simply be retried.
 */
export async function clearHighlights(run: ExcelRun): Promise<number> {
  try {
    return await run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_SETTING);
      setting.load('value');
      const sheets = context.workbook.worksheets;
      sheets.load('items/id, items/name');
      await context.sync();
      if (setting.isNullObject) return 0;
      const record = parseRecord(setting.value);
      const sheetsNow = lookup(sheets);
      const batches = chunks(record.fills, HIGHLIGHTS_PER_SYNC);
      for (const [i, batch] of batches.entries()) {
        for (const f of batch) restore(sheetOf(sheetsNow, f), f);
        if (i === batches.length - 1) setting.delete();
        await context.sync();
      }
      if (batches.length === 0) {
        setting.delete();
        await context.sync();
      }
      return record.fills.length;
    });
  } catch (error) {
    throw toOfficeActionError(error);
  }
}
