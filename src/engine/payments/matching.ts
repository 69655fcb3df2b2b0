/**
 * How a booking finds its intervention, in order of evidence: the budget sheet's own order or
 * project column; else the mapping the officer keeps on the sheet "NPO Koppeling" (code →
 * intervention); else the intervention's code or exact name, as a payments sheet writes them.
 * A ledger knows an intervention only by the order or project it was booked on, so the first two
 * are what make a ledger export reconcile at all.
 */
import { cellAt, cellText, isBlank, type SheetSnapshot, type WorkbookSnapshot } from '../grid';
import type { BudgetModel, Intervention } from '../model';
import { normalise } from '../text';
import { MAPPING_HEADER, MAPPING_INTRO, MAPPING_SHEET, MAPPING_TITLE } from '../words/sheets';
import type { MatchMethod } from './model';
import { samePartner } from './partners';

export { MAPPING_HEADER, MAPPING_SHEET };
/** Title, explanation, blank line, then the header. */
export const MAPPING_HEADER_ROW = 3;

/** Words of a budget sheet's or mapping sheet's order or project column. */
const ORDER_HEADER =
  /^(order|ordernummer|ordernr|ordercode|order nr|order nummer|projectcode|projectnummer|projectnr|project code|project nr|project nummer|kostendrager|code|grootboekcode)$/;
const INTERVENTION_HEADER =
  /^(interventie|interventienummer|interventienr|interventiecode|maatregel|nr|nummer|intervention)$/;

/** A code as a key: case, spaces, dots and dashes never tell two order numbers apart. */
export const codeKey = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s.\-_/]+/g, '');
const exactKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** One cell may hold several codes: "7001, 7002" or "7001 / 7002". */
function codesIn(text: string): string[] {
  return text
    .split(/[;,|]|\s\/\s|\sen\s/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

export function isMappingSheet(sheet: SheetSnapshot): boolean {
  return normalise(sheet.name) === normalise(MAPPING_SHEET);
}

/** The budget sheet's order or project column, found in its header row(s). */
function budgetOrderColumn(
  workbook: WorkbookSnapshot,
  model: BudgetModel,
): { sheet: SheetSnapshot; col: number } | undefined {
  const sheet = workbook.sheets.find((s) => s.name === model.sheet);
  if (!sheet) return undefined;
  const headerRows = new Set([model.headerRow, ...model.tables.map((t) => t.headerRow)]);
  for (const row of headerRows) {
    const cells = sheet.rows[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const cell = cellAt(sheet, row, col);
      // "Code" alone is the intervention's own number in a budget sheet; only order words count here.
      if (cell?.kind === 'text' && ORDER_HEADER.test(normalise(cell.value)) && normalise(cell.value) !== 'code')
        return { sheet, col };
    }
  }
  return undefined;
}

export interface MappingLine {
  readonly row: number;
  readonly code: string;
  readonly interventionText: string;
}

/** The lines of the sheet "NPO Koppeling" that name an intervention; lines still to be filled are skipped. */
export function readMapping(workbook: WorkbookSnapshot): { sheet?: string; lines: ReadonlyArray<MappingLine> } {
  const sheet = workbook.sheets.find(isMappingSheet);
  if (!sheet) return { lines: [] };
  let header: { row: number; code: number; intervention: number } | undefined;
  for (let row = 0; row < Math.min(sheet.rows.length, 20) && !header; row++) {
    const cells = sheet.rows[row] ?? [];
    let code: number | undefined;
    let intervention: number | undefined;
    for (let col = 0; col < cells.length; col++) {
      const cell = cellAt(sheet, row, col);
      if (cell?.kind !== 'text') continue;
      const key = normalise(cell.value);
      if (code === undefined && ORDER_HEADER.test(key)) code = col;
      else if (intervention === undefined && INTERVENTION_HEADER.test(key)) intervention = col;
    }
    if (code !== undefined && intervention !== undefined) header = { row, code, intervention };
  }
  if (!header) return { sheet: sheet.name, lines: [] };
  const lines: MappingLine[] = [];
  for (let row = header.row + 1; row < sheet.rows.length; row++) {
    const code = cellAt(sheet, row, header.code);
    const target = cellAt(sheet, row, header.intervention);
    if (isBlank(code) || isBlank(target) || code?.kind === 'error' || target?.kind === 'error') continue;
    lines.push({ row, code: cellText(code).trim(), interventionText: cellText(target).trim() });
  }
  return { sheet: sheet.name, lines };
}

export interface Match {
  readonly intervention: Intervention;
  readonly method: MatchMethod;
}

export type Matcher = (texts: ReadonlyArray<string>, partner: string | undefined) => Match | undefined;

function add<K>(map: Map<K, Intervention[]>, key: K, i: Intervention): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(i)) list.push(i);
  } else map.set(key, [i]);
}

/**
 * The matcher for one check. `texts` are what the booking names, best first (its order code, then
 * its Interventie text); each way of matching is tried on all of them before the next way.
 * Several interventions under one key (Hilversum's block 7-9, one row per partner) are told apart
 * by the booking's partner; without a match on partner the first of them is taken, and the
 * partner rule then says the partner differs.
 */
export function bookingMatcher(
  model: BudgetModel,
  workbook: WorkbookSnapshot,
  mapping: ReadonlyArray<MappingLine>,
): Matcher {
  const byCode = new Map<string, Intervention[]>();
  const byName = new Map<string, Intervention[]>();
  for (const i of model.interventions) {
    if (i.code !== undefined) add(byCode, exactKey(i.code), i);
    add(byName, exactKey(i.name), i);
  }
  const direct = (text: string): Intervention[] | undefined => byCode.get(exactKey(text)) ?? byName.get(exactKey(text));

  const byOrder = new Map<string, Intervention[]>();
  const orderColumn = budgetOrderColumn(workbook, model);
  if (orderColumn) {
    for (const i of model.interventions) {
      for (const code of codesIn(cellText(cellAt(orderColumn.sheet, i.row, orderColumn.col))))
        add(byOrder, codeKey(code), i);
    }
  }
  const byMapping = new Map<string, Intervention[]>();
  for (const line of mapping) {
    for (const i of direct(line.interventionText) ?? []) add(byMapping, codeKey(line.code), i);
  }

  const ways: ReadonlyArray<readonly [MatchMethod, (text: string) => Intervention[] | undefined]> = [
    ['order-column', (t) => byOrder.get(codeKey(t))],
    ['koppeling', (t) => byMapping.get(codeKey(t))],
    ['code', (t) => byCode.get(exactKey(t))],
    ['name', (t) => byName.get(exactKey(t))],
  ];
  return (texts, partner) => {
    for (const [method, find] of ways) {
      for (const text of texts) {
        if (text === '') continue;
        const candidates = find(text);
        if (candidates)
          return {
            intervention: candidates.find((i) => samePartner(partner, i.partner) === true) ?? candidates[0]!,
            method,
          };
      }
    }
    return undefined;
  };
}

/** A code to add to the mapping sheet: what the pane lists under "niet gekoppeld". */
export interface MappingCandidate {
  readonly code: string;
  readonly bookings: number;
  readonly cents: number;
  readonly description?: string;
}

/**
 * The rows to append to the mapping sheet: every candidate whose code it does not list yet, the
 * Interventie cell left empty for the officer to fill in. Amounts as euros (a number), so the
 * sheet can add them up.
 */
export function mappingRowsToAdd(
  candidates: ReadonlyArray<MappingCandidate>,
  listed: ReadonlyArray<string>,
): Array<Array<string | number>> {
  const known = new Set(listed.map(codeKey));
  return candidates
    .filter((c) => c.code !== '' && !known.has(codeKey(c.code)))
    .map((c) => [c.code, '', c.bookings, c.cents / 100, c.description ?? '']);
}

/** The mapping sheet's first rows, as the pane writes it: title, explanation, blank, header. */
export function mappingSheetHead(): Array<Array<string>> {
  const pad = (row: string[]): string[] => [...row, ...Array<string>(MAPPING_HEADER.length - row.length).fill('')];
  return [pad([MAPPING_TITLE]), pad([MAPPING_INTRO]), pad([]), [...MAPPING_HEADER]];
}
