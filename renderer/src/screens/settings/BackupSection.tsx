import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { exportWorkspace, restoreWorkspace } from '../../../db';
import type { RestoreOutcome } from '../../../db';
import { downloadFile } from '../../workspace/download';
import { FilePickerButton } from '../../workspace/FilePickerButton';
import { BACKUP_MIME, BACKUP_SUFFIX } from '../../../db/backup';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** Saves the whole workspace to one file, or replaces it with one (a failed restore changes nothing). */
export function BackupSection({ confirm = (text: string) => window.confirm(text) }: { confirm?: (text: string) => boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async () => {
    setStatus({ kind: 'busy' });
    const blob = await exportWorkspace();
    downloadFile(`workspace${BACKUP_SUFFIX}`, blob, BACKUP_MIME);
    setStatus({ kind: 'idle' });
  };

  const restore = async (file: File) => {
    if (!confirm(t('backup.restoreConfirm'))) return;
    setStatus({ kind: 'busy' });
    const outcome = await restoreWorkspace(file);
    setStatus(outcome.ok ? { kind: 'done', message: t('backup.restored') } : { kind: 'failed', message: failureText(outcome, t) });
  };

  return (
    <section className="card" aria-labelledby="settings-backup" aria-busy={status.kind === 'busy'}>
      <h2 id="settings-backup" className="card-title">
        {t('backup.title')}
      </h2>
      <p className="muted">{t('backup.body')}</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void save()} disabled={status.kind === 'busy'}>
          {t('backup.export')}
        </button>
        <FilePickerButton label={t('backup.restore')} accept=".json,application/json" onFile={(file) => void restore(file)} />
      </div>
      {status.kind === 'done' && <p role="status">{status.message}</p>}
      {status.kind === 'failed' && (
        <p role="alert" className="notice notice-error">
          {status.message}
        </p>
      )}
    </section>
  );
}

// TFunction, not useTranslation's return type: with the app's full message set, the latter is too deep for the compiler (TS2589).
function failureText(outcome: Extract<RestoreOutcome, { ok: false }>, t: TFunction): string {
  switch (outcome.reason) {
    case 'not-a-backup':
      return t('backup.notABackup');
    case 'other-version':
      return t('backup.otherVersion');
    case 'damaged':
      return t('backup.damaged', { detail: outcome.detail });
  }
}
