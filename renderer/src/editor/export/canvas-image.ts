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

/** A data URL of the canvas `root` (the `.react-flow` element) showing every node. */
export async function renderCanvasImage(root: HTMLElement, nodes: readonly Node[], format: ImageFormat): Promise<string> {
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
  // Every step in full, even from a canvas zoomed out to tiles.
  return withNearView(root, () => (format === 'png' ? toPng(viewport, options) : toSvg(viewport, options)));
}

/** Saves a data URL or a text as a file through the browser's download. */
export function downloadFile(fileName: string, content: { dataUrl: string } | { text: string; type: string }): void {
  const url = 'dataUrl' in content ? content.dataUrl : URL.createObjectURL(new Blob([content.text], { type: content.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  if (!('dataUrl' in content)) setTimeout(() => URL.revokeObjectURL(url), 0);
}
