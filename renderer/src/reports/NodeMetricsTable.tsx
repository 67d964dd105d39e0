/**
 * Measures per message step: sends, delivery, read and reply rates, the median response time,
 * opt-out (and simulated block) rates, and for a run what the step cost. Given the journey that
 * ran, each step also names the template it sent (a run's frozen one: the workspace's may differ).
 */
import type { Journey } from '../../../core/journey';
import type { RateSet } from '../../../core/reports';
import { formatDuration, moneyFormat, rateFormatter } from './format';
import { useTranslation } from 'react-i18next';

/** The template each template step of `journey` sends, by step id. */
function templatesOf(journey: Pick<Journey, 'nodes'> | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of journey?.nodes ?? []) if (n.type === 'whatsapp_template' && n.data.template) names.set(n.id, n.data.template);
  return names;
}

export function NodeMetricsTable({ nodes, cost, journey }: { nodes: Record<string, RateSet>; cost?: { currency: string; byNode: Record<string, number> }; journey?: Pick<Journey, 'nodes'> }) {
  const { t, i18n } = useTranslation('reports');
  const language = i18n.language;
  const rate = rateFormatter(language, t('reports.none'));
  const money = cost && moneyFormat(language, cost.currency);
  const rows = Object.entries(nodes).filter(([, m]) => m.sent > 0 || m.failed > 0);
  const templates = templatesOf(journey);
  // Meta reports no blocks to a run: the column shows only where blocks were simulated.
  const blocks = rows.some(([, m]) => m.blocks > 0);
  if (rows.length === 0) return null;
  return (
    // Seven columns do not fit the editor's side column: the table scrolls inside its own box.
    <div className="report-scroll">
    <table className="report-table" data-testid="report-node-metrics">
      <caption>{t('reports.perNode')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.node')}</th>
          <th scope="col">{t('reports.sent')}</th>
          <th scope="col">{t('reports.deliveryRate')}</th>
          <th scope="col">{t('reports.readRate')}</th>
          <th scope="col">{t('reports.replyRate')}</th>
          <th scope="col">{t('reports.medianResponse')}</th>
          <th scope="col">{t('reports.optOutRate')}</th>
          {blocks && <th scope="col">{t('reports.blockRate')}</th>}
          <th scope="col">{t('reports.failed')}</th>
          {money && <th scope="col">{t('reports.cost')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map(([node, m]) => (
          <tr key={node}>
            <th scope="row">
              {node}
              {templates.has(node) && <> <span className="report-template">· {templates.get(node)}</span></>}
            </th>
            <td>{m.sent}</td>
            <td>{rate(m.deliveryRate)}</td>
            <td>{rate(m.readRate)}</td>
            <td>{rate(m.replyRate)}</td>
            <td>{m.medianResponseMs === null ? t('reports.none') : formatDuration(m.medianResponseMs, language)}</td>
            <td>{rate(m.optOutRate)}</td>
            {blocks && <td>{rate(m.blockRate)}</td>}
            <td>{m.failed}</td>
            {money && <td>{money.format(cost?.byNode[node] ?? 0)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
