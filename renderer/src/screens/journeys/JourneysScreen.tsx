import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../../core/journey';
import { deleteJourney, importJourneyText, restoreJourney, workspace } from '../../../db';
import { useNavStore } from '../../app/nav-store';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { readFileText } from '../../workspace/download';
import { FilePickerButton } from '../../workspace/FilePickerButton';
import { Toast } from '../../workspace/Toast';
import type { ToastMessage } from '../../workspace/Toast';
import { ImportErrors } from './ImportErrors';
import { createJourney, downloadJourney, duplicateJourney, renameJourney } from './journey-actions';
import { JourneyTable } from './JourneyTable';
import { filterJourneys, useJourneyList } from './use-journey-list';
import type { JourneyListItem } from './use-journey-list';

/** The first screen: every journey of the workspace, and what can be done to each. */
export function JourneysScreen() {
  const { t } = useTranslation();
  const list = useJourneyList();
  const [query, setQuery] = useState('');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [importFailure, setImportFailure] = useState<{ fileName: string; errors: ImportError[] } | null>(null);
  const toastId = useRef(0);

  const notify = useCallback((text: string, extra: Omit<ToastMessage, 'id' | 'text'> = {}) => setToast({ id: ++toastId.current, text, ...extra }), []);
  // Every action reports its failure instead of leaving a silent no-op.
  const attempt = useCallback(
    (work: () => Promise<unknown>) => {
      work().catch((error: unknown) => notify(t('journeyList.actionError', { message: error instanceof Error ? error.message : String(error) }), { tone: 'error' }));
    },
    [notify, t],
  );

  const open = (id: string) => useNavStore.getState().openJourney(id);
  const actions = {
    open,
    rename: (id: string, name: string) => attempt(() => renameJourney(id, name)),
    duplicate: (item: JourneyListItem) => attempt(() => duplicateJourney(item.journey.id, t('journeyList.copyName', { name: item.journey.name }))),
    exportFile: (id: string) => attempt(() => downloadJourney(id)),
    remove: (item: JourneyListItem) =>
      attempt(async () => {
        const deleted = await deleteJourney(item.journey.id);
        if (!deleted) return;
        notify(t('journeyList.deleted', { name: item.journey.name }), {
          action: { label: t('journeyList.undo'), run: () => attempt(() => restoreJourney(deleted)) },
        });
      }),
  };

  const create = () => attempt(async () => open((await createJourney(t('journeyList.newName'))).journey.id));
  const importFile = (file: File) =>
    attempt(async () => {
      setImportFailure(null);
      const outcome = await importJourneyText(await readFileText(file));
      if (!outcome.ok) return setImportFailure({ fileName: file.name, errors: outcome.errors });
      const name = outcome.stored.journey.name;
      notify(outcome.renamedFrom ? t('journeyList.importedRenamed', { name }) : t('journeyList.imported', { name }));
    });

  return (
    <>
      <ScreenHeader title={t('journeys.title')} subtitle={t('journeys.subtitle')} />
      <div className="toolbar">
        <input
          type="search"
          className="input toolbar-search"
          placeholder={t('journeyList.search')}
          aria-label={t('journeyList.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" className="button button-primary" onClick={create}>
          {t('journeyList.create')}
        </button>
        <FilePickerButton label={t('journeyList.import')} accept=".json,application/json" onFile={importFile} />
      </div>
      {importFailure && <ImportErrors {...importFailure} onDismiss={() => setImportFailure(null)} />}
      {list.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {list.status === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t('journeyList.loadError', { message: list.error.message })}
        </p>
      )}
      {list.status === 'ready' && <JourneyTable items={filterJourneys(list.value, query)} total={list.value.length} query={query} now={workspace().now()} actions={actions} />}
      <Toast toast={toast} onDismiss={() => setToast(null)} dismissLabel={t('journeyList.dismiss')} />
    </>
  );
}
