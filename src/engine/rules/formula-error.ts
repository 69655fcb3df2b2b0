/** FORMULA_ERROR (error): an error value (#REF!, #DIV/0!, …) in an amount or total cell, or in a part of a total. */
import type { AmountField } from '../findings';
import { amountCheck, paymentAmountCheck } from './checks/amounts';
import { totalsCheck } from './checks/totals';
import { FIELD, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  name: string;
  field: AmountField;
  error: string;
  partCell?: string;
}

export const FORMULA_ERROR: RuleDefinition<'FORMULA_ERROR', Params> = {
  id: 'FORMULA_ERROR',
  severity: 'error',
  title: { nl: 'Fout in formule', en: 'Error in formula' },
  fingerprint: (p) => ({ subject: { kind: 'intervention', name: p.name }, which: p.field }),
  message: {
    nl: (p) =>
      p.partCell
        ? `${quote(p.name)} kan niet worden nagerekend: onderdeel ${p.partCell} geeft de foutwaarde ${p.error}.`
        : `Het ${FIELD.nl[p.field]} van ${quote(p.name)} is de foutwaarde ${p.error}; de formule moet worden hersteld.`,
    en: (p) =>
      p.partCell
        ? `${quote(p.name)} cannot be checked: its part ${p.partCell} shows the error ${p.error}.`
        : `The ${FIELD.en[p.field]} of ${quote(p.name)} is the error ${p.error}; the formula needs repair.`,
  },
  checks: [totalsCheck, amountCheck, paymentAmountCheck],
};
