/** The message steps before a step: what an engagement split can measure. */
import { isMessageNode, type Journey, type JourneyNode } from '../../../../core/journey';
import type { Template } from '../../../../core/whatsapp/template';

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

/**
 * What a button reply can carry after the message steps before `nodeId`: the ids of session
 * reply buttons, and the quick-reply labels of the templates sent (every translation: a
 * contact replies in their own language). In order, without repeats.
 */
export function upstreamButtonIds(journey: Journey, nodeId: string, templates: readonly Template[]): string[] {
  const ids = new Set<string>();
  for (const node of upstreamMessages(journey, nodeId)) {
    if (node.type === 'whatsapp_session') {
      const message = node.data.message;
      if (message?.kind === 'buttons') for (const b of message.buttons) ids.add(b.id);
    } else if (node.type === 'whatsapp_template' && node.data.template) {
      for (const t of templates) {
        if (t.name !== node.data.template) continue;
        for (const b of t.components.buttons ?? []) if (b.type === 'QUICK_REPLY') ids.add(b.text);
      }
    }
  }
  return [...ids];
}
