/**
 * Finds the header of a payments sheet: one row per invoice or payment, with a date and an
 * invoice or payment number. Such a sheet is never a budget sheet, even though its "Bedrag" and
 * "Interventie" columns would read as one.
 */
import { cellAt, type SheetSnapshot } from '../grid';
import { HEADER_SEARCH_ROWS } from '../layout/detect';
import { normalise } from '../text';
import type { PaymentColumns } from './model';

type PaymentRole = keyof PaymentColumns;

/**
 * Header words per column, matched on whole words. When a header has words of several roles the
 * role listed first wins: "Datum betaling" is a date, "Nummer interventie" names the intervention.
 */
const ROLE_WORDS: ReadonlyArray<readonly [PaymentRole, ReadonlyArray<string>]> = [
  ['date', ['datum', 'factuurdatum', 'betaaldatum', 'betalingsdatum', 'boekdatum', 'boekingsdatum', 'date']],
  ['intervention', ['interventie', 'interventienummer', 'interventienr', 'interventiecode', 'maatregel', 'activiteit', 'project', 'intervention', 'measure']],
  ['number', ['factuurnummer', 'factuurnr', 'nummer', 'kenmerk', 'betalingskenmerk', 'betaalkenmerk', 'boekstuk', 'boekstuknummer', 'documentnummer', 'invoice', 'reference']],
  ['partner', ['crediteur', 'crediteurnaam', 'partner', 'leverancier', 'subsidieontvanger', 'ontvanger', 'uitvoerder', 'creditor', 'supplier', 'payee']],
  ['amount', ['bedrag', 'factuurbedrag', 'betaalbedrag', 'bedragen', 'amount']],
  ['kind', ['type', 'soort', 'boekingssoort', 'betaalsoort', 'documentsoort']],
  ['status', ['status', 'betaalstatus', 'betaald', 'paid']],
  ['description', ['omschrijving', 'toelichting', 'opmerking', 'opmerkingen', 'description', 'notes', 'memo']],
];

const WORD_ROLE = new Map<string, PaymentRole>();
const ROLE_RANK = new Map<PaymentRole, number>();
ROLE_WORDS.forEach(([role, list], rank) => {
  ROLE_RANK.set(role, rank);
  for (const w of list) WORD_ROLE.set(w, role);
});

function roleOf(text: string): PaymentRole | undefined {
  const tokens = normalise(text).split(' ').filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 6) return undefined;
  // "Factuur nr" and "Invoice no." are the number, written in two words.
  if (tokens.includes('factuur') && tokens.some((t) => t === 'nr' || t === 'nummer' || t === 'no')) return 'number';
  let best: PaymentRole | undefined;
  for (const token of tokens) {
    const role = WORD_ROLE.get(token);
    if (role && (best === undefined || ROLE_RANK.get(role)! < ROLE_RANK.get(best)!)) best = role;
  }
  return best;
}

export interface PaymentsHeader {
  readonly row: number;
  /** Undefined roles are columns the sheet does not have. */
  readonly found: Partial<Record<PaymentRole, number>>;
  /** The columns a reconciliation needs (date, intervention, amount) are all there. */
  readonly usable: boolean;
  readonly score: number;
}

/**
 * The best header row with a date column and an invoice or payment number column, or undefined.
 * Only a header with those two marks the sheet as payments: a budget sheet has no date per row.
 */
export function detectPaymentsHeader(sheet: SheetSnapshot): PaymentsHeader | undefined {
  let best: PaymentsHeader | undefined;
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const width = sheet.rows[row]?.length ?? 0;
    const found: Partial<Record<PaymentRole, number>> = {};
    for (let col = 0; col < width; col++) {
      const cell = cellAt(sheet, row, col);
      if (cell?.kind !== 'text') continue;
      const role = roleOf(cell.value);
      if (role && found[role] === undefined) found[role] = col;
    }
    if (found.date === undefined || found.number === undefined) continue;
    const usable = found.intervention !== undefined && found.amount !== undefined;
    const score = Object.keys(found).length + (usable ? 10 : 0);
    if (!best || score > best.score) best = { row, found, usable, score };
  }
  return best;
}

export function columnsOf(header: PaymentsHeader): PaymentColumns | undefined {
  const { found } = header;
  if (!header.usable || found.date === undefined || found.intervention === undefined || found.amount === undefined) return undefined;
  return {
    number: found.number,
    date: found.date,
    partner: found.partner,
    intervention: found.intervention,
    amount: found.amount,
    kind: found.kind,
    status: found.status,
    description: found.description,
  };
}

/** Whether a sheet reads as a payments sheet, so it is no candidate for the budget sheet. */
export function isPaymentsSheet(sheet: SheetSnapshot): boolean {
  return detectPaymentsHeader(sheet) !== undefined;
}
