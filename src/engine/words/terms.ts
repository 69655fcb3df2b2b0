/**
 * The domain's own words, each spelled exactly once per language. Every other word list (tabs,
 * pane, command line, text report, sheets) builds on these, so "Begroot" cannot drift into
 * "Begroting" in one place and stay "Begroot" in another. Capitalised as a heading or column;
 * `lower()` gives the word inside a sentence.
 */
import type { Severity } from '../findings';
import type { GoalNumber } from '../goals';
import type { Bilingual } from './lang';

export interface Terms {
  readonly begroot: string;
  readonly benut: string;
  readonly restant: string;
  /** The column of what share of begroot is benut. */
  readonly percentBenut: string;
  readonly plafond: string;
  readonly totaal: string;
  readonly bestedingsdoel: string;
  readonly interventie: string;
  readonly interventies: string;
  readonly uitvoerder: string;
  readonly toelichting: string;
  readonly betaald: string;
  readonly open: string;
  readonly betalingen: string;
  readonly bedrag: string;
  readonly regel: string;
  readonly reden: string;
  readonly cel: string;
  readonly oud: string;
  readonly nieuw: string;
  readonly verschil: string;
  readonly omschrijving: string;
  readonly werkblad: string;
  readonly melding: string;
  readonly wijzigingen: string;
  readonly geaccepteerdOp: string;
  readonly vingerafdruk: string;
  /** The goal column of an intervention without a goal that the check recognises. */
  readonly zonderDoel: string;
  /** Payments that name no intervention of the budget. */
  readonly zonderInterventie: string;
  readonly ruimte: string;
  /** A finding's severity, one finding. */
  readonly severity: Readonly<Record<Severity, string>>;
  /** Severities as a heading over several findings. */
  readonly severities: Readonly<Record<Severity, string>>;
  /** A count of findings inside a sentence, one and many: "1 fout", "3 fouten", "2 ter info". */
  readonly severityCount: Readonly<Record<Severity, readonly [string, string]>>;
}

export const TERMS: Bilingual<Terms> = {
  nl: {
    begroot: 'Begroot',
    benut: 'Benut',
    restant: 'Restant',
    percentBenut: '% benut',
    plafond: 'Plafond',
    totaal: 'Totaal',
    bestedingsdoel: 'Bestedingsdoel',
    interventie: 'Interventie',
    interventies: 'Interventies',
    uitvoerder: 'Uitvoerder',
    toelichting: 'Toelichting',
    betaald: 'Betaald',
    open: 'Open',
    betalingen: 'Betalingen',
    bedrag: 'Bedrag',
    regel: 'Regel',
    reden: 'Reden',
    cel: 'Cel',
    oud: 'Oud',
    nieuw: 'Nieuw',
    verschil: 'Verschil',
    omschrijving: 'Omschrijving',
    werkblad: 'Werkblad',
    melding: 'Melding',
    wijzigingen: 'Wijzigingen',
    geaccepteerdOp: 'Geaccepteerd op',
    vingerafdruk: 'Vingerafdruk',
    zonderDoel: 'Zonder (geldig) doel',
    zonderInterventie: 'Zonder bekende interventie',
    ruimte: 'Ruimte onder het plafond',
    severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Ter info' },
    severities: { error: 'Fouten', warning: 'Waarschuwingen', info: 'Ter info' },
    severityCount: {
      error: ['fout', 'fouten'],
      warning: ['waarschuwing', 'waarschuwingen'],
      info: ['ter info', 'ter info'],
    },
  },
  en: {
    begroot: 'Budgeted',
    benut: 'Spent',
    restant: 'Remaining',
    percentBenut: '% spent',
    plafond: 'Ceiling',
    totaal: 'Total',
    bestedingsdoel: 'Spending goal',
    interventie: 'Intervention',
    interventies: 'Interventions',
    uitvoerder: 'Partner',
    toelichting: 'Note',
    betaald: 'Paid',
    open: 'Open',
    betalingen: 'Payments',
    bedrag: 'Amount',
    regel: 'Rule',
    reden: 'Reason',
    cel: 'Cell',
    oud: 'Old',
    nieuw: 'New',
    verschil: 'Difference',
    omschrijving: 'Description',
    werkblad: 'Worksheet',
    melding: 'Message',
    wijzigingen: 'Changes',
    geaccepteerdOp: 'Accepted on',
    vingerafdruk: 'Fingerprint',
    zonderDoel: 'Without a (valid) goal',
    zonderInterventie: 'Without a known intervention',
    ruimte: 'Room under the ceiling',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    severities: { error: 'Errors', warning: 'Warnings', info: 'Info' },
    severityCount: { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] },
  },
};

/** "3 fouten", "1 waarschuwing": a count with the word for one or many; `format` writes the number. */
export function counted(
  n: number,
  [one, many]: readonly [string, string],
  format: (n: number) => string = String,
): string {
  return `${format(n)} ${n === 1 ? one : many}`;
}

/** "Begroot" → "begroot": a term inside a sentence. */
export function lower(term: string): string {
  return term.charAt(0).toLowerCase() + term.slice(1);
}

/**
 * The five bestedingsdoelen by their canonical names (as in the guide), in English, and the short
 * form tab names and narrow columns use.
 */
export const GOAL_TERMS: Readonly<
  Record<GoalNumber, { readonly nl: string; readonly en: string; readonly short: string }>
> = {
  1: { nl: 'Bovenschoolse maatregelen', en: 'Out-of-school measures', short: 'Bovenschools' },
  2: { nl: 'Voorschoolse periode', en: 'Pre-school period', short: 'Voorschools' },
  3: { nl: 'Zorg en welzijn', en: 'Care and welfare', short: 'Zorg en welzijn' },
  4: { nl: 'Samenwerking in de gemeente', en: 'Cooperation within the municipality', short: 'Samenwerking' },
  5: { nl: 'Thuiszitters', en: 'Preventing children staying home from school', short: 'Thuiszitters' },
};
