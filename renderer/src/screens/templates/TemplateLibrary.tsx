/**
 * The template library as a component of its inputs: the list, the authoring panel and the
 * import. The Templates screen wires it to the workspace database; tests give it fakes.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../core/whatsapp/template';
import { TemplateAuthoring } from './TemplateAuthoring';
import { TemplateImport } from './TemplateImport';
import { TemplateTable } from './TemplateTable';
import { saveAuthoredTemplate, type SaveOutcome, type TemplateStore } from './save-template';
import './templates.css';

type LibraryProps = {
  templates: readonly Template[];
  units: readonly string[];
  store: TemplateStore;
  /** Saves every imported template; called only for a file without problems. */
  onImport: (templates: Template[]) => Promise<void>;
  /** The clock, for the edit-rate rule. */
  now?: () => number;
};

type Editing = { template: Template | undefined; key: number; inReview: boolean };

export function TemplateLibrary({ templates, units, store, onImport, now = Date.now }: LibraryProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Editing>();
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
      return describe(await saveAuthoredTemplate(store, editing?.template, template, submit, now()));
    } catch (error) {
      return { ok: false, message: t('templateLibrary.saveError', { message: error instanceof Error ? error.message : String(error) }) };
    }
  };
  const open = (template: Template | undefined) => {
    const key = (editing?.key ?? 0) + 1;
    setEditing({ template, key, inReview: false });
    if (template?.status !== 'APPROVED') return;
    // listTemplates shows the approved revision; a newer PENDING one is an edit in review.
    void store.listRevisions(template.name, template.language).then((revisions) => {
      if (revisions[0]?.template.status === 'PENDING') setEditing((e) => (e?.key === key ? { ...e, inReview: true } : e));
    });
  };
  return (
    <div className="template-library">
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => open(undefined)}>
          {t('templateLibrary.newTemplate')}
        </button>
        <TemplateImport onImport={onImport} />
      </div>
      {editing ? <TemplateAuthoring key={editing.key} initial={editing.template} inReview={editing.inReview} units={units} onSave={save} onClose={() => setEditing(undefined)} /> : null}
      {templates.length > 0 ? (
        <TemplateTable templates={templates} onEdit={open} />
      ) : (
        <section className="empty-state" aria-labelledby={emptyId}>
          <h2 id={emptyId}>{t('templates.emptyTitle')}</h2>
          <p className="empty-state-body">{t('templates.emptyBody')}</p>
        </section>
      )}
    </div>
  );
}
