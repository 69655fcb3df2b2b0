/**
 * Every sentence and label the task pane shows, Dutch first and English second. Amounts are in
 * Dutch notation in both languages (`€ 1.234,56`): that is how the users' own documents write them.
 * The engine's own sentences (finding messages, ceiling sources) come from the rule templates.
 */
import type { Severity } from '../findings';
import type { Lang } from './lang';
import { IGNORED_WHY, ROLE_WORD } from './reading';
import { ACCEPTANCES_SHEET, CORRECTIONS_SHEET } from './sheets';
import { counted, lower, TERMS, type Terms } from './terms';

const T = TERMS.nl;
const E = TERMS.en;

/** What a user can say a column holds, in the words of the correction's choices (COLUMN_CHOICES). */
const choices = (t: Terms, ignore: string) => ({
  code: 'code',
  interventie: lower(t.interventie),
  bestedingsdoel: lower(t.bestedingsdoel),
  uitvoerder: lower(t.uitvoerder),
  begroot: lower(t.begroot),
  benut: lower(t.benut),
  toelichting: lower(t.toelichting),
  negeren: ignore,
});

const grouped = (n: number, separator: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
/** "26.870 cellen": counts with the thousands separator of the language. */
const plural = (n: number, one: string, many: string): string => `${grouped(n, '.')} ${n === 1 ? one : many}`;
const pluralEn = (n: number, one: string, many: string): string => `${grouped(n, ',')} ${n === 1 ? one : many}`;

/** Findings counted per severity ("3 fouten"), numbers written by `format`; `counts` joins all three. */
function severityCounts(t: Terms, format: (n: number) => string) {
  const one = (s: Severity) => (n: number) => counted(n, t.severityCount[s], format);
  const countButton: Record<Severity, (n: number) => string> = {
    error: one('error'),
    warning: one('warning'),
    info: one('info'),
  };
  return {
    countButton,
    counts: (e: number, w: number, i: number) =>
      `${countButton.error(e)}, ${countButton.warning(w)}, ${countButton.info(i)}`,
  };
}
const NL_COUNTS = severityCounts(T, (n) => grouped(n, '.'));
const EN_COUNTS = severityCounts(E, (n) => grouped(n, ','));

const NL = {
  lang: 'nl' as Lang,
  title: 'NPO-controle',
  unsavedWorkbook: 'deze werkmap',
  sheet: T.werkblad,
  sheetPlaceholder: 'Kies een werkblad',
  noSheets: 'Geen werkbladen gevonden',
  ceiling: T.plafond,
  ceilingHint: {
    user: 'Door u opgegeven en bewaard in deze werkmap. Maak het veld leeg om het plafond uit het blad te gebruiken.',
    default:
      'De werkmap noemt geen plafond: dit is het standaardplafond (Hilversum). Typ het plafond van uw gemeente, bijvoorbeeld 322.000,00.',
    check: (source: string) => `Uit de werkmap: ${source}.`,
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
    accept: 'Bevinding accepteren…',
    withdraw: 'Acceptatie intrekken…',
    reading: 'Leeswijze aanpassen…',
  },

  checkedAt: (time: string) => `Gecontroleerd om ${time}`,
  checkDone: (time: string, counts: string) => `Gecontroleerd om ${time}: ${counts}.`,
  highlighted: (n: number) =>
    n === 0
      ? 'Geen cellen om te markeren: de controle vond niets op dit blad.'
      : `${plural(n, 'cel', 'cellen')} gemarkeerd.`,
  highlightsLeftOut: (n: number) =>
    `${plural(n, 'cel', 'cellen')} niet gemarkeerd: te veel om later weer te kunnen wissen. De ernstigste zijn gemarkeerd; alle bevindingen staan in de lijst.`,
  cleared: (n: number) =>
    n === 0
      ? 'Markeringen gewist; er waren geen gemarkeerde cellen.'
      : `Markeringen gewist: ${plural(n, 'cel', 'cellen')} terug zoals ze waren.`,
  tabsWritten: (n: number) => `${plural(n, 'tabblad', 'tabbladen')} gemaakt:`,
  sheetInserted: (name: string) =>
    `Nieuw begrotingsblad ‘${name}’ ingevoegd. Vul de interventies in en kies Controleren.`,
  stale: 'Het blad is gewijzigd sinds de controle.',
  notWatching: (reason: string) => `Wijzigingen in het blad worden niet gevolgd. ${reason}`,
  stopWatchingFailed: (reason: string) => `Het volgen van het vorige blad kon niet worden gestopt. ${reason}`,
  sheetsNotListed: (reason: string) => `De lijst met werkbladen kon niet worden bijgewerkt. ${reason}`,
  unexpected: (detail: string) => `Er ging iets mis: ${detail}. Probeer het opnieuw; blijft het misgaan, meld het dan.`,
  /** A plan Excel would refuse (the engine's PlanError): the checker's own bug, found before anything was written. */
  invalidPlan: (detail: string) =>
    `De NPO-controle stelde tabbladen samen die Excel niet zou aannemen (${detail}); er is niets geschreven. Dit is een fout in de NPO-controle; meld het graag, met de werkmap als dat kan.`,

  checkedSheet: (sheet: string, layout: string) => `Werkblad ‘${sheet}’, ${layout}`,
  totalBegroot: `${T.totaal} ${lower(T.begroot)}`,
  totalBenut: `${T.totaal} ${lower(T.benut)}`,
  ceilingIs: T.plafond,
  overCeiling: (amount: string) => `${amount} boven het plafond`,
  underCeiling: (amount: string) => `${amount} onder het plafond`,
  atCeiling: 'Precies gelijk aan het plafond',
  verdict: 'Uitkomst',
  againstDefault: 'ten opzichte van het standaardplafond (Hilversum)',
  defaultWarning: 'De werkmap noemt geen plafond. Typ het plafond van uw gemeente bij Plafond en controleer opnieuw.',
  countsGroup: 'Bevindingen tonen per soort',
  countButton: NL_COUNTS.countButton,
  settings: 'Werkblad, plafond en acties',
  settingsSummary: (sheet: string, ceiling: string) => `${sheet} · plafond ${ceiling}`,
  legend: 'Kleuren bij Markeren',
  legendItem: { error: 'Fout: oranjerood', warning: 'Waarschuwing: geel', info: 'Ter info: lichtblauw' } as Record<
    Severity,
    string
  >,
  recommended: 'aanbevolen',
  paymentsSheet: 'betalingen, geen begroting',
  otherSheet: (checked: string, chosen: string) =>
    `De resultaten gaan over ‘${checked}’, maar gekozen is ‘${chosen}’. Kies Controleren om ‘${chosen}’ te controleren.`,
  ruleGroup: (title: string, n: number) => `${title} (${grouped(n, '.')})`,
  details: 'Details',
  ruleIs: (rule: string) => `Regel: ${rule}`,
  englishFormula: (formula: string) => `In Engelstalige Excel: ${formula}`,
  formula: 'Formule',
  copyFormula: 'Kopieer formule',
  copyFormulaOf: (formula: string) => `Kopieer formule ${formula}`,
  formulaCopied: 'Formule gekopieerd.',
  copyFailed: 'Kopiëren lukte niet; selecteer de formule en kopieer die zelf.',
  wrappedStart: 'Terug bij de eerste bevinding.',
  wrappedEnd: 'Terug bij de laatste bevinding.',
  acceptCurrent: (what: string) => `Huidige bevinding accepteren… ${what}`,

  perGoal: 'Per bestedingsdoel',
  begroot: T.begroot,
  benut: T.benut,
  restant: T.restant,
  withoutGoal: T.zonderDoel,
  total: T.totaal,
  interventions: (n: number) => plural(n, 'interventie', 'interventies'),
  percentBenut: (percent: string) => `${percent} benut`,
  overspent: 'overbesteed',
  nothingBudgeted: 'Niets begroot',
  noBenutColumn: 'Het blad heeft geen kolom voor benut; alleen de begrote bedragen staan hier.',

  findings: 'Bevindingen',
  counts: NL_COUNTS.counts,
  severity: T.severity as Record<Severity, string>,
  filter: 'Toon bevindingen',
  all: 'Alle',
  withCount: (label: string, n: number) => `${label} (${n})`,
  previous: 'Vorige',
  next: 'Volgende',
  walk: 'Door de bevindingen lopen',
  position: (at: number, of: number, cell: string) => `Bevinding ${at} van ${of}: ${cell}`,
  positionNone: (of: number) =>
    of === 0
      ? 'Geen bevindingen om langs te lopen.'
      : `${plural(of, 'bevinding', 'bevindingen')}; kies Volgende om bij de eerste te beginnen.`,
  noFindings: 'Geen bevindingen: het blad klopt.',
  noneOfSeverity: 'Geen bevindingen van deze soort.',
  showMore: (n: number) => `Toon meer (nog ${n})`,
  withAccepted: (counts: string, n: number) => (n === 0 ? counts : `${counts} · ${n} geaccepteerd`),
  noOpenFindings: 'Geen open bevindingen: de overige zijn geaccepteerd.',

  accept: 'Accepteren…',
  acceptFinding: (what: string) => `Accepteren… ${what}`,
  acceptForm: (what: string) => `Bevinding ${what} accepteren`,
  reason: 'Reden (verplicht)',
  reasonHint: 'Bijvoorbeeld: bewust overschreden, besluit B&W 12-3-2024.',
  reasonRequired: 'Geef een reden op; zonder reden wordt een bevinding niet geaccepteerd.',
  acceptSave: 'Accepteren',
  acceptCancel: 'Annuleren',
  accepted: (n: number) => `Geaccepteerd (${n})`,
  acceptedIntro: `Deze bevindingen tellen niet mee; ze staan met hun reden op het blad ‘${ACCEPTANCES_SHEET}’.`,
  reasonIs: (reason: string) => `Reden: ${reason}`,
  acceptedOn: (date: string) => `geaccepteerd op ${date}`,
  withdraw: 'Intrekken',
  withdrawOf: (what: string) => `Intrekken: ${what}`,
  unusedAcceptances: (n: number) => `Acceptaties zonder bevinding (${n})`,
  unusedIntro:
    'De geaccepteerde bevinding komt niet meer voor: verbeterd, of het bedrag is veranderd. Trek de acceptatie in als die niet meer nodig is.',
  findingAccepted: 'Bevinding geaccepteerd.',
  acceptanceWithdrawn: 'Acceptatie ingetrokken.',
  acceptFailed: (reason: string) => `De bevinding is niet geaccepteerd. ${reason}`,
  withdrawFailed: (reason: string) => `De acceptatie is niet ingetrokken. ${reason}`,
  notRechecked: (done: string, reason: string) =>
    `${done} De controle kon daarna niet opnieuw worden gedaan. ${reason}`,

  afstemming: 'Afstemming',
  paid: T.betaald,
  open: T.open,
  difference: 'Verschil (benut − betaald)',
  afstemmingSummary: (paid: string, open: string) => `Betaald ${paid}, open ${open}.`,
  unexplained: (amount: string, tolerance: string, within: boolean) =>
    `Onverklaarde verschillen ${amount}: ${within ? 'binnen' : 'boven'} de rapporteringstolerantie van ${tolerance}.`,
  noDifferences: 'Bij geen enkele interventie verschillen benut en betaald.',
  showAll: (n: number) => `Toon alle (${n})`,
  showDifferencesOnly: 'Toon alleen verschillen',
  goToBenut: 'Ga naar benut',
  goToBenutOf: (name: string) => `Ga naar benut van ‘${name}’`,
  goToPaymentRow: (row: number, label: string) => `Ga naar betaling rij ${row}: ${label}`,
  paymentsOf: (n: number) => `Betalingen (${n})`,
  noPayments: 'Geen betalingen',
  unassigned: T.zonderInterventie,
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

  reading: {
    heading: 'Leeswijze',
    summary: (headerRow: number, begroot: string, unit: string) =>
      `kopregel rij ${headerRow}${begroot ? ` · begroot ${begroot}` : ''}${unit ? ` · ${unit}` : ''}`,
    intro: `Zo heeft de controle het blad gelezen. Klopt een kolom niet, kies dan wat erin staat: de controle onthoudt het in deze werkmap (blad ‘${CORRECTIONS_SHEET}’) en controleert meteen opnieuw.`,
    byUser: 'aangepast door gebruiker',
    headerRowField: 'Kopregel (rijnummer)',
    headerRowSet: 'Kopregel instellen',
    headerRowInvalid: 'Typ het nummer van de rij met de kolomkoppen, bijvoorbeeld 4.',
    automatic: 'Automatisch',
    automaticHeaderRow: 'Kopregel weer automatisch',
    showOnSheet: 'Toon op blad',
    showHeaderRow: (row: number) => `Toon op blad: kopregel rij ${row}`,
    showColumn: (letter: string) => `Toon op blad: kolom ${letter}`,
    table: (n: number, label: string | undefined, first: number, last: number) =>
      `Tabel ${n}${label ? ` ‘${label}’` : ''} (rijen ${first}–${last})`,
    column: (letter: string, header: string) => `Kolom ${letter}${header ? ` ‘${header}’` : ' (geen kop)'}`,
    asRead: (role: string) => `zoals gelezen: ${role}`,
    roles: { ...ROLE_WORD.nl, mark: 'markering per doel' },
    choices: choices(T, 'negeren'),
    why: IGNORED_WHY.nl,
    goal: (n: number) => `doel ${n}`,
    unit: 'Eenheid van de bedragen',
    unitAutomatic: (read: string) => `Automatisch (${read})`,
    unitEuro: 'euro',
    unitTimes: (amount: string) => `× ${amount}`,
    unitFrom: (cell: string, text: string) => `uit ${cell}: ‘${text}’`,
    ceiling: (amount: string, source: string) => `Plafond: ${amount} (${source})`,
    saved: 'Leeswijze aangepast.',
    notSaved: (reason: string) => `De leeswijze is niet aangepast. ${reason}`,
  },
};

export type Strings = typeof NL;

const EN: Strings = {
  lang: 'en',
  title: 'NPO check',
  unsavedWorkbook: 'this workbook',
  sheet: E.werkblad,
  sheetPlaceholder: 'Choose a worksheet',
  noSheets: 'No worksheets found',
  ceiling: E.plafond,
  ceilingHint: {
    user: 'Given by you and kept in this workbook. Empty the field to use the ceiling from the sheet.',
    default:
      "The workbook states no ceiling: this is the default (Hilversum's). Type your municipality's ceiling, for example 322.000,00.",
    check: (source) => `From the workbook: ${source}.`,
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
    accept: 'Accepting the finding…',
    withdraw: 'Withdrawing the acceptance…',
    reading: 'Changing the reading…',
  },

  checkedAt: (time) => `Checked at ${time}`,
  checkDone: (time, counts) => `Checked at ${time}: ${counts}.`,
  highlighted: (n) =>
    n === 0
      ? 'No cells to highlight: the check found nothing on this sheet.'
      : `${pluralEn(n, 'cell', 'cells')} highlighted.`,
  highlightsLeftOut: (n) =>
    `${pluralEn(n, 'cell', 'cells')} not highlighted: too many to remove again later. The most serious were highlighted; every finding is in the list.`,
  cleared: (n) =>
    n === 0
      ? 'Highlights cleared; no cells were highlighted.'
      : `Highlights cleared: ${pluralEn(n, 'cell', 'cells')} back as they were.`,
  tabsWritten: (n) => `${pluralEn(n, 'tab', 'tabs')} created:`,
  sheetInserted: (name) => `New budget sheet ‘${name}’ inserted. Fill in the interventions and choose Check.`,
  stale: 'The sheet has changed since the check.',
  notWatching: (reason) => `Changes to the sheet are not being followed. ${reason}`,
  stopWatchingFailed: (reason) => `Following the previous sheet could not be stopped. ${reason}`,
  sheetsNotListed: (reason) => `The list of worksheets could not be updated. ${reason}`,
  unexpected: (detail) => `Something went wrong: ${detail}. Try again; if it keeps failing, please report it.`,
  invalidPlan: (detail) =>
    `The NPO check put together tabs that Excel would not accept (${detail}); nothing was written. This is a bug in the NPO check; please report it, with the workbook if possible.`,

  checkedSheet: (sheet, layout) => `Sheet ‘${sheet}’, ${layout}`,
  totalBegroot: `${E.totaal} ${lower(E.begroot)}`,
  totalBenut: `${E.totaal} ${lower(E.benut)}`,
  ceilingIs: E.plafond,
  overCeiling: (amount) => `${amount} above the ceiling`,
  underCeiling: (amount) => `${amount} under the ceiling`,
  atCeiling: 'Exactly at the ceiling',
  verdict: 'Outcome',
  againstDefault: "against the default ceiling (Hilversum's)",
  defaultWarning: "The workbook states no ceiling. Type your municipality's ceiling under Ceiling and check again.",
  countsGroup: 'Show findings by kind',
  countButton: EN_COUNTS.countButton,
  settings: 'Sheet, ceiling and actions',
  settingsSummary: (sheet, ceiling) => `${sheet} · ceiling ${ceiling}`,
  legend: 'Colours of Highlight',
  legendItem: { error: 'Error: orange-red', warning: 'Warning: yellow', info: 'Info: light blue' },
  recommended: 'recommended',
  paymentsSheet: 'payments, no budget',
  otherSheet: (checked, chosen) =>
    `The results are about ‘${checked}’, but ‘${chosen}’ is chosen. Choose Check to check ‘${chosen}’.`,
  ruleGroup: (title, n) => `${title} (${grouped(n, ',')})`,
  details: 'Details',
  ruleIs: (rule) => `Rule: ${rule}`,
  englishFormula: (formula) => `In English Excel: ${formula}`,
  formula: 'Formula',
  copyFormula: 'Copy formula',
  copyFormulaOf: (formula) => `Copy formula ${formula}`,
  formulaCopied: 'Formula copied.',
  copyFailed: 'Copying failed; select the formula and copy it yourself.',
  wrappedStart: 'Back at the first finding.',
  wrappedEnd: 'Back at the last finding.',
  acceptCurrent: (what) => `Accept the current finding… ${what}`,

  perGoal: 'Per spending goal',
  begroot: E.begroot,
  benut: E.benut,
  restant: E.restant,
  withoutGoal: E.zonderDoel,
  total: E.totaal,
  interventions: (n) => pluralEn(n, 'intervention', 'interventions'),
  percentBenut: (percent) => `${percent} spent`,
  overspent: 'overspent',
  nothingBudgeted: 'Nothing budgeted',
  noBenutColumn: 'The sheet has no column for spending; only the budgeted amounts are shown.',

  findings: 'Findings',
  counts: EN_COUNTS.counts,
  severity: E.severity,
  filter: 'Show findings',
  all: 'All',
  withCount: (label, n) => `${label} (${n})`,
  previous: 'Previous',
  next: 'Next',
  walk: 'Walk through the findings',
  position: (at, of, cell) => `Finding ${at} of ${of}: ${cell}`,
  positionNone: (of) =>
    of === 0
      ? 'No findings to walk through.'
      : `${pluralEn(of, 'finding', 'findings')}; choose Next to start at the first.`,
  noFindings: 'No findings: the sheet is in order.',
  noneOfSeverity: 'No findings of this kind.',
  showMore: (n) => `Show more (${n} left)`,
  withAccepted: (counts, n) => (n === 0 ? counts : `${counts} · ${n} accepted`),
  noOpenFindings: 'No open findings: the others have been accepted.',

  accept: 'Accept…',
  acceptFinding: (what) => `Accept… ${what}`,
  acceptForm: (what) => `Accept finding ${what}`,
  reason: 'Reason (required)',
  reasonHint: 'For example: overspent on purpose, decision of the executive 12-3-2024.',
  reasonRequired: 'Give a reason; a finding is not accepted without one.',
  acceptSave: 'Accept',
  acceptCancel: 'Cancel',
  accepted: (n) => `Accepted (${n})`,
  acceptedIntro: `These findings do not count; they are listed with their reason on the sheet ‘${ACCEPTANCES_SHEET}’.`,
  reasonIs: (reason) => `Reason: ${reason}`,
  acceptedOn: (date) => `accepted on ${date}`,
  withdraw: 'Withdraw',
  withdrawOf: (what) => `Withdraw: ${what}`,
  unusedAcceptances: (n) => `Acceptances without a finding (${n})`,
  unusedIntro:
    'The accepted finding no longer occurs: it was corrected, or the amount changed. Withdraw the acceptance when it is no longer needed.',
  findingAccepted: 'Finding accepted.',
  acceptanceWithdrawn: 'Acceptance withdrawn.',
  acceptFailed: (reason) => `The finding was not accepted. ${reason}`,
  withdrawFailed: (reason) => `The acceptance was not withdrawn. ${reason}`,
  notRechecked: (done, reason) => `${done} The check could not be run again afterwards. ${reason}`,

  afstemming: 'Reconciliation',
  paid: E.betaald,
  open: E.open,
  difference: 'Difference (spent − paid)',
  afstemmingSummary: (paid, open) => `Paid ${paid}, open ${open}.`,
  unexplained: (amount, tolerance, within) =>
    `Unexplained differences ${amount}: ${within ? 'within' : 'above'} the reporting tolerance of ${tolerance}.`,
  noDifferences: 'No intervention has a difference between spent and paid.',
  showAll: (n) => `Show all (${n})`,
  showDifferencesOnly: 'Show differences only',
  goToBenut: 'Go to spent',
  goToBenutOf: (name) => `Go to spent of ‘${name}’`,
  goToPaymentRow: (row, label) => `Go to payment row ${row}: ${label}`,
  paymentsOf: (n) => `Payments (${n})`,
  noPayments: 'No payments',
  unassigned: E.zonderInterventie,
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

  reading: {
    heading: 'Reading',
    summary: (headerRow, begroot, unit) =>
      `header row ${headerRow}${begroot ? ` · budgeted ${begroot}` : ''}${unit ? ` · ${unit}` : ''}`,
    intro: `This is how the check read the sheet. If a column is wrong, choose what it holds: the check keeps it in this workbook (sheet ‘${CORRECTIONS_SHEET}’) and checks again at once.`,
    byUser: 'set by the user',
    headerRowField: 'Header row (row number)',
    headerRowSet: 'Set header row',
    headerRowInvalid: 'Type the number of the row with the column headers, for example 4.',
    automatic: 'Automatic',
    automaticHeaderRow: 'Header row automatic again',
    showOnSheet: 'Show on sheet',
    showHeaderRow: (row) => `Show on sheet: header row ${row}`,
    showColumn: (letter) => `Show on sheet: column ${letter}`,
    table: (n, label, first, last) => `Table ${n}${label ? ` ‘${label}’` : ''} (rows ${first}–${last})`,
    column: (letter, header) => `Column ${letter}${header ? ` ‘${header}’` : ' (no header)'}`,
    asRead: (role) => `as read: ${role}`,
    roles: { ...ROLE_WORD.en, mark: 'mark per goal' },
    choices: choices(E, 'ignore'),
    why: IGNORED_WHY.en,
    goal: (n) => `goal ${n}`,
    unit: 'Unit of the amounts',
    unitAutomatic: (read) => `Automatic (${read})`,
    unitEuro: 'euros',
    unitTimes: (amount) => `× ${amount}`,
    unitFrom: (cell, text) => `from ${cell}: ‘${text}’`,
    ceiling: (amount, source) => `Ceiling: ${amount} (${source})`,
    saved: 'Reading changed.',
    notSaved: (reason) => `The reading was not changed. ${reason}`,
  },
};

export function paneWords(lang: Lang): Strings {
  return lang === 'nl' ? NL : EN;
}
