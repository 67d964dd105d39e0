/** "Saved", "Saving…": told to assistive tech politely as it changes. */
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.status === 'error'
      ? t('editor.saveError', { message: state.message })
      : t(state.status === 'saved' ? 'editor.saved' : state.status === 'saving' ? 'editor.saving' : 'editor.unsaved');
  return (
    <span className={`save-status save-${state.status}`} role="status" data-save-status={state.status}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
