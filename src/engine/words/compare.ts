/**
 * The words of comparing two versions of the budget (npo-check vergelijk, "Vergelijken met…"):
 * the sentence of every comparison item, the text report, and the NPO Wijzigingen tab. Dutch first.
 */
import type { MatchMethod, VersionChange, VersionRef } from '../compare/types';
import { goalInfo, type GoalNumber } from '../goals';
import { formatEuro } from '../money';
import type { Lang } from './lang';
import { lower, TERMS } from './terms';

const T = TERMS.nl;
const E = TERMS.en;

export type ChangeFacts = Omit<VersionChange, 'message'>;

/** `+€ 5.000,00`, `-€ 120.000,00`: the sign first, as a controller writes a difference. */
export function formatDifference(cents: number): string {
  return `${cents > 0 ? '+' : cents < 0 ? '-' : '±'}${formatEuro(Math.abs(cents))}`;
}

/** "1 ‘Huiswerkkamer’", or only the name when there is no code. */
function label(ref: VersionRef): string {
  return ref.code !== undefined ? `${ref.code} ‘${ref.name}’` : `‘${ref.name}’`;
}

function goalText(goals: ReadonlyArray<GoalNumber>, lang: Lang): string {
  if (goals.length === 0) return lang === 'nl' ? 'geen (geldig) doel' : 'no (valid) goal';
  const names = goals.map((g) => `${g} ${lang === 'nl' ? goalInfo(g).name : goalInfo(g).nameEn}`);
  return names.join(lang === 'nl' ? ' en ' : ' and ');
}

export function goalLabel(goal: GoalNumber | null, lang: Lang): string {
  if (goal === null) return lang === 'nl' ? T.zonderDoel : E.zonderDoel;
  return lang === 'nl' ? `Doel ${goal} ${goalInfo(goal).name}` : `Goal ${goal} ${goalInfo(goal).nameEn}`;
}

const METHOD: Record<Lang, Record<MatchMethod, string>> = {
  nl: { code: 'het nummer', name: 'de naam', 'partner-amount': 'uitvoerder en bedrag', block: 'het blok van nummers' },
  en: { code: 'the code', name: 'the name', 'partner-amount': 'partner and amount', block: 'the block of codes' },
};

function list(refs: ReadonlyArray<VersionRef>, lang: Lang): string {
  const items = refs.map(
    (r) => `${label(r)}${r.partner !== undefined ? ` (${r.partner})` : ''} ${formatEuro(r.begrootCents)}`,
  );
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

function ceilingPosition(roomCents: number, ceilingCents: number, lang: Lang): string {
  if (lang === 'nl') {
    if (roomCents < 0) return `${formatEuro(-roomCents)} boven het plafond van ${formatEuro(ceilingCents)}`;
    if (roomCents > 0) return `${formatEuro(roomCents)} onder het plafond van ${formatEuro(ceilingCents)}`;
    return `precies op het plafond van ${formatEuro(ceilingCents)}`;
  }
  if (roomCents < 0) return `${formatEuro(-roomCents)} over the ceiling of ${formatEuro(ceilingCents)}`;
  if (roomCents > 0) return `${formatEuro(roomCents)} under the ceiling of ${formatEuro(ceilingCents)}`;
  return `exactly at the ceiling of ${formatEuro(ceilingCents)}`;
}

export interface TotalFacts {
  readonly oldCeilingCents: number;
  readonly newCeilingCents: number;
  readonly oldRoomCents: number;
  readonly newRoomCents: number;
}

/** The sentence for one item in one language. `totals` is needed for VERSION_TOTAL only. */
export function changeMessage(c: ChangeFacts, lang: Lang, totals?: TotalFacts): string {
  const nl = lang === 'nl';
  const o = c.old;
  const n = c.new;
  const amounts =
    c.oldCents !== undefined && c.newCents !== undefined
      ? `${formatEuro(c.oldCents)} → ${formatEuro(c.newCents)} (${formatDifference(c.newCents - c.oldCents)})`
      : '';
  switch (c.id) {
    case 'VERSION_ADDED':
      return nl
        ? `Nieuw: ${label(n!)} (doel ${goalText(n!.goals, lang)}), begroot ${formatEuro(n!.begrootCents)}.`
        : `Added: ${label(n!)} (goal ${goalText(n!.goals, lang)}), budgeted ${formatEuro(n!.begrootCents)}.`;
    case 'VERSION_REMOVED':
      return nl
        ? `Vervallen: ${label(o!)} (doel ${goalText(o!.goals, lang)}), was begroot ${formatEuro(o!.begrootCents)}.`
        : `Removed: ${label(o!)} (goal ${goalText(o!.goals, lang)}), was budgeted ${formatEuro(o!.begrootCents)}.`;
    case 'VERSION_RENAMED':
      return nl
        ? `${n!.code ?? ''}${n!.code !== undefined ? ': ' : ''}naam gewijzigd van ‘${c.oldText}’ in ‘${c.newText}’ (${c.similarity}% gelijk).`
        : `${n!.code ?? ''}${n!.code !== undefined ? ': ' : ''}renamed from ‘${c.oldText}’ to ‘${c.newText}’ (${c.similarity}% alike).`;
    case 'VERSION_RENUMBERED':
      return nl
        ? `‘${n!.name}’ heeft een ander nummer: ${c.oldText || 'geen'} → ${c.newText || 'geen'}.`
        : `‘${n!.name}’ has another code: ${c.oldText || 'none'} → ${c.newText || 'none'}.`;
    case 'VERSION_SWAPPED': {
      const [a, b] = c.parts!.new;
      return nl
        ? `${c.oldText} en ${c.newText} hebben hun nummers geruild: ‘${a!.name}’ is nu ${a!.code}, ‘${b!.name}’ is nu ${b!.code}.`
        : `${c.oldText} and ${c.newText} swapped their codes: ‘${a!.name}’ is now ${a!.code}, ‘${b!.name}’ is now ${b!.code}.`;
    }
    case 'VERSION_SPLIT': {
      const { old: before, new: after } = c.parts!;
      return nl
        ? `Blok ${c.newText}: ${before.length} ${before.length === 1 ? 'rij' : 'rijen'} (${list(before, lang)}) staan nu als ${after.length} ${after.length === 1 ? 'rij' : 'rijen'} (${list(after, lang)}); samen ${amounts}.`
        : `Block ${c.newText}: ${before.length} ${before.length === 1 ? 'row' : 'rows'} (${list(before, lang)}) are now ${after.length} ${after.length === 1 ? 'row' : 'rows'} (${list(after, lang)}); together ${amounts}.`;
    }
    case 'VERSION_GOAL_MOVED':
      return nl
        ? `${label(n!)}: bestedingsdoel ${goalText(o!.goals, lang)} → ${goalText(n!.goals, lang)}.`
        : `${label(n!)}: spending goal ${goalText(o!.goals, lang)} → ${goalText(n!.goals, lang)}.`;
    case 'VERSION_BEGROOT_CHANGED':
      return nl ? `${label(n!)}: begroot ${amounts}.` : `${label(n!)}: budgeted ${amounts}.`;
    case 'VERSION_PARTNER_CHANGED':
      return nl
        ? `${label(n!)}: uitvoerder ‘${c.oldText || 'geen'}’ → ‘${c.newText || 'geen'}’.`
        : `${label(n!)}: partner ‘${c.oldText || 'none'}’ → ‘${c.newText || 'none'}’.`;
    case 'VERSION_UNCERTAIN_MATCH':
      return nl
        ? `Onzeker: oud ${label(o!)} en nieuw ${label(n!)} zijn als dezelfde interventie gelezen op grond van ${METHOD.nl[c.method!]}; de namen zijn ${c.similarity}% gelijk. Controleer of dit klopt.`
        : `Uncertain: old ${label(o!)} and new ${label(n!)} were read as the same intervention by ${METHOD.en[c.method!]}; the names are ${c.similarity}% alike. Please check.`;
    case 'VERSION_GOAL_SHIFT':
      return nl
        ? `${goalLabel(c.goal, lang)}: begroot ${amounts}.`
        : `${goalLabel(c.goal, lang)}: budgeted ${amounts}.`;
    case 'VERSION_TOTAL': {
      const t = totals!;
      return nl
        ? `Totaal begroot ${amounts}; oud ${ceilingPosition(t.oldRoomCents, t.oldCeilingCents, lang)}, nieuw ${ceilingPosition(t.newRoomCents, t.newCeilingCents, lang)}.`
        : `Total budgeted ${amounts}; old ${ceilingPosition(t.oldRoomCents, t.oldCeilingCents, lang)}, new ${ceilingPosition(t.newRoomCents, t.newCeilingCents, lang)}.`;
    }
  }
}

/** Short names of the ids, for the Wijzigingen tab and the pane. */
export const CHANGE_LABEL: Record<Lang, Record<VersionChange['id'], string>> = {
  nl: {
    VERSION_ADDED: 'nieuw',
    VERSION_REMOVED: 'vervallen',
    VERSION_RENAMED: 'naam gewijzigd',
    VERSION_RENUMBERED: 'ander nummer',
    VERSION_SWAPPED: 'nummers geruild',
    VERSION_SPLIT: 'blok anders verdeeld',
    VERSION_GOAL_MOVED: 'ander doel',
    VERSION_BEGROOT_CHANGED: 'begroot gewijzigd',
    VERSION_PARTNER_CHANGED: 'andere uitvoerder',
    VERSION_UNCERTAIN_MATCH: 'koppeling onzeker',
    VERSION_GOAL_SHIFT: 'verschuiving per doel',
    VERSION_TOTAL: 'totaal',
  },
  en: {
    VERSION_ADDED: 'added',
    VERSION_REMOVED: 'removed',
    VERSION_RENAMED: 'renamed',
    VERSION_RENUMBERED: 'renumbered',
    VERSION_SWAPPED: 'codes swapped',
    VERSION_SPLIT: 'block regrouped',
    VERSION_GOAL_MOVED: 'goal moved',
    VERSION_BEGROOT_CHANGED: 'budget changed',
    VERSION_PARTNER_CHANGED: 'partner changed',
    VERSION_UNCERTAIN_MATCH: 'uncertain match',
    VERSION_GOAL_SHIFT: 'shift per goal',
    VERSION_TOTAL: 'total',
  },
};

export function methodText(method: MatchMethod, lang: Lang): string {
  return METHOD[lang][method];
}

/** The text report of `npo-check vergelijk`. */
export const COMPARE_REPORT_WORDS = {
  nl: {
    title: 'NPO-begrotingsvergelijking',
    old: T.oud,
    new: T.nieuw,
    sheet: 'werkblad',
    interventions: (n: number) => `${n} ${n === 1 ? 'interventie' : 'interventies'}`,
    goal: T.bestedingsdoel,
    difference: T.verschil,
    total: T.totaal,
    ceiling: T.plafond,
    room: T.ruimte,
    changes: (n: number) => `${T.wijzigingen}: ${n}`,
    none: 'Geen wijzigingen: beide versies begroten hetzelfde.',
    uncertain: (n: number) => `Onzekere koppelingen: ${n} (controleer die met de hand)`,
    general: `${T.totaal} en plafond`,
  },
  en: {
    title: 'NPO budget comparison',
    old: E.oud,
    new: E.nieuw,
    sheet: 'sheet',
    interventions: (n: number) => `${n} ${n === 1 ? 'intervention' : 'interventions'}`,
    goal: E.bestedingsdoel,
    difference: E.verschil,
    total: E.totaal,
    ceiling: E.plafond,
    room: E.ruimte,
    changes: (n: number) => `${E.wijzigingen}: ${n}`,
    none: 'No changes: both versions budget the same.',
    uncertain: (n: number) => `Uncertain matches: ${n} (check them by hand)`,
    general: `${E.totaal} and ceiling`,
  },
};

/** The label of the budget's total where a comparison item names it. */
export const TOTAL_LABEL = T.totaal;

/** The NPO Wijzigingen tab. */
export const WIJZIGINGEN_WORDS = {
  nl: {
    title: 'NPO-wijzigingen: wat is er veranderd tussen twee versies',
    subtitle: (o: string, os: string, n: string, ns: string, date: string) =>
      `Oud: werkblad ‘${o}’ uit ${os} · Nieuw: werkblad ‘${n}’ uit ${ns} · vergeleken op ${date}`,
    perIntervention: 'Per interventie',
    goal: T.bestedingsdoel,
    oldCode: `Nr ${lower(T.oud)}`,
    newCode: `Nr ${lower(T.nieuw)}`,
    intervention: T.interventie,
    partner: T.uitvoerder,
    oldBegroot: `${T.begroot} ${lower(T.oud)}`,
    newBegroot: `${T.begroot} ${lower(T.nieuw)}`,
    difference: T.verschil,
    changes: T.wijzigingen,
    match: 'Gekoppeld op',
    oldCell: `${T.cel} ${lower(T.oud)}`,
    newCell: `${T.cel} ${lower(T.nieuw)}`,
    total: T.totaal,
    unchanged: 'ongewijzigd',
    none: '—',
    uncertain: 'onzeker',
    perGoal: 'Per bestedingsdoel',
    ceiling: T.plafond,
    room: `${T.ruimte} (negatief: erboven)`,
    allChanges: `Alle ${lower(T.wijzigingen)}`,
    id: 'Soort (id)',
    oldValue: T.oud,
    newValue: T.nieuw,
    message: T.melding,
    noChanges: 'Geen wijzigingen: beide versies begroten hetzelfde.',
  },
  en: {
    title: 'NPO changes: what changed between two versions',
    subtitle: (o: string, os: string, n: string, ns: string, date: string) =>
      `Old: sheet ‘${o}’ from ${os} · New: sheet ‘${n}’ from ${ns} · compared on ${date}`,
    perIntervention: 'Per intervention',
    goal: E.bestedingsdoel,
    oldCode: 'Old code',
    newCode: 'New code',
    intervention: E.interventie,
    partner: E.uitvoerder,
    oldBegroot: 'Old budget',
    newBegroot: 'New budget',
    difference: E.verschil,
    changes: E.wijzigingen,
    match: 'Matched by',
    oldCell: 'Old cell',
    newCell: 'New cell',
    total: E.totaal,
    unchanged: 'unchanged',
    none: '—',
    uncertain: 'uncertain',
    perGoal: 'Per spending goal',
    ceiling: E.plafond,
    room: `${E.ruimte} (negative: over it)`,
    allChanges: 'All changes',
    id: 'Kind (id)',
    oldValue: E.oud,
    newValue: E.nieuw,
    message: E.melding,
    noChanges: 'No changes: both versions budget the same.',
  },
};
