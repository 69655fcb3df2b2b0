/** The pieces rule messages are made of, Dutch and English: quoted names, lists, rows, payments. */
import type { AmountField, PaymentRef, RowRef } from '../findings';
import { goalInfo, type GoalNumber } from '../goals';
import type { AmountRole } from '../layout/columns';
import type { Lang } from '../messages';
import { formatEuro } from '../money';
import { lower, TERMS } from '../words/terms';

export { dutchFormula } from '../formula/dutch';
export const euro = formatEuro;

/** "het begrote bedrag" / "the budgeted amount", by the figure a finding is about. */
export const FIELD: Record<Lang, Record<AmountField, string>> = {
  nl: { begroot: 'begrote bedrag', benut: 'benutte bedrag', payment: 'bedrag' },
  en: { begroot: 'budgeted amount', benut: 'spent amount', payment: 'amount' },
};

/** A total's column: "(begroot)" / "(budgeted)". */
export const TOTAL_FIELD: Record<Lang, Record<AmountRole, string>> = {
  nl: { begroot: lower(TERMS.nl.begroot), benut: lower(TERMS.nl.benut) },
  en: { begroot: lower(TERMS.en.begroot), benut: lower(TERMS.en.benut) },
};

export function goalName(goal: GoalNumber, lang: Lang): string {
  const info = goalInfo(goal);
  return lang === 'nl' ? `doel ${goal} (${info.name})` : `goal ${goal} (${info.nameEn})`;
}

export function goalList(goals: ReadonlyArray<GoalNumber>, lang: Lang): string {
  const names = goals.map((g) => goalName(g, lang));
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${names[names.length - 1]}`;
}

export const quote = (text: string): string => `‘${text.length > 80 ? `${text.slice(0, 77)}…` : text}’`;

/** "Betaling ‘F-2023-118’ (Bibliotheek, € 2.852,00, rij 17)". */
export function paymentNl(p: PaymentRef, word = 'Betaling'): string {
  const details = [p.partner, euro(p.amount), `rij ${p.row}`].filter((d) => d !== undefined).join(', ');
  return `${word}${p.number !== undefined ? ` ${quote(p.number)}` : ''} (${details})`;
}

export function paymentEn(p: PaymentRef, word = 'Payment'): string {
  const details = [p.partner, euro(p.amount), `row ${p.row}`].filter((d) => d !== undefined).join(', ');
  return `${word}${p.number !== undefined ? ` ${quote(p.number)}` : ''} (${details})`;
}

/** "a, b en c", at most `max` items and then "en nog 3". */
export function list(items: ReadonlyArray<string>, lang: Lang, max = 5): string {
  const and = lang === 'nl' ? 'en' : 'and';
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} ${and} ${lang === 'nl' ? `nog ${more}` : `${more} more`}`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}

/** "‘Bijles’ (rij 4) en ‘Jeugdcoach’ (rij 5)"; without rows simply "interventies", so a sentence stays whole. */
export function rowRefs(rows: ReadonlyArray<RowRef>, lang: Lang): string {
  if (rows.length === 0) return lang === 'nl' ? 'interventies' : 'interventions';
  return list(
    rows.map((r) => `${quote(r.name)} (${lang === 'nl' ? 'rij' : 'row'} ${r.row})`),
    lang,
  );
}

/** [6,7,8,10] → "rijen 6–8 en 10"; [] → "geen rijen". */
export function rowRanges(rows: ReadonlyArray<number>, lang: Lang): string {
  if (rows.length === 0) return lang === 'nl' ? 'geen rijen' : 'no rows';
  const runs: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
    runs.push(start === rows[i - 1] ? `${start}` : `${start}–${rows[i - 1]}`);
    start = rows[i];
  }
  const word = lang === 'nl' ? (rows.length === 1 ? 'rij' : 'rijen') : rows.length === 1 ? 'row' : 'rows';
  return `${word} ${list(runs, lang, 8)}`;
}
