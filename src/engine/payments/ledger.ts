/**
 * What a ledger export's row counts for. Ledgers write an amount as one signed Bedrag, or as Debet
 * and Credit in two columns (a cost is a debit; a credit is money coming back: a credit note, a
 * recovered advance, a correction), and the VAT as a column of its own or as amounts excl. and
 * incl. VAT.
 *
 * Excl. VAT counts unless asked otherwise: a municipality reclaims the VAT it pays on its own
 * tasks from the BTW-compensatiefonds, so that VAT is no cost charged to the grant. Incl. counts
 * where the municipality bears the VAT itself (it cannot compensate it); the option says so.
 * A ledger's Bedrag beside a BTW column is the net amount: systems book the VAT on an account of
 * its own, which is why the export shows it apart.
 */
import { countedCents, readAmount, type AmountReading } from '../amounts';
import { serialFromCivil } from '../dates';
import { cellAt, cellText, isBlank, type SheetSnapshot } from '../grid';
import type { AmountBasis, DateReading, PaymentColumns, PaymentKind, VatChoice } from './model';

export function amountBasis(columns: PaymentColumns, chosen: VatChoice): AmountBasis {
  const vatColumn = columns.vat !== undefined;
  const hasExcl = columns.amountExcl !== undefined;
  const hasIncl = columns.amountIncl !== undefined;
  if (hasExcl && hasIncl) return { chosen, counted: chosen, source: 'excl-incl', vatColumn };
  if (hasExcl)
    return chosen === 'incl' && !vatColumn
      ? { chosen, counted: 'excl', source: 'excl', vatColumn, fallback: 'no-vat' }
      : { chosen, counted: chosen, source: 'excl', vatColumn };
  if (hasIncl)
    return chosen === 'excl' && !vatColumn
      ? { chosen, counted: 'incl', source: 'incl', vatColumn, fallback: 'no-excl' }
      : { chosen, counted: chosen, source: 'incl', vatColumn };
  const source =
    columns.amount !== undefined && columns.amount !== columns.debit && columns.amount !== columns.credit
      ? 'bedrag'
      : 'debet-credit';
  return vatColumn
    ? { chosen, counted: chosen, source, vatColumn }
    : { chosen, counted: 'as-booked', source, vatColumn };
}

export interface LedgerAmount {
  readonly reading: AmountReading;
  /** The column of the cell read, for findings about it. */
  readonly col: number;
  readonly stored?: number;
  /** Signed cents as counted; 0 when the amount cannot be read. */
  readonly cents: number;
}

function cellAmount(sheet: SheetSnapshot, row: number, col: number | undefined): LedgerAmount | undefined {
  if (col === undefined) return undefined;
  const cell = cellAt(sheet, row, col);
  const reading = readAmount(cell);
  return {
    reading,
    col,
    ...(cell?.kind === 'number' ? { stored: cell.value } : {}),
    cents: countedCents(reading) ?? 0,
  };
}

/** VAT follows the amount's sign: a credit booking's VAT comes back too, however the column writes it. */
function withVat(net: LedgerAmount, vat: LedgerAmount | undefined, sign: 1 | -1): LedgerAmount {
  if (!vat) return net;
  const vatCents = net.cents < 0 && vat.cents > 0 ? -vat.cents : vat.cents;
  return { ...net, cents: net.cents + sign * vatCents };
}

/** The amount a row counts for under `basis`. */
export function ledgerAmount(
  sheet: SheetSnapshot,
  row: number,
  columns: PaymentColumns,
  basis: AmountBasis,
): LedgerAmount {
  const vat = cellAmount(sheet, row, columns.vat);
  switch (basis.source) {
    case 'excl-incl':
      return cellAmount(sheet, row, basis.counted === 'incl' ? columns.amountIncl : columns.amountExcl)!;
    case 'excl': {
      const excl = cellAmount(sheet, row, columns.amountExcl)!;
      return basis.counted === 'incl' ? withVat(excl, vat, 1) : excl;
    }
    case 'incl': {
      const incl = cellAmount(sheet, row, columns.amountIncl)!;
      return basis.counted === 'excl' ? withVat(incl, vat, -1) : incl;
    }
    case 'bedrag': {
      const net = cellAmount(sheet, row, columns.amount)!;
      return basis.counted === 'incl' ? withVat(net, vat, 1) : net;
    }
    case 'debet-credit': {
      const debit = cellAmount(sheet, row, columns.debit);
      const credit = cellAmount(sheet, row, columns.credit);
      // The cell that holds the figure is the one findings point at; a row has one or the other.
      const shown = debit && !isBlank(cellAt(sheet, row, debit.col)) ? debit : (credit ?? debit)!;
      const net = { ...shown, cents: (debit?.cents ?? 0) - (credit?.cents ?? 0) };
      return basis.counted === 'incl' ? withVat(net, vat, 1) : net;
    }
  }
}

/**
 * A ledger without a booking date books by year and period: the last day of the period counts
 * (period 1–12 a month; 13 and later, the closing periods, the last day of the year).
 */
export function dateFromPeriod(sheet: SheetSnapshot, row: number, columns: PaymentColumns): DateReading | undefined {
  if (columns.year === undefined || columns.date !== columns.year) return undefined;
  const year = Number(cellText(cellAt(sheet, row, columns.year)).trim());
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return undefined;
  const periodText = columns.period !== undefined ? cellText(cellAt(sheet, row, columns.period)).trim() : '';
  const period = periodText === '' ? 12 : Number(periodText);
  if (!Number.isInteger(period) || period < 1) return undefined;
  return {
    kind: 'date',
    serial: period >= 12 ? serialFromCivil(year, 12, 31) : serialFromCivil(year, period + 1, 1) - 1,
  };
}

/** Subsidy steps named in a booking's description, when no column says what kind it is. */
const DESCRIBED_KINDS: ReadonlyArray<readonly [PaymentKind, RegExp]> = [
  ['terugvordering', /\b(terugvordering|teruggevorderd|terugbetaling|terugontvangst|terugontvangen|recovery)\b/],
  ['vaststelling', /\b(vaststelling|vastgesteld|eindafrekening|nabetaling|settlement)\b/],
  ['voorschot', /\b(voorschot|voorschotten|bevoorschotting|advance)\b/],
];

export function kindFromDescription(normalisedText: string): PaymentKind | undefined {
  return DESCRIBED_KINDS.find(([, pattern]) => pattern.test(normalisedText))?.[0];
}
