/** The editor's "Run…" button: enabled only when the rules find no error; opens the confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/rules';
import type { Library } from '../editor/page/use-library';
import { useEditorStoreApi } from '../editor/store/editor-context';
import { RunConfirmDialog } from './RunConfirmDialog';

export function RunLauncher({ findings, pending, library }: { findings: readonly Finding[]; pending: boolean; library: Library }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const [open, setOpen] = useState(false);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const blocked = errors > 0 || pending;
  return (
    <>
      <button
        type="button"
        className="button button-primary run-launch"
        disabled={blocked}
        title={errors > 0 ? t('runs.editor.startBlocked') : undefined}
        onClick={() => setOpen(true)}
      >
        {t('runs.editor.start')}
      </button>
      {open && <RunConfirmDialog journey={store.getState().settled} library={library} onClose={() => setOpen(false)} />}
    </>
  );
}
