/**
 * What can go wrong talking to Excel, as sentences for the user (the Office adapter's
 * OfficeActionError shows them in the pane's message bar). `d` is the sheet or Excel's own detail;
 * for too-many-sheets the most sheets the add-in reads.
 */
import type { Lang } from './lang';

export type OfficeProblem =
  | 'sheet-protected'
  | 'workbook-protected'
  | 'cell-editing'
  | 'sheet-missing'
  | 'payload-too-large'
  | 'name-taken'
  | 'not-own-sheet'
  | 'too-many-sheets'
  | 'unknown';

export function officeProblemText(problem: OfficeProblem, lang: Lang, d: string): string {
  const nl: Record<OfficeProblem, string> = {
    'sheet-protected': `Het werkblad is beveiligd, dus de NPO-controle kan er niets in zetten. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.${d ? ` (${d})` : ''}`,
    'workbook-protected':
      'De structuur van de werkmap is beveiligd, dus er kunnen geen werkbladen worden toegevoegd of verwijderd. Hef de beveiliging op en probeer het opnieuw.',
    'cell-editing': 'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.',
    'sheet-missing': `Het werkblad ${d ? `‘${d}’ ` : ''}bestaat niet meer; het is misschien verwijderd of hernoemd. Controleer opnieuw.`,
    'payload-too-large': 'Excel weigerde een te grote opdracht. Probeer het opnieuw; blijft het misgaan, meld het dan.',
    'name-taken': `Er bestaat al een werkblad met de naam ‘${d}’.`,
    'not-own-sheet': `Er staat al een werkblad ‘${d}’ dat de NPO-controle niet zelf heeft gemaakt; dat blad wordt niet overschreven. Geef het een andere naam en probeer het opnieuw.`,
    'too-many-sheets': `De werkmap heeft meer dan ${d} werkbladen, meer dan de NPO-controle in één keer doorloopt; er is niets geschreven. Verplaats of verwijder werkbladen die niet nodig zijn en probeer het opnieuw.`,
    unknown: `Excel meldde een fout${d ? `: ${d}` : ''}. Probeer het opnieuw; blijft het misgaan, meld het dan.`,
  };
  const en: Record<OfficeProblem, string> = {
    'sheet-protected': `The worksheet is protected, so the NPO check cannot write to it. Unprotect it (Review > Unprotect Sheet) and try again.${d ? ` (${d})` : ''}`,
    'workbook-protected':
      'The workbook structure is protected, so worksheets cannot be added or removed. Unprotect it and try again.',
    'cell-editing': 'Excel is editing a cell. Press Enter or Esc and try again.',
    'sheet-missing': `The worksheet ${d ? `‘${d}’ ` : ''}no longer exists; it may have been deleted or renamed. Check again.`,
    'payload-too-large':
      'Excel refused a request that was too large. Try again; if it keeps failing, please report it.',
    'name-taken': `A worksheet named ‘${d}’ already exists.`,
    'not-own-sheet': `There is already a worksheet ‘${d}’ that the NPO check did not create; it is not overwritten. Rename it and try again.`,
    'too-many-sheets': `The workbook has more than ${d} worksheets, more than the NPO check goes through at once; nothing was written. Move or delete worksheets that are not needed and try again.`,
    unknown: `Excel reported an error${d ? `: ${d}` : ''}. Try again; if it keeps failing, please report it.`,
  };
  return (lang === 'nl' ? nl : en)[problem];
}
