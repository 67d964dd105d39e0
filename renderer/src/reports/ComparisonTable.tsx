/** A run next to its simulation, node by node (core compareRunToSimulation). */
import { compareRunToSimulation, type CountedOutcome } from '../../../core/reports';
import { useTranslation } from 'react-i18next';

export function ComparisonTable({ run, simulation, order }: { run: CountedOutcome; simulation: CountedOutcome; order: readonly string[] }) {
  const { t, i18n } = useTranslation('reports');
  const language = i18n.language;
  const rows = compareRunToSimulation(run, simulation, order);
  const points = new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return (
    <section className="report-compare">
      <h3>{t('reports.compareTitle')}</h3>
      {rows.length === 0 ? (
        <p className="side-hint">{t('reports.compareEmpty')}</p>
      ) : (
        <div className="report-scroll">
        <table className="report-table" data-testid="report-comparison">
          <thead>
            <tr>
              <th scope="col">{t('reports.node')}</th>
              <th scope="col">{t('reports.metric')}</th>
              <th scope="col">{t('reports.compareRun')}</th>
              <th scope="col">{t('reports.compareSimulated')}</th>
              <th scope="col">{t('reports.compareGap')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.node}.${row.metric}`}>
                <td>{row.node}</td>
                <td>{t(`reports.${row.metric}`)}</td>
                <td>{row.run}</td>
                <td>{row.simulated}</td>
                <td>{row.shareGap === null ? t('reports.none') : points.format(row.shareGap * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
