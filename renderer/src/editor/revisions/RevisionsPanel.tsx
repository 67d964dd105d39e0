/**
 * The journey's revisions: pick two, see them side by side on read-only canvases with added,
 * removed and changed steps marked, and restore one (an ordinary edit: undo brings back what
 * was there).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyRevision } from '../../../db';
import { getRevision, listRevisions, useLiveQuery } from '../../../db';
import { diffJourneys } from '../diff/journey-diff';
import { useEditorStoreApi } from '../store/editor-context';
import { RevisionCanvas } from './RevisionCanvas';

type Pick = { left: number | null; right: number | null };

function useRevision(journeyId: string, revision: number | null, onError: (error: unknown) => void): JourneyRevision | undefined {
  const [value, setValue] = useState<JourneyRevision | undefined>();
  useEffect(() => {
    let current = true;
    setValue(undefined);
    if (revision !== null) {
      getRevision(journeyId, revision).then(
        (r) => current && setValue(r),
        (error: unknown) => current && onError(error),
      );
    }
    return () => {
      current = false;
    };
  }, [journeyId, revision, onError]);
  return value;
}

export function RevisionsPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const store = useEditorStoreApi();
  const journeyId = store.getState().journey.id;
  // Live: the save a restore (or any edit) makes shows up as a new revision while the panel is open.
  const live = useLiveQuery(() => listRevisions(journeyId), [journeyId]);
  const list = live.status === 'ready' ? live.value : undefined;
  const [error, setError] = useState<string | null>(null);
  const [pick, setPick] = useState<Pick>({ left: null, right: null });
  const [restored, setRestored] = useState<number | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const failed = useCallback((e: unknown) => setError(t('editor.revisions.loadError', { message: e instanceof Error ? e.message : String(e) })), [t]);

  useEffect(() => closeButton.current?.focus(), []);
  useEffect(() => {
    if (live.status === 'failed') failed(live.error);
  }, [live, failed]);
  useEffect(() => {
    // Newest against the one before it, the comparison people want first; chosen once, so a later save only adds a choice.
    if (list?.length) setPick((p) => (p.right !== null ? p : { right: list[0]?.revision ?? null, left: list[1]?.revision ?? list[0]?.revision ?? null }));
  }, [list]);

  const left = useRevision(journeyId, pick.left, failed);
  const right = useRevision(journeyId, pick.right, failed);
  const diff = useMemo(() => {
    if (!left || !right) return undefined;
    // Marks read by age (added since the older one), whichever side the user put each revision on.
    const [older, newer] = left.revision <= right.revision ? [left, right] : [right, left];
    const d = diffJourneys(older.journey, newer.journey);
    const marks = new Map([
      [older.revision, d.before],
      [newer.revision, d.after],
    ]);
    return { ...d, marksOf: (revision: number) => marks.get(revision) ?? new Map(), pair: `${older.revision}:${newer.revision}` };
  }, [left, right]);
  const date = (ms: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

  const restore = (revision: JourneyRevision) => {
    store.getState().actions.commit({ ...revision.journey, id: journeyId });
    setRestored(revision.revision);
  };

  const chooser = (side: keyof Pick) => (
    <label className="revision-choice">
      <span>{t(side === 'left' ? 'editor.revisions.left' : 'editor.revisions.right')}</span>
      <select value={pick[side] ?? ''} onChange={(e) => setPick({ ...pick, [side]: Number(e.target.value) })}>
        {list?.map((r) => (
          <option key={r.revision} value={r.revision}>
            {t('editor.revisions.revision', { revision: r.revision })} · {date(r.savedAt)}
          </option>
        ))}
      </select>
    </label>
  );

  const side = (revision: JourneyRevision | undefined) =>
    revision && (
      <div className="revision-side">
        <div className="revision-side-header">
          <strong>{t('editor.revisions.revision', { revision: revision.revision })}</strong>
          <span>{t('editor.revisions.savedAt', { date: date(revision.savedAt) })}</span>
          <button
            type="button"
            className="button button-small"
            aria-label={t('editor.revisions.restoreNamed', { revision: revision.revision })}
            onClick={() => restore(revision)}
          >
            {t('editor.revisions.restore')}
          </button>
        </div>
        {/* A canvas takes its marks when it mounts: a new pair to compare makes a new one. */}
        <RevisionCanvas
          key={`${revision.revision}/${diff?.pair ?? 'loading'}`}
          journey={revision.journey}
          marks={diff?.marksOf(revision.revision) ?? new Map()}
          label={t('editor.revisions.revision', { revision: revision.revision })}
        />
      </div>
    );

  return (
    <div className="editor-modal-backdrop">
      <div className="editor-modal revisions" role="dialog" aria-modal="true" aria-labelledby="revisions-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <div className="editor-modal-header">
          <h2 id="revisions-title">{t('editor.revisions.title')}</h2>
          {list && list.length > 0 && chooser('left')}
          {list && list.length > 0 && chooser('right')}
          <button ref={closeButton} type="button" className="button" onClick={onClose}>
            {t('editor.revisions.close')}
          </button>
        </div>
        {error && <p role="alert">{error}</p>}
        {list?.length === 0 && <p className="side-hint">{t('editor.revisions.empty')}</p>}
        {restored !== null && <p role="status" className="revision-restored">{t('editor.revisions.restored', { revision: restored })}</p>}
        {diff && (
          <p className="revision-summary" role="status">
            {diff.added.length + diff.removed.length + diff.changed.length === 0
              ? t('editor.revisions.unchanged')
              : t('editor.revisions.summary', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length })}
          </p>
        )}
        <div className="revision-compare">
          {side(left)}
          {side(right)}
        </div>
      </div>
    </div>
  );
}
