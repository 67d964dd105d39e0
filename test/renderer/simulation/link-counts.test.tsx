/**
 * Contacts per link on the canvas: a link's thickness follows the simulator's exact count for
 * it (the busiest link thickest, a link nobody took thin and dashed), and its count sits on the
 * link with a sentence for hover and screen readers, in English and French.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../../core/sim';
import { JourneyCanvas } from '../../../renderer/src/editor/canvas/JourneyCanvas';
import { CanvasOverlay, overlayStyles } from '../../../renderer/src/editor/overlay/CanvasOverlay';
import { clearOverlay, showOverlay } from '../../../renderer/src/editor/overlay/overlay-store';
import { overlayOfResult } from '../../../renderer/src/simulation/result-overlay';
import { renderWithEditor } from '../editor/render-editor';
import { sampleInput } from './sample';

afterEach(() => clearOverlay());

function widthOf(css: string, id: string): number {
  const rule = css.split('\n').find((line) => line.includes(`[data-id="${id}"]`));
  const width = rule?.match(/stroke-width: ([\d.]+)px/)?.[1];
  if (width === undefined) throw new Error(`no width for link ${id} in:\n${css}`);
  return Number(width);
}

async function drawSample(language: 'en' | 'fr') {
  const input = sampleInput();
  const result = simulate(input);
  const view = renderWithEditor(
    input.journey,
    <>
      <JourneyCanvas label="Journey canvas" />
      <CanvasOverlay />
    </>,
    language,
  );
  const { steps, edges } = overlayOfResult(input.journey, result, language);
  act(() => showOverlay(input.journey.id, language === 'en' ? 'simulation' : 'simulation FR', steps, edges));
  await screen.findAllByRole('img', { name: language === 'en' ? /took this link/ : /ont pris ce lien|a pris ce lien/ });
  return { ...view, input, result };
}

describe('contacts per link on the canvas', () => {
  it('draws each link as thick as its exact count, and writes the count on it', async () => {
    const { container, input, result } = await drawSample('en');
    const css = container.querySelector('style[data-canvas-overlay]')?.textContent ?? '';
    const ids = input.journey.edges.map((e) => e.id);
    const count = (id: string) => result.edges[id] ?? Number.NaN;
    const busiest = ids.reduce((a, b) => (count(b) > count(a) ? b : a));
    expect(widthOf(css, busiest)).toBe(9.5);
    // Widths are drawn to a tenth of a pixel: more contacts, never thinner; a tenth of the busiest, clearly thinner.
    for (const a of ids) {
      for (const b of ids) if (count(a) > count(b)) expect(widthOf(css, a), `${a} over ${b}`).toBeGreaterThanOrEqual(widthOf(css, b));
      if (count(a) > 0 && count(a) * 10 < count(busiest)) expect(widthOf(css, a), a).toBeLessThan(widthOf(css, busiest) / 2);
    }
    for (const id of ids) {
      const label = container.querySelector(`[data-overlay-edge="${id}"]`);
      expect(label?.getAttribute('data-value'), id).toBe(String(count(id)));
      expect(label?.textContent).toBe(count(id).toLocaleString('en'));
      expect(label?.getAttribute('title')).toBe(`${count(id).toLocaleString('en')} contact${count(id) === 1 ? '' : 's'} took this link (simulation)`);
    }
  }, 20_000);

  it('says it in French', async () => {
    const { container, input, result } = await drawSample('fr');
    const [first] = input.journey.edges;
    const n = result.edges[first!.id] ?? Number.NaN;
    expect(n).toBeGreaterThan(1);
    expect(container.querySelector(`[data-overlay-edge="${first!.id}"]`)?.getAttribute('title')).toBe(`${n.toLocaleString('fr')} contacts ont pris ce lien (simulation FR)`);
  }, 20_000);

  it('dashes a link nobody took and leaves links without a count alone', () => {
    const css = overlayStyles({ edges: { busy: 40, quiet: 10, none: 0 }, highlight: null });
    expect(widthOf(css, 'busy')).toBe(9.5);
    expect(widthOf(css, 'quiet')).toBe(3.5);
    expect(css.split('\n').find((l) => l.includes('"none"'))).toMatch(/stroke-width: 1\.0px; stroke-dasharray: 4 4;/);
    expect(css).not.toContain('"other"');
  });
});
