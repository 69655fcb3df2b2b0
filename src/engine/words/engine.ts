/**
 * Sentences a user reads from the engine besides the rules' messages (those are in each rule's
 * module, src/engine/rules/): severities, layouts, the ceiling's source and the errors that stop a
 * check, Dutch first. Amounts are in Dutch notation in both languages.
 */
import type { Severity } from '../findings';
import type { CeilingSource, Layout } from '../model';
import type { Lang } from './lang';
import { TERMS } from './terms';

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  nl: TERMS.nl.severity,
  en: TERMS.en.severity,
};

export const LAYOUT_LABEL: Record<Lang, Record<Layout, string>> = {
  nl: {
    list: 'lijst (een rij per interventie)',
    grouped: 'gegroepeerd per doel',
    matrix: 'matrix (doelen als kolommen)',
    goals: 'overzicht per bestedingsdoel (een bedrag per doel)',
  },
  en: {
    list: 'list (one row per intervention)',
    grouped: 'grouped by goal',
    matrix: 'matrix (goals as columns)',
    goals: 'summary per spending goal (one amount per goal)',
  },
};

export function ceilingSourceText(
  source: CeilingSource,
  lang: Lang,
  where?: { sheet?: string; cell?: string },
): string {
  const at = where?.sheet && where.cell ? `${where.sheet}!${where.cell}` : '';
  switch (source) {
    case 'option':
      return lang === 'nl' ? 'opgegeven bij de controle' : 'given as an option';
    case 'correction':
      return lang === 'nl'
        ? `aangepast door gebruiker${at !== '' ? ` (${at})` : ''}`
        : `set by the user${at !== '' ? ` (${at})` : ''}`;
    case 'sheet':
      return lang === 'nl' ? `uit het begrotingsblad (${at})` : `from the budget sheet (${at})`;
    case 'settings-sheet':
      return lang === 'nl' ? `uit het instellingenblad (${at})` : `from the settings sheet (${at})`;
    case 'default':
      return lang === 'nl'
        ? 'standaardwaarde (plafond Hilversum); geef het eigen plafond op'
        : "default (Hilversum's ceiling); give your own ceiling";
  }
}

/** Failures that stop a check, as one clear sentence for the user. */
export type EngineErrorCode =
  | 'NO_BUDGET_SHEET'
  | 'SHEET_NOT_FOUND'
  | 'SHEET_NOT_BUDGET'
  | 'SHEET_IS_PAYMENTS'
  | 'EMPTY_WORKBOOK'
  | 'PAYMENTS_SHEET_NOT_FOUND'
  | 'SHEET_NOT_PAYMENTS'
  | 'PAYMENTS_SHEET_IS_BUDGET'
  | 'BAD_PERIOD_DATE'
  | 'PERIOD_ORDER';

/** `subject` is the sheet named, or for the period codes the date as given. */
export function engineErrorMessage(
  code: EngineErrorCode,
  lang: Lang,
  subject?: string,
  available?: ReadonlyArray<string>,
): string {
  const sheet = subject;
  const list = available && available.length > 0 ? available.map((s) => `‘${s}’`).join(', ') : '';
  switch (code) {
    case 'EMPTY_WORKBOOK':
      return lang === 'nl' ? 'De werkmap bevat geen werkbladen.' : 'The workbook contains no worksheets.';
    case 'NO_BUDGET_SHEET':
      return lang === 'nl'
        ? `Geen begrotingsblad gevonden: geen werkblad heeft in de eerste 40 rijen een kopregel met een kolom voor de interventie en een kolom voor het begrote bedrag. Bekeken: ${list}.`
        : `No budget sheet found: no worksheet has a header row in its first 40 rows with an intervention column and a budgeted-amount column. Looked at: ${list}.`;
    case 'SHEET_NOT_FOUND':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ bestaat niet in deze werkmap. Beschikbaar: ${list}.`
        : `Worksheet ‘${sheet}’ does not exist in this workbook. Available: ${list}.`;
    case 'SHEET_NOT_BUDGET':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ lijkt geen begrotingsblad: er is in de eerste 40 rijen geen kopregel met een kolom voor de interventie en een kolom voor het begrote bedrag.`
        : `Worksheet ‘${sheet}’ does not look like a budget sheet: there is no header row in its first 40 rows with an intervention column and a budgeted-amount column.`;
    case 'SHEET_IS_PAYMENTS':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ is een betalingenblad (datum, factuur- of betalingsnummer, bedrag), geen begrotingsblad; kies het blad met de interventies en hun begrote bedragen. De betalingen worden daartegen afgestemd.`
        : `Worksheet ‘${sheet}’ is a payments sheet (date, invoice or payment number, amount), not a budget sheet; choose the sheet with the interventions and their budgeted amounts. The payments are reconciled against it.`;
    case 'PAYMENTS_SHEET_NOT_FOUND':
      return lang === 'nl'
        ? `Betalingenblad ‘${sheet}’ bestaat niet in deze werkmap. Beschikbaar: ${list}.`
        : `Payments sheet ‘${sheet}’ does not exist in this workbook. Available: ${list}.`;
    case 'SHEET_NOT_PAYMENTS':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ lijkt geen betalingenblad: er is in de eerste 40 rijen geen kopregel met een datum, een factuur- of betalingsnummer, de interventie en het bedrag.`
        : `Worksheet ‘${sheet}’ does not look like a payments sheet: there is no header row in its first 40 rows with a date, an invoice or payment number, the intervention and the amount.`;
    case 'PAYMENTS_SHEET_IS_BUDGET':
      return lang === 'nl'
        ? `Werkblad ‘${sheet}’ is het begrotingsblad en kan niet ook het betalingenblad zijn.`
        : `Worksheet ‘${sheet}’ is the budget sheet and cannot be the payments sheet as well.`;
    case 'BAD_PERIOD_DATE':
      return lang === 'nl'
        ? `‘${subject}’ is geen datum; schrijf de bestedingsperiode als bijvoorbeeld 1-8-2021 of 2021-08-01.`
        : `‘${subject}’ is not a date; write the spending period as, for example, 1-8-2021 or 2021-08-01.`;
    case 'PERIOD_ORDER':
      return lang === 'nl'
        ? `De bestedingsperiode begint na haar einde (${subject}); geef een begin vóór het einde.`
        : `The spending period starts after it ends (${subject}); give a start before the end.`;
  }
}
