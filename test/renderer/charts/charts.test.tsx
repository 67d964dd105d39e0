/** Each chart draws the simulator's numbers, in English and French. */
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../core/sim';
import { costRows, cumulativeSeries, errorRows, funnels, marketRows } from '../../../renderer/src/charts/chart-data';
import { CostChart } from '../../../renderer/src/charts/CostChart';
import { ErrorsChart } from '../../../renderer/src/charts/ErrorsChart';
import { FunnelChart } from '../../../renderer/src/charts/FunnelChart';
import { MarketCostChart } from '../../../renderer/src/charts/MarketCostChart';
import { SimulationCharts } from '../../../renderer/src/charts/SimulationCharts';
import { TimeSeriesChart } from '../../../renderer/src/charts/TimeSeriesChart';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { sampleInput } from '../simulation/sample';

const input = sampleInput();
const result = simulate(input);
const inLanguage = (ui: ReactNode, language: 'en' | 'fr' = 'en') => render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('chart rows', () => {
  it('has a funnel per message step with the step counts', () => {
    const list = funnels(input.journey, result.nodes);
    expect(list.map((f) => f.node)).toContain('promo');
    const promo = list.find((f) => f.node === 'promo');
    expect(promo?.stages.map((s) => s.value)).toEqual(['entered', 'sent', 'delivered', 'read', 'replied'].map((k) => result.nodes.promo?.[k as 'sent']));
  });

  it('adds hours up to the totals and never goes down', () => {
    const points = cumulativeSeries(result);
    const last = points.at(-1);
    expect(last?.sends).toBe(result.series.sends.reduce((a, b) => a + b, 0));
    for (let i = 1; i < points.length; i++) expect(points[i]!.sends).toBeGreaterThanOrEqual(points[i - 1]!.sends);
  });

  it('shows a plateau where the messaging limit holds sends', () => {
    // A limit of 50 new contacts a rolling day: the rest wait a day, the total is flat meanwhile.
    const held = simulate({ ...input, channel: { messagingLimit: 50, throughputMps: 80, quality: 'GREEN' } });
    const points = cumulativeSeries(held);
    const flat = points.filter((p, i) => i > 0 && p.sends === points[i - 1]!.sends).length;
    expect(flat).toBeGreaterThan(10);
    expect(points.at(-1)!.sends).toBeGreaterThan(50);
  });

  it('sorts errors by count and keeps only charged categories', () => {
    expect(errorRows({ '131026': 2, '131047': 5, '132000': 2 })).toEqual([
      { code: '131047', count: 5 },
      { code: '131026', count: 2 },
      { code: '132000', count: 2 },
    ]);
    expect(costRows({ currency: 'USD', total: 1, byCategory: { MARKETING: 1, UTILITY: 0, AUTHENTICATION: 0, SERVICE: 0 }, byMarket: { FR: 1 } })).toEqual([{ category: 'MARKETING', amount: 1 }]);
  });

  it('lists markets the costliest first, and none for a result stored before markets were counted', () => {
    expect(marketRows({ byMarket: { DE: 0.3, FR: 0.5, GB: 0.3, unknown: 0 } })).toEqual([
      { market: 'FR', amount: 0.5 },
      { market: 'DE', amount: 0.3 },
      { market: 'GB', amount: 0.3 },
    ]);
    expect(marketRows({})).toEqual([]);
    // The sample audience spans several countries: every charged one is a row, adding up to the total.
    const rows = marketRows(result.cost);
    expect(rows.map((r) => r.market)).toEqual(expect.arrayContaining(['FR', 'DE']));
    expect(rows.reduce((sum, r) => sum + r.amount, 0)).toBeCloseTo(result.cost.total, 9);
  });
});

describe('chart components', () => {
  it('draws a funnel as bars, with its numbers in a table', () => {
    const funnel = funnels(input.journey, result.nodes)[0]!;
    const { container } = inLanguage(<FunnelChart funnel={funnel} />);
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: `Funnel of step ${funnel.node}` });
    expect(cells(table)[0]).toEqual(['Arrived', String(funnel.stages[0]!.value)]);
  });

  it('names stages, series and categories in French', () => {
    const funnel = funnels(input.journey, result.nodes)[0]!;
    inLanguage(
      <>
        <FunnelChart funnel={funnel} />
        <TimeSeriesChart points={cumulativeSeries(result)} />
        <CostChart rows={[{ category: 'MARKETING', amount: 1.5 }]} currency="USD" />
      </>,
      'fr',
    );
    expect(cells(screen.getByRole('table', { name: /Entonnoir/ })).map((r) => r[0])).toEqual(['Arrivés', 'Envoyés', 'Remis', 'Lus', 'Réponses']);
    expect(within(screen.getByRole('table', { name: /Cumuls/ })).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Heure', 'Envoyés', 'Remis', 'Réponses']);
    expect(cells(screen.getByRole('table', { name: 'Coût par catégorie' }))[0]).toEqual(['Marketing', expect.stringMatching(/1,50\s\$US/)]);
  });

  it('draws cost by market as bars, countries named in English and French, the unknown one too', () => {
    const rows = [
      { market: 'DE', amount: 0.6 },
      { market: 'FR', amount: 0.25 },
      { market: 'unknown', amount: 0.1 },
    ];
    const { container, unmount } = inLanguage(<MarketCostChart rows={rows} currency="USD" />);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(3);
    expect(cells(screen.getByRole('table', { name: 'Cost by market' }))).toEqual([
      ['Germany', '$0.60'],
      ['France', '$0.25'],
      ['Unknown country', '$0.10'],
    ]);
    expect(within(screen.getByRole('table', { name: 'Cost by market' })).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Market', 'Amount']);
    unmount();
    inLanguage(<MarketCostChart rows={rows} currency="USD" />, 'fr');
    const fr = cells(screen.getByRole('table', { name: 'Coût par marché' }));
    expect(fr.map((r) => r[0])).toEqual(['Allemagne', 'France', 'Pays inconnu']);
    expect(fr[0]?.[1]).toMatch(/0,60\s\$US/);
  });

  it('explains each error code with the catalog', () => {
    inLanguage(<ErrorsChart rows={[{ code: '131047', count: 3 }]} />);
    const [row] = cells(screen.getByRole('table', { name: 'Failures by Meta error code' }));
    expect(row?.slice(0, 2)).toEqual(['131047', '3']);
    expect(row?.[2]).toMatch(/24/);
  });

  it('draws every chart of a result, one after the other, with line paths for the series', async () => {
    const { container } = inLanguage(<SimulationCharts journey={input.journey} result={result} />);
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
    expect((await screen.findByTestId('series-chart', {}, { timeout: 5000 })).querySelectorAll('.recharts-line-curve').length).toBe(3);
    await screen.findByTestId('cost-chart', {}, { timeout: 5000 });
    await screen.findByTestId('market-cost-chart', {}, { timeout: 5000 });
    expect(screen.getAllByRole('figure').length).toBeGreaterThanOrEqual(3);
    expect(container.querySelector('[data-testid="cost-chart"]')).not.toBeNull();
  }, 20_000); // one chart per task: slow when the whole renderer suite runs in parallel
});
