/** The message steps before a step: what an engagement split can measure. */
import { isMessageNode, type Journey, type JourneyNode } from '../../../../core/journey';

/**
 * Message steps from which some path leads to `nodeId`, nearest first (breadth-first over
 * the edges backwards). Whether the message is on every path is the validator's
 * `split.engagement-source`; the form offers every candidate.
 */
export function upstreamMessages(journey: Journey, nodeId: string): JourneyNode[] {
  const into = new Map<string, string[]>();
  for (const e of journey.edges) {
    const list = into.get(e.target);
    if (list) list.push(e.source);
    else into.set(e.target, [e.source]);
  }
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const seen = new Set([nodeId]);
  const queue = [nodeId];
  const found: JourneyNode[] = [];
  for (let i = 0; i < queue.length; i++) {
    for (const source of into.get(queue[i]!) ?? []) {
      if (seen.has(source)) continue;
      seen.add(source);
      queue.push(source);
      const node = byId.get(source);
      if (node && isMessageNode(node)) found.push(node);
    }
  }
  return found;
}
