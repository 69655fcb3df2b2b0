/**
 * The ledger part of the Afstemming view as plain data: which amount counted and why, how the
 * bookings found their interventions, and the bookings that found none grouped by code (one line
 * in "NPO Koppeling" fixes all under it), with the codes to write there. Dutch first.
 */
import type { CheckResult } from '../engine/check';
import { address } from '../engine/grid';
import type { Lang } from '../engine/messages';
import { formatEuro } from '../engine/money';
import { basisSentence, matchSentence } from '../engine/words/payments';
import type { MappingCandidate } from '../engine/payments/matching';
import type { Payment } from '../engine/payments/model';
import { unbreakable } from './text';

export interface UnmatchedGroup {
  /** '–' for bookings that name nothing. */
  readonly code: string;
  readonly bookings: number;
  readonly cents: number;
  readonly description?: string;
  /** The first booking's amount cell, to go to. */
  readonly cell: string;
}

export interface LedgerView {
  readonly paymentsSheet: string;
  readonly basis: string;
  readonly matching: string;
  readonly unmatched: ReadonlyArray<UnmatchedGroup>;
  /** What "Zet in NPO Koppeling" writes: the codes a mapping line can fix. */
  readonly candidates: ReadonlyArray<MappingCandidate>;
  /** The workbook has the mapping sheet already. */
  readonly hasMappingSheet: boolean;
}

const bookingCell = (p: Payment): string => address(p.row, p.amountCol);

/** The ledger view of a check, or undefined without a payments sheet or ledger. */
export function ledgerView(result: CheckResult, lang: Lang): LedgerView | undefined {
  const rec = result.reconciliation;
  if (!rec) return undefined;
  const unmatched = rec.unmatchedCodes.map((u): UnmatchedGroup => ({
    code: u.code === '' ? '–' : u.code,
    bookings: u.bookings,
    cents: u.paidCents + u.openCents,
    ...(u.description !== undefined ? { description: u.description } : {}),
    cell: bookingCell(u.payments[0]!),
  }));
  return {
    paymentsSheet: rec.paymentsSheet.sheet,
    basis: basisSentence(rec.paymentsSheet.basis, lang),
    matching: matchSentence(rec, lang),
    unmatched,
    candidates: rec.unmatchedCodes
      .filter((u) => u.code !== '')
      .map((u) => ({ code: u.code, bookings: u.bookings, cents: u.paidCents + u.openCents, ...(u.description !== undefined ? { description: u.description } : {}) })),
    hasMappingSheet: rec.paymentsSheet.mappingSheet !== undefined,
  };
}

const WORDS = {
  nl: {
    heading: 'Koppeling',
    unmatched: (n: number) => (n === 1 ? '1 code zonder interventie' : `${n} codes zonder interventie`),
    group: (g: UnmatchedGroup) => `${g.code}: ${g.bookings} ${g.bookings === 1 ? 'boeking' : 'boekingen'}, ${unbreakable(formatEuro(g.cents))}`,
    goTo: (g: UnmatchedGroup) => `Ga naar de eerste boeking met code ${g.code}`,
    fill: (exists: boolean) => (exists ? 'Codes aanvullen in NPO Koppeling' : 'Koppeltabel maken (NPO Koppeling)'),
    filled: (n: number) =>
      n === 0 ? 'NPO Koppeling noemt deze codes al; vul daar de interventie in en controleer opnieuw.' : `${n} ${n === 1 ? 'code staat' : 'codes staan'} nu in NPO Koppeling: vul per code de interventie in (nummer of naam) en controleer opnieuw.`,
    failed: 'NPO Koppeling bijwerken is mislukt:',
    busy: 'Bezig met NPO Koppeling…',
  },
  en: {
    heading: 'Mapping',
    unmatched: (n: number) => (n === 1 ? '1 code without an intervention' : `${n} codes without an intervention`),
    group: (g: UnmatchedGroup) => `${g.code}: ${g.bookings} ${g.bookings === 1 ? 'booking' : 'bookings'}, ${unbreakable(formatEuro(g.cents))}`,
    goTo: (g: UnmatchedGroup) => `Go to the first booking with code ${g.code}`,
    fill: (exists: boolean) => (exists ? 'Add the codes to NPO Koppeling' : 'Create the mapping sheet (NPO Koppeling)'),
    filled: (n: number) =>
      n === 0 ? 'NPO Koppeling lists these codes already; fill in their intervention there and check again.' : `${n} ${n === 1 ? 'code is' : 'codes are'} now in NPO Koppeling: fill in the intervention per code (number or name) and check again.`,
    failed: 'Updating NPO Koppeling failed:',
    busy: 'Updating NPO Koppeling…',
  },
} as const;

export function ledgerWords(lang: Lang) {
  return WORDS[lang];
}

