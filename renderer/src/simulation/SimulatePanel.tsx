/**
 * The Simulate panel of the editor: audience, world preset (or custom rates), start time and
 * seed; runs the simulator in its worker with a progress bar and cancel, and shows what came
 * out (the counts go onto the canvas; failures are explained by Meta's error catalog).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelSection } from './PanelSection';
import { listAudiences, useLiveQuery } from '../../db';
import { useEditorStoreApi } from '../editor/store/editor-context';
import type { Library } from '../editor/page/use-library';
import { loadAudienceContacts, nextHourInput } from './sim-input';
import { cancelSimulation, startSimulation, useSimulation } from './sim-store';
import { SimulationSummaryView } from './SimulationSummary';
import { SimulationReportSection } from '../reports/SimulationReportSection';
import { WorldFields } from './WorldFields';
import type { WorldChoice } from './WorldFields';
import { worldOf } from './world-presets';
import './simulation.css';

export function SimulatePanel({ library }: { library: Library }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const audiences = useLiveQuery(listAudiences, []);
  const [audienceId, setAudienceId] = useState('');
  const [world, setWorld] = useState<WorldChoice>({ preset: 'typical', rates: {} });
  const [start, setStart] = useState(nextHourInput);
  const [seed, setSeed] = useState(1);
  const status = useSimulation((s) => s.status);
  const progress = useSimulation((s) => s.progress);
  const error = useSimulation((s) => s.error);
  const list = audiences.status === 'ready' ? audiences.value : [];
  const chosen = list.find((a) => a.id === audienceId) ?? list[0];

  const run = async () => {
    if (!chosen) return;
    const audience = await loadAudienceContacts(chosen.id, chosen.count);
    const journey = store.getState().journey;
    const language = i18n.language === 'fr' ? 'fr' : 'en';
    await startSimulation(
      { journey, templates: library.templates, channels: library.channels, audience, world: worldOf(world.preset, world.rates), start: new Date(start).getTime(), seed },
      language,
      t('simulation.overlaySource'),
    );
  };

  const running = status === 'running';
  return (
    <PanelSection title={t('simulation.title')} className="sim-panel">
      <label className="sim-field">
        <span>{t('simulation.audience')}</span>
        <select value={chosen?.id ?? ''} onChange={(e) => setAudienceId(e.target.value)} disabled={running}>
          {list.map((a) => (
            <option key={a.id} value={a.id}>
              {t('simulation.audienceOption', { name: a.name, count: a.count })}
            </option>
          ))}
        </select>
      </label>
      {list.length === 0 && audiences.status === 'ready' && <p className="side-hint">{t('simulation.noAudience')}</p>}
      <WorldFields value={world} onChange={setWorld} disabled={running} />
      <div className="sim-row">
        <label className="sim-field">
          <span>{t('simulation.start')}</span>
          <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} disabled={running} required />
        </label>
        <label className="sim-field sim-seed">
          <span>{t('simulation.seed')}</span>
          <input type="number" step={1} value={seed} onChange={(e) => setSeed(Math.trunc(Number(e.target.value)) || 0)} disabled={running} />
        </label>
      </div>
      <div className="sim-actions">
        {running ? (
          <button type="button" className="button" onClick={cancelSimulation}>
            {t('simulation.cancel')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void run()} disabled={!chosen || !start}>
            {t('simulation.run')}
          </button>
        )}
      </div>
      {running && (
        <div className="sim-progress">
          <progress max={progress?.contacts || 1} value={progress?.exited ?? 0} aria-label={t('simulation.progress')} />
          <span>{t('simulation.progressText', { exited: progress?.exited ?? 0, contacts: progress?.contacts ?? 0, events: progress?.events ?? 0 })}</span>
        </div>
      )}
      {status === 'error' && (
        <p className="sim-error" role="alert">
          {t('simulation.failed', { message: error })}
        </p>
      )}
      <SimulationSummaryView />
      <SimulationReportSection />
    </PanelSection>
  );
}
