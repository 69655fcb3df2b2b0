/** FRACTIONAL_CENT (warning): an amount with more than two decimals. */
import type { AmountField } from '../findings';
import { amountCheck, paymentAmountCheck } from './checks/amounts';
import { euro, FIELD, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  name: string;
  field: AmountField;
  value: string;
  amount: number;
}

export const FRACTIONAL_CENT: RuleDefinition<'FRACTIONAL_CENT', Params> = {
  id: 'FRACTIONAL_CENT',
  severity: 'warning',
  title: { nl: 'Bedrag in fracties van een cent', en: 'Amount in fractions of a cent' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) =>
      `Het ${FIELD.nl[p.field]} van ${quote(p.name)} heeft meer dan twee decimalen (${p.value}); de controle rekent met ${euro(p.amount)}.`,
    en: (p) =>
      `The ${FIELD.en[p.field]} of ${quote(p.name)} has more than two decimals (${p.value}); the check uses ${euro(p.amount)}.`,
  },
  checks: [amountCheck, paymentAmountCheck],
};
