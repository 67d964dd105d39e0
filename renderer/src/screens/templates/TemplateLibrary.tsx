/**
 * The template library as a component of its inputs: the list, the authoring panel, the
 * import, and review at Meta (submit, refresh statuses). The Templates screen wires it to the
 * workspace database and the host; tests give it fakes.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { templateKey, type Template } from '../../../../core/whatsapp/template';
import type { TemplateEntry } from '../../../db';
import { RefreshButton, RefreshReport, useRefreshStatuses } from './RefreshStatuses';
import type { ReviewActions } from './review-actions';
import { TemplateAuthoring } from './TemplateAuthoring';
import { TemplateImport } from './TemplateImport';
import { TemplateSubmit } from './TemplateSubmit';
import { TemplateTable } from './TemplateTable';
import { saveAuthoredTemplate, type SaveOutcome, type TemplateStore } from './save-template';
import './templates.css';

type LibraryProps = {
  entries: readonly TemplateEntry[];
  units: readonly string[];
  store: TemplateStore;
  /** Saves every imported template; called only for a file without problems. */
  onImport: (templates: Template[]) => Promise<void>;
  /** Submitting and refreshing statuses; without it the library offers no review action. */
  review?: ReviewActions;
  /** The clock, for the edit-rate rule. */
  now?: () => number;
};

const noRefresh = async () => [];

type Editing = { template: Template | undefined; key: number; inReview: boolean };

export function TemplateLibrary({ entries, units, store, onImport, review, now = Date.now }: LibraryProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Editing>();
  /** The template (by name and language) whose newest revision the submit panel sends. */
  const [submitting, setSubmitting] = useState<string>();
  const emptyId = useId();
  const describe = (outcome: SaveOutcome): { ok: boolean; message: string } => {
    if (outcome.ok) return { ok: true, message: t(outcome.status === 'PENDING' && editing?.template ? 'templateLibrary.savedForReview' : 'templateLibrary.saved') };
    if (outcome.reason === 'per-day' || outcome.reason === 'per-30-days') {
      const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(outcome.retryAt);
      return { ok: false, message: t(`templateLibrary.refused.${outcome.reason}`, { date }) };
    }
    return { ok: false, message: t(`templateLibrary.refused.${outcome.reason}`) };
  };
  const save = async (template: Template, submit: boolean) => {
    try {
      const outcome = await saveAuthoredTemplate(store, editing?.template, template, now());
      // What goes to review next is sent from the submit panel, to a channel the user picks.
      if (outcome.ok && review && (submit || outcome.status === 'PENDING')) {
        setEditing(undefined);
        setSubmitting(templateKey(template.name, template.language));
      }
      return describe(outcome);
    } catch (error) {
      return { ok: false, message: t('templateLibrary.saveError', { message: error instanceof Error ? error.message : String(error) }) };
    }
  };
  const open = (template: Template | undefined) => {
    const key = (editing?.key ?? 0) + 1;
    setSubmitting(undefined);
    setEditing({ template, key, inReview: false });
    if (template?.status !== 'APPROVED') return;
    // listTemplates shows the approved revision; a newer PENDING one is an edit in review.
    void store.listRevisions(template.name, template.language).then((revisions) => {
      if (revisions[0]?.template.status === 'PENDING') setEditing((e) => (e?.key === key ? { ...e, inReview: true } : e));
    });
  };
  const startSubmit = (entry: TemplateEntry) => {
    setEditing(undefined);
    setSubmitting(templateKey(entry.template.name, entry.template.language));
  };
  const refreshing = useRefreshStatuses(review?.refresh ?? noRefresh);
  const submitted = entries.find((e) => templateKey(e.template.name, e.template.language) === submitting);
  return (
    <div className="template-library">
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => open(undefined)}>
          {t('templateLibrary.newTemplate')}
        </button>
        {review ? <RefreshButton {...refreshing} /> : null}
        <TemplateImport onImport={onImport} />
      </div>
      <RefreshReport state={refreshing.state} />
      {editing ? <TemplateAuthoring key={editing.key} initial={editing.template} inReview={editing.inReview} units={units} onSave={save} onClose={() => setEditing(undefined)} /> : null}
      {review && submitted ? (
        <TemplateSubmit key={submitting} entry={submitted} channels={review.channels} onSubmit={review.submit} onClose={() => setSubmitting(undefined)} />
      ) : null}
      {entries.length > 0 ? (
        <TemplateTable entries={entries} channels={review?.channels ?? []} onEdit={open} onSubmit={review ? startSubmit : undefined} />
      ) : (
        <section className="empty-state" aria-labelledby={emptyId}>
          <h2 id={emptyId}>{t('templates.emptyTitle')}</h2>
          <p className="empty-state-body">{t('templates.emptyBody')}</p>
        </section>
      )}
    </div>
  );
}
