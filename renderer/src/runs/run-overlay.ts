/**
 * A run's counts as the canvas overlay draws them (renderer/src/editor/overlay): entered, sent,
 * delivered and replied per step, failures in red with the run's most frequent Meta error
 * explained. The executor counts per step, not per link, so links keep their width.
 */
import type { RunSnapshot } from '../../../core/api/host-api';
import { lookupError } from '../../../core/whatsapp/errors';
import type { OverlayStep } from '../editor/overlay/overlay-store';

export function runOverlaySteps(run: Pick<RunSnapshot, 'nodes' | 'errors'>, language: 'en' | 'fr'): Record<string, OverlayStep> {
  const top = Object.entries(run.errors).sort((a, b) => b[1] - a[1])[0];
  const failure = top ? `${top[0]}: ${lookupError(Number(top[0])).meaning[language]}` : undefined;
  return Object.fromEntries(
    Object.entries(run.nodes).map(([id, n]) => {
      const step: OverlayStep = { entered: n.entered };
      if (n.sent > 0 || n.failed > 0) Object.assign(step, { sent: n.sent, delivered: n.delivered, read: n.read, replied: n.replied });
      if (n.failed > 0) Object.assign(step, { failed: n.failed, ...(failure ? { failure } : {}) });
      return [id, step];
    }),
  );
}
