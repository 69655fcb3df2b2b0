/**
 * Carries out an output plan in the open workbook. Tabs are first written under temporary names;
 * only when every one of them is complete are the add-in's old tabs removed and the new ones
 * renamed, so a failure leaves the workbook as it was (and should Excel apply only the start of
 * that last request, the swap is completed). A user's sheet is never overwritten or deleted, even
 * one with a tab's name: the add-in recognises its own tabs by the marker each carries, or by the
 * ids it recorded in the workbook's settings, and writes beside a same-named sheet of the user's.
 */
import { placeTabs } from '../engine/plan/names';
import type { OutputPlan, PlanSheet } from '../engine/plan/types';
import type { ValidPlan } from '../engine/plan/validate';
import { isOwnTabName, temporaryTabName, WIJZIGINGEN_SHEET } from '../engine/plan/words';
import { OfficeActionError, toOfficeActionError } from './errors';
import { MAX_REQUEST_BYTES, operationBytes, type ExcelRun } from './run';
import { pageLayoutChunk } from './page-layout';
import { writeSheetContent } from './write-sheet';

export { freeName } from '../engine/plan/names';

export const TABS_SETTING = 'npo-budget-checker.tabs';
/** The custom property (ExcelApi 1.12) every tab carries; it survives renames and reopening. */
export const TAB_MARKER_KEY = 'npo-budget-checker';

/** Which optional requirement sets this Excel has (asked once with isSetSupported). */
export interface OptionalApis {
  /** ExcelApi 1.12: worksheet custom properties, the marker that survives reopening. */
  readonly customProperties: boolean;
  /** ExcelApi 1.9: fill.pattern, which tells "no fill" from a white fill. */
  readonly fillPattern: boolean;
  /** ExcelApi 1.8: data validation, for the goal drop-down of a new budget sheet. */
  readonly dataValidation: boolean;
  /** ExcelApi 1.9: `getSpecialCells`, for the hidden rows of a sheet that mixes hidden and shown ones. */
  readonly visibleCells: boolean;
  /** ExcelApi 1.13: `getMergedAreas`, for goals and names merged over their rows. */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.9: `Worksheet.pageLayout`, so the tabs print landscape, one page wide, with a footer. */
  readonly pageLayout: boolean;
}

/**
 * The fallback marker for Excel without custom properties: the ids of the tabs, kept in the
 * workbook's settings. Sheet ids can change when a workbook is reopened; tabs not recognised then
 * are treated as the user's, so they are kept and the new tabs are written beside them.
 */
interface TabsRecord {
  readonly marker: string;
  readonly sheetIds: ReadonlyArray<string>;
}

export interface WriteResult {
  /** The names the tabs got (a tab whose name a user's sheet has gets a suffix). */
  readonly sheets: ReadonlyArray<string>;
  readonly syncs: number;
}

function readRecord(value: unknown): TabsRecord | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<TabsRecord>;
    return Array.isArray(parsed.sheetIds) && typeof parsed.marker === 'string'
      ? { marker: parsed.marker, sheetIds: parsed.sheetIds }
      : undefined;
  } catch {
    // A record that is not ours to read means we know of no tabs of ours: we then touch nothing.
    return undefined;
  }
}

/** Workbooks with more sheets than this are refused rather than read in several rounds. */
const SHEETS_PER_SYNC = 255;

interface ExistingSheet {
  readonly sheet: Excel.Worksheet;
  readonly ours: boolean;
  readonly tables: ReadonlyArray<string>;
}

/**
 * Every sheet with its name, id, tables and marker in one sync, walking getFirst /
 * getNextOrNullObject (listing the collection first would cost a sync of its own).
 */
async function readExisting(
  context: Excel.RequestContext,
  apis: OptionalApis,
  knownIds: () => ReadonlySet<string>,
): Promise<ExistingSheet[]> {
  const found: Array<{ sheet: Excel.Worksheet; marker?: Excel.WorksheetCustomProperty }> = [];
  let sheet = context.workbook.worksheets.getFirst();
  for (let i = 0; i < SHEETS_PER_SYNC; i++) {
    sheet.load('name, id');
    sheet.tables.load('items/name');
    const marker = apis.customProperties ? sheet.customProperties.getItemOrNullObject(TAB_MARKER_KEY) : undefined;
    found.push({ sheet, marker });
    sheet = sheet.getNextOrNullObject();
  }
  await context.sync();
  const ids = knownIds();
  const existing: ExistingSheet[] = [];
  for (const { sheet: s, marker } of found) {
    if (s.isNullObject) return existing;
    // Ids are only stable within a session: a workbook opened again numbers its sheets anew, so a
    // recorded id can come back on a user's sheet. An id counts only for a sheet named like a tab.
    const marked = marker !== undefined && !marker.isNullObject;
    existing.push({
      sheet: s,
      ours: marked || (ids.has(s.id) && looksLikeOwnTab(s.name)),
      tables: s.tables.items.map((t) => t.name),
    });
  }
  throw new OfficeActionError('too-many-sheets', String(SHEETS_PER_SYNC));
}

/** "NPO Wijzigingen", also with the " (2)" a user's sheet of that name makes it take. */
export function isWijzigingenTab(name: string): boolean {
  return new RegExp(`^${WIJZIGINGEN_SHEET}( \\(\\d+\\))?$`).test(name);
}

/**
 * The add-in's tabs a plan replaces by default: all but "NPO Wijzigingen", which comparing versions
 * writes on its own (writing the overview keeps it, writing the comparison keeps the overview).
 */
export function replacesCheckTabs(name: string): boolean {
  return !isWijzigingenTab(name);
}

/**
 * Writes the plan's tabs. The plan was validated where the engine made it (a ValidPlan; one that was
 * not does not compile here), so a name Excel would refuse cannot fail halfway through a batch.
 */
export async function writeTabs(
  run: ExcelRun,
  plan: ValidPlan,
  apis: OptionalApis,
  maxRequestBytes = MAX_REQUEST_BYTES,
  replaces: (name: string) => boolean = replacesCheckTabs,
): Promise<WriteResult> {
  let syncs = 0;
  try {
    return await run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(TABS_SETTING);
      setting.load('value');
      const existing = await readExisting(
        context,
        apis,
        () => new Set(readRecord(setting.isNullObject ? undefined : setting.value)?.sheetIds ?? []),
      );
      syncs += 1;

      const missing = missingLinkedSheet(plan, existing);
      if (missing !== undefined) throw new OfficeActionError('sheet-missing', missing);

      const ours = existing.filter((e) => e.ours && replaces(e.sheet.name));
      // The add-in's other tabs stay, and keep their names, like a user's sheet.
      const kept = existing.filter((e) => e.ours && !replaces(e.sheet.name));
      const staying = existing.filter((e) => !ours.includes(e));
      const finalPlan = placeTabs(plan, {
        sheets: staying.map((e) => e.sheet.name),
        tables: staying.flatMap((e) => e.tables),
      });

      const stamp = Date.now().toString(36).slice(-5);
      const written: Excel.Worksheet[] = [];
      try {
        syncs += await writeUnderTemporaryNames(
          context,
          finalPlan.sheets,
          stamp,
          written,
          apis,
          plan.marker,
          maxRequestBytes,
        );
      } catch (error) {
        await removeQuietly(
          context,
          finalPlan.sheets.map((_, i) => temporaryTabName(i, stamp)),
        );
        throw error;
      }

      for (const old of ours) old.sheet.delete();
      finalPlan.sheets.forEach((planSheet, i) => {
        const sheet = written[i]!;
        sheet.name = planSheet.name;
        planSheet.tables.forEach((table) => {
          sheet.tables.getItem(temporaryTableName(table.name, stamp)).name = table.name;
        });
      });
      const record: TabsRecord = {
        marker: plan.marker,
        sheetIds: [...kept.map((k) => k.sheet.id), ...written.map((s) => s.id)],
      };
      context.workbook.settings.add(TABS_SETTING, JSON.stringify(record));
      try {
        await context.sync();
        syncs += 1;
      } catch (error) {
        const settled = await settleSwap(
          context,
          ours.map((o) => o.sheet.id),
          written.map((w) => w.id),
          finalPlan.sheets,
          stamp,
          record,
        );
        if (!settled) throw error;
        syncs += settled;
      }
      return { sheets: finalPlan.sheets.map((s) => s.name), syncs };
    });
  } catch (error) {
    throw toOfficeActionError(error, { structure: true });
  }
}

function looksLikeOwnTab(name: string): boolean {
  return isOwnTabName(name) || /^NPO tijdelijk \d+ [0-9a-z]+$/.test(name);
}

/**
 * The user's sheets the plan links to (the checked sheet, the payments sheet). Tabs written after
 * one of them was deleted or renamed would link to nowhere: the check has to be done again first.
 */
function missingLinkedSheet(plan: OutputPlan, existing: ReadonlyArray<ExistingSheet>): string | undefined {
  const own = new Set(plan.sheets.map((s) => s.name));
  const present = new Set(existing.map((e) => e.sheet.name.toLowerCase()));
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      if (cell.link && !own.has(cell.link.sheet) && !present.has(cell.link.sheet.toLowerCase())) return cell.link.sheet;
    }
  }
  return undefined;
}

export function temporaryTableName(name: string, stamp: string): string {
  return `${name}_${stamp}`;
}

/** Adds and fills the tabs, syncing whenever the queued writes approach the request limit. */
async function writeUnderTemporaryNames(
  context: Excel.RequestContext,
  planSheets: ReadonlyArray<PlanSheet>,
  stamp: string,
  written: Excel.Worksheet[],
  apis: OptionalApis,
  marker: string,
  maxRequestBytes: number,
): Promise<number> {
  let syncs = 0;
  let queued = 0;
  const flush = async (): Promise<void> => {
    await context.sync();
    syncs += 1;
    queued = 0;
  };
  for (const [i, planSheet] of planSheets.entries()) {
    const name = temporaryTabName(i, stamp);
    const sheetBytes =
      operationBytes(name) +
      operationBytes(['id']) +
      (apis.customProperties ? operationBytes([TAB_MARKER_KEY, marker]) : 0);
    if (queued > 0 && queued + sheetBytes > maxRequestBytes) await flush();
    const sheet = context.workbook.worksheets.add(name);
    sheet.load('id');
    if (apis.customProperties) sheet.customProperties.add(TAB_MARKER_KEY, marker);
    queued += sheetBytes;
    written.push(sheet);
    for (const chunk of writeSheetContent(
      sheet,
      planSheet,
      (name) => temporaryTableName(name, stamp),
      maxRequestBytes,
    )) {
      if (queued > 0 && queued + chunk.bytes > maxRequestBytes) await flush();
      chunk.queue();
      queued += chunk.bytes;
    }
    if (apis.pageLayout && planSheet.pageLayout) {
      const chunk = pageLayoutChunk(sheet, planSheet.pageLayout);
      if (queued > 0 && queued + chunk.bytes > maxRequestBytes) await flush();
      chunk.queue();
      queued += chunk.bytes;
    }
  }
  await flush();
  return syncs;
}

/**
 * After the request that swaps old tabs for new ones failed. Excel may have applied its start:
 * some old tabs deleted, some new ones renamed. Then the swap is completed, so the workbook holds
 * one complete set of tabs; when nothing of it took effect, the new tabs are removed and the old
 * ones stay as they were. Returns the syncs it took when the new tabs are in place, else 0.
 */
async function settleSwap(
  context: Excel.RequestContext,
  oldIds: ReadonlyArray<string>,
  newIds: ReadonlyArray<string>,
  planSheets: ReadonlyArray<PlanSheet>,
  stamp: string,
  record: TabsRecord,
): Promise<number> {
  try {
    const sheets = context.workbook.worksheets;
    const olds = oldIds.map((id) => sheets.getItemOrNullObject(id));
    const news = newIds.map((id) => sheets.getItemOrNullObject(id).load('name'));
    const tables = planSheets.flatMap((p) =>
      p.tables.map((t) => ({
        name: t.name,
        table: context.workbook.tables.getItemOrNullObject(temporaryTableName(t.name, stamp)),
      })),
    );
    await context.sync();
    const started =
      olds.some((o) => o.isNullObject) || news.some((n, i) => !n.isNullObject && n.name === planSheets[i]!.name);
    if (!started) {
      for (const n of news) if (!n.isNullObject) n.delete();
      await context.sync();
      return 0;
    }
    for (const o of olds) if (!o.isNullObject) o.delete();
    news.forEach((n, i) => {
      if (!n.isNullObject && n.name !== planSheets[i]!.name) n.name = planSheets[i]!.name;
    });
    for (const { name, table } of tables) if (!table.isNullObject) table.name = name;
    context.workbook.settings.add(TABS_SETTING, JSON.stringify(record));
    await context.sync();
    return 2;
  } catch (settleError) {
    // Where Excel has custom properties, what stays behind carries the add-in's marker and the
    // next write replaces it; the error the user sees is the original one.
    console.warn('NPO-controle: tabbladen konden niet worden afgerond of opgeruimd', settleError);
    return 0;
  }
}

/**
 * Best effort after a failed write: remove the temporary tabs that did get made (Excel may have
 * applied part of the failed request). The error the user sees is the original one, not this.
 */
async function removeQuietly(context: Excel.RequestContext, names: ReadonlyArray<string>): Promise<void> {
  if (names.length === 0) return;
  try {
    const made = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const sheet of made) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch (cleanupError) {
    // A temporary tab that stays behind is named "NPO tijdelijk …" and holds only the add-in's
    // own output; the developer console says why it stayed.
    console.warn('NPO-controle: tijdelijke tabbladen konden niet worden opgeruimd', cleanupError);
  }
}
