/**
 * The engine's way to its sentences: each rule's messages come from its module (src/engine/rules/),
 * everything else from the word catalogue (src/engine/words/). Many modules take `Lang` from here.
 */
import type { RawFinding } from './findings';
import { ruleMessage } from './rules';
import type { Lang } from './words/lang';

export type { Lang };
export {
  ceilingSourceText,
  engineErrorMessage,
  LAYOUT_LABEL,
  SEVERITY_LABEL,
  type EngineErrorCode,
} from './words/engine';

/** A finding's message in one language, from its rule's module (src/engine/rules/). */
export function renderMessage(finding: RawFinding, lang: Lang): string {
  return ruleMessage(finding, lang);
}
