/**
 * fast-check arbitraries of well-formed journeys and journey files, shared by every
 * property test (import/export, rules, interpreter, simulator).
 *
 * `arbJourney()` gives random ACYCLIC journeys with one entry, every node reachable and
 * configured, every required branch connected (see journey-plan.ts for the full list of
 * guarantees). Values are in their parsed form (defaults filled in), so
 * `Journey.parse(j)` deep-equals `j`.
 *
 * `arbJourneyFile()` wraps one in a file, optionally carrying an APPROVED template for every
 * template its nodes use (placeholders matching their parameters, no business unit) and the
 * sandbox channel it names.
 */
import fc from 'fast-check';
import type { Channel, Journey, JourneyFile, NodeType } from '../../core/journey';
import { CURRENT_FORMAT_VERSION, NODE_TYPES } from '../../core/journey';
import type { Template } from '../../core/whatsapp/template';
import type { JourneyPlan, PlanStep } from './journey-plan';
import { buildJourney } from './journey-plan';

export { buildJourney } from './journey-plan';
export type { JourneyPlan, PlanStep } from './journey-plan';

export type ArbJourneyOptions = {
  /** Upper bound on planned nodes (exits closing open branches come on top). Default 20. */
  maxSteps?: number;
  /** Node types to draw from (entry and exit are always possible). Default: all. */
  nodeTypes?: readonly NodeType[];
  /** Entry sources to draw from. Default: all three. */
  entries?: readonly JourneyPlan['entry'][];
};

const TIMEZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'America/Sao_Paulo'];
const arbTime = fc
  .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** Any text, emoji and accents included: files are written by people in many languages. */
const arbText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

const arbStep: fc.Arbitrary<PlanStep> = fc.record({
  pick: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  text: arbText(24),
  label: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,11}$/),
});

/** Random well-formed acyclic journeys. */
export function arbJourney(options: ArbJourneyOptions = {}): fc.Arbitrary<Journey> {
  const nodeTypes = [...(options.nodeTypes ?? NODE_TYPES), 'exit' as const];
  return fc
    .record(
      {
        id: fc.string({ minLength: 1, maxLength: 16 }),
        name: arbText(30),
        timezone: fc.constantFrom(...TIMEZONES),
        quietHours: fc.record({ start: arbTime, end: arbTime }),
        channel: fc.constant('ch-main'),
        entry: fc.constantFrom(...(options.entries ?? (['audience', 'inbound_message', 'event'] as const))),
        steps: fc.array(arbStep, { maxLength: options.maxSteps ?? 20 }),
        merges: fc.array(fc.nat(), { maxLength: 12 }),
        positions: fc.boolean(),
        nodeTypes: fc.constant(nodeTypes),
      },
      { requiredKeys: ['id', 'name', 'timezone', 'entry', 'steps', 'merges', 'positions', 'nodeTypes'] },
    )
    .map((plan) => buildJourney(plan));
}

/** Random journey files around {@link arbJourney}, with or without templates and channels. */
export function arbJourneyFile(options: ArbJourneyOptions = {}): fc.Arbitrary<JourneyFile> {
  return fc
    .record({ journey: arbJourney(options), templates: fc.boolean(), channels: fc.boolean(), examples: fc.boolean() })
    .map(({ journey, templates, channels, examples }) => {
      const file: JourneyFile = { format: 'wa-journey', version: CURRENT_FORMAT_VERSION, journey };
      if (templates) file.templates = templatesFor(journey, examples);
      if (channels) file.channels = [sandboxChannel(journey.channel ?? 'ch-main')];
      return file;
    });
}

/** One APPROVED template per (name, language) the journey's template nodes use. */
export function templatesFor(journey: Journey, withExamples = false): Template[] {
  const byKey = new Map<string, Template>();
  for (const node of journey.nodes) {
    if (node.type !== 'whatsapp_template' || !node.data.template || !node.data.language) continue;
    const { template: name, language } = node.data;
    const count = Object.keys(node.data.parameters ?? {}).length;
    const placeholders = Array.from({ length: count }, (_, i) => `{{${i + 1}}}`).join(' ');
    const template: Template = {
      name,
      language,
      category: name.startsWith('promo') ? 'MARKETING' : 'UTILITY',
      status: 'APPROVED',
      components: { body: { text: `Message ${name} ${placeholders}`.trim() } },
    };
    if (withExamples && count > 0) template.examples = Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i + 1), `sample ${i + 1}`]));
    byKey.set(`${name}\u0000${language}`, template);
  }
  return [...byKey.values()];
}

/** A sandbox channel with every default filled in, as the schema outputs it. */
export function sandboxChannel(id: string): Channel {
  return { id, displayName: 'Main line', mode: 'sandbox', phoneNumber: '+33612345678', messagingLimit: 1000, quality: 'GREEN', throughputMps: 80 };
}
