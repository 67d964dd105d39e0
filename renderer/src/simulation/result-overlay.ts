/**
 * A simulation result projected onto the canvas: counts per step, and contacts per link as the
 * simulator counted them (its `edges`: every link the contacts followed, exactly).
 */
import { isMessageNode, type Journey } from '../../../core/journey';
import type { SimulationResult } from '../../../core/sim';
import { lookupError } from '../../../core/whatsapp/errors';
import type { OverlayStep } from '../editor/overlay/overlay-store';

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
    if (isMessageNode(node)) Object.assign(step, { sent: stats.sent, delivered: stats.delivered, replied: stats.replied });
    if (stats.failed > 0) Object.assign(step, { failed: stats.failed, failure });
    steps[node.id] = step;
  }
  const edges: Record<string, number> = {};
  for (const e of journey.edges) {
    const count = result.edges[e.id];
    if (count !== undefined) edges[e.id] = count;
  }
  return { steps, edges };
}
