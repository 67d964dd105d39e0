/**
 * Readable, deterministic ids for new steps, notes and edges: `wait-3`, `e-12`. No clock and no
 * randomness, so tests and the journey file stay stable; uniqueness is checked against the ids
 * already taken.
 */
import type { NodeType } from '../../../../core/journey';

const PREFIX: Record<NodeType | 'note', string> = {
  entry: 'entry',
  whatsapp_template: 'template',
  whatsapp_session: 'message',
  wait: 'wait',
  wait_for_reply: 'reply',
  split_engagement: 'split',
  split_attribute: 'split',
  split_random: 'split',
  update_contact: 'update',
  exit: 'exit',
  note: 'note',
};

/** The id prefix for a new element of this kind. */
export function idPrefix(kind: NodeType | 'note' | 'edge'): string {
  return kind === 'edge' ? 'e' : PREFIX[kind];
}

/** An id allocator over a set of taken ids; each id it hands out is taken from then on. */
export function idAllocator(taken: Iterable<string>): (prefix: string) => string {
  const used = new Set(taken);
  const counters = new Map<string, number>();
  return (prefix) => {
    let n = counters.get(prefix) ?? 1;
    while (used.has(`${prefix}-${n}`)) n += 1;
    const id = `${prefix}-${n}`;
    counters.set(prefix, n + 1);
    used.add(id);
    return id;
  };
}
