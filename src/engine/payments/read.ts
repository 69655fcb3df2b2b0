/**
 * Reads the rows of a payments sheet into payments: the date as a day serial, the amount by the
 * engine's amount rules, the intervention it names matched to the budget sheet's interventions.
 */
import { countedCents, readAmount } from '../amounts';
import { parseDateText, serialFromNumber } from '../dates';
import { cellAt, cellText, isBlank, type Cell, type SheetSnapshot } from '../grid';
import { isTotalLabel, leadingText } from '../layout/labels';
import type { BudgetModel, Intervention } from '../model';
import { normalise } from '../text';
import type { DateReading, Payment, PaymentColumns, PaymentKind, PaymentsSheet, PaymentStatus } from './model';
import { samePartner } from './partners';

export function readDate(cell: Cell | undefined): DateReading {
  if (cell === undefined || isBlank(cell)) return { kind: 'unreadable', text: '', reason: 'empty' };
  switch (cell.kind) {
    case 'number': {
      const serial = serialFromNumber(cell.value);
      return serial !== undefined ? { kind: 'date', serial } : { kind: 'unreadable', text: cellText(cell), reason: 'number' };
    }
    case 'text': {
      const serial = parseDateText(cell.value);
      return serial !== undefined ? { kind: 'date', serial } : { kind: 'unreadable', text: cell.value.trim(), reason: 'text' };
    }
    case 'boolean':
      return { kind: 'unreadable', text: cellText(cell), reason: 'boolean' };
    case 'error':
      return { kind: 'unreadable', text: cell.value, reason: 'error' };
  }
}

const KIND_WORDS: ReadonlyArray<readonly [PaymentKind, RegExp]> = [
  ['creditnota', /^(credit ?nota|credit ?factuur|credit|credit ?note)$/],
  ['voorschot', /^(voorschot|voorschotten|bevoorschotting|advance)$/],
  ['vaststelling', /^(vaststelling|eindafrekening|afrekening|settlement)$/],
  ['factuur', /^(factuur|facturen|invoice|nota)$/],
];

function readKind(text: string): PaymentKind | undefined {
  const key = normalise(text);
  return KIND_WORDS.find(([, pattern]) => pattern.test(key))?.[0];
}

const OPEN_STATUS = /^(open|openstaand|onbetaald|nee|niet betaald|te betalen|in behandeling|unpaid|no)$/;

/**
 * Status betaald unless the sheet says otherwise. A ledger of payments lists money that went out,
 * so a row without a status is a payment made; "open", "onbetaald", "nee" and the like are open.
 */
function readStatus(text: string): PaymentStatus {
  return OPEN_STATUS.test(normalise(text)) ? 'open' : 'betaald';
}

/** Text of a cell, with numbers as plain digits (an intervention code 16, an invoice number 20230107). */
function textAt(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const cell = cellAt(sheet, row, col);
  if (!cell || cell.kind === 'error') return '';
  return cellText(cell).trim();
}

const exactKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Matches a payment's intervention text to the budget sheet: by code, else by the exact name.
 * Several interventions sharing a code (Hilversum's block 7-9, one row per partner) are told apart
 * by the payment's partner; without a match on partner the first of them is taken, and the
 * partner rule then says the partner differs.
 */
export function interventionMatcher(model: BudgetModel): (text: string, partner: string | undefined) => Intervention | undefined {
  const byCode = new Map<string, Intervention[]>();
  const byName = new Map<string, Intervention[]>();
  const add = (map: Map<string, Intervention[]>, key: string, i: Intervention): void => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  for (const i of model.interventions) {
    if (i.code !== undefined) add(byCode, exactKey(i.code), i);
    add(byName, exactKey(i.name), i);
  }
  return (text, partner) => {
    if (text === '') return undefined;
    const candidates = byCode.get(exactKey(text)) ?? byName.get(exactKey(text));
    if (!candidates) return undefined;
    return candidates.find((i) => samePartner(partner, i.partner) === true) ?? candidates[0];
  };
}

export function readPayments(sheet: SheetSnapshot, headerRow: number, columns: PaymentColumns, model: BudgetModel): PaymentsSheet {
  const match = interventionMatcher(model);
  const payments: Payment[] = [];
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  // A row is a payment when it has any of these; a line holding only a remark is not.
  const essential = [columns.number, columns.date, columns.partner, columns.intervention, columns.amount].filter((c): c is number => c !== undefined);
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row];
    if (!cells || essential.every((c) => isBlank(cellAt(sheet, row, c)))) continue;
    const date = readDate(cellAt(sheet, row, columns.date));
    const lead = leadingText(sheet, row, lastCol);
    // A total line under the payments ("Totaal", with a SUM) is no payment.
    if (lead && isTotalLabel(lead.text) && date.kind !== 'date') continue;

    const number = textAt(sheet, row, columns.number);
    const partner = textAt(sheet, row, columns.partner);
    const interventionText = textAt(sheet, row, columns.intervention);
    const amountCell = cellAt(sheet, row, columns.amount);
    const amount = readAmount(amountCell);
    const kindText = textAt(sheet, row, columns.kind);
    const kind = kindText === '' ? undefined : readKind(kindText);
    const counted = countedCents(amount) ?? 0;
    // A credit note is money coming back, whichever sign the ledger gives it.
    const cents = kind === 'creditnota' && counted > 0 ? -counted : counted;
    const statusText = textAt(sheet, row, columns.status);
    const description = textAt(sheet, row, columns.description);
    payments.push({
      row,
      ...(number !== '' ? { number } : {}),
      date,
      ...(partner !== '' ? { partner } : {}),
      interventionText,
      intervention: match(interventionText, partner === '' ? undefined : partner),
      amount,
      ...(amountCell?.kind === 'number' ? { stored: amountCell.value } : {}),
      cents,
      ...(kind !== undefined ? { kind } : {}),
      ...(kindText !== '' ? { kindText } : {}),
      status: readStatus(statusText),
      ...(description !== '' ? { description } : {}),
    });
  }
  return { sheet: sheet.name, headerRow, columns, payments };
}
