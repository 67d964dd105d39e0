/**
 * "Test connection" and "Sync templates": host calls with the stored token (a Meta channel) or
 * against the app's sandbox (a sandbox channel); a sync merges Meta's statuses into the library
 * as the Templates screen's refresh does (content of a revision never changed in place).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../core/journey';
import { useHost } from '../../../host/host-context';
import { refreshStatuses } from '../../templates/review-actions';

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

  // The same merge as the Templates screen's refresh: one transaction, statuses only, templates the library lacks added.
  const sync = async () => {
    setBusy('sync');
    const [outcome] = await refreshStatuses(host, [channel]);
    setBusy(null);
    if (!outcome?.ok) return setMessages([{ text: t('channelsMeta.syncFailed', { message: outcome?.message ?? '' }), error: true }]);
    const { changed, added, unchanged, drafts } = outcome.merge;
    const count = changed.length + added.length + unchanged + drafts;
    const done: Message[] = [
      { text: source === 'sandbox' ? t('channelsSandbox.synced', { count }) : t('channelsMeta.synced', { count }), error: false },
      { text: t('templateReview.refreshed', { channel: channel.displayName, changed: changed.length, added: added.length, unchanged }), error: false },
    ];
    if (outcome.skipped.length > 0) done.push({ text: t('channelsMeta.syncSkipped', { names: outcome.skipped.join(', ') }), error: true });
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
