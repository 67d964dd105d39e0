/**
 * The sends a crash left uncertain: the executor never repeats them blindly, so the user decides
 * each one, knowing that a resend may reach the contact twice.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSnapshot } from '../../../../core/api/host-api';
import { useHost } from '../../host/host-context';
import { resolveSend } from '../../runs/run-actions';

export function UncertainSends({ run }: { run: RunSnapshot }) {
  const { t } = useTranslation();
  const host = useHost();
  const [failure, setFailure] = useState<string | null>(null);
  const decide = (key: string, decision: 'sent' | 'resend') => void resolveSend(host, run.runId, key, decision).then(setFailure);
  return (
    <section aria-labelledby="uncertain-title" className="uncertain-sends">
      <h3 id="uncertain-title">{t('runs.uncertain.title')}</h3>
      {run.uncertain.length === 0 ? (
        <p>{t('runs.uncertain.none')}</p>
      ) : (
        <>
          <p>{t('runs.uncertain.body')}</p>
          {failure && (
            <p role="alert" className="notice notice-error">
              {t('runs.actionFailed', { message: failure })}
            </p>
          )}
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('runs.uncertain.contact')}</th>
                <th scope="col">{t('runs.uncertain.step')}</th>
                <th scope="col" className="numeric">{t('runs.uncertain.attempts')}</th>
                <th scope="col">{t('runs.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {run.uncertain.map((send) => {
                const who = send.phone ?? `#${send.contact + 1}`;
                return (
                  <tr key={send.key} data-send-key={send.key}>
                    <th scope="row">{who}</th>
                    <td>{send.node}</td>
                    <td className="numeric">{send.attempts}</td>
                    <td className="row-actions">
                      <button type="button" className="button button-small" aria-label={`${t('runs.uncertain.markSent')} — ${who}`} onClick={() => decide(send.key, 'sent')}>
                        {t('runs.uncertain.markSent')}
                      </button>
                      <button type="button" className="button button-small" aria-label={`${t('runs.uncertain.resend')} — ${who}`} onClick={() => decide(send.key, 'resend')}>
                        {t('runs.uncertain.resend')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
