/**
 * The names the tabs finally get, decided here once for both adapters. A user's sheet is never
 * renamed, overwritten or deleted: where one already has a tab's name (whatever its case), the tab
 * takes Excel's "NPO Overzicht (2)" style, and every link to it follows. The same for table names,
 * which Excel wants unique across the workbook ("NPO_Overzicht_2").
 */
import { MAX_SHEET_NAME, type ValidPlan } from './validate';

/** Excel's longest table name. */
const MAX_TABLE_NAME = 255;

/** A free name next to names already taken (lower-cased): "NPO Overzicht", else "NPO Overzicht (2)", ... */
export function freeName(
  wanted: string,
  taken: ReadonlySet<string>,
  maxLength = MAX_SHEET_NAME,
  separator = ' (%)',
): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = separator.replace('%', String(n));
    const name = `${wanted.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export interface TakenNames {
  /** The sheets that stay in the workbook beside the tabs: the user's, and the add-in's other tabs. */
  readonly sheets: Iterable<string>;
  /** The tables on those sheets. */
  readonly tables?: Iterable<string>;
}

/**
 * The plan with every tab and table under the name it will have beside `taken`, links following.
 * A valid plan stays valid, so it is not validated again: a new name is the start of the old (valid)
 * one and " (n)" or "_n", cut to stay within Excel's length, so it is not empty, not "History", has
 * no quote at either end, no character Excel refuses and does not look like a cell; and every name
 * given joins the taken ones, so the plan's names stay unique. No rule checks the links.
 */
export function placeTabs(plan: ValidPlan, taken: TakenNames): ValidPlan {
  const sheetsTaken = new Set([...taken.sheets].map((n) => n.toLowerCase()));
  const tablesTaken = new Set([...(taken.tables ?? [])].map((n) => n.toLowerCase()));
  const tabNames = new Map<string, string>();
  const tableNames = new Map<string, string>();
  for (const s of plan.sheets) {
    const name = freeName(s.name, sheetsTaken);
    sheetsTaken.add(name.toLowerCase());
    if (name !== s.name) tabNames.set(s.name, name);
    for (const t of s.tables) {
      const tableName = freeName(t.name, tablesTaken, MAX_TABLE_NAME, '_%');
      tablesTaken.add(tableName.toLowerCase());
      if (tableName !== t.name) tableNames.set(t.name, tableName);
    }
  }
  if (tabNames.size === 0 && tableNames.size === 0) return plan;
  // A tab renamed because the checked sheet has its name: links to that name go to the checked
  // sheet (one the plan highlights is the user's too).
  const linkNames = new Map(tabNames);
  for (const source of [...(plan.sourceSheets ?? []), ...plan.highlights.map((h) => h.sheet)]) linkNames.delete(source);
  const rename = (name: string): string => linkNames.get(name) ?? name;
  const placed = {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      name: tabNames.get(s.name) ?? s.name,
      cells: s.cells.map((c) =>
        c.link && linkNames.has(c.link.sheet) ? { ...c, link: { ...c.link, sheet: rename(c.link.sheet) } } : c,
      ),
      tables: s.tables.map((t) => ({ ...t, name: tableNames.get(t.name) ?? t.name })),
    })),
  };
  return placed as ValidPlan;
}
