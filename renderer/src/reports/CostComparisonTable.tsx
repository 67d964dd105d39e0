/** A run's cost next to its simulation's, in all and per category, also per audience contact (core compareCost). */
import { useTranslation } from 'react-i18next';
import { compareCost, type CostSide } from '../../../core/reports';
import type { PricingCategory } from '../../../core/whatsapp/pricing';
import { moneyFormat } from './format';

export function CostComparisonTable({ run, simulation, currency }: { run: CostSide; simulation: CostSide; currency: string }) {
  const { t, i18n } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const money = moneyFormat(i18n.language, currency);
  const amount = (value: number | null) => (value === null ? t('reports.none') : money.format(value));
  const rows = compareCost(run, simulation);
  return (
    <div className="report-scroll">
      <table className="report-table" data-testid="report-cost-comparison">
        <caption>{t('reports.compareCostTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.compareCategory')}</th>
            <th scope="col">{t('reports.compareRun')}</th>
            <th scope="col">{t('reports.compareSimulated')}</th>
            <th scope="col">{t('reports.compareRunPerContact')}</th>
            <th scope="col">{t('reports.compareSimulatedPerContact')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.category === 'total' ? t('reports.compareTotal') : tc(`charts.categories.${row.category as PricingCategory}`)}</th>
              <td>{amount(row.run)}</td>
              <td>{amount(row.simulated)}</td>
              <td>{amount(row.runPerContact)}</td>
              <td>{amount(row.simulatedPerContact)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
