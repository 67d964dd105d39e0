import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type EmptyStateProps = {
  icon: ReactNode;
  title: string;
  body: string;
  /** Actions this screen will offer. They are not built yet, so they show disabled and say so. */
  upcomingActions: string[];
};

/** What a screen shows before it holds anything: what belongs here and how it will get here. */
export function EmptyState({ icon, title, body, upcomingActions }: EmptyStateProps) {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <section className="empty-state" aria-labelledby={`${noteId}-title`}>
      <div className="empty-state-icon">{icon}</div>
      <h2 id={`${noteId}-title`}>{title}</h2>
      <p className="empty-state-body">{body}</p>
      {upcomingActions.length > 0 && (
        <>
          <div className="empty-state-actions">
            {upcomingActions.map((label, index) => (
              <button
                key={label}
                type="button"
                className={index === 0 ? 'button button-primary' : 'button'}
                disabled
                aria-describedby={noteId}
              >
                {label}
              </button>
            ))}
          </div>
          <p id={noteId} className="empty-state-note">
            {t('comingSoon')}
          </p>
        </>
      )}
    </section>
  );
}
