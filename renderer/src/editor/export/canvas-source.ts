/**
 * The open editor's canvas as an image, for what is made outside the canvas (the hand-off's
 * readiness report): the editor registers a source while its canvas is mounted, keyed by
 * journey id, and a report asks for it. No source means no canvas on screen: the report then
 * draws the journey from its saved positions, and says so.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { renderCanvasImage, type ImageTheme } from './canvas-image';

/** Renders the canvas to a PNG data URL: the same rendering as the editor's PNG export, in `theme` (the screen's by default). */
export type CanvasImageSource = (theme?: ImageTheme) => Promise<string>;

const sources = new Map<string, CanvasImageSource>();

/** Makes `source` the canvas of `journeyId` until the returned function is called. */
export function registerCanvasImage(journeyId: string, source: CanvasImageSource): () => void {
  sources.set(journeyId, source);
  return () => {
    if (sources.get(journeyId) === source) sources.delete(journeyId);
  };
}

/** The mounted canvas of `journeyId`, if any. */
export function canvasImageSource(journeyId: string): CanvasImageSource | undefined {
  return sources.get(journeyId);
}

/** Registers the editor's canvas (the `.react-flow` inside `container`) while it is mounted. */
export function useCanvasImageSource(journeyId: string, container: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(
    () =>
      registerCanvasImage(journeyId, (theme) => {
        const root = container.current?.querySelector<HTMLElement>('.react-flow');
        return root ? renderCanvasImage(root, flow.getNodes(), 'png', theme) : Promise.reject(new Error('The canvas is not on the page.'));
      }),
    [journeyId, container, flow],
  );
}
