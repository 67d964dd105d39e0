/**
 * The confirmation before a real run: the audience, how many of its contacts consent allows,
 * the estimated cost and how many days the messaging limit stretches the run. Starting is the
 * one button that sends messages, so it waits for the estimate.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../core/journey';
import { listAudiences, useLiveQuery } from '../../db';
import type { Library } from '../editor/page/use-library';
import { useHost } from '../host/host-context';
import { startRun } from './start-run';
import { useRunEstimate } from './use-run-estimate';

export function RunConfirmDialog({ journey, library, onClose }: { journey: Journey; library: Library; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const host = useHost();
  const audiences = useLiveQuery(listAudiences, []);
  const [audienceId, setAudienceId] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const list = audiences.status === 'ready' ? audiences.value : [];
  const audience = list.find((a) => a.id === audienceId);
  const estimate = useRunEstimate(journey, library, audience);
  const channel = library.channels.find((c) => c.id === journey.channel);
  const number = new Intl.NumberFormat(i18n.language);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);

  const start = () => {
    if (estimate.status !== 'ready' || !audience) return;
    setBusy(true);
    void startRun(host, journey, estimate.contacts, audience.attributes, channel).then((outcome) => {
      setBusy(false);
      if (outcome.ok) onClose();
      else setFailure(outcome.error.message);
    });
  };

  return (
    <div className="editor-modal-backdrop" onClick={onClose}>
      <div className="editor-modal run-confirm" role="dialog" aria-modal="true" aria-labelledby="run-confirm-title" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <div className="editor-modal-header">
          <h2 id="run-confirm-title">{t('runs.confirm.title', { name: journey.name })}</h2>
        </div>
        <p>{channel ? t('runs.confirm.channel', { name: channel.displayName, mode: t(channel.mode === 'sandbox' ? 'channelList.sandbox' : 'channelList.meta') }) : t('runs.confirm.noChannel')}</p>
        {audiences.status === 'ready' && list.length === 0 ? (
          <p className="notice">{t('runs.confirm.noAudience')}</p>
        ) : (
          <label className="field">
            <span>{t('runs.confirm.audience')}</span>
            <select ref={select} value={audienceId} onChange={(e) => setAudienceId(e.target.value)}>
              <option value="">{t('runs.confirm.chooseAudience')}</option>
              {list.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({number.format(a.count)})
                </option>
              ))}
            </select>
          </label>
        )}
        {estimate.status === 'estimating' && <p role="status">{t('runs.confirm.estimating')}</p>}
        {estimate.status === 'failed' && <p role="alert" className="notice notice-error">{estimate.message}</p>}
        {estimate.status === 'ready' && (
          <ul className="run-estimate" data-testid="run-estimate">
            <li data-eligible={estimate.estimate.eligible}>
              {t('runs.confirm.eligible', { eligible: number.format(estimate.estimate.eligible), total: number.format(estimate.estimate.total), marketing: t('runs.confirm.marketingToo') })}
            </li>
            <li data-cost={estimate.estimate.cost}>
              {t('runs.confirm.cost', { cost: new Intl.NumberFormat(i18n.language, { style: 'currency', currency: estimate.estimate.currency }).format(estimate.estimate.cost) })}
            </li>
            <li data-days={estimate.estimate.forecast.days}>
              {estimate.estimate.forecast.perDay === null
                ? t('runs.confirm.unlimited')
                : t('runs.confirm.days', { count: estimate.estimate.forecast.days, limit: number.format(estimate.estimate.forecast.perDay) })}
            </li>
          </ul>
        )}
        {failure && <p role="alert" className="notice notice-error">{t('runs.confirm.failed', { message: failure })}</p>}
        <div className="toolbar">
          <button type="button" className="button" onClick={onClose}>
            {t('runs.confirm.cancel')}
          </button>
          <button type="button" className="button button-primary" disabled={estimate.status !== 'ready' || busy || estimate.estimate.eligible === 0} onClick={start}>
            {busy ? t('runs.confirm.starting') : t('runs.confirm.start')}
          </button>
        </div>
      </div>
    </div>
  );
}
