/**
 * A simulation result projected onto the canvas: counts per step and contacts per link. The
 * simulator counts per step, not per link, so a link's count is exact where it is the only
 * way into its target (the target's arrivals), or the `failed` handle (the step's failures),
 * or the only way out of its source (arrivals less exits and failures taken elsewhere); a link
 * none of these settles is left without thickness rather than guessed.
 */
import type { Journey } from '../../../core/journey';
import type { SimulationResult } from '../../../core/sim';
import { lookupError } from '../../../core/whatsapp/errors';
import type { OverlayStep } from '../editor/overlay/overlay-store';

const MESSAGE_TYPES = new Set(['whatsapp_template', 'whatsapp_session']);

/** "131047 Re-engagement message: …" lines for the failures of a result, in `language`. */
export function failureText(errors: Record<string, number>, language: 'en' | 'fr'): string {
  return Object.keys(errors)
    .map((code) => `${code}: ${lookupError(Number(code)).meaning[language]}`)
    .join('\n');
}

export function overlayOfResult(journey: Journey, result: SimulationResult, language: 'en' | 'fr'): { steps: Record<string, OverlayStep>; edges: Record<string, number> } {
  const steps: Record<string, OverlayStep> = {};
  const failure = failureText(result.errors, language);
  for (const node of journey.nodes) {
    const stats = result.nodes[node.id];
    if (!stats) continue;
    const step: OverlayStep = { entered: stats.entered };
    if (MESSAGE_TYPES.has(node.type)) Object.assign(step, { sent: stats.sent, delivered: stats.delivered, replied: stats.replied });
    if (stats.failed > 0) Object.assign(step, { failed: stats.failed, failure });
    steps[node.id] = step;
  }
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const e of journey.edges) {
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
    if (e.sourceHandle !== 'failed') outgoing.set(e.source, (outgoing.get(e.source) ?? 0) + 1);
  }
  const edges: Record<string, number> = {};
  for (const e of journey.edges) {
    const source = result.nodes[e.source];
    const target = result.nodes[e.target];
    if (incoming.get(e.target) === 1 && target) edges[e.id] = target.entered;
    else if (e.sourceHandle === 'failed' && source) edges[e.id] = source.failed;
    else if (outgoing.get(e.source) === 1 && source) {
      const failedElsewhere = journey.edges.some((x) => x.source === e.source && x.sourceHandle === 'failed') ? source.failed : 0;
      edges[e.id] = Math.max(0, source.entered - source.exited - failedElsewhere);
    }
  }
  return { steps, edges };
}
