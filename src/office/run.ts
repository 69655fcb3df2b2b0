/**
 * How the adapter reaches Excel: a function with the shape of `Excel.run`. The task pane passes
 * the real one; tests pass the in-memory Excel's. Nothing else in src/office touches the global.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel on the web refuses requests over 5 MB; stay well under it, payload estimates are rough. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** Rough JSON size of a value, for deciding how much one sync may carry. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
