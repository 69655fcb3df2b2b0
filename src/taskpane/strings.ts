/**
 * Every sentence and label the task pane shows, Dutch first and English second. Amounts are in
 * Dutch notation in both languages (`€ 1.234,56`): that is how the users' own documents write them.
 * The engine's own sentences (finding messages, ceiling sources) come from src/engine/messages.ts.
 */
import type { Severity } from '../engine/findings';
import type { Lang } from '../engine/messages';

/** Dutch when Office speaks Dutch (`nl-NL`, `nl-BE`), English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** `14:03`: when a result was made. */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const NL = {
  title: 'NPO-controle',
  unsavedWorkbook: 'deze werkmap',
  sheet: 'Werkblad',
  sheetPlaceholder: 'Kies een werkblad',
  noSheets: 'Geen werkbladen gevonden',
  ceiling: 'Plafond',
  ceilingHint: {
    user: 'Door u opgegeven en bewaard in deze werkmap. Maak het veld leeg om het plafond uit het blad te gebruiken.',
    default: 'Standaardwaarde (plafond Hilversum); typ het plafond van uw gemeente, bijvoorbeeld 322.000,00.',
    check: (source: string) => `Gevonden bij de controle: ${source}.`,
  },
  ceilingInvalid: {
    notAmount: 'Dit is geen bedrag. Typ het plafond als 2.138.509,64.',
    notPositive: 'Het plafond moet groter zijn dan € 0,00.',
    estimate: 'Typ één exact bedrag, geen schatting of bereik.',
    fractionalCent: 'Gebruik hoogstens twee decimalen.',
    tooLarge: 'Dit bedrag is te groot.',
  },
  ceilingNotUsable: 'Het plafond is geen geldig bedrag; verbeter het eerst.',
  ceilingNotSaved: (reason: string) => `Het plafond kon niet in de werkmap worden bewaard. ${reason}`,

  actions: 'Acties',
  check: 'Controleren',
  highlight: 'Markeren',
  clearHighlights: 'Markeringen wissen',
  writeTabs: 'Overzichten maken',
  insertBudgetSheet: 'Nieuw begrotingsblad',
  recheck: 'Opnieuw controleren',
  dismiss: 'Melding sluiten',
  restart: 'Opnieuw beginnen',

  busy: {
    loading: 'Werkmap lezen…',
    check: 'Bezig met controleren…',
    highlight: 'Cellen markeren…',
    clear: 'Markeringen wissen…',
    tabs: 'Overzichten maken…',
    insert: 'Begrotingsblad invoegen…',
  },

  checkedAt: (time: string) => `Gecontroleerd om ${time}`,
  checkDone: (time: string, counts: string) => `Gecontroleerd om ${time}: ${counts}.`,
  highlighted: (n: number) => (n === 0 ? 'Geen cellen om te markeren: de controle vond niets op dit blad.' : `${plural(n, 'cel', 'cellen')} gemarkeerd.`),
  cleared: (n: number) => (n === 0 ? 'Markeringen gewist; er waren geen gemarkeerde cellen.' : `Markeringen gewist: ${plural(n, 'cel', 'cellen')} terug zoals ze waren.`),
  tabsWritten: (n: number) => `${plural(n, 'tabblad', 'tabbladen')} gemaakt:`,
  sheetInserted: (name: string) => `Nieuw begrotingsblad ‘${name}’ ingevoegd. Vul de interventies in en kies Controleren.`,
  stale: 'Het blad is gewijzigd sinds de controle.',
  notWatching: (reason: string) => `Wijzigingen in het blad worden niet gevolgd. ${reason}`,
  stopWatchingFailed: (reason: string) => `Het volgen van het vorige blad kon niet worden gestopt. ${reason}`,
  sheetsNotListed: (reason: string) => `De lijst met werkbladen kon niet worden bijgewerkt. ${reason}`,
  unexpected: (detail: string) => `Er ging iets mis: ${detail}. Probeer het opnieuw; blijft het misgaan, meld het dan.`,

  checkedSheet: (sheet: string, layout: string) => `Werkblad ‘${sheet}’, ${layout}`,
  totalBegroot: 'Totaal begroot',
  totalBenut: 'Totaal benut',
  ceilingIs: 'Plafond',
  overCeiling: (amount: string) => `${amount} boven het plafond`,
  underCeiling: (amount: string) => `${amount} onder het plafond`,
  atCeiling: 'Precies gelijk aan het plafond',

  perGoal: 'Per bestedingsdoel',
  begroot: 'Begroot',
  benut: 'Benut',
  restant: 'Restant',
  withoutGoal: 'Zonder (geldig) doel',
  total: 'Totaal',
  interventions: (n: number) => plural(n, 'interventie', 'interventies'),
  percentBenut: (percent: string) => `${percent} benut`,
  overspent: 'overbesteed',
  nothingBudgeted: 'Niets begroot',
  noBenutColumn: 'Het blad heeft geen kolom voor benut; alleen de begrote bedragen staan hier.',

  findings: 'Bevindingen',
  counts: (e: number, w: number, i: number) => `${plural(e, 'fout', 'fouten')}, ${plural(w, 'waarschuwing', 'waarschuwingen')}, ${i} ter info`,
  severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Ter info' } as Record<Severity, string>,
  filter: 'Toon bevindingen',
  all: 'Alle',
  withCount: (label: string, n: number) => `${label} (${n})`,
  previous: 'Vorige',
  next: 'Volgende',
  walk: 'Door de bevindingen lopen',
  position: (at: number, of: number, cell: string) => `Bevinding ${at} van ${of}: ${cell}`,
  positionNone: (of: number) => (of === 0 ? 'Geen bevindingen om langs te lopen.' : `${plural(of, 'bevinding', 'bevindingen')}; kies Volgende om bij de eerste te beginnen.`),
  noFindings: 'Geen bevindingen: het blad klopt.',
  noneOfSeverity: 'Geen bevindingen van deze soort.',
  showMore: (n: number) => `Toon meer (nog ${n})`,

  afstemming: 'Afstemming',
  paid: 'Betaald',
  open: 'Open',
  difference: 'Verschil (benut − betaald)',
  afstemmingSummary: (paid: string, open: string) => `Betaald ${paid}, open ${open}.`,
  unexplained: (amount: string, tolerance: string, within: boolean) =>
    `Onverklaarde verschillen ${amount}: ${within ? 'binnen' : 'boven'} de rapporteringstolerantie van ${tolerance}.`,
  noDifferences: 'Bij geen enkele interventie verschillen benut en betaald.',
  showAll: (n: number) => `Toon alle (${n})`,
  showDifferencesOnly: 'Toon alleen verschillen',
  goToBenut: 'Ga naar benut',
  goToBenutOf: (name: string) => `Ga naar benut van ‘${name}’`,
  paymentRow: (row: number) => `Rij ${row}`,
  goToPaymentRow: (row: number) => `Ga naar betaling rij ${row}`,
  paymentsOf: (n: number) => `Betalingen (${n})`,
  noPayments: 'Geen betalingen',
  unassigned: 'Zonder bekende interventie',
  periodStart: 'Begin periode',
  periodEnd: 'Einde periode',
  periodHint: 'Geldt bij de volgende controle.',
  periodPlaceholder: 'd-m-jjjj',
  periodInvalid: {
    empty: 'Typ een datum, bijvoorbeeld 1-8-2021.',
    notDate: 'Dit is geen datum. Typ de datum als 1-8-2021.',
    order: 'Het einde van de periode ligt vóór het begin.',
  },
  periodNotUsable: 'De periode is niet geldig; verbeter die eerst.',
};

export type Strings = typeof NL;

const EN: Strings = {
  title: 'NPO check',
  unsavedWorkbook: 'this workbook',
  sheet: 'Worksheet',
  sheetPlaceholder: 'Choose a worksheet',
  noSheets: 'No worksheets found',
  ceiling: 'Ceiling',
  ceilingHint: {
    user: 'Given by you and kept in this workbook. Empty the field to use the ceiling from the sheet.',
    default: "Default (Hilversum's ceiling); type your municipality's ceiling, for example 322.000,00.",
    check: (source) => `Found by the check: ${source}.`,
  },
  ceilingInvalid: {
    notAmount: 'This is not an amount. Type the ceiling as 2.138.509,64.',
    notPositive: 'The ceiling must be more than € 0,00.',
    estimate: 'Type one exact amount, not an estimate or a range.',
    fractionalCent: 'Use at most two decimals.',
    tooLarge: 'This amount is too large.',
  },
  ceilingNotUsable: 'The ceiling is not a valid amount; correct it first.',
  ceilingNotSaved: (reason) => `The ceiling could not be kept in the workbook. ${reason}`,

  actions: 'Actions',
  check: 'Check',
  highlight: 'Highlight',
  clearHighlights: 'Clear highlights',
  writeTabs: 'Create overviews',
  insertBudgetSheet: 'New budget sheet',
  recheck: 'Check again',
  dismiss: 'Close message',
  restart: 'Start again',

  busy: {
    loading: 'Reading the workbook…',
    check: 'Checking…',
    highlight: 'Highlighting cells…',
    clear: 'Clearing highlights…',
    tabs: 'Creating overviews…',
    insert: 'Inserting a budget sheet…',
  },

  checkedAt: (time) => `Checked at ${time}`,
  checkDone: (time, counts) => `Checked at ${time}: ${counts}.`,
  highlighted: (n) => (n === 0 ? 'No cells to highlight: the check found nothing on this sheet.' : `${plural(n, 'cell', 'cells')} highlighted.`),
  cleared: (n) => (n === 0 ? 'Highlights cleared; no cells were highlighted.' : `Highlights cleared: ${plural(n, 'cell', 'cells')} back as they were.`),
  tabsWritten: (n) => `${plural(n, 'tab', 'tabs')} created:`,
  sheetInserted: (name) => `New budget sheet ‘${name}’ inserted. Fill in the interventions and choose Check.`,
  stale: 'The sheet has changed since the check.',
  notWatching: (reason) => `Changes to the sheet are not being followed. ${reason}`,
  stopWatchingFailed: (reason) => `Following the previous sheet could not be stopped. ${reason}`,
  sheetsNotListed: (reason) => `The list of worksheets could not be updated. ${reason}`,
  unexpected: (detail) => `Something went wrong: ${detail}. Try again; if it keeps failing, please report it.`,

  checkedSheet: (sheet, layout) => `Sheet ‘${sheet}’, ${layout}`,
  totalBegroot: 'Total budgeted',
  totalBenut: 'Total spent',
  ceilingIs: 'Ceiling',
  overCeiling: (amount) => `${amount} above the ceiling`,
  underCeiling: (amount) => `${amount} below the ceiling`,
  atCeiling: 'Exactly at the ceiling',

  perGoal: 'Per spending goal',
  begroot: 'Budgeted',
  benut: 'Spent',
  restant: 'Remaining',
  withoutGoal: 'Without a (valid) goal',
  total: 'Total',
  interventions: (n) => plural(n, 'intervention', 'interventions'),
  percentBenut: (percent) => `${percent} spent`,
  overspent: 'overspent',
  nothingBudgeted: 'Nothing budgeted',
  noBenutColumn: 'The sheet has no column for spending; only the budgeted amounts are shown.',

  findings: 'Findings',
  counts: (e, w, i) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}, ${i} info`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  filter: 'Show findings',
  all: 'All',
  withCount: (label, n) => `${label} (${n})`,
  previous: 'Previous',
  next: 'Next',
  walk: 'Walk through the findings',
  position: (at, of, cell) => `Finding ${at} of ${of}: ${cell}`,
  positionNone: (of) => (of === 0 ? 'No findings to walk through.' : `${plural(of, 'finding', 'findings')}; choose Next to start at the first.`),
  noFindings: 'No findings: the sheet is in order.',
  noneOfSeverity: 'No findings of this kind.',
  showMore: (n) => `Show more (${n} left)`,

  afstemming: 'Reconciliation',
  paid: 'Paid',
  open: 'Open',
  difference: 'Difference (spent − paid)',
  afstemmingSummary: (paid, open) => `Paid ${paid}, open ${open}.`,
  unexplained: (amount, tolerance, within) => `Unexplained differences ${amount}: ${within ? 'within' : 'above'} the reporting tolerance of ${tolerance}.`,
  noDifferences: 'No intervention has a difference between spent and paid.',
  showAll: (n) => `Show all (${n})`,
  showDifferencesOnly: 'Show differences only',
  goToBenut: 'Go to spent',
  goToBenutOf: (name) => `Go to spent of ‘${name}’`,
  paymentRow: (row) => `Row ${row}`,
  goToPaymentRow: (row) => `Go to payment row ${row}`,
  paymentsOf: (n) => `Payments (${n})`,
  noPayments: 'No payments',
  unassigned: 'Without a known intervention',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  periodHint: 'Applies at the next check.',
  periodPlaceholder: 'd-m-yyyy',
  periodInvalid: {
    empty: 'Type a date, for example 1-8-2021.',
    notDate: 'This is not a date. Type the date as 1-8-2021 (day-month-year).',
    order: 'The end of the period lies before its start.',
  },
  periodNotUsable: 'The period is not valid; correct it first.',
};

export function strings(lang: Lang): Strings {
  return lang === 'nl' ? NL : EN;
}
