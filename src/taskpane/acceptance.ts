/**
 * The pane's side of accepted findings, as plain functions: what an acceptance whose finding is
 * gone is about, and which item takes the keyboard focus when one leaves a list. (The date an
 * acceptance gets and how it is shown: engine/inputs/day.ts.)
 */

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
