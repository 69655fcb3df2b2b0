/** PAYMENT_OUTSIDE_PERIOD (error): a payment dated outside the spending period. */
import type { PaymentRef } from '../findings';
import { paymentRowsCheck } from './checks/payment-rows';
import { paymentEn, paymentNl } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  payment: PaymentRef;
  date: string;
  before: boolean;
  boundary: string;
}

export const PAYMENT_OUTSIDE_PERIOD: RuleDefinition<'PAYMENT_OUTSIDE_PERIOD', Params> = {
  id: 'PAYMENT_OUTSIDE_PERIOD',
  severity: 'error',
  title: { nl: 'Betaling buiten de periode', en: 'Payment outside the period' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      `${paymentNl(p.payment)} is gedateerd ${p.date}, ${p.before ? 'vóór het begin' : 'na het einde'} van de bestedingsperiode (${p.before ? 'vanaf' : 'tot en met'} ${p.boundary}); zo'n betaling telt niet als besteding van de NPO-middelen.`,
    en: (p) =>
      `${paymentEn(p.payment)} is dated ${p.date}, ${p.before ? 'before the spending period starts' : 'after the spending period ends'} (${p.before ? 'from' : 'up to and including'} ${p.boundary}); such a payment does not count as spending of the NPO grant.`,
  },
  checks: [paymentRowsCheck],
};
