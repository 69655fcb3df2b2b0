/**
 * Highlights flagged cells by severity and removes them again, leaving each cell exactly as it
 * was: an empty fill stays empty, a coloured one gets its colour back. What was changed is kept in
 * the workbook's settings, so removal still works after the workbook was closed and reopened.
 *
 * The record is compact: per sheet and per fill the cells had before, their A1 ranges with
 * neighbouring cells merged ("E5:E9,F12"); most flagged cells had no fill, so one list holds most
 * of them. It is kept in parts (HIGHLIGHT_LIMITS.partBytes at most), each in a setting of its own
 * and listed in an index setting, so each batch of cells writes only its own part and removal
 * loads a few parts per sync. A document's settings are believed to hold about 2 MB in all, so the
 * record as a whole stays under HIGHLIGHT_LIMITS.recordBytes. The previous version's record, one
 * setting listing every cell, is still read, and removed once its cells are restored or recorded anew.
 */
import { SEVERITY_ORDER, type Severity } from '../engine/findings';
import { address, parseAddress } from '../engine/grid';
import type { Highlight } from '../engine/plan/types';
import { SEVERITY_FILL } from '../engine/plan/types';
import { OfficeActionError, toOfficeActionError } from './errors';
import { jsonBytes, MAX_REQUEST_BYTES, type ExcelRun } from './run';
import type { OptionalApis } from './write-tabs';

/** Every setting of the record starts with this; it is also the previous version's one setting. */
export const HIGHLIGHTS_SETTING_PREFIX = 'npo-budget-checker.highlights';
/** The previous version's record: `{ fills: [{ sheetId, sheetName, cell, color }] }` in one setting. */
export const LEGACY_HIGHLIGHTS_SETTING = HIGHLIGHTS_SETTING_PREFIX;
/** Which parts make up the record: `{ parts: [0, 1, …] }`. */
export const HIGHLIGHTS_INDEX_SETTING = `${HIGHLIGHTS_SETTING_PREFIX}.index`;

export function highlightsPartSetting(part: number): string {
  return `${HIGHLIGHTS_SETTING_PREFIX}.${part}`;
}

/** A fill as it was: a colour, or null for none at all. */
type Fill = string | null;

/**
 * One part of the record. A sheet is kept by id and by name: ids survive a rename but may change
 * when the workbook is reopened.
 */
interface RecordPart {
  readonly sheets: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly fills: ReadonlyArray<readonly [Fill, string]>;
  }>;
}

/** One cell's fill before the add-in touched it. */
interface SavedFill {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly row: number;
  readonly col: number;
  readonly color: Fill;
}

export interface HighlightLimits {
  /** Cells highlighted at most; beyond it the worst are highlighted first and the rest left out. */
  readonly cells: number;
  /** Bytes of the record at most (JSON of all its parts); cells that would not fit are left out. */
  readonly recordBytes: number;
  /** Bytes of one part of the record at most. */
  readonly partBytes: number;
  /** Cells loaded and filled, or ranges restored, per sync. */
  readonly perSync: number;
}

/**
 * Cells per sync. Each costs a load of its fill and a write of the new one; 5.000 keeps a request
 * near 1 MB, well under Excel on the web's 5 MB, also for sheets with tens of thousands of findings.
 */
export const HIGHLIGHTS_PER_SYNC = 5_000;

/**
 * 100.000 cells take 21 syncs of loads and fills, and are far more than anyone walks through: a
 * sheet with more flagged cells has one problem many times over, which its worst cells make plain.
 * Their record is about 800 kB when no two of them neighbour (some 8 bytes a cell), more when
 * their fills differ; 768 kB keeps the old and the new record together, while cells are
 * highlighted again, under the 2 MB a document's settings are believed to hold. 200.000 generated
 * rows flag 55.801 cells, recorded in 417 kB.
 */
export const HIGHLIGHT_LIMITS: HighlightLimits = {
  cells: 100_000,
  recordBytes: 768 * 1024,
  partBytes: 256 * 1024,
  perSync: HIGHLIGHTS_PER_SYNC,
};

/** Parts loaded per sync: their responses stay under half the request limit. */
function partsPerSync(limits: HighlightLimits): number {
  return Math.max(1, Math.floor(MAX_REQUEST_BYTES / 2 / limits.partBytes));
}

function chunks<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

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
function sheetOf(sheets: SheetLookup, saved: Pick<SavedFill, 'sheetId' | 'sheetName'>): Excel.Worksheet | undefined {
  return sheets.byName.get(saved.sheetName) ?? sheets.byId.get(saved.sheetId);
}

const cellKey = (sheetName: string, row: number, col: number): string => `${sheetName}!${row},${col}`;

/** Cells as A1 ranges, neighbours down a column merged: "E5:E9", "F12". */
function toRanges(cells: ReadonlyArray<{ readonly row: number; readonly col: number }>): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const ranges: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    let end = start;
    i += 1;
    while (i < sorted.length && sorted[i]!.col === start.col && sorted[i]!.row <= end.row + 1) end = sorted[i++]!;
    ranges.push(
      end.row === start.row
        ? address(start.row, start.col)
        : `${address(start.row, start.col)}:${address(end.row, end.col)}`,
    );
  }
  return ranges;
}

/** The cells of an A1 range ("E5:E9" or "F12"); none when it is no range. */
function cellsOf(range: string): Array<{ row: number; col: number }> {
  const [from, to = from] = range.split(':');
  const a = parseAddress(from ?? '');
  const b = parseAddress(to ?? '');
  if (!a || !b) return [];
  const cells: Array<{ row: number; col: number }> = [];
  for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++) {
    for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) cells.push({ row, col });
  }
  return cells;
}

/** Saved fills grouped by sheet and by fill, in the order they first appear. */
function groups(
  fills: ReadonlyArray<SavedFill>,
): Array<{ sheetId: string; sheetName: string; color: Fill; cells: SavedFill[] }> {
  const out = new Map<string, { sheetId: string; sheetName: string; color: Fill; cells: SavedFill[] }>();
  for (const f of fills) {
    const key = JSON.stringify([f.sheetId, f.sheetName, f.color]);
    const group = out.get(key) ?? { sheetId: f.sheetId, sheetName: f.sheetName, color: f.color, cells: [] };
    group.cells.push(f);
    out.set(key, group);
  }
  return [...out.values()];
}

/** The record of `fills` in parts of at most `partBytes` (a sheet's list is split where needed). */
function encodeParts(fills: ReadonlyArray<SavedFill>, partBytes: number): RecordPart[] {
  type MutablePart = { sheets: Array<{ id: string; name: string; fills: Array<[Fill, string]> }> };
  const parts: MutablePart[] = [];
  let part: MutablePart | undefined;
  let bytes = 0;
  const empty = jsonBytes({ sheets: [] });
  for (const group of groups(fills)) {
    const sheetBytes = jsonBytes({ id: group.sheetId, name: group.sheetName, fills: [] }) + 1;
    const fillBytes = jsonBytes([group.color, '']) + 1;
    let list: [Fill, string] | undefined;
    for (const range of toRanges(group.cells)) {
      const rangeBytes = range.length + 1;
      if (part && list && bytes + rangeBytes <= partBytes) {
        list[1] = `${list[1]},${range}`;
        bytes += rangeBytes;
        continue;
      }
      if (!part || bytes + sheetBytes + fillBytes + rangeBytes > partBytes) {
        part = { sheets: [] };
        parts.push(part);
        bytes = empty;
      }
      list = [group.color, range];
      part.sheets.push({ id: group.sheetId, name: group.sheetName, fills: [list] });
      bytes += sheetBytes + fillBytes + rangeBytes;
    }
  }
  return parts;
}

function isFill(value: unknown): value is Fill {
  return value === null || typeof value === 'string';
}

/** The fills a part holds; what is not shaped as a part holds none. */
function decodePart(value: unknown): SavedFill[] {
  const sheets = typeof value === 'object' && value !== null ? (value as Partial<RecordPart>).sheets : undefined;
  if (!Array.isArray(sheets)) return [];
  const out: SavedFill[] = [];
  for (const s of sheets as unknown[]) {
    const { id, name, fills } = (s ?? {}) as { id?: unknown; name?: unknown; fills?: unknown };
    if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(fills)) continue;
    for (const entry of fills as unknown[]) {
      if (!Array.isArray(entry) || !isFill(entry[0]) || typeof entry[1] !== 'string') continue;
      const color = entry[0];
      for (const range of entry[1].split(','))
        for (const { row, col } of cellsOf(range)) out.push({ sheetId: id, sheetName: name, row, col, color });
    }
  }
  return out;
}

/** The previous version's record, a JSON text: `{ fills: [{ sheetId, sheetName, cell, color }] }`. */
function decodeLegacy(value: unknown): SavedFill[] {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      // Not a record this add-in wrote: there is nothing it could restore from it.
      return [];
    }
  }
  const fills = typeof parsed === 'object' && parsed !== null ? (parsed as { fills?: unknown }).fills : undefined;
  if (!Array.isArray(fills)) return [];
  return (fills as unknown[]).flatMap((f) => {
    const { sheetId, sheetName, cell, color } = (f ?? {}) as Record<string, unknown>;
    const at = typeof cell === 'string' ? parseAddress(cell) : undefined;
    if (typeof sheetId !== 'string' || typeof sheetName !== 'string' || !at || !isFill(color)) return [];
    return [{ sheetId, sheetName, row: at.row, col: at.col, color }];
  });
}

function partNumbers(value: unknown): number[] {
  const parts = typeof value === 'object' && value !== null ? (value as { parts?: unknown }).parts : undefined;
  return Array.isArray(parts)
    ? (parts as unknown[]).filter((n): n is number => Number.isInteger(n) && (n as number) >= 0)
    : [];
}

/** The record's settings as loaded in the first sync. */
interface RecordStart {
  readonly index: Excel.Setting;
  readonly legacy: Excel.Setting;
}

function startLoadingRecord(context: Excel.RequestContext): RecordStart {
  const index = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_INDEX_SETTING);
  index.load('value');
  const legacy = context.workbook.settings.getItemOrNullObject(LEGACY_HIGHLIGHTS_SETTING);
  legacy.load('value');
  return { index, legacy };
}

/** The whole record kept in the workbook, and the settings that hold it. */
interface StoredRecord {
  readonly fills: ReadonlyArray<SavedFill>;
  /** Part numbers the index lists (some may be missing: an index is written ahead of its parts). */
  readonly listed: ReadonlyArray<number>;
  /** Settings that exist and hold the record: the index, parts, the previous version's record. */
  readonly settings: ReadonlyArray<Excel.Setting>;
}

/** After the first sync: loads the parts the index lists, a few per sync. */
async function loadRecord(
  context: Excel.RequestContext,
  start: RecordStart,
  limits: HighlightLimits,
): Promise<StoredRecord> {
  const fills: SavedFill[] = [];
  const settings: Excel.Setting[] = [];
  if (!start.legacy.isNullObject) {
    fills.push(...decodeLegacy(start.legacy.value));
    settings.push(start.legacy);
  }
  const listed = start.index.isNullObject ? [] : partNumbers(start.index.value);
  if (!start.index.isNullObject) settings.push(start.index);
  for (const batch of chunks(listed, partsPerSync(limits))) {
    const parts = batch.map((n) =>
      context.workbook.settings.getItemOrNullObject(highlightsPartSetting(n)).load('value'),
    );
    await context.sync();
    for (const part of parts) {
      if (part.isNullObject) continue;
      fills.push(...decodePart(part.value));
      settings.push(part);
    }
  }
  return { fills, listed, settings };
}

type Restore = { readonly sheet: Excel.Worksheet; readonly range: string; readonly color: Fill };

/** Saved fills as one restore per range, on the sheet each belongs to now (none on a sheet deleted since). */
function restores(fills: ReadonlyArray<SavedFill>, sheets: SheetLookup): Restore[] {
  const out: Restore[] = [];
  for (const group of groups(fills)) {
    const sheet = sheetOf(sheets, group);
    if (!sheet) continue;
    for (const range of toRanges(group.cells)) out.push({ sheet, range, color: group.color });
  }
  return out;
}

function restore({ sheet, range, color }: Restore): void {
  const fill = sheet.getRange(range).format.fill;
  if (color === null) fill.clear();
  else fill.color = color;
}

/** The cells to highlight: each once, the worst first, then by sheet, column and row; at most `cap`. */
function worstFirst(highlights: ReadonlyArray<Highlight>, cap: number): Highlight[] {
  const sheetOrder = new Map<string, number>();
  for (const h of highlights) if (!sheetOrder.has(h.sheet)) sheetOrder.set(h.sheet, sheetOrder.size);
  const rank = (severity: Severity): number => SEVERITY_ORDER.indexOf(severity);
  const sorted = [...highlights].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! ||
      a.col - b.col ||
      a.row - b.row,
  );
  const seen = new Set<string>();
  const out: Highlight[] = [];
  for (const h of sorted) {
    const key = cellKey(h.sheet, h.row, h.col);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
    if (out.length >= cap) break;
  }
  return out;
}

type LoadedFill = { readonly h: Highlight; readonly range: Excel.Range };

function loadFills(
  sheets: Excel.WorksheetCollection,
  batch: ReadonlyArray<Highlight>,
  withPattern: boolean,
): LoadedFill[] {
  return batch.map((h) => {
    const range = sheets.getItem(h.sheet).getRange(address(h.row, h.col));
    range.load(withPattern ? 'format/fill/color, format/fill/pattern' : 'format/fill/color');
    return { h, range };
  });
}

function originalColor(range: Excel.Range, withPattern: boolean): Fill {
  const fill = range.format.fill;
  if (withPattern) return fill.pattern === 'None' ? null : fill.color;
  return fill.color === '#FFFFFF' ? null : fill.color;
}

/** The severity fills of a batch: one write per run of neighbouring cells of the same severity. */
function fillCells(sheets: SheetLookup, batch: ReadonlyArray<Highlight>): void {
  const bySheetAndSeverity = new Map<string, Highlight[]>();
  for (const h of batch) {
    const key = JSON.stringify([h.sheet, h.severity]);
    const cells = bySheetAndSeverity.get(key) ?? [];
    cells.push(h);
    bySheetAndSeverity.set(key, cells);
  }
  for (const cells of bySheetAndSeverity.values()) {
    const { sheet, severity } = cells[0]!;
    const color = `#${SEVERITY_FILL[severity].slice(2)}`;
    for (const range of toRanges(cells)) sheets.byName.get(sheet)!.getRange(range).format.fill.color = color;
  }
}

function partsBytes(parts: ReadonlyArray<RecordPart>): number {
  return parts.reduce((n, p) => n + jsonBytes(p), 0);
}

/**
 * Without ExcelApi 1.9's fill.pattern, Excel reports "no fill" and a white fill both as #FFFFFF,
 * and a white cell is restored as unfilled, which looks the same. Works in batches: each sync
 * records one batch in parts of its own, fills it and loads the next one's fills, so a failure
 * halfway still leaves every filled cell restorable. Returns how many cells were highlighted:
 * fewer than asked when the limits left some out (the worst come first).
 */
export async function highlightCells(
  run: ExcelRun,
  highlights: ReadonlyArray<Highlight>,
  apis: Pick<OptionalApis, 'fillPattern'>,
  limits: HighlightLimits = HIGHLIGHT_LIMITS,
): Promise<number> {
  const chosen = worstFirst(highlights, limits.cells);
  try {
    return await run(async (context) => {
      const settings = context.workbook.settings;
      const start = startLoadingRecord(context);
      const sheets = context.workbook.worksheets;
      sheets.load('items/name, items/id');
      const withPattern = apis.fillPattern;
      const batches = chunks(chosen, limits.perSync);
      let loaded = loadFills(sheets, batches[0] ?? [], withPattern);
      await context.sync();

      const sheetsNow = lookup(sheets);
      const previous = await loadRecord(context, start, limits);
      // Keyed by the sheet's current name, so a fill saved before a reopen still matches. What is
      // left in here once every batch is recorded are cells flagged last time but not now.
      const saved = new Map(
        previous.fills.map((f) => [cellKey(sheetOf(sheetsNow, f)?.name ?? f.sheetName, f.row, f.col), f]),
      );
      const partsNow: number[] = [];
      let nextPart = Math.max(-1, ...previous.listed) + 1;
      let indexExists = previous.settings.includes(start.index);
      let recordBytes = 0;
      let highlighted = 0;
      let finished = false;

      /**
       * Ends the run in the request queued now: cells flagged last time but not now get their fill
       * back, then the previous record goes, then the index names only this run's parts. Until
       * this request is applied the previous record still lists those cells; should Excel apply
       * only its start, a cell whose part is gone was either restored or is in this run's parts.
       */
      const finish = (): void => {
        for (const r of restores([...saved.values()], sheetsNow)) restore(r);
        for (const s of previous.settings) if (s !== start.index) s.delete();
        // Without a previous record, the index written with the last part already names just these.
        if (partsNow.length > 0) {
          if (previous.listed.length > 0) settings.add(HIGHLIGHTS_INDEX_SETTING, { parts: partsNow });
        } else if (indexExists) settings.getItem(HIGHLIGHTS_INDEX_SETTING).delete();
        finished = true;
      };

      for (let i = 0; i < batches.length; i++) {
        let batch = loaded;
        let fills = batch.map(({ h, range }): SavedFill => {
          // A cell still highlighted from last time keeps the fill it had before the add-in came.
          const before = saved.get(cellKey(h.sheet, h.row, h.col));
          return {
            sheetId: sheetsNow.byName.get(h.sheet)!.id,
            sheetName: h.sheet,
            row: h.row,
            col: h.col,
            color: before ? before.color : originalColor(range, withPattern),
          };
        });
        let parts = encodeParts(fills, limits.partBytes);
        const full = recordBytes + partsBytes(parts) > limits.recordBytes;
        if (full) {
          // The longest start of the batch whose record still fits; the rest is left out.
          let fits = 0;
          let over = fills.length;
          while (over - fits > 1) {
            const mid = Math.floor((fits + over) / 2);
            if (recordBytes + partsBytes(encodeParts(fills.slice(0, mid), limits.partBytes)) <= limits.recordBytes)
              fits = mid;
            else over = mid;
          }
          batch = batch.slice(0, fits);
          fills = fills.slice(0, fits);
          parts = encodeParts(fills, limits.partBytes);
        }
        for (const f of fills) saved.delete(cellKey(f.sheetName, f.row, f.col));
        const numbers = parts.map(() => nextPart++);
        partsNow.push(...numbers);
        recordBytes += partsBytes(parts);
        const last = full || i === batches.length - 1;

        // The record goes ahead of the fills: when Excel applies only the start of a refused
        // request, every cell it did fill is recorded already (and a recorded cell it did not
        // fill is simply given back the colour it still has). The index lists a part before the
        // part exists; a part listed but missing holds no cells.
        if (numbers.length > 0) {
          settings.add(HIGHLIGHTS_INDEX_SETTING, { parts: [...previous.listed, ...partsNow] });
          indexExists = true;
          parts.forEach((part, j) => settings.add(highlightsPartSetting(numbers[j]!), part));
        }
        if (last && saved.size <= limits.perSync) finish();
        fillCells(
          sheetsNow,
          batch.map((b) => b.h),
        );
        loaded = last ? [] : loadFills(sheets, batches[i + 1]!, withPattern);
        await context.sync();
        highlighted += fills.length;
        if (last) break;
      }
      if (!finished && previous.settings.length > 0) {
        // Many cells flagged last time and not now (or nothing flagged now): restored a batch per
        // sync, the last one in the request that ends the run.
        const stale = chunks(restores([...saved.values()], sheetsNow), limits.perSync);
        saved.clear();
        for (const batch of stale.slice(0, -1)) {
          for (const r of batch) restore(r);
          await context.sync();
        }
        for (const r of stale[stale.length - 1] ?? []) restore(r);
        finish();
        await context.sync();
      }
      return highlighted;
    });
  } catch (error) {
    throw await withMissingSheet(run, toOfficeActionError(error), highlights);
  }
}

/** Names the sheet that is gone, when a sheet with flagged cells was deleted or renamed after the check. */
async function withMissingSheet(
  run: ExcelRun,
  problem: OfficeActionError,
  highlights: ReadonlyArray<Highlight>,
): Promise<OfficeActionError> {
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

/**
 * Puts every highlighted cell back as it was and forgets the record; returns how many cells. The
 * record goes only after every batch is restored, so a failure halfway can simply be retried.
 */
export async function clearHighlights(run: ExcelRun, limits: HighlightLimits = HIGHLIGHT_LIMITS): Promise<number> {
  try {
    return await run(async (context) => {
      const start = startLoadingRecord(context);
      const sheets = context.workbook.worksheets;
      sheets.load('items/id, items/name');
      await context.sync();
      if (start.index.isNullObject && start.legacy.isNullObject) return 0;
      const record = await loadRecord(context, start, limits);
      const sheetsNow = lookup(sheets);
      // A cell can be in two parts (highlighted again, and that stopped halfway): counted once.
      const cells = new Set(record.fills.map((f) => cellKey(sheetOf(sheetsNow, f)?.name ?? f.sheetName, f.row, f.col)));
      const batches = chunks(restores(record.fills, sheetsNow), limits.perSync);
      for (let i = 0; i < Math.max(1, batches.length); i++) {
        for (const r of batches[i] ?? []) restore(r);
        if (i >= batches.length - 1) for (const s of record.settings) s.delete();
        await context.sync();
      }
      return cells.size;
    });
  } catch (error) {
    throw toOfficeActionError(error);
  }
}
