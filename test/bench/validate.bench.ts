/**
 * `npm run bench validate`: validateJourney on generated journeys of 1,000 nodes / ~1,300
 * edges and 10,000 nodes / ~13,000 edges, beside a bare breadth-first traversal of the same
 * journey (index the ids, build adjacency, visit from the entry) as the floor any validation
 * pays. Journeys come from a seeded PRNG, so every run measures the same graphs.
 */
import { performance } from 'node:perf_hooks';
import { Channel, Journey, type JourneyEdge, type JourneyNode } from '../../core/journey';
import { validateJourney } from '../../core/rules';
import { Template } from '../../core/whatsapp/template';
import { atMost, info, percentile, type BenchReport, type Figure } from './report';

/** mulberry32: a tiny seeded PRNG, so the generated journeys never change between runs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES = 20;

type Slot = { node: string; handle: string; windowOpen: boolean };

/**
 * A well-formed acyclic journey of exactly `size` nodes: each new node takes a random open
 * output of an earlier node, and about 30% of nodes also take a second one (a merge), so
 * edges are about 1.3 times the nodes. Free-form messages come only after a reply.
 */
export function generateJourney(size: number, seed: number): Journey {
  const random = prng(seed);
  const nodes: JourneyNode[] = [{ id: 'n0', type: 'entry', data: { source: 'audience' } }];
  const edges: JourneyEdge[] = [];
  const open: Slot[] = [{ node: 'n0', handle: 'out', windowOpen: false }];
  const take = (): Slot => {
    const k = Math.floor(random() * open.length);
    const slot = open[k]!;
    open[k] = open[open.length - 1]!;
    open.pop();
    return slot;
  };
  const connect = (slot: Slot, target: string) => edges.push({ id: `e${edges.length}`, source: slot.node, sourceHandle: slot.handle, target });

  for (let k = 1; k < size; k++) {
    const id = `n${k}`;
    const remaining = size - k;
    if (open.length >= remaining) {
      // Closing: exits take every open output left, so each branch is connected.
      const share = Math.ceil(open.length / remaining);
      for (let x = 0; x < share && open.length > 0; x++) connect(take(), id);
      nodes.push({ id, type: 'exit', data: {} });
      continue;
    }
    const slot = take();
    connect(slot, id);
    const r = random();
    let node: JourneyNode;
    const outs: Slot[] = [];
    if (slot.windowOpen && r < 0.3) {
      node = { id, type: 'whatsapp_session', data: { message: { kind: 'text', text: `Thanks ${k}` } } };
      outs.push({ node: id, handle: 'out', windowOpen: true });
    } else if (r < 0.35) {
      node = { id, type: 'whatsapp_template', data: { template: `tpl_${k % TEMPLATES}`, language: 'fr', parameters: { '1': '{{contact.first_name}}' } } };
      outs.push({ node: id, handle: 'out', windowOpen: false });
      // Some sends handle their failure (the optional `failed` output).
      if (random() < 0.25) outs.push({ node: id, handle: 'failed', windowOpen: false });
    } else if (r < 0.5) {
      node = { id, type: 'wait', data: { mode: 'duration', duration: { amount: 1 + Math.floor(random() * 48), unit: 'hours' } } };
      outs.push({ node: id, handle: 'out', windowOpen: false });
    } else if (r < 0.6) {
      node = { id, type: 'wait_for_reply', data: { timeout: { amount: 1, unit: 'days' } } };
      outs.push({ node: id, handle: 'replied', windowOpen: true }, { node: id, handle: 'timeout', windowOpen: false });
    } else if (r < 0.7) {
      node = { id, type: 'split_random', data: { branches: [{ id: 'a', percent: 50 }, { id: 'b', percent: 50 }] } };
      outs.push({ node: id, handle: 'a', windowOpen: false }, { node: id, handle: 'b', windowOpen: false });
    } else if (r < 0.8) {
      node = { id, type: 'split_attribute', data: { branches: [{ id: 'paris', when: [{ attribute: 'city', op: 'eq', value: 'Paris' }] }] } };
      outs.push({ node: id, handle: 'paris', windowOpen: false }, { node: id, handle: 'else', windowOpen: false });
    } else if (r < 0.85 && slot.node !== 'n0' && nodes[Number(slot.node.slice(1))]?.type === 'whatsapp_template') {
      // Right after its message, so the message is upstream on every path (before merges).
      node = { id, type: 'split_engagement', data: { message: slot.node, metric: 'read' } };
      outs.push({ node: id, handle: 'yes', windowOpen: false }, { node: id, handle: 'no', windowOpen: false });
    } else if (r < 0.95 || open.length === 0) {
      node = { id, type: 'update_contact', data: { set: { segment: 'engaged' } } };
      outs.push({ node: id, handle: 'out', windowOpen: false });
    } else {
      node = { id, type: 'exit', data: {} };
    }
    // About 40% of steps also continue another open output (a merge), keeping one for later.
    const merges = node.type !== 'whatsapp_session' && node.type !== 'split_engagement' && open.length > 1 && random() < 0.42;
    if (merges) connect(take(), id);
    nodes.push(node);
    open.push(...outs);
  }
  return Journey.parse({ id: `bench-${size}`, name: `Bench ${size}`, channel: 'ch', nodes, edges });
}

const templates = Array.from({ length: TEMPLATES }, (_, k) =>
  Template.parse({ name: `tpl_${k}`, language: 'fr', category: k % 2 ? 'MARKETING' : 'UTILITY', status: 'APPROVED', components: { body: { text: `Bonjour {{1}}, message ${k}.` } } }),
);
const channels = [Channel.parse({ id: 'ch', displayName: 'Bench', mode: 'sandbox', messagingLimit: 10_000 })];

/** The floor: index ids, build adjacency, visit everything reachable from the entry. */
function traverse(journey: Journey): number {
  const index = new Map<string, number>();
  journey.nodes.forEach((n, i) => index.set(n.id, i));
  const out: number[][] = journey.nodes.map(() => []);
  for (const e of journey.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) out[s]!.push(t);
  }
  const seen = new Uint8Array(journey.nodes.length);
  const queue = [0];
  seen[0] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const t of out[queue[head]!]!) {
      if (seen[t]) continue;
      seen[t] = 1;
      queue.push(t);
    }
  }
  return queue.length;
}

function time(fn: () => unknown, warmup: number, iterations: number): number[] {
  for (let k = 0; k < warmup; k++) fn();
  const samples: number[] = [];
  for (let k = 0; k < iterations; k++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

function measure(size: number, p95Target: number, iterations: number): { figures: Figure[]; note: string } {
  const journey = generateJourney(size, 0x5eed + size);
  const findings = validateJourney({ journey, templates, channels });
  const validate = time(() => validateJourney({ journey, templates, channels }), Math.ceil(iterations / 5), iterations);
  const bfs = time(() => traverse(journey), Math.ceil(iterations / 5), iterations);
  const ratio = percentile(validate, 50) / percentile(bfs, 50);
  const label = `${size} nodes`;
  return {
    figures: [
      info(`${label}: validate p50`, percentile(validate, 50), 'ms'),
      atMost(`${label}: validate p95`, percentile(validate, 95), 'ms', p95Target),
      info(`${label}: BFS p50`, percentile(bfs, 50), 'ms'),
      info(`${label}: validate / BFS (p50)`, ratio, 'x'),
    ],
    note: `${label}: ${journey.edges.length} edges, ${findings.length} findings (${[...new Set(findings.map((f) => f.rule))].join(', ') || 'none'})`,
  };
}

export async function run(): Promise<BenchReport> {
  const small = measure(1_000, 2, 500);
  const large = measure(10_000, 30, 60);
  return {
    title: 'validateJourney (generated journeys, seeded)',
    figures: [...small.figures, ...large.figures],
    notes: [small.note, large.note],
  };
}
