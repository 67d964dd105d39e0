/**
 * PNG and SVG images of the whole journey for slide decks, as React Flow's download-image
 * example does it: html-to-image renders the viewport element with a transform that fits every
 * node (not just what is on screen) into the image.
 */
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import type { Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { withNearView } from '../canvas/far-view';

export type ImageFormat = 'png' | 'svg';

const PADDING = 0.08;
/** The longest side of an image, in CSS pixels. */
export const MAX_SIDE = 4096;
const MIN_SIZE = { width: 320, height: 240 };
/** Outline width (CSS px before the fit's zoom, at least 0.05): covers {@link MAX_SIDE} with room to spare. */
const BACKDROP = 200_000;

/** The size of the image: the journey's bounds at 1:1 plus a margin, capped (margin included) so a huge journey still exports. */
export function imageSize(nodes: readonly Node[]): { width: number; height: number } {
  const bounds = getNodesBounds([...nodes]);
  const margin = 1 + 2 * PADDING;
  const scale = Math.min(1, MAX_SIDE / (Math.max(bounds.width, bounds.height, 1) * margin));
  return {
    width: Math.max(MIN_SIZE.width, Math.round(bounds.width * scale * margin)),
    height: Math.max(MIN_SIZE.height, Math.round(bounds.height * scale * margin)),
  };
}

/**
 * The theme an image is drawn in: `app` is the one on screen (the editor's own export follows
 * the user's choice); `light` is for paper (the readiness report prints on white whatever the
 * app's theme).
 */
export type ImageTheme = 'app' | 'light';

/**
 * Runs `capture` on the canvas `root` drawn in `theme`. An image copies each element's computed
 * colours, so a theme other than the screen's needs elements that compute in it: a copy of the
 * canvas, out of sight beside it (same parents, so the same style rules), with its own
 * color-scheme, which the tokens' light-dark() colours follow. The screen never flashes.
 */
async function inTheme<T>(root: HTMLElement, theme: ImageTheme, capture: (root: HTMLElement) => Promise<T>): Promise<T> {
  if (theme === 'app' || root.parentElement === null) return capture(root);
  const copy = root.cloneNode(true) as HTMLElement;
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  // The text colour is inherited as the screen's page computed it: the copy sets it again, so
  // text that takes its parent's colour is the theme's too.
  Object.assign(copy.style, {
    position: 'fixed', left: '-100000px', top: '0', width: `${root.clientWidth}px`, height: `${root.clientHeight}px`,
    colorScheme: theme, color: 'var(--color-text)', pointerEvents: 'none',
  });
  root.parentElement.appendChild(copy);
  try {
    return await capture(copy);
  } finally {
    copy.remove();
  }
}

/** A data URL of the canvas `root` (the `.react-flow` element) showing every node, in `theme`. */
export async function renderCanvasImage(root: HTMLElement, nodes: readonly Node[], format: ImageFormat, theme: ImageTheme = 'app'): Promise<string> {
  // Every step in full, even from a canvas zoomed out to tiles.
  return withNearView(root, () => inTheme(root, theme, (themed) => renderViewport(themed, nodes, format)));
}

async function renderViewport(root: HTMLElement, nodes: readonly Node[], format: ImageFormat): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The canvas is not on the page.');
  const { width, height } = imageSize(nodes);
  const fit = getViewportForBounds(getNodesBounds([...nodes]), width, height, 0.05, 2, PADDING);
  const background = getComputedStyle(root).getPropertyValue('--canvas-bg').trim() || getComputedStyle(root).backgroundColor;
  const options = {
    backgroundColor: background,
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
      // The background is the viewport's own, so it moves and shrinks with the fit transform and
      // left the image's top and left bands unpainted (black in a PNG): an outline wider than any
      // image, at the smallest zoom, paints them too; drawn over the box's edge, so no seam shows.
      outline: `${BACKDROP}px solid ${background}`,
      outlineOffset: '-4px',
    },
  };
  return format === 'png' ? toPng(viewport, options) : toSvg(viewport, options);
}
