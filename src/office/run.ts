/**
 * How the adapter reaches Excel: a function with the shape of `Excel.run`. The task pane passes
 * the real one; tests pass the in-memory Excel's. Nothing else in src/office touches the global.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel on the web refuses requests and responses over 5 MB. The adapter's estimates are upper
 * bounds (see OPERATION_BYTES), and it sends at most this much, leaving a fifth for what they miss.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * What Office.js adds to a request for one operation besides its value: the action, and the
 * object paths it reaches its target through (`getRangeByIndexes(…)`, `format`, `font`, …), each
 * about a hundred bytes of JSON. Counted for every property set or method call, so an estimate
 * stays above what is sent also for thousands of small operations such as links.
 */
export const OPERATION_BYTES = 300;

/** UTF-8 bytes of `value` as JSON, which is what Office.js sends (€ is three bytes, not one). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: two UTF-16 units, four UTF-8 bytes.
      bytes += 2;
      i += 1;
    } else bytes += 2;
  }
  return bytes;
}

/** Estimated request bytes of one operation that sends `value`. */
export function operationBytes(value: unknown): number {
  return OPERATION_BYTES + jsonBytes(value);
}
