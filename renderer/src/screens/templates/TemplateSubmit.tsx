/**
 * Submitting a template's newest revision for review: pick a channel of its business unit (the
 * built-in sandbox by default), send, and see Meta's answer or refusal (code and message).
 * Broken authoring limits stop it here; placeholders without a sample are only warned about,
 * since Meta's review is what rejects them.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../core/journey/channel';
import { checkTemplateLimits } from '../../../../core/whatsapp/limits';
import { placeholderKeys, placeholderValue } from '../../../../core/whatsapp/placeholders';
import { TemplateStatus } from '../../../../core/whatsapp/template';
import type { TemplateEntry } from '../../../db';
import { channelsFor, type SubmitOutcome } from './review-actions';

type Progress = { kind: 'idle' } | { kind: 'sending'; channel: string } | { kind: 'done'; channel: string; outcome: SubmitOutcome };

type SubmitProps = {
  entry: TemplateEntry;
  channels: readonly Channel[];
  onSubmit: (channel: Channel, entry: TemplateEntry) => Promise<SubmitOutcome>;
  onClose: () => void;
};

export function TemplateSubmit({ entry, channels, onSubmit, onClose }: SubmitProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { template, revision } = entry.latest;
  const candidates = channelsFor(template, channels);
  const [channelId, setChannelId] = useState(candidates[0]?.id ?? '');
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const limits = checkTemplateLimits(template).length;
  const missing = placeholderKeys(template).filter((key) => placeholderValue(template.examples ?? {}, key) === undefined);
  const channel = candidates.find((c) => c.id === channelId);

  useEffect(() => heading.current?.focus(), []);

  const submit = async () => {
    if (!channel) return;
    const name = channel.displayName;
    setProgress({ kind: 'sending', channel: name });
    setProgress({ kind: 'done', channel: name, outcome: await onSubmit(channel, entry) });
  };
  const done = progress.kind === 'done' && progress.outcome.ok;
  /** Meta's status in the interface language, or as Meta wrote it when the app has no word for it. */
  const statusWord = (word: string) => {
    const known = TemplateStatus.safeParse(word.toUpperCase());
    return known.success ? t(`editor.status.${known.data}`) : word;
  };

  return (
    <section className="template-submit" aria-labelledby={titleId} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('templateReview.title', { name: template.name, language: template.language })}
      </h2>
      <p className="field-hint">
        {t('templateReview.revision', { revision, status: t(`editor.status.${template.status}`) })} {t('templateReview.intro')}
      </p>
      {candidates.length === 0 ? (
        <p role="alert" className="notice notice-error">
          {t('templateReview.noChannel', { unit: template.businessUnit ?? t('templateLibrary.noUnit') })}
        </p>
      ) : (
        <label className="field">
          <span className="field-label">{t('templateReview.channel')}</span>
          <select className="select" value={channelId} disabled={progress.kind === 'sending' || done} onChange={(e) => setChannelId(e.target.value)}>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
              </option>
            ))}
          </select>
        </label>
      )}
      {limits > 0 ? (
        <p role="alert" className="notice notice-error">
          {t('templateReview.limitsBroken', { count: limits })}
        </p>
      ) : null}
      {missing.length > 0 ? <p className="notice template-warning">{t('templateReview.missingSamples', { keys: missing.map((k) => `{{${k}}}`).join(', ') })}</p> : null}
      <div className="inspector-row">
        <button type="button" className="button button-primary" disabled={!channel || limits > 0 || progress.kind === 'sending' || done} onClick={() => void submit()}>
          {t('templateReview.submit')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('templateReview.close')}
        </button>
      </div>
      {progress.kind === 'sending' ? (
        <p role="status" className="notice">
          {t('templateReview.submitting', { channel: progress.channel })}
        </p>
      ) : null}
      {progress.kind === 'done' && progress.outcome.ok ? (
        <p role="status" className="notice">
          {t('templateReview.submitted', { channel: progress.channel, status: statusWord(progress.outcome.status), id: progress.outcome.id })}
        </p>
      ) : null}
      {progress.kind === 'done' && !progress.outcome.ok ? (
        <p role="alert" className="notice notice-error">
          {t('templateReview.failed', { message: progress.outcome.message })}
        </p>
      ) : null}
    </section>
  );
}
