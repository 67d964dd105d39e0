/**
 * Builds a well-formed journey from a plan of random choices (see arbitraries.ts). Keeping the
 * construction deterministic and separate from fast-check means a failing case shrinks by
 * shortening the plan: fewer steps, a smaller journey.
 *
 * Guarantees, by construction:
 * - one entry node, every node reachable from it, no cycle (nodes are created after their
 *   parent, and extra "merge" edges only go from an earlier node to a later one);
 * - every split branch and both wait_for_reply handles connected (to an exit when the plan
 *   runs out); `out` and `failed` may stay open, which the spec allows;
 * - every node configured (no structure.config-missing): positive waits and timeouts, random
 *   split percentages adding up to 100, valid condition operators;
 * - a split_engagement sits right after its message node's `out` and is never a merge target,
 *   so its message is upstream on every path;
 * - a whatsapp_session follows an inbound message entry, a `replied` handle, or another
 *   session, and is never a merge target, so it is always inside the 24-hour window.
 */
import type { Journey, JourneyEdge, JourneyNode, NodeType } from '../../core/journey';
import { CONDITION_OPS, outputHandles, requiredHandles } from '../../core/journey';

/** One random choice: which node to place and the raw material for its data. */
export type PlanStep = { pick: number; a: number; b: number; text: string; label: string };

export type JourneyPlan = {
  id: string;
  name: string;
  timezone: string;
  quietHours?: { start: string; end: string };
  channel?: string;
  entry: 'audience' | 'inbound_message' | 'event';
  steps: PlanStep[];
  merges: number[];
  positions: boolean;
  nodeTypes: readonly NodeType[];
};

type Slot = { from: JourneyNode; handle: string; required: boolean; windowOpen: boolean };

export const TEMPLATE_BASES = ['welcome', 'promo', 'reminder', 'order_update'] as const;
export const TEMPLATE_LANGUAGES = ['en', 'fr', 'pt_BR'] as const;
const ATTRIBUTES = ['city', 'first_name', 'segment', 'tier'];
const UNITS = ['minutes', 'hours', 'days'] as const;
const METRICS = ['delivered', 'read', 'replied', 'clicked'] as const;

/** The journey a plan describes. Pure: the same plan always gives the same journey. */
export function buildJourney(plan: JourneyPlan): Journey {
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  const add = (node: JourneyNode): JourneyNode => {
    if (plan.positions) node.position = { x: (nodes.length % 5) * 260, y: Math.floor(nodes.length / 5) * 160 };
    nodes.push(node);
    return node;
  };
  const connect = (source: string, sourceHandle: string, target: string) =>
    edges.push({ id: `e${edges.length + 1}`, source, sourceHandle, target });

  const entry = add({ id: 'n1', type: 'entry', data: entryData(plan) });
  // The entry's `out` is treated as required: a journey that stops at its entry tests nothing.
  const queue: Slot[] = [{ from: entry, handle: 'out', required: true, windowOpen: plan.entry === 'inbound_message' }];
  let next = 0;
  while (queue.length > 0) {
    const slot = queue.shift() as Slot;
    const step = plan.steps[next++];
    if (!step) {
      if (slot.required) connect(slot.from.id, slot.handle, add({ id: `n${nodes.length + 1}`, type: 'exit', data: {} }).id);
      continue;
    }
    if (!slot.required && step.a % (slot.handle === 'failed' ? 2 : 5) === 0) continue; // leave it open
    const node = add(makeNode(`n${nodes.length + 1}`, step, allowedTypes(plan, slot), slot));
    connect(slot.from.id, slot.handle, node.id);
    const required = new Set(requiredHandles(node));
    for (const handle of outputHandles(node)) {
      const windowOpen = handle === 'replied' || (node.type === 'whatsapp_session' && handle === 'out');
      queue.push({ from: node, handle, required: required.has(handle), windowOpen });
    }
  }
  addMerges(plan.merges, nodes, edges, connect);

  const journey: Journey = { id: plan.id, name: plan.name, timezone: plan.timezone, nodes, edges };
  if (plan.channel !== undefined) journey.channel = plan.channel;
  if (plan.quietHours) journey.quietHours = plan.quietHours;
  return journey;
}

function allowedTypes(plan: JourneyPlan, slot: Slot): NodeType[] {
  const afterMessage = slot.handle === 'out' && (slot.from.type === 'whatsapp_template' || slot.from.type === 'whatsapp_session');
  return plan.nodeTypes.filter(
    (type) =>
      type !== 'entry' &&
      (type !== 'whatsapp_session' || slot.windowOpen) &&
      (type !== 'split_engagement' || afterMessage),
  );
}

/** Extra edges from an open optional handle to a later node: merges make the graph a DAG, not a tree. */
function addMerges(merges: number[], nodes: JourneyNode[], edges: JourneyEdge[], connect: (s: string, h: string, t: string) => void) {
  const used = new Set(edges.map((e) => `${e.source}\u0000${e.sourceHandle}`));
  let m = 0;
  nodes.forEach((node, index) => {
    for (const handle of outputHandles(node)) {
      if (m >= merges.length) return;
      if (used.has(`${node.id}\u0000${handle}`) || requiredHandles(node).includes(handle)) continue;
      const targets = nodes.slice(index + 1).filter((t) => t.type !== 'whatsapp_session' && t.type !== 'split_engagement');
      const choice = (merges[m++] ?? 0) % (targets.length + 1);
      const target = targets[choice];
      if (target) connect(node.id, handle, target.id);
    }
  });
}

function entryData(plan: JourneyPlan): NodeOfData<'entry'> {
  if (plan.entry === 'inbound_message') return { source: 'inbound_message', keyword: 'START' };
  if (plan.entry === 'event') return { source: 'event', event: 'order_shipped' };
  return { source: 'audience' };
}

type NodeOfData<T extends NodeType> = Extract<JourneyNode, { type: T }>['data'];

function makeNode(id: string, step: PlanStep, types: NodeType[], slot: Slot): JourneyNode {
  const type = types[step.pick % types.length] ?? 'exit';
  const { a, b, text, label } = step;
  switch (type) {
    case 'whatsapp_template': {
      const params = a % 3;
      const parameters: Record<string, string> = {};
      for (let i = 1; i <= params; i++) parameters[String(i)] = (b + i) % 2 === 0 ? '{{contact.first_name}}' : text;
      const name = `${TEMPLATE_BASES[b % TEMPLATE_BASES.length]}_${params}`;
      return { id, type, data: { template: name, language: TEMPLATE_LANGUAGES[a % TEMPLATE_LANGUAGES.length] as string, parameters } };
    }
    case 'whatsapp_session': {
      const kind = a % 3;
      if (kind === 0) return { id, type, data: { message: { kind: 'text', text: text || 'Hello' } } };
      if (kind === 1) {
        const buttons = [{ id: 'yes', title: label || 'Yes' }, { id: 'no', title: 'No' }].slice(0, 1 + (b % 2));
        return { id, type, data: { message: { kind: 'buttons', text: text || 'Choose', buttons } } };
      }
      return { id, type, data: { message: { kind: 'media', media: 'image', url: `https://example.com/${b}.png`, caption: text } } };
    }
    case 'wait': {
      const mode = a % 3;
      if (mode === 0) return { id, type, data: { mode: 'duration', duration: { amount: 1 + (b % 72), unit: UNITS[b % 3] as (typeof UNITS)[number] } } };
      if (mode === 1) return { id, type, data: { mode: 'until', at: `${2031 + (b % 9)}-0${1 + (b % 9)}-1${b % 10}T09:00:00Z` } };
      return { id, type, data: { mode: 'time_of_day', time: `${String(b % 24).padStart(2, '0')}:${String((a * 7) % 60).padStart(2, '0')}` } };
    }
    case 'wait_for_reply': {
      const data: NodeOfData<'wait_for_reply'> = { timeout: { amount: 1 + (b % 48), unit: UNITS[a % 3] as (typeof UNITS)[number] } };
      if (a % 3 === 1) data.match = { keywords: [(label || 'YES').toUpperCase()] };
      if (a % 3 === 2) data.match = { buttons: ['yes'] };
      return { id, type, data };
    }
    case 'split_engagement': {
      const metric = METRICS[a % METRICS.length] as (typeof METRICS)[number];
      // A split on a button names one the measured message has (split.engagement-source).
      const tappable = slot.from.type === 'whatsapp_session' && slot.from.data.message?.kind === 'buttons' && slot.from.data.message.buttons.some((x) => x.id === 'yes');
      return { id, type, data: metric === 'clicked' && b % 2 === 0 && tappable ? { message: slot.from.id, metric, button: 'yes' } : { message: slot.from.id, metric } };
    }
    case 'split_attribute': {
      const branches = Array.from({ length: 1 + (a % 3) }, (_, i) => {
        const op = CONDITION_OPS[(b + i) % CONDITION_OPS.length] as string;
        const attribute = ATTRIBUTES[(a + i) % ATTRIBUTES.length] as string;
        const value = op === 'in' ? [text, label] : op === 'gt' || op === 'lt' ? b % 100 : text;
        return { id: `b${i}`, label: `${label}${i}`, when: [op === 'exists' ? { attribute, op } : { attribute, op, value }] };
      });
      return { id, type, data: { branches } };
    }
    case 'split_random': {
      const first = 1 + (a % 98);
      const rest = 100 - first;
      const percents = b % 2 === 0 ? [first, rest] : [first, 1 + (b % (rest - 1)), 0];
      if (percents.length === 3) percents[2] = rest - (percents[1] as number);
      return { id, type, data: { branches: percents.map((percent, i) => ({ id: `r${i}`, label: `${label}${i}`, percent })) } };
    }
    case 'update_contact':
      if (a % 3 === 0) return { id, type, data: { consent: b % 2 === 0 ? 'opt_out' : 'opt_in' } };
      return { id, type, data: a % 3 === 1 ? { set: { segment: text } } : { set: { segment: text }, consent: 'opt_in' } };
    case 'entry':
    case 'exit':
      return { id, type: 'exit', data: {} };
  }
}
