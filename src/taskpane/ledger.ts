/**
 * The ledger part of the Afstemming view as plain data: which amount counted and why, how the
 * bookings found their interventions, and the bookings that found none grouped by code (one line
 * in "NPO Koppeling" fixes all under it), with the codes to write there. Dutch first.
 */
import type { CheckResult } from '../engine/check';
import { address } from '../engine/grid';
import type { Lang } from '../engine/messages';
import { formatEuro } from '../engine/money';
import { PANE_LEDGER_WORDS } from '../engine/words/pane-ledger';
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
      .map((u) => ({
        code: u.code,
        bookings: u.bookings,
        cents: u.paidCents + u.openCents,
        ...(u.description !== undefined ? { description: u.description } : {}),
      })),
    hasMappingSheet: rec.paymentsSheet.mappingSheet !== undefined,
  };
}

/** The ledger words, with a group's amount written the pane's way (no break after €). */
export function ledgerWords(lang: Lang) {
  const w = PANE_LEDGER_WORDS[lang];
  return { ...w, group: (g: UnmatchedGroup) => w.group(g, unbreakable(formatEuro(g.cents))) };
}
