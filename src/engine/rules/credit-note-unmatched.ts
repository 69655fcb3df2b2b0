/** CREDIT_NOTE_UNMATCHED (warning): a credit note with no earlier payment to that partner for that intervention. */
import type { PaymentRef, RawFinding } from '../findings';
import type { BudgetModel } from '../model';
import type { Payment, Reconciliation } from '../payments/model';
import { samePartner } from '../payments/partners';
import { paymentRef } from './checks/payment-rows';
import { paymentEn, paymentNl, quote } from './phrases';
import type { Check, RuleDefinition } from './rule';

export interface Params {
  payment: PaymentRef;
  name: string;
}

/**
 * Earlier: dated on or before the credit note (a credit the same day as its invoice is common);
 * when either date cannot be read, a row above it.
 */
function isEarlier(candidate: Payment, credit: Payment): boolean {
  if (candidate.date.kind === 'date' && credit.date.kind === 'date')
    return candidate.date.serial <= credit.date.serial && candidate !== credit;
  return candidate.row < credit.row;
}

function creditNoteUnmatched(_model: BudgetModel, rec: Reconciliation): RawFinding[] {
  const sheet = rec.paymentsSheet;
  const findings: RawFinding[] = [];
  for (const r of rec.interventions) {
    for (const credit of r.payments) {
      // A recovered advance has its own rule (SUBSIDY_RECOVERY_WITHOUT_ADVANCE).
      if (credit.cents >= 0 || credit.kind === 'terugvordering') continue;
      const matched = r.payments.some(
        (p) => p.cents > 0 && samePartner(p.partner, credit.partner) !== false && isEarlier(p, credit),
      );
      if (matched) continue;
      findings.push({
        rule: 'CREDIT_NOTE_UNMATCHED',
        sheet: sheet.sheet,
        row: credit.row,
        col: credit.amountCol,
        amountCents: credit.cents,
        interventionCode: r.intervention.code,
        params: { payment: paymentRef(credit), name: r.intervention.name },
      });
    }
  }
  return findings;
}

const check: Check = { on: 'payments', run: creditNoteUnmatched };

export const CREDIT_NOTE_UNMATCHED: RuleDefinition<'CREDIT_NOTE_UNMATCHED', Params> = {
  id: 'CREDIT_NOTE_UNMATCHED',
  severity: 'warning',
  title: { nl: 'Creditnota zonder betaling', en: 'Credit note without payment' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      `${paymentNl(p.payment, 'Creditnota')} hoort bij geen eerdere betaling aan ${quote(p.payment.partner ?? '')} voor interventie ${quote(p.name)}; staat hij bij de juiste interventie en partner?`,
    en: (p) =>
      `${paymentEn(p.payment, 'Credit note')} matches no earlier payment to ${quote(p.payment.partner ?? '')} for intervention ${quote(p.name)}; is it booked on the right intervention and partner?`,
  },
  checks: [check],
};
