/**
 * How many findings of each severity: the one count behind the text report, the JSON, the
 * overview tab, the pane and the command line's exit code.
 */
import type { Finding, Severity } from '../findings';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: ReadonlyArray<Pick<Finding, 'severity'>>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Whether any finding is an error: what makes `npo-check` exit with 1 and the pane warn. */
export function hasErrors(findings: ReadonlyArray<Pick<Finding, 'severity'>>): boolean {
  return countBySeverity(findings).error > 0;
}
