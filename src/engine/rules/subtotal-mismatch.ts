/** SUBTOTAL_MISMATCH (error): a stated subtotal or total differs from the sum of its parts. */
import type { AmountRole } from '../layout/columns';
import { totalsCheck } from './checks/totals';
import { euro, quote } from './phrases';
import type { RuleDefinition } from './rule';

export interface Params {
  label: string;
  field: AmountRole;
  stated: number;
  sum: number;
  difference: number;
  textParts: number;
}

export const SUBTOTAL_MISMATCH: RuleDefinition<'SUBTOTAL_MISMATCH', Params> = {
  id: 'SUBTOTAL_MISMATCH',
  severity: 'error',
  title: { nl: 'Subtotaal klopt niet', en: 'Subtotal does not add up' },
  fingerprint: (p) => ({ subject: { kind: 'total', label: p.label }, which: p.field }),
  message: {
    nl: (p) =>
      `${quote(p.label)} vermeldt ${euro(p.stated)} ${p.field === 'begroot' ? 'begroot' : 'benut'}, maar de onderdelen tellen op tot ${euro(p.sum)}: ${euro(Math.abs(p.difference))} ${p.difference < 0 ? 'te weinig' : 'te veel'}.` +
      (p.textParts !== 0 ? ` Daarvan staat ${euro(p.textParts)} als tekst in de cellen, wat SOM overslaat.` : ''),
    en: (p) =>
      `${quote(p.label)} states ${euro(p.stated)} ${p.field === 'begroot' ? 'budgeted' : 'spent'}, but its parts add up to ${euro(p.sum)}: ${euro(Math.abs(p.difference))} too ${p.difference < 0 ? 'little' : 'much'}.` +
      (p.textParts !== 0 ? ` Of that, ${euro(p.textParts)} is stored as text, which SUM skips.` : ''),
  },
  checks: [totalsCheck],
};
