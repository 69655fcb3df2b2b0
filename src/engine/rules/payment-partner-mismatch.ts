/** PAYMENT_PARTNER_MISMATCH (warning): a payment's partner is not the intervention's uitvoerder. */
import type { PaymentRef } from '../findings';
import { paymentRowsCheck } from './checks/payment-rows';
import { paymentEn, paymentNl, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  payment: PaymentRef;
  name: string;
  uitvoerder: string;
}

export const PAYMENT_PARTNER_MISMATCH: RuleDefinition<'PAYMENT_PARTNER_MISMATCH', Params> = {
  id: 'PAYMENT_PARTNER_MISMATCH',
  severity: 'warning',
  title: { nl: 'Andere uitvoerder', en: 'Different partner' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      `${paymentNl(p.payment)} is betaald aan ${quote(p.payment.partner ?? '')}, maar de uitvoerder van interventie ${quote(p.name)} is ${quote(p.uitvoerder)}.`,
    en: (p) =>
      `${paymentEn(p.payment)} went to ${quote(p.payment.partner ?? '')}, but the partner of intervention ${quote(p.name)} is ${quote(p.uitvoerder)}.`,
  },
  checks: [paymentRowsCheck],
};
