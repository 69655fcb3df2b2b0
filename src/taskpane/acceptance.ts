/**
 * The pane's side of accepted findings, as plain functions: the date an acceptance gets and how it
 * is shown, what an acceptance whose finding is gone is about, and which item takes the keyboard
 * focus when one leaves a list.
 */

/** The day `date` falls on where the user is, as an ISO date (`2024-03-12`): what an acceptance records. */
export function localIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * An ISO date in Dutch notation (`2024-03-12` → `12-3-2024`), as the users write dates and as the
 * period fields take them. Anything else (someone typed over the date on the sheet) is shown as it is.
 */
export function dutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)}-${Number(month)}-${year}`;
}

/** The rule an acceptance is about: the first part of its fingerprint (`OVERSPENT|16|benut`). */
export function ruleOfFingerprint(fingerprint: string): string {
  return fingerprint.split('|')[0] ?? fingerprint;
}

/**
 * The item that takes the focus when `leaving` goes from a list: the one after it, else the one
 * before it; undefined when it was the only one (or not in the list).
 */
export function neighbourOf<T>(items: ReadonlyArray<T>, leaving: T): T | undefined {
  const at = items.indexOf(leaving);
  if (at < 0) return undefined;
  return items[at + 1] ?? (at > 0 ? items[at - 1] : undefined);
}
