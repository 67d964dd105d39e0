/**
 * The readiness report as the hand-off button makes it: with the editor's canvas open, the
 * report embeds that canvas's image (a data URL: the file stays self-contained); with no
 * canvas open, or one that cannot be rendered, it draws the journey from the saved positions
 * and says which of the two happened, in the report's language.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorldModel } from '../../../core/journey/world';
import { simulate } from '../../../core/sim';
import { registerCanvasImage } from '../../../renderer/src/editor/export/canvas-source';
import { HandoffButtons } from '../../../renderer/src/handoff/HandoffButtons';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import type { SimulationSetup } from '../../../renderer/src/simulation/sim-input';
import { sampleAudience, sampleChannel, sampleInput, sampleTemplates } from '../../core/reports/sample';

// A 1×1 PNG: what the editor's PNG export gives, in miniature.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const input = sampleInput();
const setup: SimulationSetup = {
  journey: input.journey,
  templates: sampleTemplates,
  channels: [sampleChannel],
  audience: [...sampleAudience],
  world: WorldModel.parse({}),
  start: input.start,
  seed: input.seed,
};
const result = simulate(input);

/** Clicks the report button and answers the HTML file it downloads. */
async function downloadReport(language: 'en' | 'fr' = 'en'): Promise<string> {
  const blobs: Blob[] = [];
  // jsdom has no object URLs: the file is caught where the download is made from it.
  Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:report')), revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <HandoffButtons setup={setup} result={result} />
    </I18nextProvider>,
  );
  await userEvent.setup().click(screen.getByTestId('handoff-report'));
  await waitFor(() => expect(blobs).toHaveLength(1));
  expect(click).toHaveBeenCalledTimes(1);
  // jsdom's Blob has no text(): read it as a browser without it would.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blobs[0]!);
  });
}

let unregister: () => void = () => {};
afterEach(() => {
  unregister();
  vi.restoreAllMocks();
});

describe('the readiness report from the editor', () => {
  it('embeds the open canvas’s image as a data URL, and nothing drawn from positions', async () => {
    const source = vi.fn(async () => PNG);
    unregister = registerCanvasImage(setup.journey.id, source);
    const html = await downloadReport();
    expect(source).toHaveBeenCalledTimes(1);
    // Paper is white: the report asks for the light theme whatever the app's.
    expect(source).toHaveBeenCalledWith('light');
    expect(html).toContain(`<figure><img src="${PNG}" alt="${setup.journey.name}" />`);
    expect(html).toContain('<figcaption data-canvas="editor">The canvas as the editor shows it');
    expect(html).not.toContain('data-canvas="positions"');
    expect(html).not.toMatch(/<script|src="http|href="http/);
  });

  it('draws the journey from its positions when no canvas is open, and says so', async () => {
    // Another journey's canvas is not this one's.
    unregister = registerCanvasImage('another-journey', async () => PNG);
    const html = await downloadReport('fr');
    expect(html).not.toContain(PNG);
    expect(html).toMatch(/<figure><svg [^>]*>.*<\/svg><figcaption data-canvas="positions">Dessiné d’après les positions enregistrées des étapes : le canevas de l’éditeur n’était pas ouvert/s);
  });

  it('falls back too when the canvas cannot be rendered, with the reason', async () => {
    unregister = registerCanvasImage(setup.journey.id, () => Promise.reject(new Error('canvas too large')));
    const html = await downloadReport();
    expect(html).toContain('<figcaption data-canvas="positions">Drawn from the steps’ saved positions: the editor’s canvas could not be rendered (canvas too large)');
    expect(html).toContain('<svg');
  });

  it('forgets a canvas once it is unmounted', async () => {
    const stop = registerCanvasImage(setup.journey.id, async () => PNG);
    stop();
    expect(await downloadReport()).toContain('data-canvas="positions"');
  });
});
