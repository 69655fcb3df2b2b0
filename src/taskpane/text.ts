/**
 * Text as the pane shows it: an amount never breaks between "€" and its figure (a no-break
 * space, so a narrow or zoomed pane wraps before the amount, not inside it), and counts carry
 * thousands separators (26.870, in English 26,870).
 */
import type { Lang } from '../engine/messages';
import { formatEuro } from '../engine/money';

const NBSP = '\u00a0';

/** Every `€ 1.234,56` in a text with a no-break space after the euro sign. */
export function unbreakable(text: string): string {
  return text.replace(/€ (?=[-\d])/g, `€${NBSP}`);
}

/** `€ 1.234,56` with a no-break space. */
export function euro(cents: number): string {
  return unbreakable(formatEuro(cents));
}

/** `26.870` in Dutch, `26,870` in English. */
export function groupedCount(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
}
