import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetRuns } from '../../../renderer/src/runs/runs-store';
import { RunsScreen } from '../../../renderer/src/screens/runs/RunsScreen';
import { renderWithRuns } from './render-runs';
import { runSnapshot } from './run-fixtures';

beforeEach(resetRuns);

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('Runs screen', () => {
  it('says so when there is no run', async () => {
    renderWithRuns(<RunsScreen />);
    expect(await screen.findByRole('heading', { name: 'No runs yet' })).toBeInTheDocument();
  });

  it('lists runs newest first with status and progress, and follows progress events', async () => {
    const { host } = renderWithRuns(<RunsScreen />, [
      runSnapshot(),
      runSnapshot({ runId: 'run-0', journeyName: 'Old welcome', status: 'completed', createdAt: '2026-11-01T10:00:00.000Z', exited: 200 }),
    ]);
    const rows = await screen.findAllByRole('row');
    expect(rows.slice(1).map((row) => row.getAttribute('data-run-id'))).toEqual(['run-1', 'run-0']);
    expect(within(rowOf('Spring promo')).getByText('Running')).toBeInTheDocument();
    expect(within(rowOf('Spring promo')).getByText('40 of 200 contacts done, 3 in flight')).toBeInTheDocument();
    expect(within(rowOf('Old welcome')).queryByRole('button', { name: /Pause/ })).toBeNull();
    act(() => host.emit('run-progress', runSnapshot({ exited: 120, inFlight: 0 })));
    expect(within(rowOf('Spring promo')).getByText('120 of 200 contacts done, 0 in flight')).toBeInTheDocument();
  });

  it('pauses, resumes and cancels through the host', async () => {
    const { host, user } = renderWithRuns(<RunsScreen />, [runSnapshot()]);
    await user.click(await screen.findByRole('button', { name: 'Pause — Spring promo' }));
    expect(await within(rowOf('Spring promo')).findByText('Paused')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume — Spring promo' }));
    expect(await within(rowOf('Spring promo')).findByText('Running')).toBeInTheDocument();
    window.confirm = () => true;
    await user.click(screen.getByRole('button', { name: 'Cancel — Spring promo' }));
    expect(await within(rowOf('Spring promo')).findByText('Cancelled')).toBeInTheDocument();
    expect(host.calls.map((c) => c.name).filter((n) => n !== 'runs:list')).toEqual(['runs:pause', 'runs:resume', 'runs:cancel']);
  });

  it('shows a refusal from the host', async () => {
    const { host, user } = renderWithRuns(<RunsScreen />, [runSnapshot()]);
    host.failCalls('runs:pause', { code: 'runs/not-found', message: 'no run run-1' });
    await user.click(await screen.findByRole('button', { name: 'Pause — Spring promo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The host refused: no run run-1');
  });

  it('opens a run: counts per step, failures explained, uncertain sends resolved one by one', async () => {
    const uncertain = [
      { key: 'k1', contact: 4, phone: '+33612341004', node: 'promo', attempts: 1 },
      { key: 'k2', contact: 9, phone: null, node: 'promo', attempts: 2 },
    ];
    const { host, user } = renderWithRuns(<RunsScreen />, [runSnapshot({ uncertain })]);
    await user.click(await screen.findByRole('button', { name: 'Details — Spring promo' }));
    const details = screen.getByTestId('run-details');
    const promo = details.querySelector('tr[data-node="promo"]') as HTMLElement;
    expect(promo.querySelector('[data-count="delivered"]')).toHaveTextContent('110');
    expect(details).toHaveTextContent('131026');
    await user.click(within(details).getByRole('button', { name: 'It was sent — +33612341004' }));
    await user.click(within(details).getByRole('button', { name: 'Send again — #10' }));
    await waitFor(() => expect(within(details).getByText('No uncertain sends.')).toBeInTheDocument());
    expect(host.calls.filter((c) => c.name === 'runs:resolveUncertain').map((c) => c.args)).toEqual([
      { runId: 'run-1', key: 'k1', decision: 'sent' },
      { runId: 'run-1', key: 'k2', decision: 'resend' },
    ]);
  });

  it('speaks French', async () => {
    renderWithRuns(<RunsScreen />, [runSnapshot({ status: 'paused', pause: { code: 190, message: 'token expired' } })], 'fr');
    expect(await screen.findByText('En pause')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reprendre — Spring promo' })).toBeInTheDocument();
  });

  it('says why contacts were not admitted in words, not codes, in both languages', async () => {
    const skipped = { no_whatsapp_opt_in: 12, no_marketing_opt_in: 3 };
    for (const [language, expected] of [
      ['en', ['12 left out: no WhatsApp opt-in', '3 left out: no marketing opt-in']],
      ['fr', ['12 écartés : pas de consentement WhatsApp', '3 écartés : pas de consentement marketing']],
    ] as const) {
      const view = renderWithRuns(<RunsScreen />, [runSnapshot({ skipped })], language);
      await view.user.click(await screen.findByRole('button', { name: language === 'en' ? 'Details — Spring promo' : 'Détails — Spring promo' }));
      const details = screen.getByTestId('run-details');
      for (const line of expected) expect(within(details).getByText(line)).toBeInTheDocument();
      expect(details).not.toHaveTextContent('no_marketing_opt_in');
      view.unmount();
    }
  });
});
