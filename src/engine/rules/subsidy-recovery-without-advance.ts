/** SUBSIDY_RECOVERY_WITHOUT_ADVANCE (warning): a recovery (terugvordering) with no advance before it. */
import type { PaymentRef } from '../findings';
import { subsidyCheck } from './checks/subsidy';
import { paymentEn, paymentNl, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  payment: PaymentRef;
  name: string;
}

export const SUBSIDY_RECOVERY_WITHOUT_ADVANCE: RuleDefinition<'SUBSIDY_RECOVERY_WITHOUT_ADVANCE', Params> = {
  id: 'SUBSIDY_RECOVERY_WITHOUT_ADVANCE',
  severity: 'warning',
  title: { nl: 'Terugvordering zonder voorschot', en: 'Recovery without advance' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      `${paymentNl(p.payment, 'Terugvordering')} voor interventie ${quote(p.name)} volgt op geen voorschot aan ${quote(p.payment.partner ?? '')}; staat hij bij de juiste interventie en partner, of ontbreekt het voorschot?`,
    en: (p) =>
      `${paymentEn(p.payment, 'Recovery')} for intervention ${quote(p.name)} follows no advance to ${quote(p.payment.partner ?? '')}; is it booked on the right intervention and partner, or is the advance missing?`,
  },
  checks: [subsidyCheck],
};
