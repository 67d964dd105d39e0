/**
 * Journey validation: `validateJourney` returns findings (never throws), each naming a rule of
 * the catalogue, whose titles and teaching texts the trainer view shows in English and French.
 */
export { validateJourney } from './validate';
export type { ValidationInput } from './context';
export { hasErrors, LANGUAGES, type Finding, type FindingParams, type FindingParamValue, type Language, type LocalText, type Severity } from './finding';
export { RULE_CATALOGUE, RULES, ruleText, type RuleDefinition } from './catalogue';
export { isRuleId, RULE_FAMILIES, RULE_IDS, ruleFamily, type RuleFamily, type RuleId } from './rule-ids';
