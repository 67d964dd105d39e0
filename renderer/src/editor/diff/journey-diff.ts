/**
 * What differs between two versions of a journey, step by step: added, removed, or changed
 * (its type or settings, or where its outputs lead). Moving a step is not a change: the
 * contacts' path is the same. Pure, for the revision comparison.
 */
import { canonicalJson, type Journey, type JourneyNode } from '../../../../core/journey';
import type { StepMark } from '../store/editor-store';

export type JourneyDiff = {
  /** Marks for the older version's canvas: its removed and changed steps. */
  before: Map<string, StepMark>;
  /** Marks for the newer version's canvas: its added and changed steps. */
  after: Map<string, StepMark>;
  added: string[];
  removed: string[];
  changed: string[];
};

/** A step's meaning: its type, data and where each output leads (not its position). */
function meaning(node: JourneyNode, journey: Journey): string {
  const outputs = journey.edges
    .filter((e) => e.source === node.id)
    .map((e) => `${e.sourceHandle ?? 'out'}>${e.target}`)
    .sort();
  // Key order must not make two equal settings look different.
  return canonicalJson([node.type, node.data, outputs]);
}

export function diffJourneys(before: Journey, after: Journey): JourneyDiff {
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  const diff: JourneyDiff = { before: new Map(), after: new Map(), added: [], removed: [], changed: [] };
  for (const node of before.nodes) {
    if (!now.has(node.id)) {
      diff.removed.push(node.id);
      diff.before.set(node.id, 'removed');
    }
  }
  for (const node of after.nodes) {
    const previous = old.get(node.id);
    if (!previous) {
      diff.added.push(node.id);
      diff.after.set(node.id, 'added');
    } else if (meaning(previous, before) !== meaning(node, after)) {
      diff.changed.push(node.id);
      diff.before.set(node.id, 'changed');
      diff.after.set(node.id, 'changed');
    }
  }
  return diff;
}
