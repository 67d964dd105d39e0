/**
 * The Simulate panel over the sample workspace, as a user drives it: the counts drawn on the
 * canvas are the simulator's for the same inputs, failures are explained, the result is kept,
 * and the panel speaks French too.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../../core/sim';
import type { SimulationWorkerRequest, SimulationWorkerResponse } from '../../../core/sim';
import { listSimulationResults, seedWorkspace } from '../../../renderer/db';
import { JourneyCanvas } from '../../../renderer/src/editor/canvas/JourneyCanvas';
import { CanvasOverlay } from '../../../renderer/src/editor/overlay/CanvasOverlay';
import { clearOverlay } from '../../../renderer/src/editor/overlay/overlay-store';
import { SimulatePanel } from '../../../renderer/src/simulation/SimulatePanel';
import { createSimulationRunner } from '../../../renderer/src/simulation/sim-runner';
import { resetSimulation, setSimulationRunner, useSimulation } from '../../../renderer/src/simulation/sim-store';
import { worldOf } from '../../../renderer/src/simulation/world-presets';
import { sampleWorkspace } from '../../../renderer/src/workspace/sample-workspace';
import { openTestWorkspace } from '../db/test-db';
import { renderWithEditor } from '../editor/render-editor';
import { sampleInput } from './sample';

const START_TEXT = '2026-12-01T10:00';

async function renderPanel(language: 'en' | 'fr' = 'en') {
  openTestWorkspace();
  const sample = sampleWorkspace();
  await seedWorkspace(sample);
  const library = { templates: sample.templates, channels: sample.channels, attributes: [] };
  const input = sampleInput();
  const view = renderWithEditor(
    input.journey,
    <>
      <JourneyCanvas label="Journey canvas" />
      <CanvasOverlay />
      <SimulatePanel library={library} />
    </>,
    language,
  );
  return { ...view, input };
}

afterEach(() => {
  resetSimulation();
  clearOverlay();
});

/** A whole panel in jsdom (database, simulation, charts) takes seconds when the whole suite runs at once. */
const SLOW = 20_000;

describe('the Simulate panel', () => {
  it('draws the simulator’s counts for the same inputs on every step, and keeps the result', async () => {
    const { input, container } = await renderPanel();
    const user = userEvent.setup();
    await screen.findByRole('option', { name: /sample/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Audience behaviour' }), 'all_reply');
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: START_TEXT } });
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '42' } });
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    await screen.findByTestId('simulation-summary', {}, { timeout: 5000 });

    const expected = simulate({ ...input, world: worldOf('all_reply'), start: new Date(START_TEXT).getTime(), seed: 42 });
    for (const node of input.journey.nodes) {
      const shown = container.querySelector(`[data-overlay-step="${node.id}"] [data-count="entered"]`);
      expect(shown?.getAttribute('data-value'), node.id).toBe(String(expected.nodes[node.id]?.entered));
    }
    const summary = screen.getByTestId('simulation-summary');
    expect(summary.querySelector('.sim-figures dd')).toHaveTextContent(String(expected.contacts));
    // The charts of the same result: the promotion's funnel starts with its arrivals.
    expect(await within(summary).findByRole('table', { name: 'Funnel of step promo' })).toHaveTextContent(`Arrived${expected.nodes.promo?.entered}`);
    // Thicker links where more contacts went.
    expect(container.querySelector('style[data-canvas-overlay]')?.textContent).toMatch(/stroke-width: \d/);
    await waitFor(async () => expect(await listSimulationResults('promo-reply')).toHaveLength(1));
    const [saved] = await listSimulationResults('promo-reply');
    expect(saved?.result.nodes).toEqual(JSON.parse(JSON.stringify(expected.nodes)));
  }, SLOW);

  it('explains failures with Meta’s error in red, in French too', async () => {
    const { container } = await renderPanel('fr');
    const user = userEvent.setup();
    await screen.findByRole('option', { name: /sample/ });
    // Nobody ever delivered: every message fails undeliverable (131026).
    await user.selectOptions(screen.getByRole('combobox', { name: "Comportement de l'audience" }), 'custom');
    const delivered = screen.getByLabelText('Remis %');
    fireEvent.change(delivered, { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('Début'), { target: { value: START_TEXT } });
    await user.click(screen.getByRole('button', { name: 'Simuler' }));
    const summary = await screen.findByTestId('simulation-summary', {}, { timeout: 5000 });
    expect(within(summary).getByText(/Erreur 131026/)).toBeInTheDocument();
    const failed = container.querySelector('[data-overlay-step="promo"] [data-count="failed"]');
    expect(failed?.textContent).toMatch(/en échec/);
    expect(failed?.getAttribute('title')).toMatch(/^131026: /);
  }, SLOW);

  it('does not show another journey’s result', async () => {
    useSimulation.setState({ status: 'done', journeyId: 'another-journey', result: simulate(sampleInput()) });
    await renderPanel();
    await screen.findByRole('option', { name: /sample/ });
    expect(screen.queryByTestId('simulation-summary')).toBeNull();
  }, SLOW);

  it('shows progress while it runs, and cancels', async () => {
    // A worker that reports progress and then waits: only a cancel ends the run.
    const sent: SimulationWorkerRequest[] = [];
    let receive: (m: SimulationWorkerResponse) => void = () => {};
    const input = sampleInput();
    setSimulationRunner(
      createSimulationRunner({
        send: (message) => {
          sent.push(message);
          if (message.type === 'simulate') setTimeout(() => receive({ type: 'progress', id: message.id, progress: { events: 900, now: 0, arrived: 200, exited: 50, contacts: 200 } }), 0);
          else setTimeout(() => receive({ type: 'result', id: message.id, result: { ...simulate(input), stopped: 'cancelled' } }), 0);
        },
        listen: (r) => (receive = r),
        close: () => {},
      }),
    );
    await renderPanel();
    const user = userEvent.setup();
    await screen.findByRole('option', { name: /sample/ });
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: START_TEXT } });
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    const bar = await screen.findByRole('progressbar', { name: 'Simulation progress' });
    await waitFor(() => expect(bar).toHaveAttribute('value', '50'));
    expect(screen.getByText(/50 of 200 contacts done/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText(/Cancelled/);
    expect(sent.map((m) => m.type)).toEqual(['simulate', 'cancel']);
    setSimulationRunner(null);
  }, SLOW);
});
