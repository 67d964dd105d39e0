/**
 * The number of contacts that took one link, drawn at the link's middle while the overlay
 * (overlay-store.ts) has a count for it; the full sentence is its hover text and accessible
 * name. Each link reads only its own count, so a new overlay re-renders only the links whose
 * number changed.
 */
import { EdgeLabelRenderer } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor-context';
import { useCanvasOverlay } from './overlay-store';

function EdgeCountLabel({ id, count, x, y }: { id: string; count: number; x: number; y: number }) {
  const { t, i18n } = useTranslation();
  const source = useCanvasOverlay((s) => s.source);
  const shown = count.toLocaleString(i18n.language);
  const sentence = t('overlay.link', { count, shown, source: source ?? '' });
  return (
    <EdgeLabelRenderer>
      <div
        className={`overlay-link-count nodrag nopan${count === 0 ? ' overlay-link-none' : ''}`}
        data-overlay-edge={id}
        data-value={count}
        role="img"
        aria-label={sentence}
        title={sentence}
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      >
        {shown}
      </div>
    </EdgeLabelRenderer>
  );
}

// Every link mounts this: while the overlay has no count for it, it costs two store reads (no
// translation hook, no portal), which keeps a 1,000-step canvas as light as before.
function EdgeCountView({ id, x, y }: { id: string; x: number; y: number }) {
  const journeyId = useEditor((s) => s.journey.id);
  const count = useCanvasOverlay((s) => (s.journeyId === journeyId ? s.edges[id] : undefined));
  return count === undefined ? null : <EdgeCountLabel id={id} count={count} x={x} y={y} />;
}

export const EdgeCount = memo(EdgeCountView);
