/**
 * Finds the header of a payments sheet: one row per invoice or payment, with a date and an
 * invoice or payment number. Such a sheet is never a budget sheet, even though its "Bedrag" and
 * "Interventie" columns would read as one.
 */
import { cellAt, type SheetSnapshot } from '../grid';
import { HEADER_SEARCH_ROWS } from '../layout/detect';
import { normalise } from '../text';
import type { PaymentColumns, VatChoice } from './model';

/** The columns of `PaymentColumns` a header names, and a ledger's order or project code. */
type PaymentRole = Exclude<keyof PaymentColumns, 'secondary'> | 'order';

/**
 * Header words per column, matched on whole words. When a header has words of several roles the
 * role listed first wins: "Datum betaling" is a date, "Nummer interventie" names the intervention.
 * The ledger words (Boekjaar, Grootboekrekening, Kostendrager, Debet, …) are those of municipal
 * financial systems' exports; "Project" alone names the intervention as before, "Projectcode"
 * and "Projectnummer" are a ledger's code.
 */
const ROLE_WORDS: ReadonlyArray<readonly [PaymentRole, ReadonlyArray<string>]> = [
  [
    'date',
    ['datum', 'factuurdatum', 'betaaldatum', 'betalingsdatum', 'boekdatum', 'boekingsdatum', 'transactiedatum', 'date'],
  ],
  ['year', ['boekjaar']],
  ['period', ['periode', 'boekperiode']],
  [
    'order',
    [
      'order',
      'ordernummer',
      'ordernr',
      'ordercode',
      'projectcode',
      'projectnummer',
      'projectnr',
      'kostendrager',
      'kostendragers',
      'wbs',
    ],
  ],
  [
    'intervention',
    [
      'interventie',
      'interventienummer',
      'interventienr',
      'interventiecode',
      'maatregel',
      'activiteit',
      'project',
      'intervention',
      'measure',
    ],
  ],
  [
    'creditorNumber',
    [
      'crediteurnummer',
      'crediteurnr',
      'crediteurcode',
      'relatienummer',
      'relatienr',
      'relatiecode',
      'leveranciersnummer',
      'vendor',
    ],
  ],
  ['account', ['grootboekrekening', 'grootboek', 'grootboeknummer', 'kostensoort', 'rekeningnummer', 'grootboekcode']],
  ['costCentre', ['kostenplaats', 'kostenplaatsen', 'afdeling', 'taakveld', 'costcentre', 'costcenter']],
  [
    'number',
    [
      'factuurnummer',
      'factuurnr',
      'nummer',
      'kenmerk',
      'betalingskenmerk',
      'betaalkenmerk',
      'boekstuk',
      'boekstuknummer',
      'boekstuknr',
      'documentnummer',
      'invoice',
      'reference',
    ],
  ],
  [
    'partner',
    [
      'crediteur',
      'crediteurnaam',
      'partner',
      'leverancier',
      'subsidieontvanger',
      'ontvanger',
      'uitvoerder',
      'relatie',
      'relatienaam',
      'creditor',
      'supplier',
      'payee',
    ],
  ],
  ['debit', ['debet', 'debit']],
  ['credit', ['credit']],
  ['amount', ['bedrag', 'factuurbedrag', 'betaalbedrag', 'bedragen', 'boekingsbedrag', 'amount']],
  ['vat', ['btw', 'btwbedrag', 'vat']],
  ['kind', ['type', 'soort', 'boekingssoort', 'betaalsoort', 'documentsoort', 'subsidiestap']],
  ['status', ['status', 'betaalstatus', 'betaald', 'paid']],
  ['description', ['omschrijving', 'toelichting', 'opmerking', 'opmerkingen', 'description', 'notes', 'memo']],
];

const WORD_ROLE = new Map<string, PaymentRole>();
const ROLE_RANK = new Map<PaymentRole, number>();
ROLE_WORDS.forEach(([role, list], rank) => {
  ROLE_RANK.set(role, rank);
  for (const w of list) WORD_ROLE.set(w, role);
});

const NUMBER_WORDS = new Set(['nr', 'nummer', 'no', 'code']);

function roleOf(text: string): PaymentRole | undefined {
  const tokens = normalise(text)
    .split(' ')
    .filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 6) return undefined;
  const has = (...words: string[]): boolean => words.some((w) => tokens.includes(w));
  // "Factuur nr" and "Invoice no." are the number, written in two words.
  if (has('factuur') && tokens.some((t) => NUMBER_WORDS.has(t))) return 'number';
  // "Crediteur nr" is the creditor's number, not the invoice's; "Project code", "Order nr" a ledger code.
  if (has('crediteur', 'relatie', 'leverancier') && tokens.some((t) => NUMBER_WORDS.has(t))) return 'creditorNumber';
  if (has('project', 'order') && tokens.some((t) => NUMBER_WORDS.has(t))) return 'order';
  // "Bedrag excl. BTW", "Bedrag incl. btw", "BTW-bedrag": the VAT words decide before "bedrag".
  if (has('excl', 'exclusief', 'ex', 'netto')) return 'amountExcl';
  if (has('incl', 'inclusief', 'bruto')) return 'amountIncl';
  if (has('btw', 'vat') && !has('code', 'percentage', 'tarief', 'soort')) return 'vat';
  if (has('btw', 'vat')) return undefined;
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
    // A date per row (or a ledger's book year) and something that identifies a booking: an
    // invoice number, or a ledger's order or account. A budget sheet has neither.
    const dated = found.date !== undefined || found.year !== undefined;
    const identified = found.number !== undefined || found.order !== undefined || found.account !== undefined;
    if (!dated || !identified) continue;
    const amounts = [found.amount, found.debit, found.credit, found.amountExcl, found.amountIncl];
    const usable =
      (found.intervention !== undefined || found.order !== undefined) && amounts.some((c) => c !== undefined);
    const score = Object.keys(found).length + (usable ? 10 : 0);
    if (!best || score > best.score) best = { row, found, usable, score };
  }
  return best;
}

export function columnsOf(header: PaymentsHeader, vat: VatChoice = 'excl'): PaymentColumns | undefined {
  const { found } = header;
  const date = found.date ?? found.year;
  // The order or project code goes first: it is what a ledger books on and a mapping maps.
  const intervention = found.order ?? found.intervention;
  const amount = shownAmountColumn(found, vat);
  if (!header.usable || date === undefined || intervention === undefined || amount === undefined) return undefined;
  const named = { ...found };
  delete named.order;
  return {
    ...named,
    date,
    intervention,
    secondary: found.order !== undefined ? found.intervention : undefined,
    amount,
  };
}

/** The column whose figure counts, to point at: excl. or incl. as chosen when both are there. */
function shownAmountColumn(found: Partial<Record<PaymentRole, number>>, vat: VatChoice): number | undefined {
  if (vat === 'incl') return found.amountIncl ?? found.amountExcl ?? found.amount ?? found.debit ?? found.credit;
  return found.amountExcl ?? found.amount ?? found.amountIncl ?? found.debit ?? found.credit;
}

/** Whether a sheet reads as a payments sheet, so it is no candidate for the budget sheet. */
export function isPaymentsSheet(sheet: SheetSnapshot): boolean {
  return detectPaymentsHeader(sheet) !== undefined;
}
