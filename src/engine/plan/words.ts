/** The words on the tabs the add-in writes, Dutch first. Tab names stay Dutch in both languages. */
import type { Severity } from '../findings';
import type { Lang } from '../messages';

export const OVERZICHT_SHEET = 'NPO Overzicht';
export const CONTROLE_SHEET = 'NPO Controle';

/**
 * Whether a sheet name is one the add-in gives its tabs (also with the " (2)" a clash adds): such a
 * tab is never a candidate for the budget sheet when the checker picks one by itself.
 */
export function isOwnTabName(name: string): boolean {
  return /^(NPO Overzicht|NPO Controle|Doel [1-5] .+?)( \(\d+\))?$/.test(name);
}

export type Status = 'within' | 'overspent' | 'unspent' | 'uncertain';

const NL = {
  overzichtTitle: 'NPO-overzicht per bestedingsdoel',
  checked: (sheet: string, source: string, date: string) => `Werkblad ‘${sheet}’ uit ${source}, gecontroleerd op ${date}`,
  ceiling: 'Plafond',
  goal: 'Bestedingsdoel',
  begroot: 'Begroot',
  benut: 'Benut',
  restant: 'Restant',
  percent: '% benut',
  interventions: 'Interventies',
  severities: { error: 'Fouten', warning: 'Waarschuwingen', info: 'Ter info' } as Record<Severity, string>,
  withoutGoal: 'Zonder (geldig) doel',
  general: 'Algemeen (totalen en plafond)',
  total: 'Totaal',
  room: 'Ruimte onder het plafond',
  overCeiling: 'Begroot boven het plafond',
  over: (amount: string) => `Er is ${amount} meer begroot dan het plafond toestaat.`,
  under: (amount: string) => `Er is nog ${amount} onder het plafond beschikbaar.`,
  exact: 'Het plan is precies gelijk aan het plafond.',
  multiGoalNote: 'Een interventie met meerdere doelen telt bij elk van die doelen mee.',
  goalTitle: (goal: number, name: string) => `Doel ${goal}: ${name}`,
  goalSubtitle: (sheet: string, n: number) => `${n} ${n === 1 ? 'interventie' : 'interventies'} uit werkblad ‘${sheet}’`,
  code: 'Nr',
  intervention: 'Interventie',
  partner: 'Uitvoerder',
  status: 'Status',
  note: 'Toelichting',
  source: 'Cel in begroting',
  noInterventions: 'Geen interventies met dit doel.',
  split: (goals: string) => `Gelijk verdeeld over doel ${goals}`,
  statuses: { within: 'binnen budget', overspent: 'overbesteed', unspent: 'nog niet benut', uncertain: 'bedrag onzeker' } as Record<Status, string>,
  controleTitle: 'NPO-controle: bevindingen',
  counts: (e: number, w: number, i: number) => `${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${i} ter info`,
  severity: 'Ernst',
  rule: 'Regel',
  cell: 'Cel',
  amount: 'Bedrag',
  message: 'Melding',
  noFindings: 'Geen bevindingen.',
  and: 'en',
};

type Words = typeof NL;

const EN: Words = {
  overzichtTitle: 'NPO overview per spending goal',
  checked: (sheet, source, date) => `Sheet ‘${sheet}’ from ${source}, checked on ${date}`,
  ceiling: 'Ceiling',
  goal: 'Spending goal',
  begroot: 'Budgeted',
  benut: 'Spent',
  restant: 'Remaining',
  percent: '% spent',
  interventions: 'Interventions',
  severities: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  withoutGoal: 'Without a (valid) goal',
  general: 'General (totals and ceiling)',
  total: 'Total',
  room: 'Room under the ceiling',
  overCeiling: 'Budgeted above the ceiling',
  over: (amount) => `${amount} more is budgeted than the ceiling allows.`,
  under: (amount) => `${amount} is still available under the ceiling.`,
  exact: 'The plan equals the ceiling exactly.',
  multiGoalNote: 'An intervention with several goals counts under each of them.',
  goalTitle: (goal, name) => `Goal ${goal}: ${name}`,
  goalSubtitle: (sheet, n) => `${n} ${n === 1 ? 'intervention' : 'interventions'} from sheet ‘${sheet}’`,
  code: 'No.',
  intervention: 'Intervention',
  partner: 'Partner',
  status: 'Status',
  note: 'Note',
  source: 'Cell in budget',
  noInterventions: 'No interventions with this goal.',
  split: (goals) => `Split equally over goals ${goals}`,
  statuses: { within: 'within budget', overspent: 'overspent', unspent: 'not yet spent', uncertain: 'amount uncertain' },
  controleTitle: 'NPO check: findings',
  counts: (e, w, i) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
  severity: 'Severity',
  rule: 'Rule',
  cell: 'Cell',
  amount: 'Amount',
  message: 'Message',
  noFindings: 'No findings.',
  and: 'and',
};

export function words(lang: Lang): Words {
  return lang === 'nl' ? NL : EN;
}

/** `22-11-2026`, the way Dutch documents write a date. */
export function dutchDate(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${date.getFullYear()}`;
}
