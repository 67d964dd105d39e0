import { useTranslation } from 'react-i18next';
import type { WaitData } from '../../../../core/journey';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DurationField } from './DurationField';
import { Field } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt } from './node-issues';

export const WAIT_FIELDS = [['data', 'duration'], ['data', 'at'], ['data', 'time']] as const;

const MODES: readonly WaitData['mode'][] = ['duration', 'until', 'time_of_day'];

export function WaitForm({ node, issues, onChange }: FormProps<'wait'>) {
  const { t } = useTranslation();
  const data = node.data;
  const set = (next: WaitData) => onChange(withData(node, next));
  return (
    <>
      <ChoiceGroup
        legend={t('inspector.wait.mode')}
        choices={MODES.map((value) => ({ value, label: t(`inspector.wait.${value}`) }))}
        value={data.mode}
        onChange={(mode) => set({ mode } as WaitData)}
      />
      {data.mode === 'duration' ? (
        <DurationField legend={t('inspector.wait.duration')} value={data.duration} issues={messagesAt(issues, WAIT_FIELDS[0])} onChange={(duration) => set({ ...data, duration })} />
      ) : null}
      {data.mode === 'until' ? (
        <Field label={t('inspector.wait.at')} hint={t('inspector.wait.atHint')} issues={messagesAt(issues, WAIT_FIELDS[1])}>
          {(control) => <input {...control} type="text" placeholder="2026-12-01T09:00:00Z" value={data.at ?? ''} onChange={(e) => set({ ...data, at: e.target.value })} />}
        </Field>
      ) : null}
      {data.mode === 'time_of_day' ? (
        <Field label={t('inspector.wait.time')} hint={t('inspector.wait.timeHint')} issues={messagesAt(issues, WAIT_FIELDS[2])}>
          {(control) => <input {...control} type="time" value={data.time ?? ''} onChange={(e) => set({ ...data, time: e.target.value })} />}
        </Field>
      ) : null}
    </>
  );
}
