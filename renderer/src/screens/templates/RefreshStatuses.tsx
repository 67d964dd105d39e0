/** "Refresh statuses": asks each reviewing channel for its templates' statuses and says, channel by channel, what changed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../db';
import type { RefreshOutcome } from './review-actions';

type RefreshState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; outcomes: RefreshOutcome[] } | { kind: 'error'; message: string };

/** The refresh's state, shared by its button (in the toolbar) and its report (under it). */
export function useRefreshStatuses(onRefresh: () => Promise<RefreshOutcome[]>) {
  const [state, setState] = useState<RefreshState>({ kind: 'idle' });
  const refresh = async () => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', outcomes: await onRefresh() });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, refresh };
}

export function RefreshButton({ state, refresh }: ReturnType<typeof useRefreshStatuses>) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" disabled={state.kind === 'busy'} onClick={() => void refresh()}>
      {t('templateReview.refresh')}
    </button>
  );
}

export function RefreshReport({ state }: { state: RefreshState }) {
  const { t } = useTranslation();
  const status = (s: StatusChange['to']) => t(`editor.status.${s}`);
  const change = (c: StatusChange) => {
    const values = { name: c.name, language: c.language, revision: c.revision, from: status(c.from), to: status(c.to) };
    return c.reason ? t('templateReview.changeReason', { ...values, reason: c.reason }) : t('templateReview.change', values);
  };
  if (state.kind === 'idle') return null;
  return (
    <div className="template-refresh">
      {state.kind === 'busy' ? <p role="status">{t('templateReview.refreshing')}</p> : null}
      {state.kind === 'error' ? (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'done'
        ? state.outcomes.map((o) => {
            const channel = o.channel.displayName;
            if (!o.ok) {
              return (
                <p key={o.channel.id} role="alert" className="notice notice-error">
                  {t('templateReview.refreshFailed', { channel, message: o.message })}
                </p>
              );
            }
            const { changed, added, unchanged } = o.merge;
            return (
              <div key={o.channel.id} role="status" className="notice template-refresh-report">
                <p>{t('templateReview.refreshed', { channel, changed: changed.length, added: added.length, unchanged })}</p>
                {changed.length > 0 ? (
                  <ul>
                    {changed.map((c) => (
                      <li key={`${c.name}/${c.language}/${c.revision}`}>{change(c)}</li>
                    ))}
                  </ul>
                ) : null}
                {o.skipped.length > 0 ? <p>{t('templateReview.skipped', { channel, names: o.skipped.join(', ') })}</p> : null}
              </div>
            );
          })
        : null}
    </div>
  );
}
