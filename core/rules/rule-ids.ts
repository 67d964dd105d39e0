/**
 * The stable rule ids of the journey format spec ("Rules: stable ids"). They are a public
 * contract: files, reports and lessons refer to them, so an id is never renamed or re-meant.
 */
export const RULE_IDS = [
  'structure.entry-missing',
  'structure.entry-multiple',
  'structure.edge-invalid',
  'structure.cycle',
  'structure.unreachable',
  'structure.dangling-branch',
  'structure.config-missing',
  'template.not-found',
  'template.pending',
  'template.rejected',
  'template.paused',
  'template.disabled',
  'template.parameter-missing',
  'template.parameter-unknown',
  'template.business-unit',
  'template.limits',
  'session.outside-window',
  'consent.opt-in-missing',
  'consent.marketing-opt-in',
  'wait.invalid',
  'wait.reply-timeout',
  'split.percent-sum',
  'split.engagement-source',
  'split.condition-invalid',
  'capacity.messaging-limit',
  'capacity.quality-red',
] as const;

/** One rule id of {@link RULE_IDS}. */
export type RuleId = (typeof RULE_IDS)[number];

/** Rule families, one file of rules each; the family is the id's prefix. */
export const RULE_FAMILIES = ['structure', 'template', 'session', 'consent', 'wait', 'split', 'capacity'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** Whether a string is one of the catalogue's rule ids. */
export function isRuleId(value: string): value is RuleId {
  return KNOWN.has(value);
}

/** The family of a rule: the part of its id before the dot. */
export function ruleFamily(id: RuleId): RuleFamily {
  return id.slice(0, id.indexOf('.')) as RuleFamily;
}
