/** The editor's "Run…" button: enabled only when the rules find no error; opens the confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrors, type Finding } from '../../../core/rules';
import type { Library } from '../editor/page/use-library';
import { useEditorStoreApi } from '../editor/store/editor-context';
import { RunConfirmDialog } from './RunConfirmDialog';

export function RunLauncher({ findings, pending, library }: { findings: readonly Finding[]; pending: boolean; library: Library }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const [open, setOpen] = useState(false);
  const errors = hasErrors(findings);
  const blocked = errors || pending;
  return (
    <>
      <button
        type="button"
        className="button button-primary run-launch"
        disabled={blocked}
        title={errors ? t('runs.editor.startBlocked') : undefined}
        onClick={() => setOpen(true)}
      >
        {t('runs.editor.start')}
      </button>
      {open && <RunConfirmDialog journey={store.getState().settled} library={library} onClose={() => setOpen(false)} />}
    </>
  );
}
