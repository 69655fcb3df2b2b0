/**
 * The words on the tabs the add-in writes (overview, per goal, findings, reconciliation, annual
 * accounts), Dutch first. Tab names stay Dutch in both languages: they are names, and the checker
 * recognises its own tabs by them.
 */
import type { Severity } from '../findings';
import type { Lang } from './lang';
import { counted, TERMS } from './terms';

export const OVERZICHT_SHEET = 'NPO Overzicht';
export const CONTROLE_SHEET = 'NPO Controle';
export const AFSTEMMING_SHEET = 'NPO Afstemming';
export const JAARREKENING_SHEET = 'NPO Jaarrekening';
/** Written by comparing two versions of the budget (npo-check vergelijk, "Vergelijken met…"). */
export const WIJZIGINGEN_SHEET = 'NPO Wijzigingen';

/** "Doel 1 Bovenschools": one tab per goal, named by its short form. */
export const GOAL_TAB_PREFIX = 'Doel';
export function goalTabName(goal: number, short: string): string {
  return `${GOAL_TAB_PREFIX} ${goal} ${short}`;
}

/** A tab's name while the tabs are being written, before each gets its real name. */
export function temporaryTabName(index: number, stamp: string): string {
  return `NPO tijdelijk ${index + 1} ${stamp}`;
}

export type Status = 'within' | 'overspent' | 'unspent' | 'uncertain';

/** How an intervention (or an uitvoerder's interventions) stands against its payments, worst first. */
export type ReconciliationStatus = 'difference' | 'overBudget' | 'open' | 'none' | 'reconciled';

const T = TERMS.nl;
const E = TERMS.en;

const NL = {
  overzichtTitle: 'NPO-overzicht per bestedingsdoel',
  checked: (sheet: string, source: string, date: string) =>
    `Werkblad ‘${sheet}’ uit ${source}, gecontroleerd op ${date}`,
  ceiling: T.plafond,
  goal: T.bestedingsdoel,
  begroot: T.begroot,
  benut: T.benut,
  restant: T.restant,
  percent: T.percentBenut,
  interventions: T.interventies,
  severities: T.severities as Record<Severity, string>,
  withoutGoal: T.zonderDoel,
  general: 'Algemeen (totalen en plafond)',
  total: T.totaal,
  room: T.ruimte,
  overCeiling: `${T.begroot} boven het plafond`,
  over: (amount: string) => `Er is ${amount} meer begroot dan het plafond toestaat.`,
  under: (amount: string) => `Er is nog ${amount} onder het plafond beschikbaar.`,
  exact: 'Het plan is precies gelijk aan het plafond.',
  multiGoalNote: 'Een interventie met meerdere doelen telt bij elk van die doelen mee.',
  goalTitle: (goal: number, name: string) => `Doel ${goal}: ${name}`,
  goalSubtitle: (sheet: string, n: number) =>
    `${n} ${n === 1 ? 'interventie' : 'interventies'} uit werkblad ‘${sheet}’`,
  code: 'Nr',
  intervention: T.interventie,
  partner: T.uitvoerder,
  status: 'Status',
  note: T.toelichting,
  source: 'Cel in begroting',
  noInterventions: 'Geen interventies met dit doel.',
  split: (goals: string) => `Gelijk verdeeld over doel ${goals}`,
  table: (n: number, label?: string) => (label ? `Tabel ${n}: ${label}` : `Tabel ${n}`),
  statuses: {
    within: 'binnen budget',
    overspent: 'overbesteed',
    unspent: 'nog niet benut',
    uncertain: 'bedrag onzeker',
  } as Record<Status, string>,
  controleTitle: 'NPO-controle: bevindingen',
  counts: (e: number, w: number, i: number) =>
    `${counted(e, T.severityCount.error)}, ${counted(w, T.severityCount.warning)}, ${counted(i, T.severityCount.info)}`,
  severity: 'Ernst',
  rule: T.regel,
  cell: T.cel,
  amount: T.bedrag,
  message: T.melding,
  noFindings: 'Geen bevindingen.',
  acceptedTitle: (n: number) => `Geaccepteerde bevindingen (${n}): tellen niet mee`,
  reason: T.reden,
  acceptedOn: T.geaccepteerdOp,
  unusedTitle: (n: number) => `Acceptaties zonder bevinding (${n}): de bevinding komt niet meer voor`,
  fingerprint: T.vingerafdruk,
  and: 'en',
  paymentsLine: (sheet: string) => `Betalingen (werkblad ‘${sheet}’)`,
  afstemmingTitle: 'NPO-afstemming: betalingen tegen de begroting',
  afstemmingSubtitle: (payments: string, budget: string, start: string, end: string) =>
    `Werkblad ‘${payments}’ afgestemd met ‘${budget}’; bestedingsperiode ${start} t/m ${end}`,
  perIntervention: 'Per interventie',
  perPartner: 'Per uitvoerder',
  allPayments: 'Alle betalingen, per uitvoerder en interventie',
  paid: T.betaald,
  open: T.open,
  difference: 'Verschil benut − betaald',
  unexplainedColumn: 'Onverklaard verschil',
  paymentsHeader: T.betalingen,
  codes: 'Nrs',
  paymentCount: 'Aantal betalingen',
  toPayments: 'Naar de betalingen',
  paymentsCount: (n: number) => (n === 1 ? '1 betaling' : `${n} betalingen`),
  date: 'Datum',
  number: 'Nummer',
  creditor: 'Crediteur',
  kind: 'Soort',
  belongsTo: 'Hoort bij interventie',
  description: T.omschrijving,
  paymentRow: 'Regel in betalingen',
  noPartner: '(geen uitvoerder)',
  unassigned: T.zonderInterventie,
  noIntervention: '—',
  reconciliationStatuses: {
    difference: 'verschil benut en betaald',
    overBudget: 'betalingen boven begroot',
    open: 'open posten',
    none: 'geen betalingen',
    reconciled: 'sluit aan',
  } as Record<ReconciliationStatus, string>,
  unknownStatus: 'niet toe te wijzen',
  unexplained: 'Onverklaarde verschillen (som van de verschillen, zonder teken)',
  lasten: 'Lasten (totaal benut)',
  lastenPaid: 'Lasten (totaal betaald; de begroting heeft geen kolom benut)',
  toleranceLabel: 'Rapporteringstolerantie (Bado art. 5 lid 4)',
  verdict: 'Oordeel',
  withinTolerance: 'binnen de tolerantie',
  aboveTolerance: 'boven de tolerantie',
  toleranceNote:
    'Tolerantie volgens het Besluit accountantscontrole decentrale overheden, art. 5 lid 4: bij lasten tot en met € 125.000 is zij € 12.500, tot en met € 1.000.000 10% van de lasten (naar beneden afgerond op centen), daarboven € 125.000.',
  jaarrekeningTitle: 'NPO-jaarrekening: besteding per kalenderjaar',
  jaarrekeningSubtitle: (sheet: string, start: string, end: string) =>
    `Betaalde bedragen uit werkblad ‘${sheet}’, per kalenderjaar en bestedingsdoel; bestedingsperiode ${start} t/m ${end}`,
  year: 'Jaar',
  goalColumn: (goal: number, short: string) => `Doel ${goal} ${short}`,
  withoutGoalShort: 'Zonder doel',
  cumulative: 'Cumulatief',
  remaining: 'Resterend van het plafond',
  undated: 'Zonder leesbare datum',
  share: 'Aandeel per doel',
  paidTotal: 'Betaald in totaal',
  outsidePeriod: 'Waarvan buiten de bestedingsperiode',
  unassignedPaid: 'Waarvan zonder bekende interventie',
  spent: 'Besteed ten laste van de NPO-middelen',
  openItems: 'Nog te betalen (open posten binnen de periode)',
  paybackFinal: (end: string) => `Terug te betalen (bestedingsperiode geëindigd op ${end})`,
  paybackProjection: (end: string) => `Terug te betalen bij geen verdere besteding t/m ${end} (prognose)`,
  paybackAfterOpen: 'Terug te betalen na betaling van de open posten',
  paybackNote: `Betalingen zonder leesbare datum tellen als besteed: hun datum moet worden hersteld (zie ${CONTROLE_SHEET}).`,
  accounting: 'Verantwoording en tolerantie',
  noPayments: 'Het betalingenblad bevat geen betalingen.',
  pageOf: 'Pagina &P van &N',
};

type Words = typeof NL;

const EN: Words = {
  overzichtTitle: 'NPO overview per spending goal',
  checked: (sheet, source, date) => `Sheet ‘${sheet}’ from ${source}, checked on ${date}`,
  ceiling: E.plafond,
  goal: E.bestedingsdoel,
  begroot: E.begroot,
  benut: E.benut,
  restant: E.restant,
  percent: E.percentBenut,
  interventions: E.interventies,
  severities: E.severities,
  withoutGoal: E.zonderDoel,
  general: 'General (totals and ceiling)',
  total: E.totaal,
  room: E.ruimte,
  overCeiling: `${E.begroot} above the ceiling`,
  over: (amount) => `${amount} more is budgeted than the ceiling allows.`,
  under: (amount) => `${amount} is still available under the ceiling.`,
  exact: 'The plan equals the ceiling exactly.',
  multiGoalNote: 'An intervention with several goals counts under each of them.',
  goalTitle: (goal, name) => `Goal ${goal}: ${name}`,
  goalSubtitle: (sheet, n) => `${n} ${n === 1 ? 'intervention' : 'interventions'} from sheet ‘${sheet}’`,
  code: 'No.',
  intervention: E.interventie,
  partner: E.uitvoerder,
  status: 'Status',
  note: E.toelichting,
  source: 'Cell in budget',
  noInterventions: 'No interventions with this goal.',
  split: (goals) => `Split equally over goals ${goals}`,
  table: (n, label) => (label ? `Table ${n}: ${label}` : `Table ${n}`),
  statuses: {
    within: 'within budget',
    overspent: 'overspent',
    unspent: 'not yet spent',
    uncertain: 'amount uncertain',
  },
  controleTitle: 'NPO check: findings',
  counts: (e, w, i) =>
    `${counted(e, E.severityCount.error)}, ${counted(w, E.severityCount.warning)}, ${counted(i, E.severityCount.info)}`,
  severity: 'Severity',
  rule: E.regel,
  cell: E.cel,
  amount: E.bedrag,
  message: E.melding,
  noFindings: 'No findings.',
  acceptedTitle: (n) => `Accepted findings (${n}): not counted`,
  reason: E.reden,
  acceptedOn: E.geaccepteerdOp,
  unusedTitle: (n) => `Acceptances without a finding (${n}): the finding no longer occurs`,
  fingerprint: E.vingerafdruk,
  and: 'and',
  paymentsLine: (sheet) => `Payments (sheet ‘${sheet}’)`,
  afstemmingTitle: 'NPO reconciliation: payments against the budget',
  afstemmingSubtitle: (payments, budget, start, end) =>
    `Sheet ‘${payments}’ reconciled with ‘${budget}’; spending period ${start} to ${end}`,
  perIntervention: 'Per intervention',
  perPartner: 'Per partner',
  allPayments: 'All payments, per partner and intervention',
  paid: E.betaald,
  open: E.open,
  difference: 'Difference spent − paid',
  unexplainedColumn: 'Unexplained difference',
  paymentsHeader: E.betalingen,
  codes: 'Nos.',
  paymentCount: 'Number of payments',
  toPayments: 'To the payments',
  paymentsCount: (n) => (n === 1 ? '1 payment' : `${n} payments`),
  date: 'Date',
  number: 'Number',
  creditor: 'Creditor',
  kind: 'Type',
  belongsTo: 'Belongs to intervention',
  description: E.omschrijving,
  paymentRow: 'Row in payments',
  noPartner: '(no partner)',
  unassigned: E.zonderInterventie,
  noIntervention: '—',
  reconciliationStatuses: {
    difference: 'spent and paid differ',
    overBudget: 'payments above budget',
    open: 'open items',
    none: 'no payments',
    reconciled: 'reconciles',
  },
  unknownStatus: 'cannot be assigned',
  unexplained: 'Unexplained differences (sum of the differences, without sign)',
  lasten: 'Lasten (total spent)',
  lastenPaid: 'Lasten (total paid; the budget has no spent column)',
  toleranceLabel: 'Reporting tolerance (Bado art. 5(4))',
  verdict: 'Verdict',
  withinTolerance: 'within the tolerance',
  aboveTolerance: 'above the tolerance',
  toleranceNote:
    'Tolerance under the Besluit accountantscontrole decentrale overheden, art. 5(4): for lasten up to and including € 125.000 it is € 12.500, up to and including € 1.000.000 10% of the lasten (rounded down to the cent), above that € 125.000.',
  jaarrekeningTitle: 'NPO annual accounts: spending per calendar year',
  jaarrekeningSubtitle: (sheet, start, end) =>
    `Amounts paid from sheet ‘${sheet}’, per calendar year and spending goal; spending period ${start} to ${end}`,
  year: 'Year',
  goalColumn: (goal) => `Goal ${goal}`,
  withoutGoalShort: 'No goal',
  cumulative: 'Cumulative',
  remaining: 'Left of the ceiling',
  undated: 'No readable date',
  share: 'Share per goal',
  paidTotal: 'Paid in total',
  outsidePeriod: 'Of which outside the spending period',
  unassignedPaid: 'Of which for no known intervention',
  spent: 'Spent on the NPO grant',
  openItems: 'Still to pay (open items within the period)',
  paybackFinal: (end) => `To pay back (spending period ended on ${end})`,
  paybackProjection: (end) => `To pay back if nothing more is spent up to ${end} (projection)`,
  paybackAfterOpen: 'To pay back once the open items are paid',
  paybackNote: `Payments without a readable date count as spent: their date needs repair (see ${CONTROLE_SHEET}).`,
  accounting: 'Accounting and tolerance',
  noPayments: 'The payments sheet holds no payments.',
  pageOf: 'Page &P of &N',
};

export type TabWords = Words;

export function tabWords(lang: Lang): TabWords {
  return lang === 'nl' ? NL : EN;
}
