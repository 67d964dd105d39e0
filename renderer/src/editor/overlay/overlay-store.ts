/**
 * The canvas overlay: numbers that something outside the editor projects onto the steps and
 * links of the open journey (a simulation's counts, a live run's progress) and the step a
 * trainer timeline stands on. It is the editor's one extension point for them: producers set
 * it, the {@link CanvasOverlay} layer draws it, and the editor's own store never knows. One
 * store for the app, since one journey is open at a time; the journey id guards against
 * drawing another journey's numbers.
 */
import { create } from 'zustand';

/** What one step shows. `failed` is drawn in red with `failure` (a Meta error explained) as its title. */
export interface OverlayStep {
  entered: number;
  sent?: number;
  delivered?: number;
  read?: number;
  replied?: number;
  failed?: number;
  /** One line explaining the failures (the Meta error and what it means), in the interface language. */
  failure?: string;
}

export interface CanvasOverlayState {
  /** The journey the numbers belong to; null when there is nothing to draw. */
  journeyId: string | null;
  /** Who drew them ("simulation", "run"): shown as the layer's label. */
  source: string | null;
  steps: Readonly<Record<string, OverlayStep>>;
  /** Contacts that took each link, by edge id: link thickness. */
  edges: Readonly<Record<string, number>>;
  /** The step a trainer timeline stands on. */
  highlight: string | null;
}

const EMPTY: CanvasOverlayState = { journeyId: null, source: null, steps: {}, edges: {}, highlight: null };

export const useCanvasOverlay = create<CanvasOverlayState>(() => EMPTY);

/** Draws `counts` on the journey's canvas (replacing whatever was drawn). */
export function showOverlay(journeyId: string, source: string, steps: Record<string, OverlayStep>, edges: Record<string, number>): void {
  useCanvasOverlay.setState({ journeyId, source, steps, edges });
}

/** Marks the step a timeline stands on (null: none). */
export function highlightStep(journeyId: string, step: string | null): void {
  useCanvasOverlay.setState({ journeyId, highlight: step });
}

/** Removes every number and the highlight. */
export function clearOverlay(): void {
  useCanvasOverlay.setState(EMPTY);
}
