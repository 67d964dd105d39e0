/** Asks before a secret goes to a plain-text store (Linux without a keyring): the host refuses until the user agrees. */
import { useTranslation } from 'react-i18next';

export function PlainTextConsent({ name, onAnswer }: { name: string; onAnswer(agreed: boolean): void }) {
  const { t } = useTranslation();
  return (
    <div className="editor-modal-backdrop">
      <div className="editor-modal" role="alertdialog" aria-modal="true" aria-labelledby="plaintext-title" aria-describedby="plaintext-body">
        <h2 id="plaintext-title">{t('channelsMeta.consentTitle')}</h2>
        <p id="plaintext-body">{t('channelsMeta.consentBody', { name })}</p>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => onAnswer(false)}>
            {t('channelsMeta.consentNo')}
          </button>
          <button type="button" className="button button-primary" onClick={() => onAnswer(true)}>
            {t('channelsMeta.consentYes')}
          </button>
        </div>
      </div>
    </div>
  );
}
