/** The per-step table: opt-out rate always, a block rate only where blocks were counted, a cost only for a run. */
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { RateSet } from '../../../core/reports';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { NodeMetricsTable } from '../../../renderer/src/reports/NodeMetricsTable';

const rates = (over: Partial<RateSet>): RateSet => ({
  sent: 200, delivered: 200, read: 100, replied: 20, failed: 0, deliveryRate: 1, readRate: 0.5, replyRate: 0.1,
  medianResponseMs: 90_000, optOuts: 0, blocks: 0, optOutRate: 0, blockRate: 0, ...over,
});

describe('NodeMetricsTable', () => {
  it('shows a simulated block rate beside the opt-out rate, in French', () => {
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <NodeMetricsTable nodes={{ promo: rates({ optOuts: 4, optOutRate: 0.02, blocks: 1, blockRate: 0.005 }), relance: rates({}) }} />
      </I18nextProvider>,
    );
    const table = screen.getByTestId('report-node-metrics');
    expect([...table.querySelectorAll('thead th')].map((h) => h.textContent)).toEqual([
      'Étape', 'Envoyés', 'Taux de délivrance', 'Taux de lecture', 'Taux de réponse', 'Délai de réponse médian', 'Taux de désinscription', 'Taux de blocage', 'Échecs',
    ]);
    expect(within(table).getByRole('row', { name: /^promo 200 100\s% 50\s% 10\s% 90\ssecondes 2\s% 0,5\s% 0$/ })).toBeTruthy();
  });

  it('leaves the block rate out where nothing was blocked (a run: Meta reports no blocks), and adds the cost', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <NodeMetricsTable nodes={{ promo: rates({}) }} cost={{ currency: 'USD', byNode: { promo: 12.08 } }} />
      </I18nextProvider>,
    );
    const table = screen.getByTestId('report-node-metrics');
    expect(within(table).queryByRole('columnheader', { name: 'Block rate' })).toBeNull();
    expect(within(table).getByRole('row', { name: 'promo 200 100% 50% 10% 90 seconds 0% 0 $12.08' })).toBeTruthy();
  });
});
