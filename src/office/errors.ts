/**
 * What can go wrong talking to Excel, as sentences for the user. Office.js reports failures as
 * errors with a code; the task pane shows `describe(lang)` in a message bar, never a silent nothing.
 */
import type { Lang } from '../engine/messages';

export type OfficeProblem =
  | 'sheet-protected'
  | 'workbook-protected'
  | 'cell-editing'
  | 'sheet-missing'
  | 'payload-too-large'
  | 'name-taken'
  | 'not-own-sheet'
  | 'unknown';

export class OfficeActionError extends Error {
  constructor(
    readonly problem: OfficeProblem,
    readonly detail?: string,
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'OfficeActionError';
  }

  describe(lang: Lang): string {
    const d = this.detail ?? '';
    const nl: Record<OfficeProblem, string> = {
      'sheet-protected': `Het werkblad is beveiligd, dus de NPO-controle kan er niets in zetten. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.${d ? ` (${d})` : ''}`,
      'workbook-protected': 'De structuur van de werkmap is beveiligd, dus er kunnen geen werkbladen worden toegevoegd of verwijderd. Hef de beveiliging op en probeer het opnieuw.',
      'cell-editing': 'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.',
      'sheet-missing': `Het werkblad ${d ? `‘${d}’ ` : ''}bestaat niet meer; het is misschien verwijderd of hernoemd. Controleer opnieuw.`,
      'payload-too-large': 'Excel weigerde een te grote opdracht. Probeer het opnieuw; blijft het misgaan, meld het dan.',
      'name-taken': `Er bestaat al een werkblad met de naam ‘${d}’.`,
      'not-own-sheet': `Er staat al een werkblad ‘${d}’ dat de NPO-controle niet zelf heeft gemaakt; dat blad wordt niet overschreven. Geef het een andere naam en probeer het opnieuw.`,
      unknown: `Excel meldde een fout${d ? `: ${d}` : ''}. Probeer het opnieuw; blijft het misgaan, meld het dan.`,
    };
    const en: Record<OfficeProblem, string> = {
      'sheet-protected': `The worksheet is protected, so the NPO check cannot write to it. Unprotect it (Review > Unprotect Sheet) and try again.${d ? ` (${d})` : ''}`,
      'workbook-protected': 'The workbook structure is protected, so worksheets cannot be added or removed. Unprotect it and try again.',
      'cell-editing': 'Excel is editing a cell. Press Enter or Esc and try again.',
      'sheet-missing': `The worksheet ${d ? `‘${d}’ ` : ''}no longer exists; it may have been deleted or renamed. Check again.`,
      'payload-too-large': 'Excel refused a request that was too large. Try again; if it keeps failing, please report it.',
      'name-taken': `A worksheet named ‘${d}’ already exists.`,
      'not-own-sheet': `There is already a worksheet ‘${d}’ that the NPO check did not create; it is not overwritten. Rename it and try again.`,
      unknown: `Excel reported an error${d ? `: ${d}` : ''}. Try again; if it keeps failing, please report it.`,
    };
    return (lang === 'nl' ? nl : en)[this.problem];
  }
}

/** Office.js error codes (OfficeExtension.Error.code) and the problem each means for the user. */
const CODES: Record<string, OfficeProblem> = {
  AccessDenied: 'sheet-protected',
  InvalidOperationInCellEditMode: 'cell-editing',
  ItemNotFound: 'sheet-missing',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  PayloadTooLarge: 'payload-too-large',
  ItemAlreadyExists: 'name-taken',
};

/** Turns whatever Excel threw into an OfficeActionError; `context` names the sheet involved. */
export function toOfficeActionError(error: unknown, context?: { sheet?: string; structure?: boolean }): OfficeActionError {
  if (error instanceof OfficeActionError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  const problem = CODES[code] ?? 'unknown';
  if (problem === 'sheet-protected' && context?.structure) return new OfficeActionError('workbook-protected');
  if (problem === 'unknown') return new OfficeActionError('unknown', code ? `${code}: ${message}` : message);
  return new OfficeActionError(problem, context?.sheet);
}
