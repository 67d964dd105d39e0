/**
 * Static analysis of the customer service window: for every step, over every path from the
 * entry, the worst case of "how long since the contact last wrote to us?".
 *
 * One pass of dynamic programming over a topological order, never path enumeration: a node's
 * state is the worst state over its incoming edges, where "no inbound message on some path" is
 * worse than any elapsed time, and a longer time is worse than a shorter one. Each node keeps
 * the edge its worst state came through, so one witness path can be read back for the report.
 *
 * What opens (or reopens) the window: an `inbound_message` entry, and the `replied` output of a
 * wait_for_reply (the reply just arrived: 0 elapsed). What adds time: a duration wait (its
 * length), a time_of_day wait (up to 24 hours: the next occurrence), an `until` wait (unbounded:
 * the date is fixed while contacts enter at any time), and the `timeout` output of a
 * wait_for_reply (its timeout). Sending takes no time. An ad entry opens the same 24-hour
 * window as any inbound message: its 72 free hours are about price, not permission.
 *
 * Conservative on purpose: an engagement split's "replied" branch does not reopen the window,
 * since the reply may have come long before the split.
 */
import { durationMs, type Duration, type JourneyNode } from '../../journey';
import type { JourneyGraph } from '../graph';

const HOUR_MS = 3_600_000;
/** A time_of_day wait lasts until the next occurrence of the time: up to a day. */
const TIME_OF_DAY_MAX_MS = 24 * HOUR_MS;

const UNVISITED = 0;
const OPENED = 1;
const NO_OPENING = 2;

/** The window state of contacts arriving at each node, worst case over paths from the entry. */
export interface WindowStates {
  /** Per node: 0 unreached (or not analysed), 1 a window was opened, 2 some path has no opening event. */
  readonly kind: Uint8Array;
  /** Per node, with kind 1: worst milliseconds since the opening event (Infinity after an `until` wait). */
  readonly elapsed: Float64Array;
  /** Per node: the incoming edge the worst state came through, -1 at the entry. */
  readonly via: Int32Array;
}

/** The worst case at one node, with its witness path. */
export type WindowExposure =
  | { opened: false; path: number[] }
  | { opened: true; elapsedMs: number; path: number[] };

/** Milliseconds a positive, finite duration lasts; 0 otherwise (wait.* rules report bad ones). */
function safeMs(duration: Duration | undefined): number {
  if (!duration) return 0;
  const ms = durationMs(duration);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/** Time a contact spends in a node before leaving by `handle`, or -1 when leaving reopens the window. */
function timeThrough(node: JourneyNode, handle: string): number {
  switch (node.type) {
    case 'wait':
      if (node.data.mode === 'duration') return safeMs(node.data.duration);
      if (node.data.mode === 'time_of_day') return TIME_OF_DAY_MAX_MS;
      return Number.POSITIVE_INFINITY;
    case 'wait_for_reply':
      return handle === 'replied' ? -1 : safeMs(node.data.timeout);
    default:
      return 0;
  }
}

/** Whether an entry is a message from the contact, which opens the window. */
function opensAtEntry(node: JourneyNode): boolean {
  return node.type === 'entry' && node.data.source === 'inbound_message';
}

/** Runs the analysis over `g.order`; undefined when the graph has a reachable cycle. */
export function windowStates(g: JourneyGraph): WindowStates | undefined {
  const order = g.order;
  if (!order) return undefined;
  const n = g.nodes.length;
  const kind = new Uint8Array(n);
  const elapsed = new Float64Array(n);
  const via = new Int32Array(n).fill(-1);
  for (const i of g.entries) {
    if (!g.reachable[i]) continue;
    kind[i] = opensAtEntry(g.nodes[i]!) ? OPENED : NO_OPENING;
  }
  for (const i of order) {
    const k = kind[i]!;
    if (k === UNVISITED) continue;
    const node = g.nodes[i]!;
    for (let x = g.outStart[i]!; x < g.outStart[i + 1]!; x++) {
      const e = g.outEdges[x]!;
      const t = g.edgeTarget[e]!;
      const spent = timeThrough(node, g.edgeHandle[e]!);
      const nextKind = spent < 0 ? OPENED : k;
      const nextElapsed = spent < 0 ? 0 : nextKind === OPENED ? elapsed[i]! + spent : 0;
      const current = kind[t]!;
      const worse =
        current === UNVISITED ||
        (current === OPENED && (nextKind === NO_OPENING || nextElapsed > elapsed[t]!));
      if (worse) {
        kind[t] = nextKind;
        elapsed[t] = nextElapsed;
        via[t] = e;
      }
    }
  }
  return { kind, elapsed, via };
}

/** Whether leaving through edge `e` opened the window (the path of a report starts at its source). */
function opensOn(g: JourneyGraph, e: number): boolean {
  const source = g.nodes[g.edgeSource[e]!]!;
  return source.type === 'wait_for_reply' && g.edgeHandle[e] === 'replied';
}

/** The worst case at node `i` and the path (node indices) from its opening event, or from the entry. */
export function exposureAt(g: JourneyGraph, states: WindowStates, i: number): WindowExposure | undefined {
  const k = states.kind[i];
  if (k === UNVISITED) return undefined;
  const path = [i];
  for (let e = states.via[i]!; e >= 0; e = states.via[g.edgeSource[e]!]!) {
    path.push(g.edgeSource[e]!);
    if (k === OPENED && opensOn(g, e)) break;
  }
  path.reverse();
  return k === OPENED ? { opened: true, elapsedMs: states.elapsed[i]!, path } : { opened: false, path };
}
