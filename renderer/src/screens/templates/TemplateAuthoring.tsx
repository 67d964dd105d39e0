/**
 * Authoring one template: Meta's limits are checked as the user types (core checkTemplateLimits,
 * messages in the interface language) beside a live WhatsApp preview. Name and language of an
 * existing template are fixed, as at Meta.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeaderFormat, Template, TemplateCategory } from '../../../../core/whatsapp/template';
import { Field, IssueList } from '../../editor/inspector/Field';
import { MessagePreview } from '../../preview/MessagePreview';
import { ExampleValues } from './ExampleValues';
import { limitMessages } from './limit-issues';
import { TemplateButtonsEditor } from './TemplateButtonsEditor';

const CATEGORIES: readonly TemplateCategory[] = ['MARKETING', 'UTILITY', 'AUTHENTICATION'];
const HEADERS: readonly HeaderFormat[] = ['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION'];

export const EMPTY_TEMPLATE: Template = { name: '', language: 'en', category: 'MARKETING', status: 'DRAFT', components: { body: { text: '' } } };

type AuthoringProps = {
  /** The template being edited; undefined for a new one. */
  initial: Template | undefined;
  /** Business units of the workspace's channels, offered for a new template. */
  units: readonly string[];
  /** Saves; resolves with the message to show (saved, refused…) and whether it succeeded. */
  onSave: (template: Template, submit: boolean) => Promise<{ ok: boolean; message: string }>;
  onClose: () => void;
  /** An edit of this approved template is already in review (a newer PENDING revision). */
  inReview?: boolean;
};

export function TemplateAuthoring({ initial, units, onSave, onClose, inReview = false }: AuthoringProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Template>(initial ?? EMPTY_TEMPLATE);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);
  const limits = useMemo(() => limitMessages(draft, i18n.language === 'fr' ? 'fr' : 'en'), [draft, i18n.language]);
  const components = draft.components;
  const setComponents = (patch: Partial<Template['components']>) => setDraft({ ...draft, components: { ...components, ...patch } });
  const fixed = initial !== undefined;
  const isDraft = !initial || initial.status === 'DRAFT';

  const save = async (submit: boolean) => {
    setBusy(true);
    try {
      setOutcome(await onSave(draft, submit));
    } finally {
      setBusy(false);
    }
  };
  const setHeader = (format: string) => {
    const { header: _old, ...rest } = components;
    setDraft({ ...draft, components: format === '' ? rest : { ...rest, header: { format: format as HeaderFormat, ...(format === 'TEXT' ? { text: components.header?.text ?? '' } : {}) } } });
  };

  return (
    <section className="template-authoring node-inspector" aria-label={fixed ? t('templateLibrary.authoring', { name: draft.name }) : t('templateLibrary.authoringNew')}>
      <div className="template-authoring-form node-inspector-form">
        <h2>{fixed ? t('templateLibrary.authoring', { name: draft.name }) : t('templateLibrary.authoringNew')}</h2>
        {!isDraft ? <p className="field-hint">{t('templateLibrary.revisionRule')}</p> : null}
        {inReview ? (
          <p className="notice" role="status">
            {t('templateLibrary.editInReview')}
          </p>
        ) : null}
        <IssueList issues={limits.general} />
        <Field label={t('templateLibrary.name')} issues={limits.at('name')}>
          {(control) => <input {...control} type="text" readOnly={fixed} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
        </Field>
        <Field label={t('templateLibrary.language')}>
          {(control) => <input {...control} type="text" readOnly={fixed} value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value })} />}
        </Field>
        <Field label={t('templateLibrary.category')}>
          {(control) => (
            <select {...control} value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value as TemplateCategory })}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`editor.category.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('templateLibrary.businessUnit')}>
          {(control) => (
            <select {...control} disabled={fixed} value={draft.businessUnit ?? ''} onChange={(e) => setDraft(withUnit(draft, e.target.value))}>
              <option value="">{t('templateLibrary.noUnit')}</option>
              {[...new Set([...units, ...(draft.businessUnit ? [draft.businessUnit] : [])])].map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('templateLibrary.headerFormat')} issues={limits.at('components.header').filter(() => components.header?.format !== 'TEXT')}>
          {(control) => (
            <select {...control} value={components.header?.format ?? ''} onChange={(e) => setHeader(e.target.value)}>
              <option value="">{t('templateLibrary.headerNone')}</option>
              {HEADERS.map((h) => (
                <option key={h} value={h}>
                  {t(`templateLibrary.headerFormats.${h}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {components.header?.format === 'TEXT' ? (
          <Field label={t('templateLibrary.headerText')} issues={limits.at('components.header')}>
            {(control) => <input {...control} type="text" value={components.header?.text ?? ''} onChange={(e) => setComponents({ header: { format: 'TEXT', text: e.target.value } })} />}
          </Field>
        ) : null}
        <Field label={t('templateLibrary.body')} issues={limits.at('components.body')}>
          {(control) => <textarea {...control} rows={5} value={components.body.text} onChange={(e) => setComponents({ body: { ...components.body, text: e.target.value } })} />}
        </Field>
        <Field label={t('templateLibrary.footer')} issues={limits.at('components.footer')}>
          {(control) => <input {...control} type="text" value={components.footer?.text ?? ''} onChange={(e) => setDraft(withFooter(draft, e.target.value))} />}
        </Field>
        <ExampleValues template={draft} onChange={(examples) => setDraft(withExamples(draft, examples))} />
        <TemplateButtonsEditor buttons={components.buttons ?? []} issuesAt={limits.at} onChange={(buttons) => setComponents({ buttons })} />
        <p className={limits.issues.length > 0 ? 'inspector-total inspector-total-wrong' : 'inspector-total'} role="status">
          {limits.issues.length > 0 ? t('templateLibrary.limitsBroken', { count: limits.issues.length }) : t('templateLibrary.limitsOk')}
        </p>
        <div className="inspector-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void save(false)}>
            {isDraft ? t('templateLibrary.saveDraft') : t('templateLibrary.save')}
          </button>
          {isDraft ? (
            <button type="button" className="button" disabled={busy || limits.issues.length > 0} onClick={() => void save(true)}>
              {t('templateLibrary.submit')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('templateLibrary.close')}
          </button>
        </div>
        {outcome ? (
          <p className={outcome.ok ? 'field-hint' : 'inspector-total-wrong'} role="alert">
            {outcome.message}
          </p>
        ) : null}
      </div>
      <MessagePreview template={draft} parameters={draft.examples} />
    </section>
  );
}

function withUnit(template: Template, unit: string): Template {
  const { businessUnit: _old, ...rest } = template;
  return unit === '' ? rest : { ...rest, businessUnit: unit };
}

function withFooter(template: Template, text: string): Template {
  const { footer: _old, ...rest } = template.components;
  return { ...template, components: text === '' ? rest : { ...rest, footer: { text } } };
}

function withExamples(template: Template, examples: Record<string, string> | undefined): Template {
  const { examples: _old, ...rest } = template;
  return examples ? { ...rest, examples } : rest;
}
