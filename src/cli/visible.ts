/**
 * Text for a terminal: a workbook's own text (a name, a sheet name, the file's name) may hold
 * control characters (Excel keeps ESC as `_x001B_`), and printed raw they would move the cursor,
 * clear the screen or overwrite the line of a finding. Each is shown instead: C0 controls and DEL
 * by their Unicode symbol (␛, ␍), C1 controls and the direction overrides that can reorder what a
 * line seems to say as `<U+009B>`. JSON is left exact: its escapes are already visible.
 */

const C0_OR_DEL = /[\x00-\x08\x0b-\x1f\x7f]/g;
const C1_OR_BIDI = /[\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character visible; line breaks kept unless `oneLine`. */
export function visible(text: string, oneLine = false): string {
  const shown = text
    .replace(C0_OR_DEL, (c) => String.fromCharCode(c === '\x7f' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(C1_OR_BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
  return oneLine ? shown.replace(/\n/g, '\u2424') : shown;
}
