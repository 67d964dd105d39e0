/**
 * Projects the store's journey, selection and measured sizes onto React Flow nodes and edges,
 * reusing the previous canvas object of every element whose inputs did not change. React Flow
 * compares nodes by reference, so a drag frame rebuilds one node object and re-renders one
 * node component, and a selection change rebuilds two.
 */
import type { Journey, JourneyEdge, JourneyNode } from '../../../../core/journey';
import type { FlowEdge, FlowNode, StickyNote } from '../convert';
import { edgeToFlow, noteToFlow, readNotes, stepToFlow } from '../convert';

export type Size = { width: number; height: number };

type Cached<S, F> = { source: S; index: number; selected: boolean; size: Size | undefined; flow: F };

export type FlowProjection = {
  nodes(journey: Journey, selected: ReadonlySet<string>, measured: ReadonlyMap<string, Size>): FlowNode[];
  edges(journey: Journey, selected: ReadonlySet<string>, highlighted: ReadonlySet<string>): FlowEdge[];
};

/** Names a link for assistive tech, in the interface language. */
export type DescribeEdge = (edge: JourneyEdge) => string;

export function createFlowProjection(describeEdge?: DescribeEdge): FlowProjection {
  let steps = new Map<string, Cached<JourneyNode | StickyNote, FlowNode>>();
  let links = new Map<string, Cached<JourneyEdge, FlowEdge>>();
  let lastNodes: FlowNode[] = [];
  let lastEdges: FlowEdge[] = [];

  /** The previous array itself when every element is the same: React Flow then skips its lookups. */
  function same<T>(previous: T[], next: T[]): T[] {
    return previous.length === next.length && next.every((item, i) => item === previous[i]) ? previous : next;
  }

  function node<S extends JourneyNode | StickyNote>(
    next: Map<string, Cached<JourneyNode | StickyNote, FlowNode>>,
    source: S,
    index: number,
    build: (source: S, index: number) => FlowNode,
    selected: boolean,
    size: Size | undefined,
  ): FlowNode {
    const old = steps.get(source.id);
    // The index only matters for a step without a position (it picks its grid cell).
    const sameIndex = old?.index === index || ('position' in source && source.position !== undefined);
    if (old && old.source === source && old.selected === selected && old.size === size && sameIndex) {
      next.set(source.id, old);
      return old.flow;
    }
    const base = build(source, index);
    const flow = { ...base, selected, ...(size ? { measured: size } : {}) } as FlowNode;
    next.set(source.id, { source, index, selected, size, flow });
    return flow;
  }

  return {
    nodes(journey, selected, measured) {
      const next = new Map<string, Cached<JourneyNode | StickyNote, FlowNode>>();
      const out: FlowNode[] = journey.nodes.map((n, i) => node(next, n, i, stepToFlow, selected.has(n.id), measured.get(n.id)));
      for (const note of readNotes(journey)) out.push(node(next, note, 0, noteToFlow, selected.has(note.id), measured.get(note.id)));
      steps = next;
      lastNodes = same(lastNodes, out);
      return lastNodes;
    },
    edges(journey, selected, highlighted) {
      const next = new Map<string, Cached<JourneyEdge, FlowEdge>>();
      const out = journey.edges.map((edge) => {
        const isSelected = selected.has(edge.id);
        const lit = highlighted.has(edge.id);
        const old = links.get(edge.id);
        // `index` carries the highlight flag here: edges have no grid position to remember.
        if (old && old.source === edge && old.selected === isSelected && old.index === Number(lit)) {
          next.set(edge.id, old);
          return old.flow;
        }
        const flow: FlowEdge = {
          ...edgeToFlow(edge),
          selected: isSelected,
          ...(describeEdge ? { ariaLabel: describeEdge(edge) } : {}),
          ...(lit ? { className: 'is-highlighted' } : {}),
        };
        next.set(edge.id, { source: edge, index: Number(lit), selected: isSelected, size: undefined, flow });
        return flow;
      });
      links = next;
      lastEdges = same(lastEdges, out);
      return lastEdges;
    },
  };
}
