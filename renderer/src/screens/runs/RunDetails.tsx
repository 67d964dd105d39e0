/** One run opened: why it paused, its counts per step, failures by Meta error, and the uncertain sends. */
import { useTranslation } from 'react-i18next';
import type { RunSnapshot } from '../../../../core/api/host-api';
import { lookupError } from '../../../../core/whatsapp/errors';
import { UncertainSends } from './UncertainSends';
import { RunReportSection } from '../../reports/RunReportSection';

const COUNTS = ['entered', 'sent', 'delivered', 'read', 'replied', 'clicked', 'failed', 'exited'] as const;

export function RunDetails({ run }: { run: RunSnapshot }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const number = new Intl.NumberFormat(i18n.language);
  const errors = Object.entries(run.errors);
  const skipped = Object.entries(run.skipped);
  return (
    <section className="run-details" aria-labelledby="run-details-title" data-testid="run-details">
      <h2 id="run-details-title">{run.journeyName}</h2>
      {run.pause && (
        <p role="status" className="notice notice-warning">
          {t('runs.pausedBecause', { code: run.pause.code, message: run.pause.message })}
        </p>
      )}
      {run.torn && <p className="notice notice-warning">{t('runs.torn', { ...run.torn })}</p>}
      <UncertainSends run={run} />
      <table className="data-table">
        <caption>{t('runs.nodes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('runs.node')}</th>
            {COUNTS.map((count) => (
              <th scope="col" className="numeric" key={count}>
                {t(`runs.counts.${count}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.entries(run.nodes).map(([node, counts]) => (
            <tr key={node} data-node={node}>
              <th scope="row">{node}</th>
              {COUNTS.map((count) => (
                <td className="numeric" key={count} data-count={count}>
                  {number.format(counts[count])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > 0 && (
        <>
          <h3>{t('runs.errors')}</h3>
          <ul>
            {errors.map(([code, count]) => (
              <li key={code}>
                <strong>{code}</strong> × {number.format(count)}: {lookupError(Number(code)).meaning[language]}
              </li>
            ))}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <h3>{t('runs.skipped')}</h3>
          <ul>
            {skipped.map(([reason, count]) => (
              <li key={reason}>{t('simulation.skippedLine', { count, reason: t(`simulation.reasons.${reason}`, { defaultValue: reason }) })}</li>
            ))}
          </ul>
        </>
      )}
      <RunReportSection run={run} />
    </section>
  );
}
