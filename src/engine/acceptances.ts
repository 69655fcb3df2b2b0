/**
 * Accepted findings: a controller explains a finding once ("bewust overschreden, besluit B&W
 * 12-3-2024") and it stops counting. Acceptances live in the workbook itself, on the add-in's
 * sheet "NPO Acceptaties", so they travel with the file and the command line honours them too.
 *
 * A finding is recognised by its fingerprint: the rule, what it is about (the intervention code,
 * else its name; a total's label; a payment's number) and which amount (begroot, benut, a goal's
 * column). Row numbers are left out on purpose, so inserting or deleting rows above a finding does
 * not lose its acceptance.
 */
import { isoDate, LAST_SERIAL } from './dates';
import type { AcceptedFinding, Finding, RawFinding } from './findings';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from './grid';
import type { BudgetModel } from './model';
import { fingerprintParts } from './rules';
import type { Subject } from './rules/rule';
import { normalise } from './text';
import { ACCEPTANCES_HEADER, ACCEPTANCES_NOTE, ACCEPTANCES_SHEET, ACCEPTANCES_TITLE } from './words/sheets';

export { ACCEPTANCES_HEADER, ACCEPTANCES_NOTE, ACCEPTANCES_SHEET, ACCEPTANCES_TITLE };
/** 0-based row of the header on the sheet: title, note, empty row, header. */
export const ACCEPTANCES_HEADER_ROW = 3;

export interface Acceptance {
  readonly fingerprint: string;
  readonly reason: string;
  /** ISO date (`2024-03-12`) the finding was accepted. */
  readonly acceptedOn: string;
  /** The finding's message when it was accepted, so a reader sees what was accepted. */
  readonly message?: string;
}

/** The acceptances of a workbook as read, with the sheet they were read from. */
export interface AcceptanceList {
  readonly sheet?: string;
  readonly acceptances: ReadonlyArray<Acceptance>;
}

/**
 * The fingerprint without the occurrence number: `RULE|subject|which amount`. Separators inside
 * names are kept as they are; the parts are only ever compared whole. What the finding is about
 * and which amount are declared by each rule's module, typed by its params (rules/rule.ts).
 */
export function baseFingerprint(
  raw: RawFinding,
  model: BudgetModel,
  amountGoal: (row: number, col: number) => number | undefined,
): string {
  const own = fingerprintParts(raw);
  return `${raw.rule}|${subjectOf(raw, own.subject, model)}|${whichAmount(raw, own.which, model, amountGoal)}`;
}

function subjectOf(raw: RawFinding, subject: Subject, model: BudgetModel): string {
  // A payment is known by its own number first: several payments can share an intervention.
  if (subject.kind === 'payment') {
    const payment = subject.payment;
    return `betaling:${payment.number ?? `${normalise(payment.partner ?? '')} ${payment.amount}`}`;
  }
  if (raw.interventionCode !== undefined && raw.interventionCode.trim() !== '') return raw.interventionCode.trim();
  if (raw.sheet === undefined || raw.sheet === model.sheet) {
    const intervention = model.interventions.find((i) => i.row === raw.row);
    if (intervention) return `naam:${normalise(intervention.name)}`;
  }
  if (subject.kind === 'total') return `totaal:${normalise(subject.label)}`;
  if (subject.kind === 'intervention') return `naam:${normalise(subject.name)}`;
  return '';
}

function whichAmount(
  raw: RawFinding,
  declared: string | undefined,
  model: BudgetModel,
  amountGoal: (row: number, col: number) => number | undefined,
): string {
  const field = raw.field ?? declared;
  if (field === undefined) return '';
  const goal = raw.sheet === undefined || raw.sheet === model.sheet ? amountGoal(raw.row, raw.col) : undefined;
  return goal !== undefined ? `${field}:doel ${goal}` : String(field);
}

/**
 * Fingerprints for findings in sheet order. When two findings share one (the same code twice),
 * the later ones get `#2`, `#3`: their order survives inserted rows, their row numbers do not.
 */
export function numberFingerprints(bases: ReadonlyArray<string>): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** Splits findings into those that still count and those accepted; acceptances that matched nothing are kept apart. */
export function applyAcceptances(
  findings: ReadonlyArray<Finding>,
  acceptances: ReadonlyArray<Acceptance>,
): { open: Finding[]; accepted: AcceptedFinding[]; unused: Acceptance[] } {
  const byFingerprint = new Map(acceptances.map((a) => [a.fingerprint, a]));
  const used = new Set<string>();
  const open: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  for (const f of findings) {
    const acceptance = byFingerprint.get(f.fingerprint);
    if (acceptance) {
      used.add(acceptance.fingerprint);
      accepted.push({ ...f, acceptance });
    } else {
      open.push(f);
    }
  }
  return { open, accepted, unused: acceptances.filter((a) => !used.has(a.fingerprint)) };
}

function plainText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return cell.value.trim();
  if (cell.kind === 'number') return String(cell.value);
  return '';
}

/**
 * Whether a sheet is the add-in's acceptances sheet: its name and its title and header as the
 * add-in writes them. A user's sheet that happens to have the name is not read, nor written.
 */
export function isAcceptancesSheet(sheet: SheetSnapshot): boolean {
  if (!/^NPO Acceptaties$/i.test(sheet.name.trim())) return false;
  if (plainText(sheet.rows[0]?.[0]) !== ACCEPTANCES_TITLE) return false;
  const header = sheet.rows[ACCEPTANCES_HEADER_ROW];
  return ACCEPTANCES_HEADER.every((h, c) => plainText(header?.[c]) === h);
}

/** Reads the acceptances of a workbook; one without the sheet has none. */
export function readAcceptances(workbook: WorkbookSnapshot): AcceptanceList {
  const sheet = workbook.sheets.find(isAcceptancesSheet);
  if (!sheet) return { acceptances: [] };
  const acceptances: Acceptance[] = [];
  const seen = new Set<string>();
  for (let r = ACCEPTANCES_HEADER_ROW + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const fingerprint = plainText(row?.[0]);
    // A row without a fingerprint or a reason is not an acceptance: accepting needs a reason.
    const reason = plainText(row?.[4]);
    if (fingerprint === '' || reason === '' || seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const message = plainText(row?.[6]);
    acceptances.push({ fingerprint, reason, acceptedOn: acceptedOnText(row?.[5]), ...(message ? { message } : {}) });
  }
  return { sheet: sheet.name, acceptances };
}

/** The date as written: ISO text, or an Excel date serial someone typed over it (up to 31 December 9999). */
function acceptedOnText(cell: Cell | undefined): string {
  if (cell?.kind === 'number' && Number.isInteger(cell.value) && cell.value > 0 && cell.value <= LAST_SERIAL) {
    return isoDate(cell.value);
  }
  return plainText(cell);
}

/** The list with one more acceptance (replacing an earlier one of the same finding). */
export function withAcceptance(list: ReadonlyArray<Acceptance>, acceptance: Acceptance): Acceptance[] {
  return [...list.filter((a) => a.fingerprint !== acceptance.fingerprint), acceptance];
}

/** The list without the acceptance of one finding: it counts again. */
export function withoutAcceptance(list: ReadonlyArray<Acceptance>, fingerprint: string): Acceptance[] {
  return list.filter((a) => a.fingerprint !== fingerprint);
}

/** The reason a controller gave, tidied; an empty reason is refused by the caller. */
export function tidyReason(reason: string): string {
  return reason.replace(/\s+/g, ' ').trim();
}

/**
 * The sheet's content, every cell as text: written as text (never as a formula, even a reason that
 * starts with "="), read back by {@link readAcceptances}.
 */
export function acceptancesSheetRows(list: ReadonlyArray<Acceptance>): string[][] {
  const width = ACCEPTANCES_HEADER.length;
  const pad = (cells: string[]): string[] => [...cells, ...Array<string>(width - cells.length).fill('')];
  const rows: string[][] = [pad([ACCEPTANCES_TITLE]), pad([ACCEPTANCES_NOTE]), pad([]), [...ACCEPTANCES_HEADER]];
  for (const a of list) {
    const [rule = '', subject = '', which = ''] = a.fingerprint.split('|');
    rows.push([a.fingerprint, rule, subject, which, a.reason, a.acceptedOn, a.message ?? '']);
  }
  return rows;
}
