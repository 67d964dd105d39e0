import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Channel } from '../../../../core/journey';
import { saveChannel } from '../../../db';

type Draft = { displayName: string; businessUnit: string; phoneNumber: string; unlimited: boolean; limit: string; quality: Channel['quality']; throughput: string };

const toDraft = (c: Channel | undefined): Draft => ({
  displayName: c?.displayName ?? '',
  businessUnit: c?.businessUnit ?? '',
  phoneNumber: c?.phoneNumber ?? '',
  unlimited: c?.messagingLimit === null,
  limit: String(c?.messagingLimit ?? 250),
  quality: c?.quality ?? 'GREEN',
  throughput: String(c?.throughputMps ?? 80),
});

/** Creates or edits a sandbox channel; the core Channel schema decides what is valid. */
export function ChannelForm({ channel, newId, onDone }: { channel?: Channel; newId: () => string; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(channel));
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = Channel.safeParse({
      ...channel,
      id: channel?.id ?? newId(),
      mode: 'sandbox',
      displayName: draft.displayName.trim(),
      businessUnit: draft.businessUnit.trim() || undefined,
      phoneNumber: draft.phoneNumber.trim() || undefined,
      messagingLimit: draft.unlimited ? null : Number(draft.limit),
      quality: draft.quality,
      throughputMps: Number(draft.throughput),
    });
    if (!parsed.success || parsed.data.displayName === '') {
      const issue = parsed.success ? { path: ['displayName'], message: 'expected a name' } : parsed.error.issues[0]!;
      return setProblem(`${issue.path.join('.')}: ${issue.message}`);
    }
    void saveChannel(parsed.data).then(onDone, (error: Error) => setProblem(error.message));
  };

  return (
    <section className="card" aria-labelledby="channel-form-title">
      <h2 id="channel-form-title" className="card-title">{channel ? t('channelForm.titleEdit', { name: channel.displayName }) : t('channelForm.titleNew')}</h2>
      <form className="form-grid" onSubmit={submit} noValidate>
        <label>
          {t('channelForm.displayName')}
          <input className="input" required value={draft.displayName} onChange={(e) => set({ displayName: e.target.value })} />
        </label>
        <label>
          {t('channelForm.businessUnit')}
          <input className="input" value={draft.businessUnit} onChange={(e) => set({ businessUnit: e.target.value })} aria-describedby="bu-hint" />
          <span id="bu-hint" className="field-hint">{t('channelForm.businessUnitHint')}</span>
        </label>
        <label>
          {t('channelForm.phoneNumber')}
          <input className="input" value={draft.phoneNumber} onChange={(e) => set({ phoneNumber: e.target.value })} />
        </label>
        <label>
          {t('channelForm.limit')}
          <input className="input" type="number" min={1} step={1} disabled={draft.unlimited} value={draft.limit} onChange={(e) => set({ limit: e.target.value })} />
        </label>
        <label className="choice-inline">
          <input type="checkbox" checked={draft.unlimited} onChange={(e) => set({ unlimited: e.target.checked })} /> {t('channelForm.limitUnlimited')}
        </label>
        <label>
          {t('channelForm.quality')}
          <select className="select" value={draft.quality} onChange={(e) => set({ quality: e.target.value as Channel['quality'] })}>
            {(['GREEN', 'YELLOW', 'RED'] as const).map((q) => <option key={q} value={q}>{t(`qualityRating.${q}`)}</option>)}
          </select>
        </label>
        <label>
          {t('channelForm.throughput')}
          <input className="input" type="number" min={1} value={draft.throughput} onChange={(e) => set({ throughput: e.target.value })} />
        </label>
        {problem && <p role="alert" className="notice notice-error">{t('channelForm.invalid', { message: problem })}</p>}
        <div className="toolbar">
          <button type="submit" className="button button-primary">{t('channelForm.save')}</button>
          <button type="button" className="button" onClick={onDone}>{t('channelForm.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
