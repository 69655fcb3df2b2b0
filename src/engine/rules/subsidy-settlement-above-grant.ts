/** SUBSIDY_SETTLEMENT_ABOVE_GRANT (error): a partner's settled subsidy exceeds the intervention's begroot. */
import type { PaymentRef } from '../findings';
import { subsidyCheck } from './checks/subsidy';
import { euro, paymentEn, paymentNl, quote } from './phrases';
import type { RuleDefinition } from './rule';

/** `payment` is the settlement; `settled` = advances + settlements − recoveries. */
export interface Params {
  payment: PaymentRef;
  name: string;
  grant: number;
  settled: number;
  advances: number;
  excess: number;
}

export const SUBSIDY_SETTLEMENT_ABOVE_GRANT: RuleDefinition<'SUBSIDY_SETTLEMENT_ABOVE_GRANT', Params> = {
  id: 'SUBSIDY_SETTLEMENT_ABOVE_GRANT',
  severity: 'error',
  title: { nl: 'Vaststelling boven begroot', en: 'Settlement above budget' },
  fingerprint: (p) => ({ subject: { kind: 'payment', payment: p.payment } }),
  message: {
    nl: (p) =>
      `${paymentNl(p.payment, 'Vaststelling')} voor interventie ${quote(p.name)} stelt de subsidie vast op ${euro(p.settled)} (voorschotten ${euro(p.advances)}), ${euro(p.excess)} boven het begrote bedrag van ${euro(p.grant)}.`,
    en: (p) =>
      `${paymentEn(p.payment, 'Settlement')} for intervention ${quote(p.name)} settles the subsidy at ${euro(p.settled)} (advances ${euro(p.advances)}), ${euro(p.excess)} above the budgeted ${euro(p.grant)}.`,
  },
  checks: [subsidyCheck],
};
