/** The report's measures: delivery, read and reply rates, response time, opt-outs and blocks, and the quality risk. */
import type { ReportMetrics } from '../../../core/reports';
import { formatDuration, rateFormatter } from './format';
import { useTranslation } from 'react-i18next';

export function MetricsTable({ metrics }: { metrics: ReportMetrics }) {
  const { t, i18n } = useTranslation('reports');
  const language = i18n.language;
  const rate = rateFormatter(language, t('reports.none'));
  // Meta's rating as the rest of the app names it (High (green)…): the `translation` namespace's words.
  const { t: tApp } = useTranslation();
  const rating = (value: typeof metrics.quality.current) => tApp(`qualityRating.${value}`);
  const { total, quality } = metrics;
  const rows: [string, string][] = [
    [t('reports.sent'), String(total.sent)],
    [t('reports.deliveryRate'), rate(total.deliveryRate)],
    [t('reports.readRate'), rate(total.readRate)],
    [t('reports.replied'), String(total.replied)],
    [t('reports.replyRate'), rate(total.replyRate)],
    [t('reports.medianResponse'), total.medianResponseMs === null ? t('reports.none') : formatDuration(total.medianResponseMs, language)],
    [t('reports.failed'), String(total.failed)],
    [t('reports.optOutRate'), rate(metrics.optOutRate)],
    [t('reports.blockRate'), rate(metrics.blockRate)],
  ];
  return (
    <div className="report-metrics">
      <table className="report-table" data-testid="report-metrics">
        <thead>
          <tr>
            <th scope="col">{t('reports.metric')}</th>
            <th scope="col">{t('reports.value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={quality.atRisk ? 'report-quality at-risk' : 'report-quality'} role={quality.atRisk ? 'alert' : undefined}>
        {t('reports.quality', { current: rating(quality.current), projected: rating(quality.projected) })}{' '}
        {quality.atRisk ? t('reports.qualityRisk') : t('reports.qualitySafe')}
      </p>
    </div>
  );
}
