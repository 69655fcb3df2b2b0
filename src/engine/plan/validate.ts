/**
 * What Excel would refuse in a plan, found once, where the engine makes the plan (buildOutputPlan,
 * wijzigingenPlan), before either adapter writes anything: Office.js would fail halfway through a
 * batch, ExcelJS would truncate a name or throw a bare message. A plan the engine makes always
 * passes; a failure here is the checker's own bug, named precisely.
 *
 * The type system keeps it to once: `validatePlan` returns the plan as a `ValidPlan`, and the
 * adapters' writers take nothing else, so a plan that was never validated does not compile there.
 */
import { address } from '../grid';
import type { OutputPlan, PlanCell, PlanSheet, PlanTable } from './types';

export type PlanProblem =
  | 'sheet-name-empty'
  | 'sheet-name-too-long'
  | 'sheet-name-characters'
  | 'sheet-name-quote'
  | 'sheet-name-reserved'
  | 'sheet-name-taken'
  | 'table-name'
  | 'table-name-taken'
  | 'table-no-data'
  | 'table-header'
  | 'checked-sheet-missing'
  | 'highlight-sheet';

/** A plan no adapter can carry out faithfully; `subject` names the sheet, table or cell. */
export class PlanError extends Error {
  constructor(
    readonly problem: PlanProblem,
    readonly subject: string,
  ) {
    super(`${problem}: ${subject}`);
    this.name = 'PlanError';
  }
}

export const MAX_SHEET_NAME = 31;
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;
/** Excel table names: a letter, `_` or `\` first, then letters, digits, `_`, `.`, `\`; never a cell address. */
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** Only `validatePlan` gives a plan this brand; it exists in the types alone, not at run time. */
declare const validated: unique symbol;

/**
 * A plan `validatePlan` has passed: the only kind the adapters write. A spread copy keeps the brand
 * in the types, so a copy with other sheets has to go through `validatePlan` again.
 */
export type ValidPlan = OutputPlan & { readonly [validated]: true };

/**
 * Throws a PlanError for the first thing in the plan Excel would not take; else returns the same
 * plan, typed as one that passed.
 */
export function validatePlan(plan: OutputPlan): ValidPlan {
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    assertSheetName(sheet.name);
    if (sheetNames.has(sheet.name.toLowerCase())) throw new PlanError('sheet-name-taken', sheet.name);
    sheetNames.add(sheet.name.toLowerCase());
    for (const table of sheet.tables) {
      assertTable(sheet, table);
      if (tableNames.has(table.name.toLowerCase())) throw new PlanError('table-name-taken', table.name);
      tableNames.add(table.name.toLowerCase());
    }
  }
  return plan as ValidPlan;
}

function assertSheetName(name: string): void {
  if (name.trim() === '') throw new PlanError('sheet-name-empty', name);
  if (name.length > MAX_SHEET_NAME) throw new PlanError('sheet-name-too-long', name);
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) throw new PlanError('sheet-name-characters', name);
  if (name.startsWith("'") || name.endsWith("'")) throw new PlanError('sheet-name-quote', name);
  if (name.toLowerCase() === 'history') throw new PlanError('sheet-name-reserved', name);
}

function assertTable(sheet: PlanSheet, table: PlanTable): void {
  if (!TABLE_NAME.test(table.name) || LOOKS_LIKE_CELL.test(table.name)) throw new PlanError('table-name', table.name);
  if (table.lastRow <= table.headerRow) throw new PlanError('table-no-data', table.name);
  tableHeaders(sheet, table);
}

/**
 * The table's column names: Excel requires every column to have a distinct, non-empty header of
 * plain text (a link would make the header a formula, which a table header cannot be).
 */
export function tableHeaders(sheet: PlanSheet, table: PlanTable): string[] {
  const header = new Map<number, PlanCell>();
  for (const c of sheet.cells) if (c.row === table.headerRow) header.set(c.col, c);
  const names: string[] = [];
  const seen = new Set<string>();
  for (let col = table.firstCol; col <= table.lastCol; col++) {
    const cell = header.get(col);
    if (cell?.content.kind !== 'text' || cell.content.text.trim() === '' || cell.link) {
      throw new PlanError('table-header', `${table.name} ${address(table.headerRow, col)}`);
    }
    const name = cell.content.text;
    if (seen.has(name.toLowerCase())) throw new PlanError('table-header', `${table.name} ‘${name}’`);
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
