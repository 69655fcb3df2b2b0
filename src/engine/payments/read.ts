/**
 * Reads the rows of a payments sheet or ledger export into payments: the date as a day serial, the
 * amount by the engine's amount rules (debit/credit and VAT as `ledger.ts` says), the intervention
 * matched as `matching.ts` says, and how.
 */
import { parseDateText, serialFromNumber } from '../dates';
import { cellAt, cellText, isBlank, type Cell, type SheetSnapshot, type WorkbookSnapshot } from '../grid';
import { isTotalLabel, leadingText } from '../layout/labels';
import type { BudgetModel } from '../model';
import { normalise } from '../text';
import { amountBasis, dateFromPeriod, kindFromDescription, ledgerAmount } from './ledger';
import { bookingMatcher, isMappingSheet, type MappingLine } from './matching';
import type {
  DateReading,
  Payment,
  PaymentColumns,
  PaymentKind,
  PaymentsSheet,
  PaymentStatus,
  VatChoice,
} from './model';

export function readDate(cell: Cell | undefined): DateReading {
  if (cell === undefined || isBlank(cell)) return { kind: 'unreadable', text: '', reason: 'empty' };
  switch (cell.kind) {
    case 'number': {
      const serial = serialFromNumber(cell.value);
      return serial !== undefined
        ? { kind: 'date', serial }
        : { kind: 'unreadable', text: cellText(cell), reason: 'number' };
    }
    case 'text': {
      const serial = parseDateText(cell.value);
      return serial !== undefined
        ? { kind: 'date', serial }
        : { kind: 'unreadable', text: cell.value.trim(), reason: 'text' };
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
  ['vaststelling', /^(vaststelling|eindafrekening|afrekening|nabetaling|settlement)$/],
  ['terugvordering', /^(terugvordering|terugbetaling|terugontvangst|recovery)$/],
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

export interface ReadPaymentsContext {
  /** The workbook, for the budget sheet's order column and the mapping sheet. */
  readonly workbook: WorkbookSnapshot;
  readonly mapping: ReadonlyArray<MappingLine>;
  readonly vat: VatChoice;
}

export function readPayments(
  sheet: SheetSnapshot,
  headerRow: number,
  columns: PaymentColumns,
  model: BudgetModel,
  context: ReadPaymentsContext,
): PaymentsSheet {
  const match = bookingMatcher(model, context.workbook, context.mapping);
  const basis = amountBasis(columns, context.vat);
  const payments: Payment[] = [];
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  const amountCols = [columns.amount, columns.debit, columns.credit, columns.amountExcl, columns.amountIncl];
  // A row is a payment when it has any of these; a line holding only a remark is not.
  const essential = [columns.number, columns.date, columns.partner, columns.intervention, ...amountCols].filter(
    (c): c is number => c !== undefined,
  );
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row];
    if (!cells || essential.every((c) => isBlank(cellAt(sheet, row, c)))) continue;
    const date = dateFromPeriod(sheet, row, columns) ?? readDate(cellAt(sheet, row, columns.date));
    const lead = leadingText(sheet, row, lastCol);
    // A total line under the payments ("Totaal", with a SUM) is no payment.
    if (lead && isTotalLabel(lead.text) && date.kind !== 'date') continue;

    const number = textAt(sheet, row, columns.number);
    const partner = textAt(sheet, row, columns.partner);
    const interventionText = textAt(sheet, row, columns.intervention);
    const secondary = textAt(sheet, row, columns.secondary);
    const amount = ledgerAmount(sheet, row, columns, basis);
    const kindText = textAt(sheet, row, columns.kind);
    const description = textAt(sheet, row, columns.description);
    const kind = kindText !== '' ? readKind(kindText) : kindFromDescription(normalise(description));
    // A credit note or a recovery is money coming back, whichever sign the ledger gives it.
    const cents =
      (kind === 'creditnota' || kind === 'terugvordering') && amount.cents > 0 ? -amount.cents : amount.cents;
    const statusText = textAt(sheet, row, columns.status);
    const found = match([interventionText, secondary], partner === '' ? undefined : partner);
    payments.push({
      row,
      ...(number !== '' ? { number } : {}),
      date,
      ...(partner !== '' ? { partner } : {}),
      interventionText: interventionText !== '' ? interventionText : secondary,
      ...(found ? { intervention: found.intervention, matchedBy: found.method } : {}),
      amount: amount.reading,
      amountCol: amount.col,
      ...(amount.stored !== undefined ? { stored: amount.stored } : {}),
      cents,
      ...(kind !== undefined ? { kind } : {}),
      ...(kindText !== '' ? { kindText } : {}),
      status: readStatus(statusText),
      ...(description !== '' ? { description } : {}),
    });
  }
  const mappingSheet = context.workbook.sheets.find(isMappingSheet)?.name;
  return {
    sheet: sheet.name,
    headerRow,
    columns,
    basis,
    ...(mappingSheet !== undefined ? { mappingSheet } : {}),
    payments,
  };
}
