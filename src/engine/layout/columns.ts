/**
 * What a header cell says its column holds. Users write headers in Dutch and English, with extra
 * words ("Begroot bedrag 2022", "Benut t/m 2023"), so a header is matched on its words.
 */
import { normalise } from '../text';

export type ColumnRole =
  'code' | 'intervention' | 'goal' | 'partner' | 'begroot' | 'benut' | 'restant' | 'percent' | 'note';

export type AmountRole = 'begroot' | 'benut';

/**
 * When a header has words of several roles, the role listed first wins: the more specific meaning
 * ("Budget benut" is spent money, "Restant budget" is what is left, "Interventie nr" is the code).
 */
const ROLE_WORDS: ReadonlyArray<readonly [ColumnRole, ReadonlyArray<string>]> = [
  ['percent', ['percentage', 'pct', 'procent', 'perc']],
  ['restant', ['restant', 'resterend', 'saldo', 'remaining', 'balance', 'verschil']],
  [
    'benut',
    [
      'benut',
      'besteed',
      'uitgegeven',
      'realisatie',
      'gerealiseerd',
      'uitgaven',
      'spent',
      'actual',
      'actuals',
      'realised',
      'realized',
    ],
  ],
  ['goal', ['bestedingsdoel', 'bestedingsdoelen', 'doel', 'doelen', 'goal', 'goals', 'thema']],
  [
    'begroot',
    [
      'begroot',
      'begrote',
      'begroting',
      'primitief',
      'primitieve',
      'wijziging',
      'budget',
      'bedrag',
      'bedragen',
      'kosten',
      'raming',
      'geraamd',
      'geraamde',
      'budgeted',
      'amount',
      'cost',
      'costs',
      'planned',
    ],
  ],
  [
    'partner',
    [
      'uitvoerder',
      'uitvoerders',
      'partner',
      'partners',
      'regie',
      'uitvoering',
      'aanbieder',
      'organisatie',
      'provider',
      'wie',
    ],
  ],
  ['code', ['nr', 'nummer', 'code', '#', 'no', 'id', 'num']],
  [
    'intervention',
    [
      'interventie',
      'interventies',
      'maatregel',
      'maatregelen',
      'activiteit',
      'activiteiten',
      'inzet',
      'omschrijving',
      'intervention',
      'interventions',
      'measure',
      'measures',
      'activity',
      'activities',
      'description',
      'naam',
      'project',
      'actie',
      'acties',
    ],
  ],
  ['note', ['toelichting', 'opmerking', 'opmerkingen', 'notes', 'note', 'remarks', 'doelgroep', 'target', 'uitleg']],
];

const WORD_ROLE = new Map<string, ColumnRole>();
const ROLE_RANK = new Map<ColumnRole, number>();
ROLE_WORDS.forEach(([role, list], rank) => {
  ROLE_RANK.set(role, rank);
  for (const w of list) WORD_ROLE.set(w, role);
});

/**
 * Dutch writes compounds as one word: "Totaalbedrag", "Projectkosten", "Begrotingswijziging",
 * "Restantbudget". Only the figure words are looked for inside a compound, and mostly at its end,
 * where Dutch puts the head of the word: "Kostenplaats" is a cost centre, no cost; elsewhere a
 * compound means something else ("Projectleider" is no project, "Doelgroep" no goal).
 */
const COMPOUND_HEADS = /^(begroting|realisatie|restant)/;
const COMPOUND_PARTS: ReadonlyArray<readonly [ColumnRole, string]> = (
  ['percent', 'restant', 'benut', 'begroot'] as const
).flatMap((role) =>
  ROLE_WORDS.find(([r]) => r === role)![1]
    .filter((w) => w.length >= 5)
    .map((w) => [role, w] as const),
);

function compoundRole(token: string): ColumnRole | undefined {
  let best: ColumnRole | undefined;
  for (const [role, part] of COMPOUND_PARTS) {
    if (token.length > part.length && (token.endsWith(part) || (token.startsWith(part) && COMPOUND_HEADS.test(part)))) {
      if (best === undefined || ROLE_RANK.get(role)! < ROLE_RANK.get(best)!) best = role;
    }
  }
  return best;
}

/** The role a header text names, or undefined when it names none (or is too long to be a header). */
export function roleOfHeader(text: string): ColumnRole | undefined {
  if (text.includes('%')) return 'percent';
  const tokens = normalise(text)
    .split(' ')
    .filter((t) => t !== '');
  // Headers are short; a sentence that happens to contain "doel" is a note, not a header.
  if (tokens.length === 0 || tokens.length > 6) return undefined;
  let best: ColumnRole | undefined;
  for (const token of tokens) {
    const role = WORD_ROLE.get(token) ?? (token.length > 6 ? compoundRole(token) : undefined);
    if (role && (best === undefined || ROLE_RANK.get(role)! < ROLE_RANK.get(best)!)) best = role;
  }
  return best;
}
