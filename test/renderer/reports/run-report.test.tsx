/**
 * A run's report on the Runs screen: the host's runs:report measures and extracts, and the
 * run beside the journey's latest saved simulation; an unknown run says why it has no report.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { reportOfRunEvents } from '../../../core/reports';
import { saveSimulationResult } from '../../../renderer/db';
import { RunDetails } from '../../../renderer/src/screens/runs/RunDetails';
import { openTestWorkspace } from '../db/test-db';
import { createFakeHost } from '../../support/fake-host';
import { nodeCounts, runSnapshot } from '../runs/run-fixtures';
import { renderWithRuns } from '../runs/render-runs';

const downloads: { name: string; text: string }[] = [];
vi.mock('../../../renderer/src/editor/export/canvas-image', () => ({
  downloadFile: (name: string, content: { text: string }) => downloads.push({ name, text: content.text }),
}));

// Two contacts: one reads and answers in 10 minutes, one's message fails.
const report = reportOfRunEvents(
  [
    { c: 0, t: 0, e: { type: 'accepted', node: 'promo' } },
    { c: 1, t: 0, e: { type: 'accepted', node: 'promo' } },
    { c: 0, t: 60_000, e: { type: 'read', node: 'promo' } },
    { c: 1, t: 60_000, e: { type: 'failed', node: 'promo', code: 131026 } },
    { c: 0, t: 600_000, e: { type: 'inbound', text: 'Oui', node: 'promo' } },
  ],
  (c) => `+3361000000${c}`,
  { channel: '+33700000001' },
);

describe('the run report', () => {
  it('shows the host’s measures, downloads the extracts and compares with the latest simulation', async () => {
    openTestWorkspace();
    await saveSimulationResult('promo', {
      contacts: 400, skipped: {}, errors: {}, cost: { currency: 'USD', total: 0, byCategory: {} }, finishedAt: '2026-11-20T10:00:00.000Z',
      nodes: { promo: nodeCounts({ entered: 300, sent: 280, delivered: 260 }) },
    });
    const host = createFakeHost();
    host.runReports.set('run-1', report);
    const { user } = renderWithRuns(<RunDetails run={runSnapshot()} />, [runSnapshot()], 'en', host);
    const metrics = await screen.findByTestId('report-metrics');
    expect(within(metrics).getByRole('row', { name: 'Delivery rate 50%' })).toBeTruthy();
    expect(within(metrics).getByRole('row', { name: 'Median response time 10 minutes' })).toBeTruthy();

    const perNode = screen.getByTestId('report-node-metrics');
    expect(within(perNode).getByRole('row', { name: 'promo 2 50% 100% 100% 10 minutes 1' })).toBeTruthy();
    // SIMVIEW's charts, for a run: errors by Meta code (the fake host's run has 4 × 131026).
    expect(within(screen.getByTestId('run-charts')).getByTestId('errors-chart')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tracking (status history)' }));
    expect(downloads[0]!.name).toBe('spring-promo-run-run-1-tracking.csv');
    expect(downloads[0]!.text).toBe(report.extracts.tracking);

    const comparison = await screen.findByTestId('report-comparison');
    // 110 of 200 delivered in the run, 260 of 400 simulated: 55 % against 65 %.
    expect(within(comparison).getByRole('row', { name: 'promo Delivered 110 260 -10' })).toBeTruthy();
  });

  it('says why a run has no report, in French', async () => {
    openTestWorkspace();
    renderWithRuns(<RunDetails run={runSnapshot({ runId: 'gone' })} />, [], 'fr');
    expect((await screen.findByRole('alert')).textContent).toBe('Impossible de lire le rapport : no run gone');
  });
});
