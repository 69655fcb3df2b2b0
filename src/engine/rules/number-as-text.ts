/** NUMBER_AS_TEXT (error): an amount stored as text, which Excel's SUM skips. */
import type { AmountField } from '../findings';
import { amountCheck, paymentAmountCheck } from './checks/amounts';
import { euro, FIELD, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  name: string;
  field: AmountField;
  text: string;
  amount: number;
}

export const NUMBER_AS_TEXT: RuleDefinition<'NUMBER_AS_TEXT', Params> = {
  id: 'NUMBER_AS_TEXT',
  severity: 'error',
  title: { nl: 'Bedrag als tekst', en: 'Amount as text' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) =>
      `Het ${FIELD.nl[p.field]} van ${quote(p.name)} staat als tekst in de cel (${quote(p.text)}); SOM telt het niet mee. De controle rekent met ${euro(p.amount)}.`,
    en: (p) =>
      `The ${FIELD.en[p.field]} of ${quote(p.name)} is stored as text (${quote(p.text)}); SUM skips it. The check uses ${euro(p.amount)}.`,
  },
  checks: [amountCheck, paymentAmountCheck],
};
