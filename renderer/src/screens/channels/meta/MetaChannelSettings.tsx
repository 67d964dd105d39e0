/**
 * A Meta channel's settings: its phone number id and WABA id (saved with the channel in the
 * workspace), its secrets (kept by the host, shown only as stored or not), a connection test,
 * template sync, and how to point Meta's webhooks at the app.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../core/journey';
import { saveChannel } from '../../../../db';
import { ConnectionActions } from './ConnectionActions';
import { SecretField } from './SecretField';
import { SECRET_KINDS } from './secret-actions';
import { useSecretStatus } from './use-secret-status';
import { WebhookHelp } from './WebhookHelp';
import './meta-settings.css';

export function MetaChannelSettings({ channel, storage, onClose }: { channel: Channel; storage: 'encrypted' | 'plaintext' | 'user-file' | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(channel);
  const [saved, setSaved] = useState<string | null>(null);
  const { status, refresh } = useSecretStatus(channel.id);
  const field = (key: 'displayName' | 'phoneNumberId' | 'wabaId') => (
    <label className="field">
      <span>{t(`channelsMeta.${key}`)}</span>
      <input value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value.trim() === '' && key !== 'displayName' ? undefined : e.target.value })} />
    </label>
  );
  const save = () => void saveChannel({ ...draft, mode: 'meta' }).then(() => setSaved(t('channelsMeta.idsSaved')), (e: Error) => setSaved(e.message));

  return (
    <section className="meta-settings" aria-labelledby="meta-settings-title" data-channel={channel.id}>
      <div className="toolbar">
        <h2 id="meta-settings-title">{t('channelsMeta.title', { name: channel.displayName })}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('channelsMeta.close')}
        </button>
      </div>
      <fieldset>
        <legend>{t('channelsMeta.ids')}</legend>
        {field('displayName')}
        {field('phoneNumberId')}
        {field('wabaId')}
        <p className="hint">{t('channelsMeta.idsHint')}</p>
        <button type="button" className="button button-primary" onClick={save}>
          {t('channelsMeta.saveIds')}
        </button>
        {saved && <span role="status"> {saved}</span>}
      </fieldset>
      <fieldset>
        <legend>{t('channelsMeta.secrets')}</legend>
        {storage && <p className="hint">{t('channelsMeta.secretsHint', { storage: t(`channelsMeta.storage.${storage}`) })}</p>}
        {SECRET_KINDS.filter((kind) => kind !== 'verify-token').map((kind) => (
          <SecretField key={kind} channelId={channel.id} kind={kind} stored={status[kind]} onChange={refresh} />
        ))}
      </fieldset>
      <ConnectionActions channel={{ ...draft, mode: 'meta' }} />
      <WebhookHelp channel={channel} verifyStored={status['verify-token']} onChange={refresh} />
    </section>
  );
}
