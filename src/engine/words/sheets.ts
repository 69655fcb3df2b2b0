/**
 * The words on the sheets the add-in keeps in the user's workbook: the budget-sheet template it
 * inserts, the acceptances and the reading corrections. These sheets are read back, so their
 * names, titles and headers stay Dutch in both languages: they are the keys the checker reads by.
 */
import type { Lang } from './lang';
import { TERMS } from './terms';

const T = TERMS.nl;

/** "Nieuw begrotingsblad": the title block and the header of the table the engine reads best. */
export const BUDGET_TEMPLATE: Readonly<
  Record<
    Lang,
    {
      readonly title: string;
      readonly ceiling: string;
      readonly fillIn: string;
      readonly headers: ReadonlyArray<string>;
    }
  >
> = (() => {
  const headers = ['Nr', T.interventie, T.bestedingsdoel, T.uitvoerder, T.begroot, T.benut, T.toelichting];
  return {
    nl: {
      title: 'NPO-begroting',
      ceiling: `${T.plafond} NPO-middelen`,
      fillIn: '← vul in: het plafond uit de beschikking van uw gemeente',
      headers,
    },
    en: {
      title: 'NPO budget',
      ceiling: `${T.plafond} NPO-middelen (ceiling)`,
      fillIn: "← vul in / fill in: your municipality's ceiling from its grant decision",
      headers,
    },
  };
})();

/** The add-in's sheet of acceptances. Its name stays Dutch in both languages, like the other tabs. */
export const ACCEPTANCES_SHEET = 'NPO Acceptaties';
export const ACCEPTANCES_TITLE = 'NPO-controle: geaccepteerde bevindingen';
export const ACCEPTANCES_NOTE =
  'Dit blad wordt bijgehouden door de NPO-begrotingscontrole. Een bevinding die hier staat telt niet meer mee; verwijder een regel (of trek de acceptatie in vanuit het taakvenster) om haar weer te laten meetellen.';
/** The header row; the first column is the key, the others are there for people to read. */
export const ACCEPTANCES_HEADER = [
  T.vingerafdruk,
  T.regel,
  T.interventie,
  T.bedrag,
  T.reden,
  T.geaccepteerdOp,
  `${T.melding} bij acceptatie`,
] as const;

export const CORRECTIONS_SHEET = 'NPO Leeswijze';
export const CORRECTIONS_TITLE = 'NPO-controle: leeswijze aangepast door de gebruiker';
export const CORRECTIONS_NOTE =
  'Dit blad wordt bijgehouden door de NPO-begrotingscontrole. Elke regel zegt hoe een begrotingsblad gelezen moet worden; verwijder een regel om de controle weer zelf te laten kiezen.';
export const CORRECTIONS_HEADER = [T.werkblad, 'Instelling', 'Waarde', 'Kop bij het instellen'] as const;

/** The settings as the corrections sheet writes them; reading compares them without case. */
export const CORRECTION_SETTING_LABEL = {
  kopregel: 'Kopregel',
  kolom: (letter: string) => `Kolom ${letter}`,
  eenheid: 'Eenheid',
  plafondcel: `${T.plafond}cel`,
  plafond: T.plafond,
} as const;

/** The sheet where an officer maps ledger order and project codes to interventions. */
export const MAPPING_SHEET = 'NPO Koppeling';
/** The mapping sheet's header as the pane writes it; a sheet typed by hand needs only the first two. */
export const MAPPING_HEADER = ['Code', T.interventie, 'Boekingen', T.bedrag, T.omschrijving] as const;
export const MAPPING_TITLE = `${MAPPING_SHEET}: order- en projectcodes bij interventies`;
export const MAPPING_INTRO =
  'Vul per code het nummer (of de exacte naam) van de interventie in het begrotingsblad in en controleer opnieuw. / Fill in the intervention per code and check again.';
