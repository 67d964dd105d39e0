/**
 * The journey as an indexed graph, built once per validation and shared by every rule: node
 * indices, the classification of each edge, adjacency in compact arrays (CSR), reachability
 * from the entry and a topological order. Rules read it; none walks `journey.edges` again.
 */
import type { Journey, JourneyNode } from '../journey';
import { outputHandles } from '../journey/handles';

/** Why an edge cannot be followed. */
export type EdgeProblem = 'missing-source' | 'missing-target' | 'bad-handle' | 'target-entry' | 'handle-taken';

/** The indexed journey every rule shares (see the module comment). */
export interface JourneyGraph {
  /** The journey's nodes, in file order; a node's index is its position here. */
  readonly nodes: readonly JourneyNode[];
  /** Node id to index. With duplicate ids the first node wins. */
  readonly index: ReadonlyMap<string, number>;
  /** 1 for the node an id names (the first of duplicates): rules check only these. */
  readonly primary: Uint8Array;
  /** Per edge of `journey.edges`: source and target indices (-1 when missing). */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Per edge: its handle (`out` when absent). */
  readonly edgeHandle: readonly string[];
  /** Per edge: why it cannot be followed, or undefined for a valid edge. */
  readonly edgeProblem: readonly (EdgeProblem | undefined)[];
  /** For a `handle-taken` edge, the edge that connected that handle first. */
  readonly edgeFirst: Int32Array;
  /** Valid edges leaving node i: `outEdges[outStart[i] .. outStart[i+1])`, edge indices. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  /** Valid edges entering node i, likewise. */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  /** Indices of the entry nodes. */
  readonly entries: readonly number[];
  /** 1 for nodes reachable from an entry by valid edges. */
  readonly reachable: Uint8Array;
  /** Whether the valid edges form a cycle anywhere. */
  readonly cyclic: boolean;
  /**
   * The reachable nodes in topological order, or undefined when a cycle is reachable: path
   * analyses (window, engagement source) need one and are skipped without it.
   */
  readonly order: Int32Array | undefined;
}

/** Whether `node` has an output named `handle`; output lists are computed once per node. */
function hasHandle(node: JourneyNode, handle: string, cache: (readonly string[] | undefined)[], i: number): boolean {
  let list = cache[i];
  if (list === undefined) {
    list = outputHandles(node);
    cache[i] = list;
  }
  return list.includes(handle);
}

/**
 * Marks, among the valid edges leaving each node, those that reuse a handle an earlier edge
 * already connected. Edges are grouped by source with the compressed lists, so a node's
 * handful of edges is compared among themselves rather than through a global map of keys.
 */
function markTakenHandles(n: number, edgeSource: Int32Array, edgeHandle: readonly string[], valid: Uint8Array, problem: (EdgeProblem | undefined)[], edgeFirst: Int32Array): void {
  const { start, list } = compress(n, edgeSource, valid);
  for (let i = 0; i < n; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (to - from < 2) continue;
    if (to - from > 32) {
      // A split with many branches: a map keeps it linear.
      const seen = new Map<string, number>();
      for (let k = from; k < to; k++) {
        const e = list[k]!;
        const f = seen.get(edgeHandle[e]!);
        if (f === undefined) seen.set(edgeHandle[e]!, e);
        else {
          problem[e] = 'handle-taken';
          edgeFirst[e] = f;
          valid[e] = 0;
        }
      }
      continue;
    }
    for (let k = from + 1; k < to; k++) {
      const e = list[k]!;
      for (let j = from; j < k; j++) {
        const f = list[j]!;
        if (valid[f] && edgeHandle[f] === edgeHandle[e]) {
          problem[e] = 'handle-taken';
          edgeFirst[e] = f;
          valid[e] = 0;
          break;
        }
      }
    }
  }
}

/** Adjacency lists in compressed form: offsets per node, then edge indices grouped by node. */
function compress(n: number, ends: Int32Array, valid: Uint8Array): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < ends.length; e++) if (valid[e]) start[ends[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(start[n]!);
  for (let e = 0; e < ends.length; e++) if (valid[e]) list[fill[ends[e]!]!++] = e;
  return { start, list };
}

/** Kahn's algorithm over the nodes flagged in `include`; returns the order and whether all were placed. */
function topological(g: Pick<JourneyGraph, 'outStart' | 'outEdges' | 'inStart' | 'inEdges' | 'edgeSource' | 'edgeTarget'>, include: Uint8Array): { order: Int32Array; complete: boolean } {
  const n = include.length;
  const indegree = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!include[i]) continue;
    total++;
    for (let k = g.inStart[i]!; k < g.inStart[i + 1]!; k++) if (include[g.edgeSource[g.inEdges[k]!]!]) indegree[i]!++;
  }
  const order = new Int32Array(total);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (include[i] && indegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const i = order[head++]!;
    for (let k = g.outStart[i]!; k < g.outStart[i + 1]!; k++) {
      const t = g.edgeTarget[g.outEdges[k]!]!;
      if (include[t] && --indegree[t]! === 0) order[tail++] = t;
    }
  }
  return { order: order.subarray(0, tail), complete: tail === total };
}

/** Builds the shared graph of a journey. Linear in nodes plus edges; never throws. */
export function buildGraph(journey: Pick<Journey, 'nodes' | 'edges'>): JourneyGraph {
  const nodes = journey.nodes ?? [];
  const edges = journey.edges ?? [];
  const n = nodes.length;
  const index = new Map<string, number>();
  const primary = new Uint8Array(n);
  const entries: number[] = [];
  nodes.forEach((node, i) => {
    if (index.has(node.id)) return;
    index.set(node.id, i);
    primary[i] = 1;
    if (node.type === 'entry') entries.push(i);
  });

  const m = edges.length;
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeFirst = new Int32Array(m).fill(-1);
  const edgeHandle: string[] = new Array<string>(m);
  const edgeProblem: (EdgeProblem | undefined)[] = new Array<EdgeProblem | undefined>(m);
  const valid = new Uint8Array(m);
  const handles: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(n);
  for (let e = 0; e < m; e++) {
    const edge = edges[e]!;
    const s = index.get(edge.source) ?? -1;
    const t = index.get(edge.target) ?? -1;
    const handle = edge.sourceHandle ?? 'out';
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeHandle[e] = handle;
    let problem: EdgeProblem | undefined;
    if (s < 0) problem = 'missing-source';
    else if (t < 0) problem = 'missing-target';
    else if (!hasHandle(nodes[s]!, handle, handles, s)) problem = 'bad-handle';
    else if (nodes[t]!.type === 'entry') problem = 'target-entry';
    edgeProblem[e] = problem;
    valid[e] = problem === undefined ? 1 : 0;
  }
  markTakenHandles(n, edgeSource, edgeHandle, valid, edgeProblem, edgeFirst);

  const out = compress(n, edgeSource, valid);
  const inn = compress(n, edgeTarget, valid);
  const partial = { outStart: out.start, outEdges: out.list, inStart: inn.start, inEdges: inn.list, edgeSource, edgeTarget };

  const reachable = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  const visit = (i: number): void => {
    if (reachable[i]) return;
    reachable[i] = 1;
    queue[tail++] = i;
  };
  entries.forEach(visit);
  while (head < tail) {
    const i = queue[head++]!;
    for (let k = out.start[i]!; k < out.start[i + 1]!; k++) {
      visit(edgeTarget[out.list[k]!]!);
    }
  }

  const all = topological(partial, new Uint8Array(n).fill(1));
  let order: Int32Array | undefined;
  if (all.complete) order = all.order.filter((i) => reachable[i] === 1);
  else {
    // A cycle somewhere: path analyses can still run if it lies outside what the entry reaches.
    const sub = topological(partial, reachable);
    order = sub.complete ? sub.order : undefined;
  }

  return { nodes, index, primary, edgeHandle, edgeProblem, edgeFirst, ...partial, entries, reachable, cyclic: !all.complete, order };
}

/** The valid edge leaving node `i` by `handle`, or -1. */
export function edgeFrom(g: JourneyGraph, i: number, handle: string): number {
  for (let k = g.outStart[i]!; k < g.outStart[i + 1]!; k++) {
    const e = g.outEdges[k]!;
    if (g.edgeHandle[e] === handle) return e;
  }
  return -1;
}
