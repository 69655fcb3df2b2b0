/**
 * The ceiling as typed in the pane: Dutch notation (`2.138.509,64`, `€ 322.000,-`) or English
 * (`2,138,509.64`), read by the engine's own amount reader so the pane and the sheet agree on what
 * an amount is. A ceiling must be one exact, positive amount in whole cents.
 */
import { readAmountText } from '../engine/amounts';
import { ceilingSourceText, type Lang } from '../engine/messages';
import { formatEuro } from '../engine/money';
import type { CeilingState, CheckedState } from './state';
import { strings } from './strings';

export type CeilingInput =
  /** An empty field: forget the typed ceiling, let the sheet's own count again. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly cents: number }
  | { readonly kind: 'invalid'; readonly message: string };

export function parseCeilingText(text: string, lang: Lang): CeilingInput {
  const invalid = (message: string): CeilingInput => ({ kind: 'invalid', message });
  const s = strings(lang).ceilingInvalid;
  const reading = readAmountText(text);
  switch (reading.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'number':
    case 'text-number':
      if (reading.fractionalCent) return invalid(s.fractionalCent);
      return reading.cents > 0 ? { kind: 'amount', cents: reading.cents } : invalid(s.notPositive);
    case 'zero':
      return invalid(s.notPositive);
    case 'estimate':
      return invalid(s.estimate);
    case 'unreadable':
      return invalid(reading.reason === 'too-large' ? s.tooLarge : s.notAmount);
    case 'placeholder':
    case 'error':
      return invalid(s.notAmount);
  }
}

/** What the field shows for an amount: `2.138.509,64` (the euro sign stands beside the field). */
export function ceilingFieldText(cents: number): string {
  return formatEuro(cents).replace(/^€ /, '');
}

/** Where the ceiling in the field comes from, said under the field. */
export function ceilingHint(ceiling: CeilingState, checked: CheckedState | undefined, lang: Lang): string {
  const hint = strings(lang).ceilingHint;
  const found = ceiling.found ?? checked?.result.model.ceiling;
  switch (ceiling.origin) {
    case 'user':
      return hint.user;
    case 'check':
      return found && found.source !== 'default' && found.source !== 'option' ? hint.check(ceilingSourceText(found.source, lang, found)) : hint.default;
    case 'default':
      return hint.default;
  }
}
