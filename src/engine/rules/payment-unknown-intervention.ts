/** PAYMENT_UNKNOWN_INTERVENTION (error): a payment names no intervention of the budget sheet. */
import type { PaymentRef } from '../findings';
import { paymentRowsCheck } from './checks/payment-rows';
import { paymentEn, paymentNl, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  payment: PaymentRef;
  text: string;
  budgetSheet: string;
}

export const PAYMENT_UNKNOWN_INTERVENTION: RuleDefinition<'PAYMENT_UNKNOWN_INTERVENTION', Params> = {
  id: 'PAYMENT_UNKNOWN_INTERVENTION',
  severity: 'error',
  title: { nl: 'Betaling zonder interventie', en: 'Payment without intervention' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      p.text === ''
        ? `${paymentNl(p.payment)} noemt geen interventie; zonder interventie kan de betaling niet met de begroting worden afgestemd.`
        : `${paymentNl(p.payment)} noemt interventie ${quote(p.text)}, maar die staat niet in begrotingsblad ${quote(p.budgetSheet)} (zoek op nummer of op de exacte naam).`,
    en: (p) =>
      p.text === ''
        ? `${paymentEn(p.payment)} names no intervention; without one it cannot be reconciled with the budget.`
        : `${paymentEn(p.payment)} names intervention ${quote(p.text)}, which is not in budget sheet ${quote(p.budgetSheet)} (matched by code or exact name).`,
  },
  checks: [paymentRowsCheck],
};
