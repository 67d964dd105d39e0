/**
 * Whether the workspace's journey still is the revision a run froze. Where steps sit on the
 * canvas is left out: moving a step changes nothing a run plays, so it is no edit the report
 * needs to warn about; every other field (steps, their settings, links, time zone) counts.
 */
import { canonicalJson, type Journey } from '../../../core/journey';

function withoutLayout(journey: Journey): unknown {
  return { ...journey, nodes: journey.nodes.map(({ position: _position, ...rest }) => rest) };
}

export function journeyEditedSince(frozen: Journey, current: Journey): boolean {
  return canonicalJson(withoutLayout(frozen)) !== canonicalJson(withoutLayout(current));
}
