/** Why the canvas refused something (a connection that would make a loop...), read out when it appears. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor-context';
import { selectActions, selectNotice } from '../store/selectors';

export function EditorNotice() {
  const { t } = useTranslation();
  const notice = useEditor(selectNotice);
  const actions = useEditor(selectActions);
  return (
    <div className="editor-notice-region" aria-live="assertive">
      {notice && (
        <div className="editor-notice" role="alert">
          <span>{t(`editor.notices.${notice.kind === 'refused' ? notice.reason : 'not-inserted'}`)}</span>
          <button type="button" className="button button-small" onClick={actions.dismissNotice}>
            {t('editor.notices.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
