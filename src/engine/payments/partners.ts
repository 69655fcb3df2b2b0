/**
 * Whether a payment's partner is the intervention's uitvoerder. Names are written differently in
 * a ledger and in a budget ("Stichting Proloog" / "Proloog", "Bibliotheek Hilversum" / "De
 * Bibliotheek", "RBL" / "Regionaal Bureau Leerlingzaken"), so names are compared on their
 * significant words; a budget naming two partners ("Bink Kinderopvang en Teamsportservice")
 * accepts each of them.
 */
import { normalise } from '../text';

/** Legal forms and small words that never tell two organisations apart. */
const FILLER = new Set([
  'stichting',
  'st',
  'vereniging',
  'bv',
  'nv',
  'vof',
  'b',
  'v',
  'n',
  'de',
  'het',
  'een',
  'van',
  'voor',
  'en',
  'in',
  'op',
  'te',
  'gemeente',
  'the',
  'of',
  'and',
  'foundation',
]);

export function significantWords(name: string): string[] {
  return normalise(name)
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w));
}

/** "Regionaal Bureau Leerlingzaken" → "rbl". */
function initials(words: ReadonlyArray<string>): string {
  return words.map((w) => w.charAt(0)).join('');
}

function contains(longer: ReadonlyArray<string>, shorter: ReadonlyArray<string>): boolean {
  const set = new Set(longer);
  return shorter.every((w) => set.has(w));
}

/**
 * Same organisation: every significant word of one name is in the other, or one name is a single
 * word spelling the initials of the other's words. Undefined when either name is empty or only
 * filler: then there is nothing to compare.
 */
export function samePartner(a: string | undefined, b: string | undefined): boolean | undefined {
  const wa = significantWords(a ?? '');
  const wb = significantWords(b ?? '');
  if (wa.length === 0 || wb.length === 0) return undefined;
  if (contains(wa, wb) || contains(wb, wa)) return true;
  if (wa.length === 1 && wb.length > 1 && wa[0] === initials(wb)) return true;
  if (wb.length === 1 && wa.length > 1 && wb[0] === initials(wa)) return true;
  return false;
}

/** A key under which spellings differing only in case, accents and punctuation are one partner. */
export function partnerKey(name: string | undefined): string {
  return normalise(name ?? '');
}
