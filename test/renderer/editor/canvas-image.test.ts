import type { Node } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const rendered = vi.hoisted(() => ({ calls: [] as { format: string; element: HTMLElement; options: Record<string, unknown> }[] }));
// html-to-image draws through a canvas and image decoding jsdom does not have: here it only
// records what it was asked to draw (the Chromium e2e checks the real files).
vi.mock('html-to-image', () => ({
  toPng: async (element: HTMLElement, options: Record<string, unknown>) => {
    rendered.calls.push({ format: 'png', element, options });
    return 'data:image/png;base64,iVBORw0KGgo=';
  },
  toSvg: async (element: HTMLElement, options: Record<string, unknown>) => {
    rendered.calls.push({ format: 'svg', element, options });
    return 'data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C%2Fsvg%3E';
  },
}));

const { imageSize, MAX_SIDE, renderCanvasImage } = await import('../../../renderer/src/editor/export/canvas-image');

const step = (id: string, x: number, y: number, width = 240, height = 96): Node => ({ id, position: { x, y }, data: {}, measured: { width, height } });

/** A `.react-flow` root holding a viewport, as React Flow renders it. */
function canvasRoot(background = '#f4f6f8'): HTMLElement {
  const root = document.createElement('div');
  root.className = 'react-flow';
  root.style.setProperty('--canvas-bg', background);
  const viewport = document.createElement('div');
  viewport.className = 'react-flow__viewport';
  root.append(viewport);
  document.body.append(root);
  return root;
}

/** Where a node lands in the image under the transform html-to-image was given. */
function placed(transform: string, node: Node) {
  const match = /translate\((-?[\d.e+-]+)px, (-?[\d.e+-]+)px\) scale\(([\d.e+-]+)\)/.exec(transform);
  if (!match) throw new Error(`unexpected transform ${transform}`);
  const [x, y, zoom] = match.slice(1).map(Number) as [number, number, number];
  return {
    left: x + node.position.x * zoom,
    top: y + node.position.y * zoom,
    right: x + (node.position.x + node.measured!.width!) * zoom,
    bottom: y + (node.position.y + node.measured!.height!) * zoom,
  };
}

beforeEach(() => {
  rendered.calls.length = 0;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('imageSize', () => {
  it('is the journey at 1:1 with a margin around it', () => {
    const nodes = [step('a', 0, 0), step('b', 1000, 400)];
    // Bounds 1240 x 496, plus 8 % on each side.
    expect(imageSize(nodes)).toEqual({ width: Math.round(1240 * 1.16), height: Math.round(496 * 1.16) });
  });

  it('is never smaller than a thumbnail, even for one step', () => {
    expect(imageSize([step('a', 50, 50, 100, 40)])).toEqual({ width: 320, height: 240 });
  });

  it('caps the longest side of a huge journey, keeping its proportions', () => {
    const nodes = [step('a', 0, 0), step('z', 40_000, 9_904)];
    const size = imageSize(nodes);
    expect(size.width).toBe(MAX_SIDE);
    expect(size.height).toBe(Math.round((MAX_SIDE * 10_000) / 40_240));
  });
});

describe('renderCanvasImage', () => {
  it.each(['png', 'svg'] as const)('draws the viewport as %s with every step inside the image, on the canvas colour', async (format) => {
    const root = canvasRoot('#101418');
    const nodes = [step('a', -300, 120), step('b', 600, -80), step('c', 2400, 900)];
    const url = await renderCanvasImage(root, nodes, format);
    expect(url.startsWith(format === 'png' ? 'data:image/png' : 'data:image/svg+xml')).toBe(true);
    const call = rendered.calls[0]!;
    expect(call.format).toBe(format);
    expect(call.element).toBe(root.querySelector('.react-flow__viewport'));
    const { width, height } = imageSize(nodes);
    expect(call.options).toMatchObject({ backgroundColor: '#101418', width, height, style: { width: `${width}px`, height: `${height}px` } });
    for (const node of nodes) {
      const box = placed((call.options.style as { transform: string }).transform, node);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.bottom).toBeLessThanOrEqual(height);
    }
  });

  it('keeps a journey far from the origin in the picture, not just what is on screen', async () => {
    const root = canvasRoot();
    const nodes = [step('far', 50_000, 30_000), step('farther', 51_000, 30_500)];
    await renderCanvasImage(root, nodes, 'png');
    const { options } = rendered.calls[0]!;
    const box = placed((options.style as { transform: string }).transform, nodes[1]!);
    expect(box.right).toBeLessThanOrEqual(options.width as number);
    expect(box.left).toBeGreaterThan(0);
  });

  it('draws a copy of the canvas in the light theme when asked, out of sight, and leaves the page as it was', async () => {
    const root = canvasRoot('light-dark(#f7f8fa, #11171b)');
    root.querySelector('.react-flow__viewport')!.innerHTML = '<div class="react-flow__node" data-id="a">Welcome</div>';
    await renderCanvasImage(root, [step('a', 0, 0)], 'png', 'light');
    const drawn = rendered.calls[0]!.element;
    expect(drawn).not.toBe(root.querySelector('.react-flow__viewport'));
    expect(drawn.querySelector('.react-flow__node')?.textContent).toBe('Welcome');
    const copy = drawn.closest<HTMLElement>('.react-flow')!;
    expect(copy).not.toBe(root);
    expect(copy.style.colorScheme).toBe('light');
    expect(copy.style.color).toBe('var(--color-text)');
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    // The copy is gone afterwards; the canvas on screen kept its own theme.
    expect(document.querySelectorAll('.react-flow')).toHaveLength(1);
    expect(root.style.colorScheme).toBe('');
  });

  it('refuses clearly when the canvas is not on the page', async () => {
    const root = document.createElement('div');
    await expect(renderCanvasImage(root, [step('a', 0, 0)], 'png')).rejects.toThrow('The canvas is not on the page.');
    expect(rendered.calls).toEqual([]);
  });
});
