/**
 * Properties of validateJourney over random journeys (test/support/arbitraries.ts): a
 * well-formed acyclic journey has no structure error, a back edge always makes a cycle, and
 * validation never throws on anything the importer accepts, however mangled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputHandles, parseJourneyFileValue, type Journey } from '../../../core/journey';
import { validateJourney } from '../../../core/rules';
import { arbJourney, arbJourneyFile, sandboxChannel, templatesFor } from '../../support/arbitraries';

const check = (journey: Journey) =>
  validateJourney({ journey, templates: templatesFor(journey), channels: [sandboxChannel(journey.channel ?? 'ch-main')] });

describe('validateJourney properties', () => {
  it('finds no structure, window, wait or split problem in a well-formed acyclic journey', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const families = ['structure.', 'session.', 'wait.', 'split.'];
        const found = check(journey).filter((f) => families.some((family) => f.rule.startsWith(family)));
        expect(found).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('always reports a cycle once an edge leads back to an ancestor', () => {
    fc.assert(
      fc.property(arbJourney(), fc.nat(), fc.nat(), (journey, pickSource, pickTarget) => {
        const back = backEdge(journey, pickSource, pickTarget);
        fc.pre(back !== undefined);
        const cyclic: Journey = { ...journey, edges: [...journey.edges, back!] };
        const cycles = check(cyclic).filter((f) => f.rule === 'structure.cycle');
        expect(cycles.length).toBeGreaterThan(0);
        expect(cycles.some((f) => (f.params?.path as string[]).includes(back!.target))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a mangled file the importer accepts, in either language, with any audience', () => {
    fc.assert(
      fc.property(arbJourneyFile({ maxSteps: 12 }), fc.array(arbMutation, { maxLength: 6 }), arbAudience, fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>, (file, mutations, audience, language) => {
        const value = structuredClone(file) as unknown;
        for (const mutation of mutations) mutate(value, mutation);
        const imported = parseJourneyFileValue(value);
        if (!imported.ok) return;
        const { journey, templates, channels } = imported.file;
        const findings = validateJourney({ journey, templates, channels, audience, language, startAt: Date.UTC(2030, 0, 1) });
        for (const f of findings) expect(typeof f.message).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

/** An unused output of some node, led back to one of its ancestors (or itself). */
function backEdge(journey: Journey, pickSource: number, pickTarget: number) {
  const used = new Set(journey.edges.map((e) => `${e.source}\u0000${e.sourceHandle}`));
  const free = journey.nodes.flatMap((node) =>
    node.type === 'entry' ? [] : outputHandles(node).filter((h) => !used.has(`${node.id}\u0000${h}`)).map((handle) => ({ node, handle })),
  );
  const source = free[pickSource % Math.max(1, free.length)];
  if (!source) return undefined;
  const parents = new Map<string, string[]>();
  for (const e of journey.edges) parents.set(e.target, [...(parents.get(e.target) ?? []), e.source]);
  const ancestors = [source.node.id];
  for (let k = 0; k < ancestors.length; k++) {
    for (const p of parents.get(ancestors[k]!) ?? []) if (!ancestors.includes(p)) ancestors.push(p);
  }
  const entries = new Set(journey.nodes.filter((n) => n.type === 'entry').map((n) => n.id));
  const targets = ancestors.filter((id) => !entries.has(id));
  const target = targets[pickTarget % targets.length]!;
  return { id: 'back', source: source.node.id, sourceHandle: source.handle, target };
}

type Mutation = { at: number; kind: number; value: unknown; number: number };
const arbMutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.nat({ max: 4 }),
  value: fc.jsonValue({ maxDepth: 2 }),
  number: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true }), fc.constant(1e20)),
});

const arbAudience = fc.array(
  fc.record({
    phone: fc.constantFrom('+33612345678', '+33612345679', '+15551234567'),
    whatsappOptIn: fc.boolean(),
    marketingOptIn: fc.boolean(),
    attributes: fc.dictionary(fc.constantFrom('first_name', 'city', 'segment', 'constructor', '__proto__'), fc.string({ maxLength: 4 })),
  }),
  { maxLength: 5 },
);

/** Every container and key of a JSON value, to pick mutation sites from. */
function sites(value: unknown, out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []) {
  if (Array.isArray(value)) value.forEach((v, k) => (out.push({ parent: value, key: k }), sites(v, out)));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key: k });
      sites(v, out);
    }
  }
  return out;
}

/** Replace, delete, swap in another string of the file, change a number, or duplicate an element. */
function mutate(root: unknown, { at, kind, value, number }: Mutation): void {
  const all = sites(root);
  const site = all[at % Math.max(1, all.length)];
  if (!site) return;
  const { parent, key } = site;
  const get = () => (parent as Record<string | number, unknown>)[key];
  const set = (v: unknown) => ((parent as Record<string | number, unknown>)[key] = v);
  if (kind === 0) set(value);
  else if (kind === 1) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (kind === 2) {
    const strings = all.map((s) => (s.parent as Record<string | number, unknown>)[s.key]).filter((v): v is string => typeof v === 'string');
    if (strings.length > 0) set(strings[(at >> 3) % strings.length]);
  } else if (kind === 3) set(typeof get() === 'number' ? number : get());
  else if (Array.isArray(parent)) parent.push(structuredClone(get()));
}
