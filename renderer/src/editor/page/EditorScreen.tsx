/** The editor screen: loads the journey the navigation names with `getJourney`, then edits it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJourney } from '../../../db';
import type { StoredJourney } from '../../../db';
import { navigate, selectJourneyId, useNavStore } from '../../app/nav-store';
import { JourneyEditor } from './JourneyEditor';

type Load = { status: 'loading' } | { status: 'ready'; value: StoredJourney | undefined } | { status: 'failed'; error: Error };

/** Read once per opened journey (not live): from then on, this editor is what changes it. */
function useStoredJourney(id: string): Load {
  const [state, setState] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    getJourney(id).then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [id]);
  return state;
}

function Loaded({ id }: { id: string }) {
  const { t } = useTranslation();
  const stored = useStoredJourney(id);
  if (stored.status === 'loading') return <p className="editor-message">{t('editor.loading')}</p>;
  if (stored.status === 'failed' || stored.value === undefined) {
    return (
      <div className="editor-message" role="alert">
        <h1 tabIndex={-1}>{stored.status === 'failed' ? t('editor.loadError', { message: stored.error.message }) : t('editor.notFound')}</h1>
        <button type="button" className="button" onClick={() => navigate('journeys')}>
          {t('editor.back')}
        </button>
      </div>
    );
  }
  return <JourneyEditor key={id} journey={stored.value.journey} />;
}

export function EditorScreen() {
  const id = useNavStore(selectJourneyId);
  const { t } = useTranslation();
  if (!id) return <p className="editor-message">{t('editor.notFound')}</p>;
  return <Loaded id={id} />;
}
