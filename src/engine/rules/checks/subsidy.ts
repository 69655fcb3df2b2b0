/**
 * Subsidy steps per intervention and partner: a subsidy is paid as one or more advances
 * (voorschot), settled once (vaststelling: the final payment, or nothing more), and sometimes
 * partly paid back (terugvordering). What the steps of one partner add up to is the subsidy as
 * settled; it must not exceed the grant, which in the budget sheet is the intervention's begroot.
 */
import { dutchDateOf } from '../../dates';
import type { RawFinding } from '../../findings';
import type { Intervention } from '../../model';
import type { Payment, Reconciliation } from '../../payments/model';
import { samePartner } from '../../payments/partners';
import type { Check } from '../rule';
import { paymentRef as ref } from './payment-rows';

const STEPS = new Set(['voorschot', 'vaststelling', 'terugvordering']);

/** A partner's steps together: names written differently for one organisation are one partner. */
function byPartner(payments: ReadonlyArray<Payment>): Payment[][] {
  const groups: Payment[][] = [];
  for (const p of payments) {
    if (p.kind === undefined || !STEPS.has(p.kind)) continue;
    const group = groups.find((g) => samePartner(g[0]!.partner, p.partner) !== false);
    if (group) group.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** On or before: an advance and its recovery may share a date; without dates, the row above. */
function isBefore(a: Payment, b: Payment): boolean {
  if (a.date.kind === 'date' && b.date.kind === 'date') return a.date.serial <= b.date.serial;
  return a.row < b.row;
}

const sum = (payments: ReadonlyArray<Payment>): number => payments.reduce((n, p) => n + p.cents, 0);

function subsidyRules(rec: Reconciliation): RawFinding[] {
  const sheet = rec.paymentsSheet;
  const on = sheet.sheet;
  // The ledger itself says the period is over when it holds bookings after its end; the check
  // never guesses today's date, so the same file gives the same findings on any day.
  const periodOver = sheet.payments.some((p) => p.date.kind === 'date' && p.date.serial > rec.period.end);
  const findings: RawFinding[] = [];
  const name = (i: Intervention): string => i.name;
  for (const r of rec.interventions) {
    const i = r.intervention;
    for (const steps of byPartner(r.payments)) {
      const advances = steps.filter((p) => p.kind === 'voorschot');
      const settlements = steps.filter((p) => p.kind === 'vaststelling');
      const recoveries = steps.filter((p) => p.kind === 'terugvordering');
      const advanced = sum(advances);
      if (periodOver && advances.length > 0 && settlements.length === 0 && recoveries.length === 0 && advanced > 0) {
        const last = advances[advances.length - 1]!;
        findings.push({
          rule: 'SUBSIDY_ADVANCE_UNSETTLED',
          sheet: on,
          row: last.row,
          col: last.amountCol,
          amountCents: advanced,
          interventionCode: i.code,
          params: {
            payment: ref(last),
            name: name(i),
            advances: advanced,
            count: advances.length,
            end: dutchDateOf(rec.period.end),
          },
        });
      }
      if (settlements.length > 0) {
        const settled = advanced + sum(settlements) + sum(recoveries);
        if (settled > i.begrootCents) {
          const last = settlements[settlements.length - 1]!;
          findings.push({
            rule: 'SUBSIDY_SETTLEMENT_ABOVE_GRANT',
            sheet: on,
            row: last.row,
            col: last.amountCol,
            amountCents: settled - i.begrootCents,
            interventionCode: i.code,
            params: {
              payment: ref(last),
              name: name(i),
              grant: i.begrootCents,
              settled,
              advances: advanced,
              excess: settled - i.begrootCents,
            },
          });
        }
      }
      for (const recovery of recoveries) {
        if (advances.some((a) => isBefore(a, recovery))) continue;
        findings.push({
          rule: 'SUBSIDY_RECOVERY_WITHOUT_ADVANCE',
          sheet: on,
          row: recovery.row,
          col: recovery.amountCol,
          amountCents: recovery.cents,
          interventionCode: i.code,
          params: { payment: ref(recovery), name: name(i) },
        });
      }
    }
  }
  return findings;
}

/**
 * A partner's subsidy steps per intervention: SUBSIDY_ADVANCE_UNSETTLED, SUBSIDY_SETTLEMENT_ABOVE_GRANT,
 * SUBSIDY_RECOVERY_WITHOUT_ADVANCE.
 */
export const subsidyCheck: Check = { on: 'payments', run: (_model, rec) => subsidyRules(rec) };
