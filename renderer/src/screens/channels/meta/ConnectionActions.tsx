/**
 * "Test connection" and "Sync templates": host calls with the stored token (a Meta channel) or
 * against the app's sandbox (a sandbox channel); synced templates go to the library.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../core/journey';
import { saveTemplate } from '../../../../db';
import { useHost } from '../../../host/host-context';

type Message = { text: string; error: boolean };

export function ConnectionActions({ channel, source = 'meta' }: { channel: Channel; source?: 'meta' | 'sandbox' }) {
  const { t } = useTranslation();
  const host = useHost();
  const [busy, setBusy] = useState<'test' | 'sync' | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);

  const test = async () => {
    setBusy('test');
    const answer = await host.channels.testConnection({ channel });
    setBusy(null);
    if (!answer.ok) return setMessages([{ text: t('channelsMeta.testFailed', { message: answer.error.message }), error: true }]);
    const { displayName, displayPhoneNumber, qualityRating, messagingLimit } = answer.value;
    const limit = messagingLimit === null ? t('channelsMeta.unlimited') : messagingLimit === undefined ? t('channelsMeta.unknown') : String(messagingLimit);
    setMessages([{ text: t('channelsMeta.testOk', { name: displayName, phone: displayPhoneNumber, quality: qualityRating, limit }), error: false }]);
  };

  const sync = async () => {
    setBusy('sync');
    const answer = await host.templates.sync({ channel });
    if (!answer.ok) {
      setBusy(null);
      return setMessages([{ text: t('channelsMeta.syncFailed', { message: answer.error.message }), error: true }]);
    }
    try {
      // Meta's templates carry no business unit: they take the channel's, so its journeys may use them.
      for (const template of answer.value.templates) await saveTemplate(channel.businessUnit ? { ...template, businessUnit: channel.businessUnit } : template);
    } catch (error) {
      setBusy(null);
      return setMessages([{ text: t('channelsMeta.syncFailed', { message: error instanceof Error ? error.message : String(error) }), error: true }]);
    }
    setBusy(null);
    const count = answer.value.templates.length;
    const done: Message[] = [{ text: source === 'sandbox' ? t('channelsSandbox.synced', { count }) : t('channelsMeta.synced', { count }), error: false }];
    if (answer.value.skipped.length > 0) done.push({ text: t('channelsMeta.syncSkipped', { names: answer.value.skipped.join(', ') }), error: true });
    setMessages(done);
  };

  return (
    <div className="connection-actions">
      <div className="toolbar">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void test()}>
          {busy === 'test' ? t('channelsMeta.testing') : t('channelsMeta.test')}
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void sync()}>
          {busy === 'sync' ? t('channelsMeta.syncing') : source === 'sandbox' ? t('channelsSandbox.sync') : t('channelsMeta.sync')}
        </button>
      </div>
      {messages.map((m) => (
        <p key={m.text} role={m.error ? 'alert' : 'status'} className={m.error ? 'notice notice-error' : 'notice'}>
          {m.text}
        </p>
      ))}
    </div>
  );
}
