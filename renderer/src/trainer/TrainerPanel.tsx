/**
 * The trainer timeline: pick a contact of an audience or a persona, play the journey for it,
 * then step through what happens to it, on the canvas and against the window clock.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelSection } from '../simulation/PanelSection';
import type { Journey } from '../../../core/journey';
import { getContactsPage, listAudiences, useLiveQuery } from '../../db';
import type { Library } from '../editor/page/use-library';
import { useEditorStoreApi } from '../editor/store/editor-context';
import { loadAudienceContacts, nextHourInput } from '../simulation/sim-input';
import { simulationRunner } from '../simulation/sim-store';
import { buildTimeline } from './build-timeline';
import type { TimelineSource } from './build-timeline';
import { DEFAULT_PERSONA_CONTACT, PERSONAS } from './personas';
import type { Persona } from './personas';
import { TimelineStepper } from './TimelineStepper';
import { trainerSteps } from './trainer-model';
import type { TrainerStep } from './trainer-model';
import './trainer.css';

const PICKABLE = 20;

/** Whether the journey starts on the contact's own message (which opens the service window). */
function opensWindow(journey: Journey): boolean {
  const entry = journey.nodes.find((n) => n.type === 'entry');
  return entry?.type === 'entry' && entry.data.source === 'inbound_message';
}

function parseSource(value: string): TimelineSource {
  const [kind, rest = ''] = value.split(':');
  return kind === 'persona' ? { kind: 'persona', persona: rest as Persona } : { kind: 'contact', row: Number(rest) };
}

export function TrainerPanel({ library }: { library: Library }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const audiences = useLiveQuery(listAudiences, []);
  const audience = audiences.status === 'ready' ? audiences.value[0] : undefined;
  const firstContacts = useLiveQuery(() => (audience ? getContactsPage(audience.id, 0, PICKABLE) : Promise.resolve([])), [audience?.id]);
  const [source, setSource] = useState('persona:never_replies');
  const [start, setStart] = useState(nextHourInput);
  const [lesson, setLesson] = useState(false);
  const [state, setState] = useState<{ status: 'idle' | 'playing' | 'none' | 'no-persona' | 'error'; steps?: TrainerStep[]; key?: number; error?: string }>({ status: 'idle' });

  const play = async () => {
    setState({ status: 'playing' });
    try {
      const contacts = audience ? await loadAudienceContacts(audience.id, audience.count) : [];
      const journey = store.getState().journey;
      const input = { journey, templates: library.templates, channels: library.channels, audience: contacts, base: contacts[0] ?? DEFAULT_PERSONA_CONTACT, start: new Date(start).getTime(), seed: 1 };
      const played = parseSource(source);
      const built = await buildTimeline(simulationRunner(), played, input);
      setState(built ? { status: 'idle', steps: trainerSteps(built.timeline, { lastInboundAt: built.contact.lastInboundAt, inboundEntry: opensWindow(journey) }), key: Date.now() } : { status: played.kind === 'persona' ? 'no-persona' : 'none' });
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const contacts = firstContacts.status === 'ready' ? firstContacts.value : [];
  return (
    <PanelSection title={t('trainer.title')} className="trainer-panel">
      <label className="sim-field">
        <span>{t('trainer.who')}</span>
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          <optgroup label={t('trainer.personas')}>
            {PERSONAS.map((p) => (
              <option key={p} value={`persona:${p}`}>
                {t(`trainer.persona.${p}`)}
              </option>
            ))}
          </optgroup>
          {contacts.length > 0 && (
            <optgroup label={t('trainer.contacts')}>
              {contacts.map((c, row) => (
                <option key={c.phone} value={`contact:${row}`}>
                  {[c.attributes.first_name, c.phone].filter(Boolean).join(' · ')}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label className="sim-field">
        <span>{t('trainer.start')}</span>
        <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label className="trainer-lesson">
        <input type="checkbox" checked={lesson} onChange={(e) => setLesson(e.target.checked)} />
        <span>{t('trainer.lesson')}</span>
      </label>
      <button type="button" className="button button-primary" onClick={() => void play()} disabled={state.status === 'playing' || !start}>
        {t('trainer.play')}
      </button>
      {state.status === 'none' && <p className="side-hint">{t('trainer.none')}</p>}
      {state.status === 'no-persona' && <p className="side-hint">{t('trainer.nonePersona')}</p>}
      {state.status === 'error' && <p role="alert">{t('simulation.failed', { message: state.error })}</p>}
      {state.steps && <TimelineStepper key={state.key} journeyId={store.getState().journey.id} steps={state.steps} lesson={lesson} />}
    </PanelSection>
  );
}
