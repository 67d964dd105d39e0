/**
 * `compileJourney`: done once per run, so that stepping a contact never searches an edge list
 * or parses a duration. Malformed parts (an edge to a missing node, a second entry, an
 * unknown time zone) are compiled to their most harmless meaning rather than refused: a
 * simulation plays even a journey with error findings, which is how a lesson shows a rule biting.
 */
import { minutesOfDay } from '../journey/duration';
import { outputHandles } from '../journey/handles';
import type { Journey } from '../journey/journey';
import { isMessageNode } from '../journey/node';
import { templateKey, type Template } from '../whatsapp/template';
import { compileNode, templateButtonSpecs, type CompileTables } from './compile-nodes';
import { NodeKind, type CompiledJourney } from './compiled';
import { zoneClock } from './time-zone';

const KIND_OF_TYPE: Record<Journey['nodes'][number]['type'], NodeKind> = {
  entry: NodeKind.Entry,
  whatsapp_template: NodeKind.Template,
  whatsapp_session: NodeKind.Session,
  wait: NodeKind.Wait,
  wait_for_reply: NodeKind.WaitForReply,
  split_engagement: NodeKind.SplitEngagement,
  split_attribute: NodeKind.SplitAttribute,
  split_random: NodeKind.SplitRandom,
  update_contact: NodeKind.UpdateContact,
  exit: NodeKind.Exit,
};

/** What a journey is compiled with. */
export interface CompileOptions {
  /** Templates available: the journey file's own first, then the workspace library. */
  templates?: readonly Template[];
}

/** Keeps the first of each (name, language): the file's own template wins over the library's. */
function usableTemplates(journey: Journey, templates: readonly Template[]): Template[] {
  const names = new Set<string>();
  for (const node of journey.nodes) {
    if (node.type === 'whatsapp_template' && node.data.template !== undefined) names.add(node.data.template);
  }
  const seen = new Set<string>();
  return templates.filter((template) => {
    const key = templateKey(template.name, template.language);
    if (!names.has(template.name) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function interner(): { ids: Map<string, number>; list: string[]; get: (text: string) => number } {
  const ids = new Map<string, number>();
  const list: string[] = [];
  const get = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) {
      id = list.length;
      ids.set(text, id);
      list.push(text);
    }
    return id;
  };
  return { ids, list, get };
}

/** Compiles `journey` for {@link step} and the simulator. Never throws on a well-typed journey. */
export function compileJourney(journey: Journey, options: CompileOptions = {}): CompiledJourney {
  const nodes = journey.nodes;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
  });

  const handleStart = new Int32Array(nodes.length + 1);
  const handleNames: string[] = [];
  nodes.forEach((node, i) => {
    handleStart[i] = handleNames.length;
    handleNames.push(...outputHandles(node));
  });
  handleStart[nodes.length] = handleNames.length;

  // The first edge of a handle wins; edges naming a missing node or handle are ignored.
  const targets = new Int32Array(handleNames.length).fill(-1);
  const edgeOfHandle = new Int32Array(handleNames.length).fill(-1);
  journey.edges.forEach((edge, e) => {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source === undefined || target === undefined) return;
    for (let h = handleStart[source] as number; h < (handleStart[source + 1] as number); h++) {
      if (handleNames[h] === edge.sourceHandle && targets[h] === -1) {
        targets[h] = target;
        edgeOfHandle[h] = e;
      }
    }
  });

  const messageOf = new Int32Array(nodes.length).fill(-1);
  const messageNodes: number[] = [];
  nodes.forEach((node, i) => {
    if (isMessageNode(node)) messageOf[i] = messageNodes.push(i) - 1;
  });

  const templates = usableTemplates(journey, options.templates ?? []);
  const buttons = interner();
  const slots = interner();
  const values = interner();
  const tables: CompileTables = {
    indexOf,
    messageOf,
    templates,
    buttonId: buttons.get,
    attributeSlot: slots.get,
    attributeValue: values.get,
  };
  const templateButtons = templates.map((template) => templateButtonSpecs(template, buttons.get));
  const specs = nodes.map((node, i) => compileNode(node, i, tables));

  const zone = zoneClock(journey.timezone);
  const quiet = journey.quietHours;
  return {
    journey,
    ids: nodes.map((node) => node.id),
    indexOf,
    kinds: Uint8Array.from(nodes, (node) => KIND_OF_TYPE[node.type]),
    handleStart,
    handleNames,
    targets,
    edgeOfHandle,
    entry: nodes.findIndex((node) => node.type === 'entry'),
    specs,
    messageOf,
    messageNodes: Int32Array.from(messageNodes),
    templates,
    templateButtons,
    buttonIds: buttons.ids,
    attributeSlots: slots.list,
    attributeSlotOf: slots.ids,
    attributeValues: values.list,
    clock: zone ?? (zoneClock('UTC') as NonNullable<typeof zone>),
    timezoneKnown: zone !== null,
    quietHours: quiet && quiet.start !== quiet.end ? { start: minutesOfDay(quiet.start), end: minutesOfDay(quiet.end) } : null,
  };
}

/** Handle number `handle` of `node` as an index of `targets` (a link), -1 when out of range. */
export function handleIndex(compiled: CompiledJourney, node: number, handle: number): number {
  const h = (compiled.handleStart[node] as number) + handle;
  return h < (compiled.handleStart[node + 1] as number) ? h : -1;
}

/**
 * Contacts per edge id from counts per handle (indices of `targets`): every edge of the
 * journey, in its order, with 0 for an edge no contact can take (a second edge on one handle,
 * an edge to a missing node).
 */
export function countsByEdge(compiled: CompiledJourney, perHandle: ArrayLike<number>): Record<string, number> {
  const counts = new Float64Array(compiled.journey.edges.length);
  for (let h = 0; h < compiled.edgeOfHandle.length; h++) {
    const e = compiled.edgeOfHandle[h] as number;
    if (e >= 0) counts[e] = perHandle[h] ?? 0;
  }
  const out: Record<string, number> = {};
  compiled.journey.edges.forEach((edge, e) => (out[edge.id] = counts[e] as number));
  return out;
}
