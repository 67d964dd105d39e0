import { useTranslation } from 'react-i18next';
import type { SessionMessage } from '../../../../core/journey';
import { charLength, SESSION_LIMITS } from '../../../../core/whatsapp/limits';
import { MessagePreview } from '../../preview/MessagePreview';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Field, IssueList } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt, messagesExactlyAt } from './node-issues';
import { SessionButtons } from './SessionButtons';

export const SESSION_FIELDS = [['data', 'message']] as const;

const KINDS: readonly SessionMessage['kind'][] = ['text', 'buttons', 'media'];
const MEDIA = ['image', 'video', 'document', 'audio'] as const;
const AT = ['data', 'message'] as const;

/** The message in another kind, keeping what the user wrote where the new kind has room for it. */
function switchKind(message: SessionMessage | undefined, kind: SessionMessage['kind']): SessionMessage {
  const text = message === undefined ? '' : message.kind === 'media' ? (message.caption ?? '') : message.text;
  if (kind === 'text') return { kind, text };
  if (kind === 'buttons') return { kind, text, buttons: message?.kind === 'buttons' ? message.buttons : [{ id: 'button-1', title: '' }] };
  return { kind, media: 'image', url: '', ...(text ? { caption: text } : {}) };
}

export function SessionForm({ node, issues, onChange }: FormProps<'whatsapp_session'>) {
  const { t } = useTranslation();
  const message = node.data.message;
  const set = (next: SessionMessage) => onChange(withData(node, { ...node.data, message: next }));
  const at = (...keys: (string | number)[]) => messagesAt(issues, [...AT, ...keys]);
  const textMax = message?.kind === 'buttons' ? SESSION_LIMITS.interactiveBodyMaxLength : SESSION_LIMITS.textMaxLength;
  return (
    <>
      <p className="field-hint">{t('inspector.session.windowHint')}</p>
      <ChoiceGroup
        legend={t('inspector.session.kind')}
        choices={KINDS.map((value) => ({ value, label: t(`inspector.session.${value}`) }))}
        value={message?.kind ?? 'text'}
        onChange={(kind) => set(switchKind(message, kind))}
      />
      {message === undefined || message.kind !== 'media' ? (
        <Field label={t('inspector.session.body')} hint={t('inspector.characters', { count: charLength(message?.text ?? ''), max: textMax })} issues={at('text')}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={message?.text ?? ''}
              onChange={(e) => set(message?.kind === 'buttons' ? { ...message, text: e.target.value } : { kind: 'text', text: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      {message?.kind === 'buttons' ? (
        <SessionButtons buttons={message.buttons} issuesAt={(i, field) => at('buttons', i, field)} onChange={(buttons) => set({ ...message, buttons })} />
      ) : null}
      {message?.kind === 'buttons' ? <IssueList issues={messagesExactlyAt(issues, [...AT, 'buttons'])} /> : null}
      {message?.kind === 'media' ? (
        <>
          <Field label={t('inspector.session.mediaType')}>
            {(control) => (
              <select {...control} value={message.media} onChange={(e) => set({ ...message, media: e.target.value as (typeof MEDIA)[number] })}>
                {MEDIA.map((m) => (
                  <option key={m} value={m}>
                    {t(`inspector.session.mediaTypes.${m}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('inspector.session.url')} issues={at('url')}>
            {(control) => <input {...control} type="url" value={message.url} onChange={(e) => set({ ...message, url: e.target.value })} />}
          </Field>
          <Field label={t('inspector.session.caption')} issues={at('caption')}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={message.caption ?? ''}
                onChange={(e) => {
                  const { caption: _old, ...rest } = message;
                  set(e.target.value === '' ? rest : { ...rest, caption: e.target.value });
                }}
              />
            )}
          </Field>
        </>
      ) : null}
      <MessagePreview session={message} />
    </>
  );
}

