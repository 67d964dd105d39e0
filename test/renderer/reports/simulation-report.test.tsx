/**
 * The report under the Simulate panel: measures from the same simulation, the three extracts
 * downloaded with the simulator's counts, the readiness report and the journey package, in
 * English and French; and the run-vs-simulation table.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorldModel } from '../../../core/journey/world';
import { simulate, type NodeStats } from '../../../core/sim';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { ComparisonTable } from '../../../renderer/src/reports/ComparisonTable';
import { SimulationReportSection } from '../../../renderer/src/reports/SimulationReportSection';
import { resetSimulation, useSimulation } from '../../../renderer/src/simulation/sim-store';
import type { SimulationSetup } from '../../../renderer/src/simulation/sim-input';
import { sampleAudience, sampleChannel, sampleInput, sampleTemplates } from '../../core/reports/sample';

const downloads: { name: string; text: string }[] = [];
vi.mock('../../../renderer/src/workspace/download', () => ({
  downloadFile: (name: string, text: string) => downloads.push({ name, text }),
}));
vi.mock('../../../renderer/db', () => ({
  fileSlug: (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  exportJourneyText: async () => ({ fileName: 'winter.journey.json', text: '{"format":"wa-journey"}\n' }),
}));

const input = sampleInput();
const setup: SimulationSetup = {
  journey: input.journey,
  templates: sampleTemplates,
  channels: [sampleChannel],
  audience: sampleAudience,
  world: WorldModel.parse({}),
  start: input.start,
  seed: 3,
};
const result = simulate({ ...input, channel: sampleChannel, world: setup.world, seed: 3 });
const sum = (key: keyof NodeStats) => Object.values(result.nodes).reduce((n, s) => n + s[key], 0);

function renderSection(language: 'en' | 'fr') {
  useSimulation.setState({ status: 'done', setup, result, journeyId: setup.journey.id, progress: null, error: null });
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <SimulationReportSection />
    </I18nextProvider>,
  );
}

beforeEach(() => {
  downloads.length = 0;
});
afterEach(() => resetSimulation());

describe('SimulationReportSection', () => {
  it('shows the measures and downloads the three extracts with the simulator counts', async () => {
    renderSection('en');
    const user = userEvent.setup();
    await user.click(screen.getByText('Report'));
    const metrics = screen.getByTestId('report-metrics');
    expect(within(metrics).getByRole('row', { name: new RegExp(`^Sent ${sum('sent')}$`) })).toBeTruthy();
    expect(within(metrics).getByRole('rowheader', { name: 'Median response time' })).toBeTruthy();
    // Per step, the opt-out rate, and a block rate only where the simulator counted blocks.
    const heads = [...screen.getByTestId('report-node-metrics').querySelectorAll('thead th')].map((h) => h.textContent);
    expect(heads).toContain('Opt-out rate');
    expect(heads.includes('Block rate')).toBe(result.quality.blocks > 0);

    await user.click(screen.getByRole('button', { name: 'Tracking (status history)' }));
    await user.click(screen.getByRole('button', { name: 'Inbound messages' }));
    await user.click(screen.getByRole('button', { name: 'Potential unsubscribes' }));
    expect(downloads.map((d) => d.name)).toEqual([
      'winter-promotion-with-reply-handling-simulation-3-tracking.csv',
      'winter-promotion-with-reply-handling-simulation-3-inbound.csv',
      'winter-promotion-with-reply-handling-simulation-3-potential-unsubscribe.csv',
    ]);
    const tracking = downloads[0]!.text.split('\r\n');
    expect(tracking.filter((line) => line.includes(',sent,'))).toHaveLength(sum('sent'));
    expect(tracking.filter((line) => line.includes(',delivered,'))).toHaveLength(sum('delivered'));
    expect(downloads[1]!.text.split('\r\n').length - 2).toBe(sum('replied') - (result.nodes['wait-reply']?.replied ?? 0));
    expect(downloads[2]!.text.startsWith('Phone,UndeliveredMessages,')).toBe(true);
  });

  it('hands off a readiness report and the journey package, in French', async () => {
    renderSection('fr');
    const user = userEvent.setup();
    await user.click(screen.getByText('Rapport'));
    await user.click(screen.getByRole('button', { name: 'Rapport de préparation (HTML)' }));
    await user.click(screen.getByRole('button', { name: 'Paquet du parcours' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[0]!.name).toBe('winter-promotion-with-reply-handling-readiness.html');
    expect(downloads[0]!.text).toContain('<html lang="fr">');
    expect(downloads[0]!.text).toContain(`<td>promo</td><td>${result.nodes.promo!.entered}</td>`);
    expect(downloads[1]).toEqual({ name: 'winter.journey.json', text: '{"format":"wa-journey"}\n' });
  });
});

describe('ComparisonTable', () => {
  it('sets a run beside its simulation with the gap in points of audience', () => {
    const stats = (over: Partial<NodeStats>): NodeStats => ({ entered: 0, sent: 0, delivered: 0, read: 0, replied: 0, clicked: 0, failed: 0, exited: 0, ...over });
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ComparisonTable
          run={{ contacts: 100, nodes: { promo: stats({ sent: 100, delivered: 80 }) } }}
          simulation={{ contacts: 200, nodes: { promo: stats({ sent: 200, delivered: 180 }) } }}
          order={['promo']}
        />
      </I18nextProvider>,
    );
    const table = screen.getByTestId('report-comparison');
    expect(within(table).getByRole('row', { name: 'promo Delivered 80 180 -10' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: 'promo Sent 100 200 0' })).toBeTruthy();
  });
});
