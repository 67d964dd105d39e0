/**
 * Steps through a contact's timeline, forward and back: the event, the window clock, and the
 * teaching text of a rule that bites. In lesson mode the next event stays hidden until the
 * learner has predicted it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleText } from '../../../core/rules';
import { highlightStep } from '../editor/overlay/overlay-store';
import { predictionChoices } from './trainer-model';
import type { TrainerStep } from './trainer-model';
import { WindowClock } from './WindowClock';

export function TimelineStepper({ journeyId, steps, lesson }: { journeyId: string; steps: TrainerStep[]; lesson: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [index, setIndex] = useState(0);
  const [asking, setAsking] = useState(false);
  const [verdict, setVerdict] = useState<'right' | 'wrong' | null>(null);
  const step = steps[index];
  const next = steps[index + 1];

  useEffect(() => {
    highlightStep(journeyId, step?.node ?? null);
  }, [journeyId, step?.node]);
  useEffect(() => () => highlightStep(journeyId, null), [journeyId]);

  if (!step) return null;
  const time = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const eventText = (event: string) => t(`trainer.events.${event}`, { defaultValue: event });
  const forward = () => {
    if (!next) return;
    if (lesson && !asking) {
      setAsking(true);
      setVerdict(null);
      return;
    }
    setIndex(index + 1);
  };
  const predict = (choice: string) => {
    setVerdict(choice === next?.entry.event ? 'right' : 'wrong');
    setAsking(false);
    setIndex(index + 1);
  };
  const rule = step.rule ? ruleText(step.rule, language) : null;

  return (
    <div className="trainer-stepper" data-testid="trainer-stepper">
      <div className="trainer-nav">
        <button type="button" className="button" onClick={() => (setIndex(index - 1), setAsking(false), setVerdict(null))} disabled={index === 0}>
          {t('trainer.back')}
        </button>
        <span className="trainer-position">{t('trainer.position', { index: index + 1, count: steps.length })}</span>
        <button type="button" className="button" onClick={forward} disabled={!next || asking}>
          {t('trainer.forward')}
        </button>
      </div>
      <div className="trainer-event" data-event={step.entry.event} data-node={step.node ?? ''}>
        <time dateTime={step.entry.at}>{time.format(Date.parse(step.entry.at))}</time>
        <strong>{eventText(step.entry.event)}</strong>
        {step.entry.node && <span className="trainer-node">{t('trainer.atStep', { step: step.entry.node })}</span>}
        {step.entry.detail && <span className="trainer-detail">{step.entry.detail}</span>}
      </div>
      <WindowClock state={step.window} leftMs={step.windowLeftMs} />
      {verdict && <p className={`trainer-verdict trainer-${verdict}`}>{t(`trainer.${verdict}`)}</p>}
      {asking && next && (
        <fieldset className="trainer-predict">
          <legend>{t('trainer.predict')}</legend>
          {predictionChoices(next.entry.event, index).map((choice) => (
            <button key={choice} type="button" className="button" onClick={() => predict(choice)}>
              {eventText(choice)}
            </button>
          ))}
        </fieldset>
      )}
      {rule && (
        <aside className="trainer-rule" aria-label={t('trainer.ruleBites')} data-rule={step.rule}>
          <h3>{rule.title}</h3>
          <p>{rule.teaching}</p>
        </aside>
      )}
    </div>
  );
}
