/**
 * The ceiling field: what it says about the text typed in it (read by the engine's one reading of
 * a typed ceiling, the same as `--ceiling`), what it shows for an amount, and where the amount
 * came from.
 */
import { parseCeilingInput, type CeilingRefusal } from '../engine/inputs/ceiling-input';
import { ceilingSourceText, type Lang } from '../engine/messages';
import { formatEuro } from '../engine/money';
import type { CeilingState, CheckedState } from './state';
import { strings, type Strings } from './strings';

export type CeilingInput =
  /** An empty field: forget the typed ceiling, let the sheet's own count again. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly cents: number }
  | { readonly kind: 'invalid'; readonly message: string };

/** The field's words for each reason the engine refuses a typed ceiling. */
const REFUSAL_MESSAGE: Record<CeilingRefusal, keyof Strings['ceilingInvalid']> = {
  'fractional-cent': 'fractionalCent',
  'not-positive': 'notPositive',
  estimate: 'estimate',
  'too-large': 'tooLarge',
  'not-amount': 'notAmount',
};

export function parseCeilingText(text: string, lang: Lang): CeilingInput {
  const input = parseCeilingInput(text);
  return input.kind === 'invalid'
    ? { kind: 'invalid', message: strings(lang).ceilingInvalid[REFUSAL_MESSAGE[input.reason]] }
    : input;
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
      return found && found.source !== 'default' && found.source !== 'option'
        ? hint.check(ceilingSourceText(found.source, lang, found))
        : hint.default;
    case 'default':
      return hint.default;
  }
}
