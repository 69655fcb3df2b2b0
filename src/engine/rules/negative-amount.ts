/** NEGATIVE_AMOUNT (warning): a negative begroot or benut (a begrotingswijziging below zero is no finding). */
import type { AmountField } from '../findings';
import { amountCheck } from './checks/amounts';
import { euro, FIELD, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  name: string;
  field: AmountField;
  amount: number;
}

export const NEGATIVE_AMOUNT: RuleDefinition<'NEGATIVE_AMOUNT', Params> = {
  id: 'NEGATIVE_AMOUNT',
  severity: 'warning',
  title: { nl: 'Negatief bedrag', en: 'Negative amount' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) => `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is negatief (${euro(p.amount)}).`,
    en: (p) => `The ${FIELD.en[p.field]} of ${quote(p.name)} is negative (${euro(p.amount)}).`,
  },
  checks: [amountCheck],
};
