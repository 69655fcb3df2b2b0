/**
 * A ceiling typed by a user, in the pane's field or as `--ceiling`: Dutch notation
 * (`2.138.509,64`, `€ 322.000,-`) or English (`2,138,509.64`), read by the same amount reader as the
 * sheet, so the pane, the command line and the sheet agree on what an amount is. A ceiling is one
 * exact, positive amount in whole cents: a third decimal (`1.234,567`) is a typing error, refused
 * rather than rounded.
 */
import { readAmountText } from '../amounts';

/** Why typed text is no ceiling; each adapter says it in its own words. */
export type CeilingRefusal = 'fractional-cent' | 'not-positive' | 'estimate' | 'too-large' | 'not-amount';

export type CeilingInput =
  /** Nothing typed: no ceiling of the user's, the workbook's own counts. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly cents: number }
  | { readonly kind: 'invalid'; readonly reason: CeilingRefusal };

export function parseCeilingInput(text: string): CeilingInput {
  const refuse = (reason: CeilingRefusal): CeilingInput => ({ kind: 'invalid', reason });
  const reading = readAmountText(text);
  switch (reading.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'number':
    case 'text-number':
      if (reading.fractionalCent) return refuse('fractional-cent');
      return reading.cents > 0 ? { kind: 'amount', cents: reading.cents } : refuse('not-positive');
    case 'zero':
      return refuse('not-positive');
    case 'estimate':
      return refuse('estimate');
    case 'unreadable':
      return refuse(reading.reason === 'too-large' ? 'too-large' : 'not-amount');
    case 'placeholder':
    case 'error':
      return refuse('not-amount');
  }
}
