/**
 * Sorts React Flow's change events into what the store does with them: moves (with whether a
 * drag starts or ends), measured sizes, selection, removals. Adding and replacing nodes is the
 * store's own business, so those changes are ignored.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Position } from '../../../../core/journey';
import type { FlowEdge, FlowNode } from '../convert';
import type { Size } from './flow-projection';

export type SortedNodeChanges = {
  positions: Map<string, Position>;
  /** A change said `dragging: true`: a drag is under way. */
  dragging: boolean;
  /** A change said `dragging: false`: a drag (or a keyboard move) has ended. */
  dropped: boolean;
  sizes: Map<string, Size>;
  selected: Map<string, boolean>;
  removed: Set<string>;
};

export function sortNodeChanges(changes: readonly NodeChange<FlowNode>[]): SortedNodeChanges {
  const sorted: SortedNodeChanges = { positions: new Map(), dragging: false, dropped: false, sizes: new Map(), selected: new Map(), removed: new Set() };
  for (const change of changes) {
    switch (change.type) {
      case 'position':
        if (change.position) sorted.positions.set(change.id, change.position);
        if (change.dragging === true) sorted.dragging = true;
        if (change.dragging === false) sorted.dropped = true;
        break;
      case 'dimensions':
        if (change.dimensions) sorted.sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
        break;
      case 'select':
        sorted.selected.set(change.id, change.selected);
        break;
      case 'remove':
        sorted.removed.add(change.id);
        break;
      default:
        break;
    }
  }
  return sorted;
}

export function sortEdgeChanges(changes: readonly EdgeChange<FlowEdge>[]): { selected: Map<string, boolean>; removed: Set<string> } {
  const selected = new Map<string, boolean>();
  const removed = new Set<string>();
  for (const change of changes) {
    if (change.type === 'select') selected.set(change.id, change.selected);
    else if (change.type === 'remove') removed.add(change.id);
  }
  return { selected, removed };
}

/** A selection set with some ids turned on or off; the same set when nothing changed. */
export function toggled(set: ReadonlySet<string>, changes: ReadonlyMap<string, boolean>): ReadonlySet<string> {
  let next: Set<string> | undefined;
  for (const [id, on] of changes) {
    if (set.has(id) === on) continue;
    next ??= new Set(set);
    if (on) next.add(id);
    else next.delete(id);
  }
  return next ?? set;
}
