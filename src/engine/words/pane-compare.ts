/** The words of "Vergelijken met…" in the pane, Dutch first. */
import type { Lang } from './lang';
import { lower, TERMS } from './terms';

const T = TERMS.nl;
const E = TERMS.en;

const NL = {
  heading: 'Vergelijken met…',
  intro:
    'Vergelijk het begrotingsblad met een andere versie in deze werkmap, bijvoorbeeld Begroting 2022 naast Begroting 2023.',
  other: 'Andere versie',
  otherPlaceholder: 'Kies een werkblad',
  otherIsOld: (other: string, current: string) => `‘${other}’ is de oude versie, ‘${current}’ de nieuwe.`,
  otherIsNew: (other: string, current: string) => `‘${current}’ is de oude versie, ‘${other}’ de nieuwe.`,
  theCurrent: 'het begrotingsblad',
  swap: 'Omdraaien',
  compare: 'Vergelijken',
  comparing: 'Bezig met vergelijken…',
  writeTab: `Tabblad ${T.wijzigingen} maken`,
  writingTab: 'Tabblad schrijven…',
  chooseOther: 'Kies eerst het werkblad om mee te vergelijken.',
  sameSheet: 'Kies een ander werkblad dan het begrotingsblad zelf.',
  compared: (n: number, old: string, current: string) =>
    n === 0
      ? `Geen wijzigingen tussen ‘${old}’ en ‘${current}’.`
      : `${n} ${n === 1 ? 'wijziging' : 'wijzigingen'} tussen ‘${old}’ en ‘${current}’.`,
  uncertain: (n: number) =>
    `${n} ${n === 1 ? 'koppeling is' : 'koppelingen zijn'} onzeker: controleer ${n === 1 ? 'die' : 'die'} met de hand.`,
  totals: (old: string, now: string, difference: string) =>
    `${T.totaal} ${lower(T.begroot)} ${old} → ${now} (${difference}).`,
  tabWritten: (name: string) => `Tabblad ‘${name}’ geschreven.`,
  notCompared: (reason: string) => `Vergelijken lukte niet: ${reason}`,
  tabNotWritten: (reason: string) => `Tabblad niet geschreven: ${reason}`,
  oldCell: (cell: string) => `Oud: ${cell}`,
  newCell: (cell: string) => `Nieuw: ${cell}`,
  goToOld: (label: string, cell: string) => `Ga naar ${label} in de oude versie (${cell})`,
  goToNew: (label: string, cell: string) => `Ga naar ${label} in de nieuwe versie (${cell})`,
  dismiss: 'Sluiten',
};

export type CompareStrings = typeof NL;

const EN: CompareStrings = {
  heading: 'Compare with…',
  intro:
    'Compare the budget sheet with another version in this workbook, for example Begroting 2022 beside Begroting 2023.',
  other: 'Other version',
  otherPlaceholder: 'Choose a sheet',
  otherIsOld: (other, current) => `‘${other}’ is the old version, ‘${current}’ the new one.`,
  otherIsNew: (other, current) => `‘${current}’ is the old version, ‘${other}’ the new one.`,
  theCurrent: 'the budget sheet',
  swap: 'Swap',
  compare: 'Compare',
  comparing: 'Comparing…',
  writeTab: `Write the ${T.wijzigingen} tab`,
  writingTab: 'Writing the tab…',
  chooseOther: 'First choose the sheet to compare with.',
  sameSheet: 'Choose another sheet than the budget sheet itself.',
  compared: (n, old, current) =>
    n === 0
      ? `No changes between ‘${old}’ and ‘${current}’.`
      : `${n} ${n === 1 ? 'change' : 'changes'} between ‘${old}’ and ‘${current}’.`,
  uncertain: (n) =>
    `${n} ${n === 1 ? 'match is' : 'matches are'} uncertain: please check ${n === 1 ? 'it' : 'them'} by hand.`,
  totals: (old, now, difference) => `${E.totaal} ${lower(E.begroot)} ${old} → ${now} (${difference}).`,
  tabWritten: (name) => `Tab ‘${name}’ written.`,
  notCompared: (reason) => `Could not compare: ${reason}`,
  tabNotWritten: (reason) => `Tab not written: ${reason}`,
  oldCell: (cell) => `Old: ${cell}`,
  newCell: (cell) => `New: ${cell}`,
  goToOld: (label, cell) => `Go to ${label} in the old version (${cell})`,
  goToNew: (label, cell) => `Go to ${label} in the new version (${cell})`,
  dismiss: 'Dismiss',
};

export function paneCompareWords(lang: Lang): CompareStrings {
  return lang === 'nl' ? NL : EN;
}
