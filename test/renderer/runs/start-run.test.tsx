/**
 * Starting a run from the editor over the sample workspace: the button waits for a journey
 * without errors, the confirmation shows the simulator's admitted contacts, cost and the days the
 * messaging limit stretches the run, and Start hands the host the journey file and the audience.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importJourneyFile } from '../../../core/journey';
import { parseAudienceCsv } from '../../../core/audience';
import { forecastMessagingLimit } from '../../../core/reports';
import { simulate } from '../../../core/sim';
import { validateJourney } from '../../../core/rules';
import type { Finding } from '../../../core/rules';
import { seedWorkspace } from '../../../renderer/db';
import { AppProviders } from '../../../renderer/src/app/AppProviders';
import { clearOverlay, useCanvasOverlay } from '../../../renderer/src/editor/overlay/overlay-store';
import { EditorStoreProvider } from '../../../renderer/src/editor/store/editor-context';
import { createEditorStore } from '../../../renderer/src/editor/store/editor-store';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { RunLauncher } from '../../../renderer/src/runs/RunLauncher';
import { RunNotice } from '../../../renderer/src/runs/RunNotice';
import { resetRuns } from '../../../renderer/src/runs/runs-store';
import { worldOf } from '../../../renderer/src/simulation/world-presets';
import { sampleWorkspace } from '../../../renderer/src/workspace/sample-workspace';
import { createFakeHost } from '../../support/fake-host';
import { openTestWorkspace } from '../db/test-db';
import { nodeCounts, runSnapshot } from './run-fixtures';

const NOW = Date.UTC(2026, 11, 1, 9);

async function renderLauncher(findings: Finding[] = [], language: 'en' | 'fr' = 'en') {
  const ws = openTestWorkspace(NOW);
  const sample = sampleWorkspace();
  await seedWorkspace(sample);
  const journey = sample.journeys.find((j) => j.id === 'promo-reply')!;
  const library = { templates: sample.templates, channels: sample.channels, attributes: [] };
  const host = createFakeHost();
  const store = createEditorStore(journey);
  const view = render(
    <AppProviders host={host} i18n={createI18n(language)}>
      <ReactFlowProvider>
        <EditorStoreProvider store={store}>
          <RunLauncher findings={findings} pending={false} library={library} />
          <RunNotice journeyId={journey.id} />
        </EditorStoreProvider>
      </ReactFlowProvider>
    </AppProviders>,
  );
  return { ...view, host, sample, journey, ws, user: userEvent.setup() };
}

afterEach(() => {
  resetRuns();
  clearOverlay();
});


describe('starting a run from the editor', () => {
  it('is refused while the rules find an error', async () => {
    // A journey with no step at all: the real validator's errors.
    const findings = validateJourney({ journey: { id: 'empty', name: 'Empty', timezone: 'UTC', nodes: [], edges: [] } });
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    await renderLauncher(findings);
    expect(screen.getByRole('button', { name: 'Run…' })).toBeDisabled();
  });

  it('confirms with the admitted contacts, the cost and the days, then starts the run with the journey file and audience', async () => {
    const { host, sample, journey, user } = await renderLauncher();
    await user.click(screen.getByRole('button', { name: 'Run…' }));
    const dialog = screen.getByRole('dialog');
    const audience = sample.audiences[0]!;
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Audience' }), screen.getAllByRole('option')[1]!);
    const estimate = await screen.findByTestId('run-estimate', {}, { timeout: 5000 });

    const channel = sample.channels.find((c) => c.id === journey.channel)!;
    const expected = simulate({
      journey, templates: sample.templates, audience: audience.contacts, world: worldOf('typical'), start: NOW, seed: 1,
      channel: { messagingLimit: channel.messagingLimit, throughputMps: channel.throughputMps, quality: channel.quality },
    });
    const eligible = expected.contacts - Object.values(expected.skipped).reduce((a, b) => a + b, 0);
    expect(estimate.querySelector('[data-eligible]')?.getAttribute('data-eligible')).toBe(String(eligible));
    expect(Number(estimate.querySelector('[data-cost]')?.getAttribute('data-cost'))).toBeCloseTo(expected.cost.total, 6);
    expect(estimate.querySelector('[data-days]')?.getAttribute('data-days')).toBe(String(forecastMessagingLimit(eligible, channel.messagingLimit).days));
    expect(dialog).toHaveTextContent(`${eligible} of ${audience.contacts.length}`);

    await user.click(screen.getByRole('button', { name: 'Start the run' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const call = host.calls.find((c) => c.name === 'runs:start')!.args as { journeyFile: string; audienceCsv: string; channel: { id: string } };
    const file = importJourneyFile(call.journeyFile);
    expect(file.ok && file.file.journey.id).toBe(journey.id);
    expect(call.channel.id).toBe(channel.id);
    const parsed = parseAudienceCsv(call.audienceCsv);
    expect(parsed.contacts.map((c) => c.phone)).toEqual(audience.contacts.map((c) => c.phone));
    expect(parsed.contacts.map((c) => c.whatsappOptIn)).toEqual(audience.contacts.map((c) => c.whatsappOptIn));
  }, 15_000);

  it('says a running run will not change with edits, and draws its live counts on the canvas', async () => {
    const { host, journey } = await renderLauncher();
    await waitFor(() => expect(host.listenerCount('run-progress')).toBe(1));
    const nodes = { [journey.nodes[1]!.id]: nodeCounts({ entered: 10, sent: 9, delivered: 8, failed: 1 }) };
    act(() => host.emit('run-progress', runSnapshot({ journeyId: journey.id, nodes, errors: { '131026': 1 } })));
    expect(screen.getByRole('status')).toHaveTextContent('edits here will not change it');
    const overlay = useCanvasOverlay.getState();
    expect(overlay.journeyId).toBe(journey.id);
    expect(overlay.steps[journey.nodes[1]!.id]).toMatchObject({ entered: 10, sent: 9, delivered: 8, failed: 1 });
    expect(overlay.steps[journey.nodes[1]!.id]?.failure).toMatch(/^131026: /);
    act(() => host.emit('run-progress', runSnapshot({ journeyId: journey.id, nodes, status: 'completed' })));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
