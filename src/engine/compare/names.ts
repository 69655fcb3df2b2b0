/**
 * How alike two intervention names and two partners are. Versions reword names ("Cultuur" becomes
 * "Kunst- en cultuuronderwijs", "Zorg?!" becomes "Zorg") and partners ("Proloog" becomes "Stichting
 * Proloog"), so names are compared on their letters and words, never on the exact text.
 */
import { significantWords } from '../payments/partners';
import { normalise } from '../text';

/** Small words that say nothing about which intervention is meant. */
const FILLER = new Set([
  'de',
  'het',
  'een',
  'en',
  'of',
  'van',
  'voor',
  'op',
  'in',
  'met',
  'aan',
  'te',
  'door',
  'bij',
  'incl',
  'inclusief',
  'the',
  'and',
  'for',
  'with',
]);

/** The name as compared: case, accents and punctuation do not count. */
export function nameKey(name: string): string {
  return normalise(name);
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice's coefficient over letter pairs: tolerant of a changed ending or a typo. */
function letterSimilarity(a: string, b: string): number {
  const x = bigrams(a.replace(/ /g, ''));
  const y = bigrams(b.replace(/ /g, ''));
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [pair, n] of y) {
    total += n;
    shared += Math.min(n, x.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Dice's coefficient over significant words, a word also counting when one contains the other
 * ("cultuur" is in "cultuuronderwijs"): "Sport" and "Sport- en bewegen" share one of three words.
 */
function wordSimilarity(a: string, b: string): number {
  const wa = [...new Set(a.split(' ').filter((w) => w !== '' && !FILLER.has(w)))];
  const wb = [...new Set(b.split(' ').filter((w) => w !== '' && !FILLER.has(w)))];
  if (wa.length === 0 || wb.length === 0) return 0;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // A word inside another ("natuur" in "natuurbeleving") counts for three quarters.
  let found = 0;
  for (const w of short) {
    if (long.includes(w)) found += 1;
    else if (w.length >= 4 && long.some((l) => l.length >= 4 && (l.includes(w) || w.includes(l)))) found += 0.75;
  }
  return (2 * found) / (short.length + long.length);
}

/** How alike two names are, 0 to 1; 1 for names equal but for case, accents and punctuation. */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return x === '' ? 0 : 1;
  // Only names equal but for case and punctuation are alike for 100%.
  return Math.min(0.99, Math.max(letterSimilarity(x, y), wordSimilarity(x, y)));
}

/** "N.t.b.", "P.M.", "?", "-": the document names no partner yet. */
const NO_PARTNER = /^(n ?t ?b|nader te bepalen|p ?m|onbekend|nvt|n ?v ?t)?$/;

function partnerWords(partner: string | undefined): string[] {
  const key = normalise(partner ?? '');
  return NO_PARTNER.test(key) ? [] : significantWords(partner ?? '');
}

/**
 * Whether two versions name the same uitvoerder: every significant word of one is in the other,
 * also when written together ("Team Sportservice" / "Teamsportservice"), or one is the initials
 * of the other ("RBL"). Both without a partner is the same; one without is a change.
 */
export function samePartnerAcrossVersions(a: string | undefined, b: string | undefined): boolean {
  const wa = partnerWords(a);
  const wb = partnerWords(b);
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length;
  const within = (words: ReadonlyArray<string>, other: ReadonlyArray<string>): boolean => {
    const set = new Set(other);
    const joined = other.join('');
    return words.every((w) => set.has(w) || (w.length >= 4 && joined.includes(w)));
  };
  const initials = (words: ReadonlyArray<string>): string => words.map((w) => w.charAt(0)).join('');
  return (
    within(wa, wb) ||
    within(wb, wa) ||
    (wa.length === 1 && wa[0] === initials(wb)) ||
    (wb.length === 1 && wb[0] === initials(wa))
  );
}

/** Whether the document names a partner at all (not "N.t.b."). */
export function namesPartner(partner: string | undefined): boolean {
  return partnerWords(partner).length > 0;
}
