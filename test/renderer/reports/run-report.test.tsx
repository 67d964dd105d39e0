/**
 * A run's report on the Runs screen: the host's runs:report measures and extracts, the
 * simulation's charts drawn from the run (funnel, running totals with reads, cost by category
 * and market, errors), and the run beside the journey's latest saved simulation: counts, cost
 * and shares over time. Switching the language switches the report like every other screen.
 */
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { reportOfRunEvents } from '../../../core/reports';
import { EXAMPLE_PRICING_CARD } from '../../../core/whatsapp/pricing';
import { deleteJourney, saveJourney, saveSimulationResult } from '../../../renderer/db';
import { AppProviders } from '../../../renderer/src/app/AppProviders';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { RunDetails } from '../../../renderer/src/screens/runs/RunDetails';
import { openTestWorkspace } from '../db/test-db';
import { createFakeHost } from '../../support/fake-host';
import { nodeCounts, runSnapshot } from '../runs/run-fixtures';
import { renderWithRuns } from '../runs/render-runs';
import { sampleInput } from '../simulation/sample';

const downloads: { name: string; text: string }[] = [];
vi.mock('../../../renderer/src/workspace/download', () => ({
  downloadFile: (name: string, text: string) => downloads.push({ name, text }),
}));

const sample = sampleInput();
const START = Date.parse('2026-11-20T10:00:00.000Z');
// Two German contacts: one reads and answers in 10 minutes, one's message fails.
const contacts = [
  { phone: '+4915112345670', whatsappOptIn: true, marketingOptIn: true, attributes: {} },
  { phone: '+4915112345671', whatsappOptIn: true, marketingOptIn: true, attributes: {} },
];
const report = reportOfRunEvents(
  [
    { c: 0, t: START, e: { type: 'accepted', node: 'promo' } },
    { c: 1, t: START, e: { type: 'accepted', node: 'promo' } },
    { c: 0, t: START + 60_000, e: { type: 'read', node: 'promo' } },
    { c: 1, t: START + 60_000, e: { type: 'failed', node: 'promo', code: 131026 } },
    { c: 0, t: START + 600_000, e: { type: 'inbound', text: 'Oui', node: 'promo' } },
  ],
  { channel: '+33700000001', journey: sample.journey, templates: sample.templates ?? [], contactOf: (c) => contacts[c], start: START },
);
// The promotion is a marketing template: one delivered message at Germany's rate.
const charged = EXAMPLE_PRICING_CARD.markets.DE!.MARKETING;
const usd = (digits: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: digits });
// The workspace, the host's report and the charts (one per task) arrive in turn: slow under load.
const SLOW = { timeout: 15_000 };
const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

// The revision the run froze; the workspace's journey is this one unless a test edits it since.
const frozen = { ...sample.journey, id: 'promo' };

async function withSimulation(workspaceJourney: typeof frozen = frozen) {
  openTestWorkspace();
  await saveJourney(workspaceJourney);
  await saveSimulationResult('promo', {
    contacts: 400, skipped: {}, errors: {}, cost: { currency: 'USD', total: 2, byCategory: { MARKETING: 2 } }, finishedAt: '2026-11-20T10:00:00.000Z',
    nodes: { promo: nodeCounts({ entered: 300, sent: 280, delivered: 260 }) },
    start: '2026-11-20T09:00:00.000Z', series: { hourMs: 3_600_000, sends: [200, 80], deliveries: [190, 70], replies: [20, 40] },
  });
  const host = createFakeHost();
  host.runReports.set('run-1', { ...report, journey: frozen });
  return host;
}

/** The run's details in English with the app's providers, so a test can switch the language; answers the i18n to switch. */
function renderSwitchable(host: ReturnType<typeof createFakeHost>) {
  host.runSnapshots.set('run-1', runSnapshot());
  const i18n = createI18n('en');
  render(
    <AppProviders host={host} i18n={i18n}>
      <RunDetails run={runSnapshot()} />
    </AppProviders>,
  );
  return i18n;
}

// Generous: under a loaded machine the workspace, the report and the charts take seconds.
describe('the run report', { timeout: 30_000 }, () => {
  it('shows the host’s measures, downloads the extracts and compares with the latest simulation', async () => {
    const host = await withSimulation();
    const { user } = renderWithRuns(<RunDetails run={runSnapshot()} />, [runSnapshot()], 'en', host);
    const metrics = await screen.findByTestId('report-metrics');
    expect(within(metrics).getByRole('row', { name: 'Delivery rate 50%' })).toBeTruthy();
    expect(within(metrics).getByRole('row', { name: 'Median response time 10 minutes' })).toBeTruthy();
    // Meta's rating in the app's words, not its API's GREEN.
    expect(screen.getByText(/^Quality rating: High \(green\) now, High \(green\) projected from blocks\./)).toBeTruthy();

    const perNode = screen.getByTestId('report-node-metrics');
    // What the step cost: its one delivered message at Germany's marketing rate.
    // The step with the template it sent, from the journey the run froze.
    expect(within(perNode).getByRole('row', { name: `promo · seasonal_promo 2 50% 100% 100% 10 minutes 0% 1 ${usd(4).format(charged)}` })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tracking (status history)' }));
    expect(downloads[0]!.name).toBe('spring-promo-run-run-1-tracking.csv');
    expect(downloads[0]!.text).toBe(report.extracts.tracking);

    const comparison = await screen.findByTestId('report-comparison');
    // 110 of 200 delivered in the run, 260 of 400 simulated: 55 % against 65 %.
    expect(within(comparison).getByRole('row', { name: 'promo Delivered 110 260 -10' })).toBeTruthy();
  });

  it('draws the simulation’s charts from the run: funnel, totals over time with reads, cost by category and market, errors', async () => {
    const host = await withSimulation();
    renderWithRuns(<RunDetails run={runSnapshot()} />, [runSnapshot()], 'en', host);
    const charts = await screen.findByTestId('run-charts', {}, SLOW);
    // The funnel is the run snapshot's counts for the message step.
    const funnel = await within(charts).findByTestId('funnel-promo', {}, SLOW);
    expect(cells(within(funnel).getByRole('table'))).toEqual([['Arrived', '150'], ['Sent', '120'], ['Delivered', '110'], ['Read', '80'], ['Replied', '0']]);
    // Running totals: the last point holds every send, delivery, read and first answer.
    const series = await within(charts).findByTestId('series-chart', {}, SLOW);
    const head = [...within(series).getByRole('table').querySelectorAll('thead th')].map((h) => h.textContent);
    expect(head).toEqual(['Time', 'Sent', 'Delivered', 'Read', 'Replies']);
    const rows = cells(within(series).getByRole('table'));
    // Ten minutes in 5-second buckets.
    expect(rows).toHaveLength(121);
    expect(rows.at(-1)!.slice(1)).toEqual(['2', '1', '1', '1']);
    const cost = await within(charts).findByTestId('cost-chart', {}, SLOW);
    expect(cells(within(cost).getByRole('table'))).toEqual([['Marketing', usd(2).format(charged)]]);
    const markets = await within(charts).findByTestId('market-cost-chart', {}, SLOW);
    expect(cells(within(markets).getByRole('table'))).toEqual([['Germany', usd(2).format(charged)]]);
    expect(await within(charts).findByTestId('errors-chart', {}, SLOW)).toBeTruthy();
  });

  it('compares the cost and the shares over time with the simulation', async () => {
    const host = await withSimulation();
    renderWithRuns(<RunDetails run={runSnapshot()} />, [runSnapshot()], 'en', host);
    const cost = await screen.findByTestId('report-cost-comparison', {}, SLOW);
    const money = usd(4);
    expect(cells(cost)).toEqual([
      ['Total', money.format(charged), money.format(2), money.format(charged / 200), money.format(2 / 400)],
      ['Marketing', money.format(charged), money.format(2), money.format(charged / 200), money.format(2 / 400)],
    ]);
    const chart = await screen.findByTestId('series-comparison-chart', {}, SLOW);
    const last = cells(within(chart).getByRole('table')).at(-1)!;
    // The run sent 2 of 200 (1 %) and one answered (0.5 %); the simulation 280 and 60 of 400.
    expect(last.slice(1)).toEqual(['1%', '70%', '0.5%', '15%']);
  });

  it('switches to French with the interface language, charts included', async () => {
    const i18n = renderSwitchable(await withSimulation());
    await screen.findByTestId('cost-chart', {}, SLOW);
    expect(screen.getByRole('heading', { name: 'Report' })).toBeTruthy();
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('heading', { name: 'Rapport' })).toBeTruthy();
    expect(within(screen.getByTestId('report-metrics')).getByRole('row', { name: /^Taux de délivrance 50\s%$/ })).toBeTruthy();
    expect(within(screen.getByTestId('cost-chart')).getByText('Coût par catégorie', { selector: 'figcaption' })).toBeTruthy();
    expect(screen.getByTestId('report-cost-comparison').querySelector('caption')?.textContent).toBe('Coût : exécution contre simulation');
  });

  it('describes the journey as the run played it when the workspace’s has been edited since, in both languages', async () => {
    // Since the run, the promotion step was renamed to send another template and a step added: the report keeps the run's.
    const renamed = (id: string) => (id === 'promo' ? 'promo-v2' : id);
    const edited = {
      ...frozen,
      nodes: [
        ...frozen.nodes.map((n) => (n.id === 'promo' && n.type === 'whatsapp_template' ? { ...n, id: 'promo-v2', data: { ...n.data, template: 'promo_reminder' } } : n)),
        { id: 'added-exit', type: 'exit' as const, data: {} },
      ],
      edges: frozen.edges.map((e) => ({ ...e, source: renamed(e.source), target: renamed(e.target) })),
    };
    const i18n = renderSwitchable(await withSimulation(edited));
    const note = await screen.findByTestId('report-frozen-journey', {}, SLOW);
    const date = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-20T10:00:00.000Z'));
    expect(note.textContent).toBe(`This run played the journey as it was on ${date('en')}, when it started; the journey has been edited since. This report describes what ran.`);
    // The funnel is the frozen step's, which the workspace's journey no longer has.
    const charts = await screen.findByTestId('run-charts', {}, SLOW);
    expect(await within(charts).findByTestId('funnel-promo', {}, SLOW)).toBeTruthy();
    expect(within(charts).queryByTestId('funnel-promo-v2')).toBeNull();
    expect(within(screen.getByTestId('report-node-metrics')).getByRole('rowheader', { name: 'promo · seasonal_promo' })).toBeTruthy();
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByTestId('report-frozen-journey').textContent).toBe(`Cette exécution a joué le parcours tel qu’il était le ${date('fr')}, à son démarrage ; il a été modifié depuis. Ce rapport décrit ce qui a été exécuté.`);
  });

  it('says so when the journey was deleted since the run', async () => {
    const host = await withSimulation();
    await deleteJourney('promo');
    renderWithRuns(<RunDetails run={runSnapshot()} />, [runSnapshot()], 'en', host);
    expect((await screen.findByTestId('report-frozen-journey', {}, SLOW)).textContent).toMatch(/the journey has been deleted since\. This report describes what ran\.$/);
    // The funnels still come from the run's own revision.
    expect(await within(await screen.findByTestId('run-charts', {}, SLOW)).findByTestId('funnel-promo', {}, SLOW)).toBeTruthy();
  });

  it('says why a run has no report, in French', async () => {
    openTestWorkspace();
    renderWithRuns(<RunDetails run={runSnapshot({ runId: 'gone' })} />, [], 'fr');
    expect((await screen.findByRole('alert')).textContent).toBe('Impossible de lire le rapport : no run gone');
  });
});
