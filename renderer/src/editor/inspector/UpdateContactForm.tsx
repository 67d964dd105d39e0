import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateContactData } from '../../../../core/journey';
import { Field, IssueList } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt } from './node-issues';

export const UPDATE_FIELDS = [['data', 'set'], ['data', 'consent']] as const;

type Consent = NonNullable<UpdateContactData['consent']>;

export function UpdateContactForm({ node, issues, onChange, attributes }: FormProps<'update_contact'> & { attributes: readonly string[] }) {
  const { t } = useTranslation();
  const listId = useId();
  const data = node.data;
  // Rows in the record's own order; a renamed key keeps its place.
  const entries = Object.entries(data.set ?? {});
  const setEntries = (next: [string, string][]) => onChange(withData(node, { ...data, set: Object.fromEntries(next) }));
  const setConsent = (value: string) => {
    const { consent: _old, ...rest } = data;
    onChange(withData(node, value === '' ? rest : { ...rest, consent: value as Consent }));
  };
  return (
    <>
      <datalist id={listId}>
        {attributes.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <fieldset className="inspector-fieldset">
        <legend className="field-label">{t('inspector.update.set')}</legend>
        {entries.map(([key, value], i) => (
          <div key={i} className="inspector-row">
            <input
              type="text"
              list={listId}
              aria-label={`${t('inspector.update.attribute')} ${i + 1}`}
              value={key}
              onChange={(e) => {
                // Two rows with one name would merge: the rename waits until the name is free.
                if (entries.some(([k], j) => j !== i && k === e.target.value)) return;
                setEntries(entries.map((entry, j) => (j === i ? [e.target.value, entry[1]] : entry)));
              }}
            />
            <input
              type="text"
              aria-label={`${t('inspector.update.value')} ${i + 1}`}
              value={value}
              onChange={(e) => setEntries(entries.map((entry, j) => (j === i ? [entry[0], e.target.value] : entry)))}
            />
            <button type="button" className="button button-small" aria-label={t('inspector.removeItem', { item: key || String(i + 1) })} onClick={() => setEntries(entries.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-small"
          disabled={entries.some(([k]) => k === '')}
          onClick={() => setEntries([...entries, [attributes.find((a) => !entries.some(([k]) => k === a)) ?? '', '']])}
        >
          {t('inspector.update.addAttribute')}
        </button>
        <IssueList issues={messagesAt(issues, UPDATE_FIELDS[0])} />
      </fieldset>
      <Field label={t('inspector.update.consent')} issues={messagesAt(issues, UPDATE_FIELDS[1])}>
        {(control) => (
          <select {...control} value={data.consent ?? ''} onChange={(e) => setConsent(e.target.value)}>
            <option value="">{t('inspector.update.keep')}</option>
            <option value="opt_in">{t('inspector.update.opt_in')}</option>
            <option value="opt_out">{t('inspector.update.opt_out')}</option>
          </select>
        )}
      </Field>
    </>
  );
}
