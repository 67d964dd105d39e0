/** Small builders for rule tests: a journey from terse nodes and edges, parsed by the real schema. */
import { Channel, Contact, Journey, type JourneyNode } from '../../../core/journey';
import { validateJourney, type Finding, type RuleId, type ValidationInput } from '../../../core/rules';
import { Template } from '../../../core/whatsapp/template';

type NodeInput = { id: string; type: JourneyNode['type']; data?: Record<string, unknown> };
type EdgeInput = [source: string, target: string, handle?: string];

/** A journey with these nodes and edges (edge ids e1, e2... in order). */
export function journey(nodes: NodeInput[], edges: EdgeInput[], extra: Record<string, unknown> = {}): Journey {
  return Journey.parse({
    id: 'j',
    name: 'Test',
    channel: 'ch',
    nodes: nodes.map((n) => ({ id: n.id, type: n.type, data: n.data ?? {} })),
    edges: edges.map(([source, target, handle], k) => ({ id: `e${k + 1}`, source, target, ...(handle ? { sourceHandle: handle } : {}) })),
    ...extra,
  });
}

export const entry = (id = 'in', data: Record<string, unknown> = { source: 'audience' }): NodeInput => ({ id, type: 'entry', data });
export const inbound = (id = 'in', fromAd = false): NodeInput => entry(id, { source: 'inbound_message', ...(fromAd ? { fromAd } : {}) });
export const session = (id: string): NodeInput => ({ id, type: 'whatsapp_session', data: { message: { kind: 'text', text: 'Hello' } } });
export const sendTemplate = (id: string, template = 'welcome', language = 'fr', parameters?: Record<string, string>): NodeInput => ({
  id,
  type: 'whatsapp_template',
  data: { template, language, ...(parameters ? { parameters } : {}) },
});
export const waitFor = (id: string, amount: number, unit: 'minutes' | 'hours' | 'days' = 'hours'): NodeInput => ({
  id,
  type: 'wait',
  data: { mode: 'duration', duration: { amount, unit } },
});
export const waitTime = (id: string, time = '09:00'): NodeInput => ({ id, type: 'wait', data: { mode: 'time_of_day', time } });
export const waitUntil = (id: string, at = '2026-12-01T09:00:00Z'): NodeInput => ({ id, type: 'wait', data: { mode: 'until', at } });
export const waitReply = (id: string, amount = 1, unit: 'minutes' | 'hours' | 'days' = 'days'): NodeInput => ({
  id,
  type: 'wait_for_reply',
  data: { timeout: { amount, unit } },
});
export const exit = (id = 'out'): NodeInput => ({ id, type: 'exit', data: {} });
export const node = (id: string, type: JourneyNode['type'], data: Record<string, unknown> = {}): NodeInput => ({ id, type, data });

/** An approved utility template `welcome` (fr) with body placeholder {{1}}, unless overridden. */
export function template(overrides: Record<string, unknown> = {}): Template {
  return Template.parse({
    name: 'welcome',
    language: 'fr',
    category: 'UTILITY',
    status: 'APPROVED',
    components: { body: { text: 'Bonjour {{1}}, bienvenue.' } },
    ...overrides,
  });
}

export function channel(overrides: Record<string, unknown> = {}): Channel {
  return Channel.parse({ id: 'ch', displayName: 'Test', mode: 'sandbox', ...overrides });
}

export function contact(overrides: Record<string, unknown> = {}): Contact {
  return Contact.parse({ phone: '+33612345678', whatsappOptIn: true, marketingOptIn: true, attributes: {}, ...overrides });
}

/** Validates with an approved `welcome` template and a plain channel unless given. */
export function check(j: Journey, input: Partial<ValidationInput> = {}): Finding[] {
  return validateJourney({ journey: j, templates: [template()], channels: [channel()], ...input });
}

/** The findings of one rule. */
export function only(findings: Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}
