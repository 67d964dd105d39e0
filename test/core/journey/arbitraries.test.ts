/** The shared arbitraries keep their promises: other engineers' property tests rely on them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../core/journey';
import { Journey as JourneySchema, JourneyFile, NODE_TYPES, outputHandles, requiredHandles } from '../../../core/journey';
import { arbJourney, arbJourneyFile } from '../../support/arbitraries';

function isAcyclic(journey: Journey): boolean {
  const indegree = new Map(journey.nodes.map((n) => [n.id, 0]));
  for (const e of journey.edges) indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const ready = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  let seen = 0;
  while (ready.length > 0) {
    const id = ready.pop() as string;
    seen++;
    for (const e of journey.edges.filter((edge) => edge.source === id)) {
      const d = (indegree.get(e.target) ?? 0) - 1;
      indegree.set(e.target, d);
      if (d === 0) ready.push(e.target);
    }
  }
  return seen === journey.nodes.length;
}

function reachable(journey: Journey): Set<string> {
  const seen = new Set<string>();
  const stack = journey.nodes.filter((n) => n.type === 'entry').map((n) => n.id);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of journey.edges) if (e.source === id) stack.push(e.target);
  }
  return seen;
}

describe('arbJourney', () => {
  it('gives well-formed, acyclic, fully connected and configured journeys', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        expect(JourneySchema.parse(journey)).toEqual(journey);
        const byId = new Map(journey.nodes.map((n) => [n.id, n]));
        expect(byId.size).toBe(journey.nodes.length);
        expect(journey.nodes.filter((n) => n.type === 'entry')).toHaveLength(1);
        expect(isAcyclic(journey)).toBe(true);
        expect(reachable(journey).size).toBe(journey.nodes.length);
        const used = new Set<string>();
        for (const e of journey.edges) {
          const source = byId.get(e.source);
          expect(source && byId.has(e.target)).toBeTruthy();
          expect(outputHandles(source!)).toContain(e.sourceHandle);
          expect(used.has(`${e.source}/${e.sourceHandle}`)).toBe(false);
          used.add(`${e.source}/${e.sourceHandle}`);
        }
        for (const node of journey.nodes) {
          for (const handle of requiredHandles(node)) expect(used.has(`${node.id}/${handle}`)).toBe(true);
          const incoming = journey.edges.filter((e) => e.target === node.id);
          if (node.type === 'split_engagement') {
            expect(incoming).toHaveLength(1);
            expect(incoming[0]!.source).toBe(node.data.message);
            expect(['whatsapp_template', 'whatsapp_session']).toContain(byId.get(node.data.message!)!.type);
          }
          if (node.type === 'whatsapp_session') {
            for (const e of incoming) {
              const from = byId.get(e.source)!;
              const opensWindow =
                e.sourceHandle === 'replied' || from.type === 'whatsapp_session' || (from.type === 'entry' && from.data.source === 'inbound_message');
              expect(opensWindow).toBe(true);
            }
          }
          if (node.type === 'split_random') expect(node.data.branches!.reduce((sum, b) => sum + b.percent, 0)).toBe(100);
          if (node.type === 'whatsapp_template') expect(node.data.template && node.data.language).toBeTruthy();
          if (node.type === 'wait' && node.data.mode === 'duration') expect(node.data.duration!.amount).toBeGreaterThan(0);
          if (node.type === 'wait_for_reply') expect(node.data.timeout!.amount).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('draws every node type, and journeys of some size', () => {
    const samples = fc.sample(arbJourney(), { numRuns: 300, seed: 42 });
    const types = new Set(samples.flatMap((j) => j.nodes.map((n) => n.type)));
    expect([...types].sort()).toEqual([...NODE_TYPES].sort());
    expect(Math.max(...samples.map((j) => j.nodes.length))).toBeGreaterThanOrEqual(15);
    expect(samples.some((j) => j.edges.length >= j.nodes.length)).toBe(true); // merges happen
  });

  it('honours nodeTypes', () => {
    const samples = fc.sample(arbJourney({ nodeTypes: ['wait', 'update_contact'] }), { numRuns: 50, seed: 1 });
    for (const j of samples) for (const n of j.nodes) expect(['entry', 'wait', 'update_contact', 'exit']).toContain(n.type);
  });
});

describe('arbJourneyFile', () => {
  it('gives valid files whose templates match every template node', () => {
    fc.assert(
      fc.property(arbJourneyFile(), (file) => {
        expect(JourneyFile.parse(file)).toEqual(file);
        if (!file.templates) return;
        for (const node of file.journey.nodes) {
          if (node.type !== 'whatsapp_template') continue;
          const template = file.templates.find((t) => t.name === node.data.template && t.language === node.data.language);
          const placeholders = template?.components.body.text.match(/\{\{\d+\}\}/g) ?? [];
          expect(placeholders.length).toBe(Object.keys(node.data.parameters ?? {}).length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
