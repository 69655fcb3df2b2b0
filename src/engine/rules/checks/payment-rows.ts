/**
 * One pass over the payments sheet, row by row: PAYMENT_UNKNOWN_INTERVENTION,
 * PAYMENT_DATE_UNREADABLE, PAYMENT_OUTSIDE_PERIOD, PAYMENT_PARTNER_MISMATCH and PAYMENT_DUPLICATE
 * (which remembers the rows before it). Findings carry the payments sheet's name.
 */
import { dutchDateOf } from '../../dates';
import type { PaymentRef, RawFinding } from '../../findings';
import type { BudgetModel } from '../../model';
import type { Payment, Reconciliation } from '../../payments/model';
import { partnerKey, samePartner } from '../../payments/partners';
import type { Check } from '../rule';

/** A payment as messages name it: number, partner, amount and 1-based row. */
export function paymentRef(p: Payment): PaymentRef {
  return { number: p.number, partner: p.partner, amount: p.cents, row: p.row + 1 };
}

function rowRules(model: BudgetModel, rec: Reconciliation): RawFinding[] {
  const sheet = rec.paymentsSheet;
  const { columns } = sheet;
  const on = sheet.sheet;
  const findings: RawFinding[] = [];
  const byNumber = new Map<string, Payment>();
  const byDateAmount = new Map<string, Payment>();
  for (const p of sheet.payments) {
    const code = p.intervention?.code;
    if (!p.intervention) {
      findings.push({
        rule: 'PAYMENT_UNKNOWN_INTERVENTION',
        sheet: on,
        row: p.row,
        col: columns.intervention,
        params: { payment: paymentRef(p), text: p.interventionText, budgetSheet: model.sheet },
      });
    }
    if (p.date.kind === 'unreadable') {
      findings.push({
        rule: 'PAYMENT_DATE_UNREADABLE',
        sheet: on,
        row: p.row,
        col: columns.date,
        interventionCode: code,
        params: { payment: paymentRef(p), text: p.date.text, reason: p.date.reason },
      });
    } else if (p.date.serial < rec.period.start || p.date.serial > rec.period.end) {
      const before = p.date.serial < rec.period.start;
      findings.push({
        rule: 'PAYMENT_OUTSIDE_PERIOD',
        sheet: on,
        row: p.row,
        col: columns.date,
        amountCents: p.cents,
        interventionCode: code,
        params: {
          payment: paymentRef(p),
          date: dutchDateOf(p.date.serial),
          before,
          boundary: dutchDateOf(before ? rec.period.start : rec.period.end),
        },
      });
    }
    if (p.intervention && p.partner !== undefined && samePartner(p.partner, p.intervention.partner) === false) {
      findings.push({
        rule: 'PAYMENT_PARTNER_MISMATCH',
        sheet: on,
        row: p.row,
        col: columns.partner!,
        interventionCode: code,
        params: { payment: paymentRef(p), name: p.intervention.name, uitvoerder: p.intervention.partner! },
      });
    }

    const partner = partnerKey(p.partner);
    const numberKey = p.number !== undefined ? `${partner}\u0000${p.number.trim().toLowerCase()}` : undefined;
    const countable =
      p.date.kind === 'date' &&
      p.amount.kind !== 'unreadable' &&
      p.amount.kind !== 'error' &&
      p.amount.kind !== 'empty';
    const dateAmountKey =
      countable && p.date.kind === 'date' ? `${partner}\u0000${p.date.serial}\u0000${p.cents}` : undefined;
    const sameNumber = numberKey !== undefined ? byNumber.get(numberKey) : undefined;
    const sameDateAmount = dateAmountKey !== undefined ? byDateAmount.get(dateAmountKey) : undefined;
    const first = sameNumber ?? sameDateAmount;
    if (first) {
      findings.push({
        rule: 'PAYMENT_DUPLICATE',
        sheet: on,
        row: p.row,
        col: sameNumber && columns.number !== undefined ? columns.number : p.amountCol,
        amountCents: p.cents,
        interventionCode: code,
        params: { payment: paymentRef(p), otherRow: first.row + 1, same: sameNumber ? 'number' : 'date-amount' },
      });
    }
    if (numberKey !== undefined && !byNumber.has(numberKey)) byNumber.set(numberKey, p);
    if (dateAmountKey !== undefined && !byDateAmount.has(dateAmountKey)) byDateAmount.set(dateAmountKey, p);
  }
  return findings;
}

export const paymentRowsCheck: Check = { on: 'payments', run: rowRules };
