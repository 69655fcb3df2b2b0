/**
 * The word catalogue's sentences about a reconciliation's reading, in Dutch and English, for the text report and the
 * pane alike: which amount counted and why, and how the bookings found their interventions.
 */
import type { AmountBasis, MatchMethod, Reconciliation } from '../payments/model';
import type { Lang } from './lang';
import { MAPPING_SHEET } from './sheets';

const SOURCE = {
  nl: {
    bedrag: 'kolom Bedrag',
    'debet-credit': 'Debet min Credit',
    excl: 'kolom bedrag excl. btw',
    incl: 'kolom bedrag incl. btw',
    'excl-incl': 'kolommen excl. en incl. btw',
  },
  en: {
    bedrag: 'column Bedrag',
    'debet-credit': 'debit minus credit',
    excl: 'column amount excl. VAT',
    incl: 'column amount incl. VAT',
    'excl-incl': 'columns excl. and incl. VAT',
  },
} as const;

/** "Bedragen: excl. btw (Debet min Credit, btw in een eigen kolom); …". */
export function basisSentence(basis: AmountBasis, lang: Lang): string {
  const source = SOURCE[lang][basis.source];
  if (lang === 'nl') {
    const vat = basis.vatColumn ? ', btw in een eigen kolom' : '';
    if (basis.counted === 'as-booked') return `Bedragen: zoals geboekt (${source}); het bestand zegt niets over btw.`;
    if (basis.fallback === 'no-excl')
      return `Bedragen: incl. btw (${source}); excl. btw is gevraagd, maar het bestand geeft alleen bedragen incl. btw zonder btw-kolom.`;
    if (basis.fallback === 'no-vat')
      return `Bedragen: excl. btw (${source}); incl. btw is gevraagd, maar het bestand heeft geen btw-kolom om op te tellen.`;
    return basis.counted === 'excl'
      ? `Bedragen: excl. btw (${source}${vat}): de gemeente compenseert btw via het BTW-compensatiefonds, dus die btw is geen last op de uitkering. Kies incl. btw als de gemeente de btw zelf draagt.`
      : `Bedragen: incl. btw (${source}${vat}), zoals gekozen: de gemeente draagt de btw zelf.`;
  }
  const vat = basis.vatColumn ? ', VAT in a column of its own' : '';
  if (basis.counted === 'as-booked') return `Amounts: as booked (${source}); the file says nothing about VAT.`;
  if (basis.fallback === 'no-excl')
    return `Amounts: incl. VAT (${source}); excl. VAT was asked for, but the file has only amounts incl. VAT and no VAT column.`;
  if (basis.fallback === 'no-vat')
    return `Amounts: excl. VAT (${source}); incl. VAT was asked for, but the file has no VAT column to add.`;
  return basis.counted === 'excl'
    ? `Amounts: excl. VAT (${source}${vat}): the municipality reclaims VAT from the BTW-compensatiefonds, so that VAT is no cost to the grant. Choose incl. VAT where the municipality bears the VAT itself.`
    : `Amounts: incl. VAT (${source}${vat}), as chosen: the municipality bears the VAT itself.`;
}

export const MATCH_WORDS: Readonly<Record<Lang, Readonly<Record<MatchMethod, string>>>> = {
  nl: {
    'order-column': 'op de ordernummers in het begrotingsblad',
    koppeling: `via ${MAPPING_SHEET}`,
    code: 'op nummer',
    name: 'op naam',
  },
  en: {
    'order-column': 'by the order numbers in the budget sheet',
    koppeling: `through ${MAPPING_SHEET}`,
    code: 'by code',
    name: 'by name',
  },
};

/** "Gekoppeld: 29 via NPO Koppeling; 1 niet gekoppeld." */
export function matchSentence(rec: Reconciliation, lang: Lang): string {
  const parts = (Object.keys(rec.matchedBy) as MatchMethod[])
    .filter((m) => rec.matchedBy[m] > 0)
    .map((m) => `${rec.matchedBy[m]} ${MATCH_WORDS[lang][m]}`);
  const unmatched = rec.unassigned.payments.length;
  if (lang === 'nl')
    return `Gekoppeld: ${parts.length > 0 ? parts.join(', ') : 'geen'}${unmatched > 0 ? `; ${unmatched} niet gekoppeld` : ''}.`;
  return `Matched: ${parts.length > 0 ? parts.join(', ') : 'none'}${unmatched > 0 ? `; ${unmatched} unmatched` : ''}.`;
}
