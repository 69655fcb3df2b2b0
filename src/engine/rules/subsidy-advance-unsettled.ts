/** SUBSIDY_ADVANCE_UNSETTLED (warning): advances never settled while the spending period is over. */
import type { PaymentRef } from '../findings';
import { subsidyCheck } from './checks/subsidy';
import { euro, paymentEn, paymentNl, quote } from './phrases';
import type { RuleDefinition } from './rule';

/** `payment` is the last advance; `advances` their sum, `end` the period's end date. */
export interface Params {
  payment: PaymentRef;
  name: string;
  advances: number;
  count: number;
  end: string;
}

export const SUBSIDY_ADVANCE_UNSETTLED: RuleDefinition<'SUBSIDY_ADVANCE_UNSETTLED', Params> = {
  id: 'SUBSIDY_ADVANCE_UNSETTLED',
  severity: 'warning',
  title: { nl: 'Voorschot niet vastgesteld', en: 'Advance never settled' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      `Interventie ${quote(p.name)}: ${p.count === 1 ? 'het voorschot' : `${p.count} voorschotten`} aan ${quote(p.payment.partner ?? '')} (${euro(p.advances)}, laatste: ${paymentNl(p.payment, 'boeking')}) ${p.count === 1 ? 'is' : 'zijn'} niet vastgesteld, terwijl de bestedingsperiode op ${p.end} is afgelopen; zonder vaststelling is niet verantwoord wat ervan is besteed.`,
    en: (p) =>
      `Intervention ${quote(p.name)}: ${p.count === 1 ? 'the advance' : `${p.count} advances`} to ${quote(p.payment.partner ?? '')} (${euro(p.advances)}, last: ${paymentEn(p.payment, 'booking')}) ${p.count === 1 ? 'was' : 'were'} never settled, while the spending period ended on ${p.end}; without a settlement it is not accounted for what was spent.`,
  },
  checks: [subsidyCheck],
};
