/** PAYMENT_DATE_UNREADABLE (error): a payment's date is missing or cannot be read. */
import type { PaymentRef } from '../findings';
import { paymentRowsCheck } from './checks/payment-rows';
import { paymentEn, paymentNl, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  payment: PaymentRef;
  text: string;
  reason: 'empty' | 'text' | 'number' | 'boolean' | 'error';
}

export const PAYMENT_DATE_UNREADABLE: RuleDefinition<'PAYMENT_DATE_UNREADABLE', Params> = {
  id: 'PAYMENT_DATE_UNREADABLE',
  severity: 'error',
  title: { nl: 'Datum onleesbaar', en: 'Date unreadable' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      p.reason === 'empty'
        ? `${paymentNl(p.payment)} heeft geen datum; zonder datum valt de betaling in geen kalenderjaar. Schrijf bijvoorbeeld 19-8-2025.`
        : `De datum van ${paymentNl(p.payment, 'betaling')} is niet te lezen (${quote(p.text)}); schrijf een datum, bijvoorbeeld 19-8-2025 of 2025-08-19.`,
    en: (p) =>
      p.reason === 'empty'
        ? `${paymentEn(p.payment)} has no date, so it falls in no calendar year. Write, for example, 19-8-2025.`
        : `The date of ${paymentEn(p.payment, 'payment')} cannot be read (${quote(p.text)}); write a date such as 19-8-2025 or 2025-08-19.`,
  },
  checks: [paymentRowsCheck],
};
