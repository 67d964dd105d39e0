/**
 * One secret of a channel: "stored" or "not stored", a password field to store a new value and a
 * button to remove it. The value is sent to the host and forgotten here; it is never shown again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../../host/host-context';
import { PlainTextConsent } from './PlainTextConsent';
import { secretKey, storeSecret } from './secret-actions';
import type { SecretKind } from './secret-actions';

export function SecretField({ channelId, kind, stored, onChange }: { channelId: string; kind: SecretKind; stored: boolean | undefined; onChange(): void }) {
  const { t } = useTranslation();
  const host = useHost();
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [asking, setAsking] = useState(false);
  const name = t(`channelsMeta.kinds.${kind}`);
  const id = `secret-${channelId}-${kind}`;

  const store = (allowPlainText = false) =>
    void storeSecret(host, secretKey(channelId, kind), value, allowPlainText).then((outcome) => {
      if (outcome.ok) {
        setValue('');
        setMessage({ text: t('channelsMeta.storedNow', { name }), error: false });
        onChange();
      } else if (outcome.needsConsent) setAsking(true);
      else setMessage({ text: t('channelsMeta.storeFailed', { message: outcome.message }), error: true });
    });
  const clear = () => void host.secrets.clear({ key: secretKey(channelId, kind) }).then(onChange);

  return (
    <div className="field secret-field" data-secret={kind}>
      <label htmlFor={id}>
        {name}{' '}
        <span className={stored ? 'chip chip-ok' : 'chip chip-warning'} data-stored={stored ? 'yes' : 'no'}>
          {stored ? t('channelsMeta.stored') : t('channelsMeta.notStored')}
        </span>
      </label>
      <div className="row">
        <input id={id} type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="button" className="button button-small" disabled={value === ''} onClick={() => store()}>
          {t('channelsMeta.store')}
        </button>
        {stored && (
          <button type="button" className="button button-small" aria-label={`${t('channelsMeta.clear')} — ${name}`} onClick={clear}>
            {t('channelsMeta.clear')}
          </button>
        )}
      </div>
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      {asking && (
        <PlainTextConsent
          name={name}
          onAnswer={(agreed) => {
            setAsking(false);
            if (agreed) store(true);
            else setValue('');
          }}
        />
      )}
    </div>
  );
}
