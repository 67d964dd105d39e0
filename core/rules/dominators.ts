/**
 * Dominators of an acyclic journey: node A dominates node B when every path from the entry to
 * B passes through A. On a DAG one pass in topological order computes the immediate dominators
 * (Cooper, Harvey and Kennedy's intersection, with a virtual root above every entry); a
 * numbering of the dominator tree then answers "does A dominate B?" in constant time.
 */
import type { JourneyGraph } from './graph';

/** Dominance queries over the reachable, acyclic part of a journey. */
export interface Dominators {
  /** Whether every path from the entry to `b` passes through `a` (a node dominates itself). */
  dominates(a: number, b: number): boolean;
}

/** Dominators of the reachable part of `g`, or undefined when it has a reachable cycle. */
export function dominators(g: JourneyGraph): Dominators | undefined {
  const order = g.order;
  if (!order) return undefined;
  const n = g.nodes.length;
  const root = n; // virtual root above every entry
  const position = new Int32Array(n + 1).fill(-2);
  position[root] = -1;
  order.forEach((node, k) => (position[node] = k));
  const idom = new Int32Array(n + 1).fill(-1);
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (position[a]! > position[b]!) a = idom[a]!;
      while (position[b]! > position[a]!) b = idom[b]!;
    }
    return a;
  };
  for (const i of order) {
    let d = g.nodes[i]!.type === 'entry' ? root : -1;
    for (let k = g.inStart[i]!; k < g.inStart[i + 1]!; k++) {
      const p = g.edgeSource[g.inEdges[k]!]!;
      if (!g.reachable[p]) continue;
      d = d === -1 ? p : intersect(d, p);
    }
    idom[i] = d === -1 ? root : d;
  }
  // Pre and post numbers of the dominator tree: A dominates B iff B's interval nests in A's.
  const childStart = new Int32Array(n + 2);
  for (const i of order) childStart[idom[i]! + 1]!++;
  for (let v = 0; v <= n; v++) childStart[v + 1]! += childStart[v]!;
  const fill = childStart.slice(0, n + 1);
  const children = new Int32Array(order.length);
  for (const i of order) children[fill[idom[i]!]!++] = i;
  const pre = new Int32Array(n + 1).fill(-1);
  const post = new Int32Array(n + 1).fill(-1);
  const cursor = childStart.slice(0, n + 1);
  const stack = [root];
  let clock = 0;
  pre[root] = clock++;
  while (stack.length > 0) {
    const v = stack[stack.length - 1]!;
    if (cursor[v]! < childStart[v + 1]!) {
      const c = children[cursor[v]!++]!;
      pre[c] = clock++;
      stack.push(c);
    } else {
      post[v] = clock++;
      stack.pop();
    }
  }
  return {
    dominates: (a, b) => pre[a]! >= 0 && pre[b]! >= 0 && pre[a]! <= pre[b]! && post[b]! <= post[a]!,
  };
}
