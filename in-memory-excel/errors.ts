/**
 * Errors shaped like the ones Office.js rejects with (`OfficeExtension.Error`): a `code` the
 * adapter can branch on, a `message`, and `debugInfo` naming where it went wrong. The class is
 * not `OfficeExtension.Error` itself (that global does not exist outside Office), so code under
 * test must look at `code`, as Microsoft's own samples do.
 */

/** The codes this fake raises; all are codes real Excel documents (Excel.ErrorCodes / OfficeExtension.ErrorCodes). */
export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'MergedRangeConflict'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded'
  | 'GeneralException';

export interface FakeDebugInfo {
  readonly code: FakeErrorCode;
  readonly message: string;
  /** The member that failed, e.g. `Worksheet.name` or `WorksheetCollection.getItem`. */
  readonly errorLocation?: string;
}

export class FakeExcelError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function isFakeExcelError(error: unknown): error is FakeExcelError {
  return error instanceof FakeExcelError;
}

/** Raised at once, at the call, so a test that strays outside the modelled surface fails loudly. */
export function notImplemented(member: string): FakeExcelError {
  return new FakeExcelError(
    'NotImplemented',
    `The in-memory Excel does not implement ${member}. Add it to in-memory-excel/ (faithfully) or avoid it.`,
    member,
  );
}

export function propertyNotLoaded(member: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${member}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    member,
  );
}
