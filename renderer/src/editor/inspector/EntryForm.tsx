import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryData } from '../../../../core/journey';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Field } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt } from './node-issues';

export const ENTRY_FIELDS = [['data', 'event']] as const;

const SOURCES: readonly EntryData['source'][] = ['audience', 'inbound_message', 'event'];

export function EntryForm({ node, issues, onChange }: FormProps<'entry'>) {
  const { t } = useTranslation();
  const hintId = useId();
  const data = node.data;
  const set = (next: EntryData) => onChange(withData(node, next));
  return (
    <>
      <ChoiceGroup
        legend={t('inspector.entry.source')}
        choices={SOURCES.map((value) => ({ value, label: t(`inspector.entry.${value}`) }))}
        value={data.source}
        onChange={(source) => set({ source } as EntryData)}
      />
      {data.source === 'inbound_message' ? (
        <>
          <Field label={t('inspector.entry.keyword')} hint={t('inspector.entry.keywordHint')}>
            {(control) => (
              <input
                {...control}
                type="text"
                value={data.keyword ?? ''}
                onChange={(e) => {
                  const { keyword: _old, ...rest } = data;
                  set(e.target.value === '' ? rest : { ...rest, keyword: e.target.value });
                }}
              />
            )}
          </Field>
          <div className="inspector-field">
            <label className="inspector-check">
              <input
                type="checkbox"
                checked={data.fromAd === true}
                aria-describedby={hintId}
                onChange={(e) => {
                  const { fromAd: _old, ...rest } = data;
                  set(e.target.checked ? { ...rest, fromAd: true } : rest);
                }}
              />
              {t('inspector.entry.fromAd')}
            </label>
            <p id={hintId} className="field-hint">
              {t('inspector.entry.fromAdHint')}
            </p>
          </div>
        </>
      ) : null}
      {data.source === 'event' ? (
        <Field label={t('inspector.entry.eventName')} issues={messagesAt(issues, ENTRY_FIELDS[0])}>
          {(control) => <input {...control} type="text" value={data.event ?? ''} onChange={(e) => set({ ...data, event: e.target.value })} />}
        </Field>
      ) : null}
    </>
  );
}
