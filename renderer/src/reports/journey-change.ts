/**
 * Whether the workspace's journey still is the revision a run froze. Where steps sit on the
 * canvas is left out: moving a step changes nothing a run plays, so it is no edit the report
 * needs to warn about; every other field (steps, their settings, links, time zone) counts.
 */
import type { Journey } from '../../../core/journey';

/** `value` as JSON with object keys sorted, so two equal journeys compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function withoutLayout(journey: Journey): unknown {
  return { ...journey, nodes: journey.nodes.map(({ position: _position, ...rest }) => rest) };
}

export function journeyEditedSince(frozen: Journey, current: Journey): boolean {
  return canonical(withoutLayout(frozen)) !== canonical(withoutLayout(current));
}
