/** The errors of `npo-check vergelijk`; their sentences and its usage live in src/engine/words/command-line-compare.ts. */
import type { Lang } from '../engine/messages';
import { compareUsageProblemText, type CompareUsageProblem } from '../engine/words/command-line-compare';

export { compareUsage, type CompareUsageProblem } from '../engine/words/command-line-compare';

export class CompareUsageError extends Error {
  constructor(
    readonly problem: CompareUsageProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'CompareUsageError';
  }

  describe(lang: Lang): string {
    return compareUsageProblemText(this.problem, lang, this.detail);
  }
}
