/** Measures per message step: sends, delivery, read and reply rates, and the median response time. */
import type { RateSet } from '../../../core/reports';
import { formatDuration, rateFormatter } from './format';
import { useReportTexts } from './use-report-texts';

export function NodeMetricsTable({ nodes }: { nodes: Record<string, RateSet> }) {
  const { r, language } = useReportTexts();
  const rate = rateFormatter(language, r.none);
  const rows = Object.entries(nodes).filter(([, m]) => m.sent > 0 || m.failed > 0);
  if (rows.length === 0) return null;
  return (
    // Seven columns do not fit the editor's side column: the table scrolls inside its own box.
    <div className="report-scroll">
    <table className="report-table" data-testid="report-node-metrics">
      <caption>{r.perNode}</caption>
      <thead>
        <tr>
          <th scope="col">{r.node}</th>
          <th scope="col">{r.sent}</th>
          <th scope="col">{r.deliveryRate}</th>
          <th scope="col">{r.readRate}</th>
          <th scope="col">{r.replyRate}</th>
          <th scope="col">{r.medianResponse}</th>
          <th scope="col">{r.failed}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([node, m]) => (
          <tr key={node}>
            <th scope="row">{node}</th>
            <td>{m.sent}</td>
            <td>{rate(m.deliveryRate)}</td>
            <td>{rate(m.readRate)}</td>
            <td>{rate(m.replyRate)}</td>
            <td>{m.medianResponseMs === null ? r.none : formatDuration(m.medianResponseMs, language)}</td>
            <td>{m.failed}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
