/**
 * The word catalogue: everything a user reads, Dutch first and English second, one module per
 * audience on top of the shared domain terms. The rules' messages are part of it too; each lives
 * beside its check in src/engine/rules/<id>.ts and is collected here as `ruleMessage`.
 */
export { langFromDisplayLanguage, type Bilingual, type Lang } from './lang';
export { GOAL_TERMS, lower, TERMS, type Terms } from './terms';
export { ruleMessage } from '../rules';
export { RULE_TITLES } from './rule-titles';
export * from './engine';
export * from './reading';
export * from './payments';
export * from './tabs';
export * from './sheets';
export * from './report';
export * from './compare';
export { paneWords, type Strings } from './pane';
export { paneCompareWords, type CompareStrings } from './pane-compare';
export { PANE_LEDGER_WORDS } from './pane-ledger';
export * from './command-line';
export * from './command-line-compare';
export * from './office-errors';
