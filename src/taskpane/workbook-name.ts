/**
 * The workbook's name for the overview tab, from the document's URL or path as Office gives it
 * (`https://…/Begroting%202021.xlsx`, `C:\…\Begroting.xlsx`); a workbook never saved has none.
 */
import type { Lang } from '../engine/messages';
import { strings } from './strings';

export function workbookNameFromUrl(url: string | null | undefined, lang: Lang): string {
  const last = (url ?? '')
    .split(/[?#]/)[0]!
    .split(/[\\/]/)
    .filter((part) => part !== '')
    .pop();
  if (last === undefined) return strings(lang).unsavedWorkbook;
  try {
    return decodeURIComponent(last);
  } catch {
    // A path with a stray % is a plain name, not an encoded one.
    return last;
  }
}
