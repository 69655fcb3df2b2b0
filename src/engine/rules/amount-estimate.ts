/** AMOUNT_ESTIMATE (warning): "Ca." amounts and ranges; the message says which value counts. */
import type { AmountField } from '../findings';
import { amountCheck, paymentAmountCheck } from './checks/amounts';
import { euro, FIELD, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  name: string;
  field: AmountField;
  text: string;
  amount: number;
  basis: 'circa' | 'range' | 'pending';
}

export const AMOUNT_ESTIMATE: RuleDefinition<'AMOUNT_ESTIMATE', Params> = {
  id: 'AMOUNT_ESTIMATE',
  severity: 'warning',
  title: { nl: 'Bedrag is een schatting', en: 'Amount is an estimate' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) =>
      `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is ${p.basis === 'range' ? 'een bandbreedte' : p.basis === 'pending' ? 'nog niet definitief' : 'een schatting'} (${quote(p.text)}); de controle rekent met ${euro(p.amount)}${p.basis === 'range' ? ', de bovengrens' : ''}.`,
    en: (p) =>
      `The ${FIELD.en[p.field]} of ${quote(p.name)} is ${p.basis === 'range' ? 'a range' : p.basis === 'pending' ? 'not final yet' : 'an estimate'} (${quote(p.text)}); the check uses ${euro(p.amount)}${p.basis === 'range' ? ', the upper bound' : ''}.`,
  },
  checks: [amountCheck, paymentAmountCheck],
};
