/**
 * How Meta's webhooks reach the app: the receiver's real local address for this channel (from
 * the host), the callback URL (the user's tunnel address plus the channel's path) and a verify
 * token made here, shown once and kept by the host.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../core/journey';
import { useHost } from '../../../host/host-context';
import { useChannelWebhook } from '../use-channel-webhook';
import { newVerifyToken, secretKey, storeSecret } from './secret-actions';

/**
 * The callback URL for a tunnel's public address and the channel's path on the receiver (as the
 * host answers it), or null while the address is not an https URL.
 */
export function callbackUrl(publicUrl: string, path: string): string | null {
  try {
    const url = new URL(publicUrl.trim());
    if (url.protocol !== 'https:') return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}${path}`;
  } catch {
    return null;
  }
}

export function WebhookHelp({ channel, verifyStored, onChange }: { channel: Channel; verifyStored: boolean | undefined; onChange(): void }) {
  const { t } = useTranslation();
  const host = useHost();
  const receiver = useChannelWebhook(channel);
  const channelId = channel.id;
  const [publicUrl, setPublicUrl] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const callback = receiver.status === 'ready' ? callbackUrl(publicUrl, receiver.value.path) : null;

  const generate = (allowPlainText = false) => {
    const token = shown ?? newVerifyToken();
    void storeSecret(host, secretKey(channelId, 'verify-token'), token, allowPlainText).then((outcome) => {
      if (outcome.ok) {
        setShown(token);
        setFailure(null);
        onChange();
      } else if (outcome.needsConsent) {
        // The token is not secret from the user; the plain-text question is asked by the secret fields above.
        setFailure(t('channelsMeta.consentTitle'));
      } else setFailure(outcome.message);
    });
  };

  return (
    <section className="webhook-help" aria-labelledby="webhook-title">
      <h3 id="webhook-title">{t('channelsMeta.webhook.title')}</h3>
      {receiver.status === 'ready' && (
        <p>
          {t('channelsMeta.webhook.body')} <code data-testid="local-url">{receiver.value.localUrl}</code>
        </p>
      )}
      {receiver.status === 'failed' && <p role="alert" className="notice notice-error">{t('channelsMeta.webhook.receiverFailed', { message: receiver.message })}</p>}
      <label className="field">
        <span>{t('channelsMeta.webhook.publicUrl')}</span>
        <input type="url" placeholder="https://example.trycloudflare.com" value={publicUrl} onChange={(e) => setPublicUrl(e.target.value)} />
      </label>
      <p>
        {t('channelsMeta.webhook.callback')}:{' '}
        {callback ? <code data-testid="callback-url">{callback}</code> : <em>{t('channelsMeta.webhook.callbackMissing')}</em>}
      </p>
      <p>
        {t('channelsMeta.webhook.verify')}:{' '}
        <span className={verifyStored ? 'chip chip-ok' : 'chip chip-warning'}>{verifyStored ? t('channelsMeta.stored') : t('channelsMeta.notStored')}</span>{' '}
        <button type="button" className="button button-small" onClick={() => generate()}>
          {t('channelsMeta.webhook.generate')}
        </button>
      </p>
      {shown && (
        <p role="status">
          {t('channelsMeta.webhook.generated')} <code data-testid="verify-token">{shown}</code>
        </p>
      )}
      {failure && <p role="alert" className="notice notice-error">{failure}</p>}
      <p>{t('channelsMeta.webhook.subscribe')}</p>
    </section>
  );
}
