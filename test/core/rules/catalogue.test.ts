import { describe, expect, it } from 'vitest';
import { LANGUAGES, RULE_CATALOGUE, RULE_IDS, RULES, ruleFamily, ruleText } from '../../../core/rules';

/** The spec's table, copied here so that a change to either side is seen. */
const SPEC_TABLE: Record<string, 'error' | 'warning'> = {
  'structure.entry-missing': 'error',
  'structure.entry-multiple': 'error',
  'structure.edge-invalid': 'error',
  'structure.cycle': 'error',
  'structure.unreachable': 'warning',
  'structure.dangling-branch': 'error',
  'structure.config-missing': 'error',
  'template.not-found': 'error',
  'template.pending': 'warning',
  'template.rejected': 'error',
  'template.paused': 'error',
  'template.disabled': 'error',
  'template.parameter-missing': 'error',
  'template.parameter-unknown': 'warning',
  'template.business-unit': 'error',
  'template.limits': 'error',
  'session.outside-window': 'error',
  'consent.opt-in-missing': 'warning',
  'consent.marketing-opt-in': 'warning',
  'wait.invalid': 'error',
  'wait.reply-timeout': 'error',
  'split.percent-sum': 'error',
  'split.engagement-source': 'error',
  'split.condition-invalid': 'error',
  'capacity.messaging-limit': 'warning',
  'capacity.quality-red': 'warning',
};

const slots = (text: string) => [...text.matchAll(/(?<!\{)\{([a-zA-Z]\w*)\}/g)].map((m) => m[1]).sort();

describe('rule catalogue', () => {
  it('has exactly the spec table, with its severities', () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(SPEC_TABLE).sort());
    for (const rule of RULE_CATALOGUE) expect(rule.severity, rule.id).toBe(SPEC_TABLE[rule.id]);
    expect(RULE_CATALOGUE.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULE_CATALOGUE.map((r) => [r.id, r] as const))('%s has a title, messages and teaching in every language', (_id, rule) => {
    expect(RULES[rule.id]).toBe(rule);
    for (const language of LANGUAGES) {
      expect(rule.title[language].length).toBeGreaterThan(2);
      expect(rule.teaching[language].length).toBeGreaterThan(80);
      for (const message of Object.values(rule.messages)) expect(message[language].trim()).not.toBe('');
    }
    expect(rule.sources.length).toBeGreaterThan(0);
    expect(ruleText(rule.id, 'fr').title).toBe(rule.title.fr);
  });

  it.each(RULE_CATALOGUE.map((r) => [r.id, r] as const))('%s uses the same slots in English and French', (_id, rule) => {
    for (const [variant, message] of Object.entries(rule.messages)) expect(slots(message.fr), `${rule.id} ${variant}`).toEqual(slots(message.en));
  });

  it('groups rules by the family in their id', () => {
    expect(new Set(RULE_IDS.map(ruleFamily))).toEqual(new Set(['structure', 'template', 'session', 'consent', 'wait', 'split', 'capacity']));
  });

  it('teaches Meta error codes where a send would meet one', () => {
    expect(RULES['session.outside-window'].teaching.en).toContain('131047');
    expect(RULES['template.paused'].metaErrors).toEqual([132015]);
    expect(RULES['template.disabled'].teaching.fr).toContain('132016');
    expect(RULES['session.outside-window'].teaching.en).toContain('72 hours');
  });
});
