/** AMOUNT_PLACEHOLDER (warning): N.t.b., P.M., "-" and the like, counted as zero. */
import type { AmountField } from '../findings';
import { amountCheck, paymentAmountCheck } from './checks/amounts';
import { FIELD, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  name: string;
  field: AmountField;
  text: string;
}

export const AMOUNT_PLACEHOLDER: RuleDefinition<'AMOUNT_PLACEHOLDER', Params> = {
  id: 'AMOUNT_PLACEHOLDER',
  severity: 'warning',
  title: { nl: 'Bedrag nog niet bekend', en: 'Amount not yet known' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) =>
      `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is nog niet ingevuld (${quote(p.text)}); de controle telt het als € 0,00.`,
    en: (p) =>
      `The ${FIELD.en[p.field]} of ${quote(p.name)} is not filled in yet (${quote(p.text)}); the check counts it as € 0,00.`,
  },
  checks: [amountCheck, paymentAmountCheck],
};
