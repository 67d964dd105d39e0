/**
 * The canvas zoomed out. Below FAR_ZOOM a step's text is too small to read (13 px type under
 * 5 px): the canvas frame gets FAR_CLASS and far-view.css draws steps as coloured tiles with
 * large badges. The look is CSS on the frame, so crossing the threshold re-renders the canvas
 * once and no step (hidden text keeps its box: no step changes size or is re-measured).
 */
import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import './far-view.css';

export const FAR_ZOOM = 0.4;
export const FAR_CLASS = 'is-far';

// A boolean: the canvas re-renders when the zoom crosses FAR_ZOOM, not on every zoom step.
const selectFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/** Whether the canvas is zoomed out below FAR_ZOOM (inside React Flow's provider). */
export function useFarView(): boolean {
  return useStore(selectFar);
}

/**
 * Runs `capture` with the canvas of `root` drawn near (every step's text shown), whatever its
 * zoom: an image of the canvas copies the page's computed styles, and shows each step in full.
 */
export async function withNearView<T>(root: HTMLElement, capture: () => Promise<T>): Promise<T> {
  const frame = root.closest('.journey-canvas');
  const far = frame?.classList.contains(FAR_CLASS) === true;
  if (far) frame.classList.remove(FAR_CLASS);
  try {
    return await capture();
  } finally {
    if (far) frame.classList.add(FAR_CLASS);
  }
}
