/**
 * The pane's words live in the word catalogue (src/engine/words/pane.ts); this module hands them
 * to the pane's many components under their old name, with the pane's clock.
 */
export { langFromDisplayLanguage } from '../engine/words/lang';
export { paneWords as strings, type Strings } from '../engine/words/pane';

/** `14:03`: when a result was made. */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
