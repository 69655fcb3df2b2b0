/**
 * What can go wrong talking to Excel, as sentences for the user. Office.js reports failures as
 * errors with a code; the task pane shows `describe(lang)` in a message bar, never a silent nothing.
 */
import type { Lang } from '../engine/messages';
import { officeProblemText, type OfficeProblem } from '../engine/words/office-errors';

export type { OfficeProblem };

export class OfficeActionError extends Error {
  constructor(
    readonly problem: OfficeProblem,
    readonly detail?: string,
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'OfficeActionError';
  }

  describe(lang: Lang): string {
    return officeProblemText(this.problem, lang, this.detail ?? '');
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
export function toOfficeActionError(
  error: unknown,
  context?: { sheet?: string; structure?: boolean },
): OfficeActionError {
  if (error instanceof OfficeActionError) return error;
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error);
  const problem = CODES[code] ?? 'unknown';
  if (problem === 'sheet-protected' && context?.structure) return new OfficeActionError('workbook-protected');
  if (problem === 'unknown') return new OfficeActionError('unknown', code ? `${code}: ${message}` : message);
  return new OfficeActionError(problem, context?.sheet);
}
