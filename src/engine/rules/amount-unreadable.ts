/** AMOUNT_UNREADABLE (error): an amount cell holding no amount (text, a date, TRUE/FALSE, a number too large). */
import type { AmountField } from '../findings';
import { amountCheck, paymentAmountCheck } from './checks/amounts';
import { FIELD, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  name: string;
  field: AmountField;
  text: string;
  reason: 'text' | 'date' | 'boolean' | 'too-large';
}

function unreadableNl(p: Params): string {
  if (p.reason === 'date') return 'de cel is als datum opgemaakt';
  if (p.reason === 'boolean') return `de cel bevat ${p.text}`;
  if (p.reason === 'too-large') return 'het getal is te groot om exact te rekenen';
  return quote(p.text);
}

function unreadableEn(p: Params): string {
  if (p.reason === 'date') return 'the cell is formatted as a date';
  if (p.reason === 'boolean') return `the cell holds ${p.text}`;
  if (p.reason === 'too-large') return 'the number is too large to compute exactly';
  return quote(p.text);
}

export const AMOUNT_UNREADABLE: RuleDefinition<'AMOUNT_UNREADABLE', Params> = {
  id: 'AMOUNT_UNREADABLE',
  severity: 'error',
  title: { nl: 'Bedrag onleesbaar', en: 'Amount unreadable' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) =>
      `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is geen bedrag (${unreadableNl(p)}); de controle kan het niet meetellen.`,
    en: (p) =>
      `The ${FIELD.en[p.field]} of ${quote(p.name)} is not an amount (${unreadableEn(p)}); the check cannot count it.`,
  },
  checks: [amountCheck, paymentAmountCheck],
};
