import { useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { relativeTime } from './relative-time';
import type { JourneyListItem } from './use-journey-list';

export type JourneyRowActions = {
  open: (id: string) => void;
  rename: (id: string, name: string) => void;
  duplicate: (item: JourneyListItem) => void;
  exportFile: (id: string) => void;
  remove: (item: JourneyListItem) => void;
};

/** One journey: its name (renamed in place), when it was last edited, its findings, its actions. */
export function JourneyRow({ item, now, actions }: { item: JourneyListItem; now: number; actions: JourneyRowActions }) {
  const { t, i18n } = useTranslation();
  const { id, name } = item.journey;
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim();
    if (next) actions.rename(id, next);
    setRenaming(false);
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      setDraft(name);
      setRenaming(false);
    }
  };

  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <form className="inline-rename" onSubmit={submit}>
            <input
              className="input"
              aria-label={t('journeyList.renameField', { name })}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={cancelOnEscape}
              autoFocus
            />
            <button type="submit" className="button">{t('journeyList.renameSave')}</button>
            <button type="button" className="button button-quiet" onClick={() => setRenaming(false)}>{t('journeyList.renameCancel')}</button>
          </form>
        ) : (
          <button type="button" className="link-button" onClick={() => actions.open(id)} aria-label={t('journeyList.open', { name })}>
            {name || id}
          </button>
        )}
      </th>
      <td>
        <time dateTime={new Date(item.updatedAt).toISOString()}>{relativeTime(item.updatedAt, now, i18n.language)}</time>
      </td>
      <td>
        {item.errors === 0 && item.warnings === 0 ? (
          <span className="chip chip-ok">{t('journeyList.clean')}</span>
        ) : (
          <>
            {item.errors > 0 && <span className="chip chip-error">{t('journeyList.errors', { count: item.errors })}</span>}
            {item.warnings > 0 && <span className="chip chip-warning">{t('journeyList.warnings', { count: item.warnings })}</span>}
          </>
        )}
      </td>
      <td className="row-actions">
        <button type="button" className="button button-small" onClick={() => { setDraft(name); setRenaming(true); }} aria-label={t('journeyList.rename', { name })}>
          {t('journeyList.actionRename')}
        </button>
        <button type="button" className="button button-small" onClick={() => actions.duplicate(item)} aria-label={t('journeyList.duplicate', { name })}>
          {t('journeyList.actionDuplicate')}
        </button>
        <button type="button" className="button button-small" onClick={() => actions.exportFile(id)} aria-label={t('journeyList.export', { name })}>
          {t('journeyList.actionExport')}
        </button>
        <button type="button" className="button button-small button-danger" onClick={() => actions.remove(item)} aria-label={t('journeyList.delete', { name })}>
          {t('journeyList.actionDelete')}
        </button>
      </td>
    </tr>
  );
}
