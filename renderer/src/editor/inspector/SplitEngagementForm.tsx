import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementMetric, Journey } from '../../../../core/journey';
import { Field } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt } from './node-issues';
import { upstreamMessages } from './upstream';

export const ENGAGEMENT_FIELDS = [['data', 'message'], ['data', 'metric'], ['data', 'button']] as const;

const METRICS: readonly EngagementMetric[] = ['delivered', 'read', 'replied', 'clicked'];

/** Without the journey (a form shown on its own) the message is typed as an id. */
export function SplitEngagementForm({ node, issues, onChange, journey }: FormProps<'split_engagement'> & { journey: Journey | undefined }) {
  const { t } = useTranslation();
  const data = node.data;
  const candidates = useMemo(() => (journey ? upstreamMessages(journey, node.id) : undefined), [journey, node.id]);
  const set = (patch: Partial<typeof data>) => onChange(withData(node, { ...data, ...patch }));
  const typeName = (type: string) => t(`editor.types.${type as 'exit'}`);
  return (
    <>
      <Field label={t('inspector.engagement.message')} hint={candidates?.length === 0 ? t('inspector.engagement.noMessages') : undefined} issues={messagesAt(issues, ENGAGEMENT_FIELDS[0])}>
        {(control) =>
          candidates ? (
            <select {...control} value={data.message ?? ''} onChange={(e) => set({ message: e.target.value })}>
              <option value="">{t('inspector.engagement.pick')}</option>
              {candidates.map((n) => (
                <option key={n.id} value={n.id}>
                  {typeName(n.type)} {n.id}
                  {n.type === 'whatsapp_template' && n.data.template ? ` (${n.data.template})` : ''}
                </option>
              ))}
              {data.message && !candidates.some((n) => n.id === data.message) ? <option value={data.message}>{data.message}</option> : null}
            </select>
          ) : (
            <input {...control} type="text" value={data.message ?? ''} onChange={(e) => set({ message: e.target.value })} />
          )
        }
      </Field>
      <Field label={t('inspector.engagement.metric')} issues={messagesAt(issues, ENGAGEMENT_FIELDS[1])}>
        {(control) => (
          <select {...control} value={data.metric ?? ''} onChange={(e) => set({ metric: e.target.value as EngagementMetric })}>
            {data.metric === undefined ? <option value="" /> : null}
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`inspector.engagement.metrics.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {data.metric === 'clicked' || data.metric === 'replied' ? (
        <Field label={t('inspector.engagement.button')} hint={t('inspector.engagement.buttonHint')} issues={messagesAt(issues, ENGAGEMENT_FIELDS[2])}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={data.button ?? ''}
              onChange={(e) => {
                const { button: _old, ...rest } = data;
                onChange(withData(node, e.target.value === '' ? rest : { ...rest, button: e.target.value }));
              }}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
