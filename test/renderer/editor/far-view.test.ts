/** A canvas image is taken with the steps drawn near (their text shown), and the canvas is left as it was. */
import { describe, expect, it } from 'vitest';
import { FAR_CLASS, withNearView } from '../../../renderer/src/editor/canvas/far-view';

function canvas(far: boolean): { frame: HTMLElement; root: HTMLElement } {
  const frame = document.createElement('div');
  frame.className = far ? `journey-canvas ${FAR_CLASS}` : 'journey-canvas';
  const root = frame.appendChild(document.createElement('div'));
  root.className = 'react-flow';
  return { frame, root };
}

describe('withNearView', () => {
  it('shows a zoomed-out canvas near while the image is taken, then zoomed out again', async () => {
    const { frame, root } = canvas(true);
    const during = await withNearView(root, async () => frame.className);
    expect(during).toBe('journey-canvas');
    expect(frame.classList.contains(FAR_CLASS)).toBe(true);
  });

  it('puts the far view back when the image fails', async () => {
    const { frame, root } = canvas(true);
    await expect(withNearView(root, () => Promise.reject(new Error('no image')))).rejects.toThrow('no image');
    expect(frame.classList.contains(FAR_CLASS)).toBe(true);
  });

  it('leaves a near canvas near', async () => {
    const { frame, root } = canvas(false);
    expect(await withNearView(root, async () => frame.className)).toBe('journey-canvas');
    expect(frame.className).toBe('journey-canvas');
  });
});
