/** What the last simulation found: who was skipped, what it cost, and every failure explained. */
import { useTranslation } from 'react-i18next';
import { lookupError } from '../../../core/whatsapp/errors';
import { SimulationCharts } from '../charts/SimulationCharts';
import { useEditor } from '../editor/store/editor-context';
import { selectSettledJourney } from '../editor/store/selectors';
import { useSimulation } from './sim-store';

export function SimulationSummaryView() {
  const { t, i18n } = useTranslation();
  const result = useSimulation((s) => s.result);
  const status = useSimulation((s) => s.status);
  const journey = useEditor(selectSettledJourney);
  const forJourney = useSimulation((s) => s.journeyId);
  // The last result may be another journey's (the store outlives the editor): show only this one's.
  if (!result || status === 'running' || forJourney !== journey.id) return null;
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: result.cost.currency });
  const skipped = Object.entries(result.skipped).filter(([, n]) => n > 0);
  const errors = Object.entries(result.errors);
  return (
    <div className="sim-summary" data-testid="simulation-summary">
      {status === 'cancelled' && <p className="side-hint">{t('simulation.cancelled')}</p>}
      <dl className="sim-figures">
        <dt>{t('simulation.contacts')}</dt>
        <dd>{result.contacts}</dd>
        <dt>{t('simulation.exited')}</dt>
        <dd>{result.outcome.exited}</dd>
        <dt>{t('simulation.waiting')}</dt>
        <dd>{result.outcome.waiting}</dd>
        <dt>{t('simulation.cost')}</dt>
        <dd>{money.format(result.cost.total)}</dd>
        <dt>{t('simulation.quality')}</dt>
        <dd>{t(`qualityRating.${result.quality.projected}`)}</dd>
      </dl>
      {skipped.length > 0 && (
        <ul className="sim-skipped" aria-label={t('simulation.skipped')}>
          {skipped.map(([reason, n]) => (
            <li key={reason}>{t('simulation.skippedLine', { count: n, reason: t(`simulation.reasons.${reason}`, { defaultValue: reason }) })}</li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <ul className="sim-errors" aria-label={t('simulation.errors')}>
          {errors.map(([code, n]) => {
            const info = lookupError(Number(code));
            return (
              <li key={code} className="sim-error-item">
                <strong>{t('simulation.errorLine', { code, count: n })}</strong> {info.meaning[language]}
                <span className="sim-error-action">{info.action[language]}</span>
              </li>
            );
          })}
        </ul>
      )}
      <details className="sim-charts" open>
        <summary>{t('charts.show')}</summary>
        <SimulationCharts journey={journey} result={result} width={280} />
      </details>
    </div>
  );
}
