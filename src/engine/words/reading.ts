/**
 * The words of how the engine read the budget sheet (src/engine/reading.ts): which table, which
 * column it took as begroot and benut and why, and the unit. Dutch first.
 */
import type { ColumnReading, IgnoredWhy } from '../layout/detect';
import type { FigureReason } from '../layout/figures';
import type { Reading } from '../model';
import type { Lang } from './lang';
import { lower, TERMS, type Terms } from './terms';

export const FIGURE_WHY: Record<Lang, Record<FigureReason, string>> = {
  nl: {
    single: 'de enige kolom',
    sum: 'de kolommen opgeteld',
    'periods-summed': 'de perioden opgeteld (geen totaalkolom)',
    'total-column': 'de totaalkolom; de kolommen ernaast moeten daarop uitkomen',
    'latest-version': 'de laatste versie van de begroting; versies worden nooit opgeteld',
    'versions-summed': 'primitieve begroting plus wijziging',
  },
  en: {
    single: 'the only column',
    sum: 'the columns added up',
    'periods-summed': 'the periods added up (no total column)',
    'total-column': 'the total column; the columns beside it must add up to it',
    'latest-version': 'the latest budget version; versions are never added up',
    'versions-summed': 'original budget plus change',
  },
};

export const READING_WORDS = {
  nl: {
    read: 'Gelezen',
    header: 'kopregel op rij',
    table: 'tabel',
    rows: 'rijen',
    column: 'kolom',
    columns: 'kolommen',
    unit: 'bedragen ×',
    from: 'uit',
    byUser: 'aangepast door gebruiker',
    explain: 'Leeswijze',
    sheet: 'werkblad',
    ceiling: TERMS.nl.plafond,
    counts: (r: Reading['rows']) =>
      `Rijen: ${r.interventions} ${r.interventions === 1 ? 'interventie' : 'interventies'}, ${r.headings} ${r.headings === 1 ? 'kopje' : 'kopjes'} per doel, ${r.subtotals} ${r.subtotals === 1 ? 'subtotaal' : 'subtotalen'}, ${r.totals} ${r.totals === 1 ? 'totaal' : 'totalen'}, ${r.blank} leeg of toelichting`,
    units: 'Eenheid',
    euros: 'euro',
  },
  en: {
    read: 'Read',
    header: 'header on row',
    table: 'table',
    rows: 'rows',
    column: 'column',
    columns: 'columns',
    unit: 'amounts ×',
    from: 'from',
    byUser: 'set by the user',
    explain: 'Reading',
    sheet: 'sheet',
    ceiling: TERMS.en.plafond,
    counts: (r: Reading['rows']) =>
      `Rows: ${r.interventions} ${r.interventions === 1 ? 'intervention' : 'interventions'}, ${r.headings} goal ${r.headings === 1 ? 'heading' : 'headings'}, ${r.subtotals} ${r.subtotals === 1 ? 'subtotal' : 'subtotals'}, ${r.totals} ${r.totals === 1 ? 'total' : 'totals'}, ${r.blank} blank or notes`,
    units: 'Unit',
    euros: 'euros',
  },
};

/** What a column was read as, in the user's words (the same words the corrections use). */
function roleWords(t: Terms, ignored: string, part: string, mark: string): Record<ColumnReading['role'], string> {
  return {
    code: 'code',
    intervention: lower(t.interventie),
    goal: lower(t.bestedingsdoel),
    partner: lower(t.uitvoerder),
    begroot: lower(t.begroot),
    benut: lower(t.benut),
    note: lower(t.toelichting),
    restant: ignored,
    percent: ignored,
    part,
    mark,
    ignored,
  };
}

export const ROLE_WORD: Record<Lang, Record<ColumnReading['role'], string>> = {
  nl: roleWords(TERMS.nl, 'genegeerd', 'deel van het rijtotaal', 'markering'),
  en: roleWords(TERMS.en, 'ignored', 'part of the row total', 'mark'),
};

export const IGNORED_WHY: Record<Lang, Record<IgnoredWhy, string>> = {
  nl: {
    restant: 'een restant, berekend',
    percent: 'een percentage',
    unknown: 'kop niet herkend',
    'not-chosen': 'niet gekozen',
    user: 'door de gebruiker',
  },
  en: {
    restant: 'a remainder, calculated',
    percent: 'a percentage',
    unknown: 'header not recognised',
    'not-chosen': 'not chosen',
    user: 'by the user',
  },
};
