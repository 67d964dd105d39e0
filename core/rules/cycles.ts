/**
 * Cycles of the journey graph, for `structure.cycle`: Tarjan's strongly connected components
 * (iterative, so a 10,000-node chain cannot overflow the stack), then one concrete loop per
 * component for the message.
 */
import type { JourneyGraph } from './graph';

/** One loop: node indices in order (the first is re-entered by `closingEdge`). */
export interface Loop {
  nodes: number[];
  closingEdge: number;
}

/** Components with a loop: more than one node, or one node with an edge to itself. */
function loopingComponents(g: JourneyGraph): number[][] {
  const n = g.nodes.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cursor = new Int32Array(n);
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work = [root];
    index[root] = low[root] = counter++;
    cursor[root] = g.outStart[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const v = work[work.length - 1]!;
      if (cursor[v]! < g.outStart[v + 1]!) {
        const w = g.edgeTarget[g.outEdges[cursor[v]!++]!]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          cursor[w] = g.outStart[w]!;
          stack.push(w);
          onStack[w] = 1;
          work.push(w);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] !== index[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || selfLoop(g, v) >= 0) components.push(component.sort((a, b) => a - b));
    }
  }
  return components;
}

function selfLoop(g: JourneyGraph, v: number): number {
  for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) if (g.edgeTarget[g.outEdges[k]!] === v) return g.outEdges[k]!;
  return -1;
}

/** The shortest loop through the component's first node, found by a search inside the component. */
function loopThrough(g: JourneyGraph, component: number[]): Loop {
  const start = component[0]!;
  const own = selfLoop(g, start);
  if (own >= 0) return { nodes: [start], closingEdge: own };
  const inside = new Set(component);
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let k = g.outStart[v]!; k < g.outStart[v + 1]!; k++) {
      const e = g.outEdges[k]!;
      const w = g.edgeTarget[e]!;
      if (w === start) {
        const nodes: number[] = [];
        for (let x = v; x !== -1; x = parent.get(x)!) nodes.push(x);
        return { nodes: nodes.reverse(), closingEdge: e };
      }
      if (inside.has(w) && !parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  // Unreachable for a strongly connected component; kept total for safety.
  return { nodes: component, closingEdge: -1 };
}

/** One loop per looping component of the graph, in node order. Empty for an acyclic graph. */
export function findLoops(g: JourneyGraph): Loop[] {
  if (!g.cyclic) return [];
  return loopingComponents(g)
    .sort((a, b) => a[0]! - b[0]!)
    .map((component) => loopThrough(g, component));
}
