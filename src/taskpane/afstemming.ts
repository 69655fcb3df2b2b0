/**
 * The Afstemming view and the programme period as plain data: per intervention begroot, benut,
 * betaald, open and the difference benut − betaald, with the cells to go to (its benut cell in the
 * budget sheet, its payments' rows in the payments sheet); and what the period fields say.
 * Amounts stay integer cents until they are shown.
 */
import type { CheckResult } from '../engine/check';
import { dutchDateOf } from '../engine/dates';
import { shortDutchDateOf } from '../engine/inputs/day';
import { DEFAULT_PERIOD, readPeriodInput, type DayRefusal } from '../engine/inputs/period';
import { address } from '../engine/grid';
import type { Lang } from '../engine/messages';
import type { Intervention } from '../engine/model';
import type { Payment, PaymentColumns, Period } from '../engine/payments/model';
import { formatEuro } from '../engine/money';
import { strings } from './strings';
import { unbreakable } from './text';

/** A payment row to go to. */
export interface PaymentLink {
  /** The sheet's row number as Excel shows it (1-based). */
  readonly row: number;
  /** The payment's amount cell, A1. */
  readonly cell: string;
  /** What names the payment on its button: `3-2-2023 · F-2023-014 · € 2.852,00` (date and number when it has them). */
  readonly label: string;
}

export interface AfstemmingItem {
  readonly key: string;
  readonly name: string;
  readonly code?: string;
  /** `Bibliotheek (2)`: the name with the code, when there is one. */
  readonly label: string;
  readonly begrootCents: number;
  readonly benutCents: number;
  readonly paidCents: number;
  readonly openCents: number;
  /** Benut − betaald. */
  readonly differenceCents: number;
  /** The intervention's benut cell in the budget sheet, else its label cell. */
  readonly cell: string;
  readonly payments: ReadonlyArray<PaymentLink>;
}

export interface AfstemmingView {
  readonly budgetSheet: string;
  readonly paymentsSheet: string;
  readonly paidCents: number;
  readonly openCents: number;
  readonly unexplainedCents: number;
  readonly toleranceCents: number;
  readonly within: boolean;
  /** Interventions whose benut and betaald differ, in the sheet's order. */
  readonly differing: ReadonlyArray<AfstemmingItem>;
  /** The others, in the sheet's order. */
  readonly matching: ReadonlyArray<AfstemmingItem>;
  /** Payments that name no intervention of the budget sheet. */
  readonly unassigned: {
    readonly paidCents: number;
    readonly openCents: number;
    readonly payments: ReadonlyArray<PaymentLink>;
  };
}

/** The cell that holds the intervention's benut, else the cell with its name (or code). */
export function benutCell(intervention: Intervention): string {
  const benut =
    intervention.amounts.find((a) => a.field === 'benut' && a.goal === undefined) ??
    intervention.amounts.find((a) => a.field === 'benut');
  return benut ? address(benut.row, benut.col) : address(intervention.row, intervention.labelCol);
}

function paymentLink(payment: Payment, columns: PaymentColumns): PaymentLink {
  const parts = [
    payment.date.kind === 'date' ? dutchDateOf(payment.date.serial) : undefined,
    payment.number,
    unbreakable(formatEuro(payment.cents)),
  ];
  return {
    row: payment.row + 1,
    cell: address(payment.row, columns.amount),
    label: parts.filter((p) => p !== undefined && p !== '').join(' · '),
  };
}

/** The Afstemming view of a check, or undefined when the workbook has no payments sheet. */
export function afstemmingView(result: CheckResult): AfstemmingView | undefined {
  const rec = result.reconciliation;
  if (!rec) return undefined;
  const { columns } = rec.paymentsSheet;
  const items = rec.interventions.map((r): AfstemmingItem => {
    const { intervention } = r;
    const code = intervention.code;
    return {
      key: `${intervention.row}`,
      name: intervention.name,
      ...(code !== undefined ? { code } : {}),
      label: code !== undefined && code !== '' ? `${intervention.name} (${code})` : intervention.name,
      begrootCents: intervention.begrootCents,
      benutCents: intervention.benutCents,
      paidCents: r.paidCents,
      openCents: r.openCents,
      differenceCents: r.differenceCents,
      cell: benutCell(intervention),
      payments: r.payments.map((p) => paymentLink(p, columns)),
    };
  });
  return {
    budgetSheet: result.model.sheet,
    paymentsSheet: rec.paymentsSheet.sheet,
    paidCents: rec.paidCents,
    openCents: rec.openCents,
    unexplainedCents: rec.tolerance.unexplainedCents,
    toleranceCents: rec.tolerance.toleranceCents,
    within: rec.tolerance.within,
    differing: items.filter((i) => i.differenceCents !== 0),
    matching: items.filter((i) => i.differenceCents === 0),
    unassigned: {
      paidCents: rec.unassigned.paidCents,
      openCents: rec.unassigned.openCents,
      payments: rec.unassigned.payments.map((p) => paymentLink(p, columns)),
    },
  };
}

/** What the period fields show before the user types: 1-8-2021 and 31-7-2025. */
export const DEFAULT_PERIOD_TEXT = {
  start: shortDutchDateOf(DEFAULT_PERIOD.start),
  end: shortDutchDateOf(DEFAULT_PERIOD.end),
} as const;

export type PeriodCheck =
  | { readonly kind: 'valid'; readonly period: Period }
  | { readonly kind: 'invalid'; readonly startError?: string; readonly endError?: string };

/** Both fields read by the engine's one reading of a period, with a sentence for each field that is no (usable) date. */
export function checkPeriod(startText: string, endText: string, lang: Lang): PeriodCheck {
  const input = readPeriodInput(startText, endText);
  if (input.kind === 'valid') return input;
  const s = strings(lang).periodInvalid;
  const message = (reason: DayRefusal | 'order'): string =>
    reason === 'empty' ? s.empty : reason === 'not-date' ? s.notDate : s.order;
  return {
    kind: 'invalid',
    ...(input.start !== undefined ? { startError: message(input.start) } : {}),
    ...(input.end !== undefined ? { endError: message(input.end) } : {}),
  };
}
