/** The report's measures: delivery, read and reply rates, response time, opt-outs and blocks, and the quality risk. */
import type { ReportMetrics } from '../../../core/reports';
import { formatDuration, rateFormatter } from './format';
import { interpolate, useReportTexts } from './use-report-texts';

export function MetricsTable({ metrics }: { metrics: ReportMetrics }) {
  const { r, language } = useReportTexts();
  const rate = rateFormatter(language, r.none);
  const { total, quality } = metrics;
  const rows: [string, string][] = [
    [r.sent, String(total.sent)],
    [r.deliveryRate, rate(total.deliveryRate)],
    [r.readRate, rate(total.readRate)],
    [r.replied, String(total.replied)],
    [r.replyRate, rate(total.replyRate)],
    [r.medianResponse, total.medianResponseMs === null ? r.none : formatDuration(total.medianResponseMs, language)],
    [r.failed, String(total.failed)],
    [r.optOutRate, rate(metrics.optOutRate)],
    [r.blockRate, rate(metrics.blockRate)],
  ];
  return (
    <div className="report-metrics">
      <table className="report-table" data-testid="report-metrics">
        <thead>
          <tr>
            <th scope="col">{r.metric}</th>
            <th scope="col">{r.value}</th>
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
        {interpolate(r.quality, { current: quality.current, projected: quality.projected })}{' '}
        {quality.atRisk ? r.qualityRisk : r.qualitySafe}
      </p>
    </div>
  );
}
