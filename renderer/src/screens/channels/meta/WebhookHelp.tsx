/**
 * How Meta's webhooks reach the app: the callback URL (the user's tunnel address plus the
 * receiver's path) and a verify token made here, shown once and kept by the host.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../../host/host-context';
import { newVerifyToken, secretKey, storeSecret } from './secret-actions';

/** The receiver's path (electron/host/webhooks DEFAULT_WEBHOOK_PATH; the renderer may not import the host). */
export const WEBHOOK_PATH = '/webhook';

/** The callback URL for a tunnel's public address, or null while it is not an https URL. */
export function callbackUrl(publicUrl: string): string | null {
  try {
    const url = new URL(publicUrl.trim());
    if (url.protocol !== 'https:') return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}${WEBHOOK_PATH}`;
  } catch {
    return null;
  }
}

export function WebhookHelp({ channelId, verifyStored, onChange }: { channelId: string; verifyStored: boolean | undefined; onChange(): void }) {
  const { t } = useTranslation();
  const host = useHost();
  const [publicUrl, setPublicUrl] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const callback = callbackUrl(publicUrl);

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
      <p>{t('channelsMeta.webhook.body', { local: `http://127.0.0.1${WEBHOOK_PATH}` })}</p>
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
