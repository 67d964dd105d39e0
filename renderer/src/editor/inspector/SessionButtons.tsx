import { useTranslation } from 'react-i18next';
import { SESSION_LIMITS } from '../../../../core/whatsapp/limits';
import { Field } from './Field';

type Button = { id: string; title: string };

/** A reply-button id not used yet: `button-1`, `button-2`… */
function newButtonId(buttons: readonly Button[]): string {
  let n = buttons.length + 1;
  while (buttons.some((b) => b.id === `button-${n}`)) n++;
  return `button-${n}`;
}

/** Up to three reply buttons, each a title the contact sees and an id a reply is matched on. */
export function SessionButtons({ buttons, issuesAt, onChange }: { buttons: readonly Button[]; issuesAt: (index: number, field: 'title' | 'id') => string[]; onChange: (buttons: Button[]) => void }) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<Button>) => onChange(buttons.map((b, i) => (i === index ? { ...b, ...patch } : b)));
  return (
    <div className="inspector-list">
      {buttons.map((button, index) => {
        const n = index + 1;
        return (
          <div key={index} className="inspector-list-item">
            <Field label={t('inspector.session.buttonTitle', { n })} issues={issuesAt(index, 'title')}>
              {(control) => <input {...control} type="text" value={button.title} onChange={(e) => update(index, { title: e.target.value })} />}
            </Field>
            <Field label={t('inspector.session.buttonId', { n })} issues={issuesAt(index, 'id')}>
              {(control) => <input {...control} type="text" value={button.id} onChange={(e) => update(index, { id: e.target.value })} />}
            </Field>
            <button type="button" className="button button-small" onClick={() => onChange(buttons.filter((_, i) => i !== index))}>
              {t('inspector.removeItem', { item: button.title || button.id })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button-small"
        disabled={buttons.length >= SESSION_LIMITS.replyButtonsMax}
        onClick={() => onChange([...buttons, { id: newButtonId(buttons), title: '' }])}
      >
        {t('inspector.session.addButton')}
      </button>
    </div>
  );
}
