/** PAYMENT_DUPLICATE (warning): the same partner and number, or partner, date and amount, twice. */
import type { PaymentRef } from '../findings';
import { paymentRowsCheck } from './checks/payment-rows';
import { paymentEn, paymentNl } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  payment: PaymentRef;
  otherRow: number;
  same: 'number' | 'date-amount';
}

export const PAYMENT_DUPLICATE: RuleDefinition<'PAYMENT_DUPLICATE', Params> = {
  id: 'PAYMENT_DUPLICATE',
  severity: 'warning',
  title: { nl: 'Betaling dubbel', en: 'Payment twice' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      `${paymentNl(p.payment)} staat dubbel: rij ${p.otherRow} heeft ${p.same === 'number' ? 'dezelfde crediteur en hetzelfde nummer' : 'dezelfde crediteur, datum en hetzelfde bedrag'}. Controleer of er niet twee keer is betaald.`,
    en: (p) =>
      `${paymentEn(p.payment)} appears twice: row ${p.otherRow} has ${p.same === 'number' ? 'the same partner and number' : 'the same partner, date and amount'}. Check that it was not paid twice.`,
  },
  checks: [paymentRowsCheck],
};
