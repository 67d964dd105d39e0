/**
 * The rule catalogue: every rule of the journey format spec with its severity, title, messages
 * and teaching text in each language. The trainer view lists it; findings are written from it.
 */
import { capacityRules } from './capacity/rules';
import { consentRules } from './consent/rules';
import type { RuleDefinition } from './definition';
import type { Language } from './finding';
import { RULE_IDS, type RuleId } from './rule-ids';
import { sessionRules } from './session-window/rules';
import { splitRules } from './split/rules';
import { structureRules } from './structure/rules';
import { templateRules } from './template/rules';
import { waitRules } from './wait/rules';

export type { RuleDefinition } from './definition';

const ALL = [...structureRules, ...templateRules, ...sessionRules, ...consentRules, ...waitRules, ...splitRules, ...capacityRules];

/** Every rule by id. */
export const RULES: Readonly<Record<RuleId, RuleDefinition>> = Object.fromEntries(ALL.map((r) => [r.id, r])) as Record<RuleId, RuleDefinition>;

/** Every rule, in the order of the spec's table. */
export const RULE_CATALOGUE: readonly RuleDefinition[] = RULE_IDS.map((id) => RULES[id]);

/** A rule's title and teaching text in one language, for the trainer view and reports. */
export function ruleText(id: RuleId, language: Language): { title: string; teaching: string } {
  const rule = RULES[id];
  return { title: rule.title[language], teaching: rule.teaching[language] };
}
