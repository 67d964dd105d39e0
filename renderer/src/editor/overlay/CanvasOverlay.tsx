/**
 * Draws the canvas overlay (overlay-store.ts) over the open journey without touching the step
 * and link components: counts sit in React Flow's viewport portal above each step, so they pan
 * and zoom with it; link thickness and the highlighted step are one generated style sheet keyed
 * by React Flow's `data-id` attributes. Costs nothing while the overlay is empty.
 */
import { useStore, ViewportPortal } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor-context';
import { useCanvasOverlay } from './overlay-store';
import type { CanvasOverlayState, OverlayStep } from './overlay-store';
import './overlay.css';

const MIN_WIDTH = 1.5;
const MAX_EXTRA = 8;

const quote = (id: string) => `"${id.replace(/["\\]/g, '\\$&')}"`;

/** The style sheet for link thickness (by share of the busiest link) and the highlighted step. */
export function overlayStyles(state: Pick<CanvasOverlayState, 'edges' | 'highlight'>): string {
  const counts = Object.values(state.edges);
  const max = Math.max(1, ...counts);
  const rules = Object.entries(state.edges).map(([id, count]) => {
    const width = count === 0 ? 1 : MIN_WIDTH + (MAX_EXTRA * count) / max;
    const dash = count === 0 ? ' stroke-dasharray: 4 4;' : '';
    return `.react-flow__edge[data-id=${quote(id)}] .react-flow__edge-path { stroke-width: ${width.toFixed(1)}px;${dash} }`;
  });
  if (state.highlight) rules.push(`.react-flow__node[data-id=${quote(state.highlight)}] .step { outline: 3px solid var(--color-focus); outline-offset: 3px; }`);
  return rules.join('\n');
}

function StepCounts({ id, step }: { id: string; step: OverlayStep }) {
  const { t } = useTranslation();
  const box = useStore((s: ReactFlowState) => {
    const node = s.nodeLookup.get(id);
    return node ? `${node.internals.positionAbsolute.x},${node.internals.positionAbsolute.y},${node.measured.width ?? 0}` : null;
  });
  if (box === null) return null;
  const [x, y, width] = box.split(',').map(Number) as [number, number, number];
  const parts: string[] = [t('overlay.entered', { count: step.entered })];
  if (step.sent !== undefined) parts.push(t('overlay.sent', { count: step.sent }));
  if (step.delivered !== undefined) parts.push(t('overlay.delivered', { count: step.delivered }));
  if (step.replied !== undefined) parts.push(t('overlay.replied', { count: step.replied }));
  // A little wider than the step, into the gap before the next column, so most counts keep to one or two lines.
  return (
    <div className="overlay-counts" data-overlay-step={id} style={{ transform: `translate(${x}px, ${y - 6}px) translateY(-100%)`, width: width + 36 }}>
      <span className="overlay-main" data-count="entered" data-value={step.entered}>
        {parts.join(' · ')}
      </span>
      {step.failed !== undefined && step.failed > 0 && (
        <span className="overlay-failed" data-count="failed" data-value={step.failed} title={step.failure}>
          {t('overlay.failed', { count: step.failed })}
        </span>
      )}
    </div>
  );
}

export function CanvasOverlay() {
  const { t } = useTranslation();
  const journeyId = useEditor((s) => s.journey.id);
  const overlay = useCanvasOverlay();
  if (overlay.journeyId !== journeyId) return null;
  const steps = Object.entries(overlay.steps);
  return (
    <>
      <style data-canvas-overlay="">{overlayStyles(overlay)}</style>
      {steps.length > 0 && (
        <ViewportPortal>
          <div className="canvas-overlay" aria-label={overlay.source ? t('overlay.label', { source: overlay.source }) : undefined}>
            {steps.map(([id, step]) => (
              <StepCounts key={id} id={id} step={step} />
            ))}
          </div>
        </ViewportPortal>
      )}
    </>
  );
}
