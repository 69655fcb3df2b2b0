import type { RuleId } from '../findings';
import { RULE_DEFINITIONS } from '../rules';
import type { Lang } from './lang';

/**
 * Each rule's short title, as a user reads it above the finding: what is wrong in a few plain
 * words. The titles are written in the rules' own modules (src/engine/rules/<id>.ts), beside their
 * messages; the catalogue collects them here.
 */
export const RULE_TITLES: Readonly<Record<Lang, Readonly<Record<RuleId, string>>>> = {
  nl: Object.fromEntries(RULE_DEFINITIONS.map((d) => [d.id, d.title.nl])) as Record<RuleId, string>,
  en: Object.fromEntries(RULE_DEFINITIONS.map((d) => [d.id, d.title.en])) as Record<RuleId, string>,
};

/** "Bedrag als tekst": the rule's title in the user's language. */
export function ruleTitle(rule: RuleId, lang: Lang): string {
  return RULE_TITLES[lang][rule];
}
