import { useTranslation } from 'react-i18next';
import type { ButtonType, TemplateButton } from '../../../../core/whatsapp/template';
import { Field } from '../../editor/inspector/Field';

const TYPES: readonly ButtonType[] = ['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'OTP'];

type Props = {
  buttons: readonly TemplateButton[];
  issuesAt: (path: string) => string[];
  onChange: (buttons: TemplateButton[]) => void;
};

/** The template's buttons: type, label, and the url or phone number their type needs. */
export function TemplateButtonsEditor({ buttons, issuesAt, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, button: TemplateButton) => onChange(buttons.map((b, i) => (i === index ? button : b)));
  const retype = (button: TemplateButton, type: ButtonType): TemplateButton => {
    // Keep only the fields the new type reads, so no stale url rides along on a quick reply.
    const base = { type, text: button.text };
    if (type === 'URL') return { ...base, url: button.url ?? '' };
    if (type === 'PHONE_NUMBER') return { ...base, phone_number: button.phone_number ?? '' };
    return base;
  };
  return (
    <fieldset className="inspector-fieldset">
      <legend className="field-label">{t('templateLibrary.buttons')}</legend>
      {buttons.map((button, index) => {
        const n = index + 1;
        const at = `components.buttons[${index}]`;
        return (
          <div key={index} className="inspector-list-item">
            <Field label={t('templateLibrary.buttonType', { n })} issues={issuesAt(`${at}.type`)}>
              {(control) => (
                <select {...control} value={button.type} onChange={(e) => update(index, retype(button, e.target.value as ButtonType))}>
                  {TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`templateLibrary.buttonTypes.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('templateLibrary.buttonText', { n })} issues={issuesAt(`${at}.text`)}>
              {(control) => <input {...control} type="text" value={button.text} onChange={(e) => update(index, { ...button, text: e.target.value })} />}
            </Field>
            {button.type === 'URL' ? (
              <Field label={t('templateLibrary.buttonUrl', { n })} issues={issuesAt(`${at}.url`)}>
                {(control) => <input {...control} type="text" value={button.url ?? ''} onChange={(e) => update(index, { ...button, url: e.target.value })} />}
              </Field>
            ) : null}
            {button.type === 'PHONE_NUMBER' ? (
              <Field label={t('templateLibrary.buttonPhone', { n })} issues={issuesAt(`${at}.phone_number`)}>
                {(control) => <input {...control} type="tel" value={button.phone_number ?? ''} onChange={(e) => update(index, { ...button, phone_number: e.target.value })} />}
              </Field>
            ) : null}
            <button type="button" className="button button-small" onClick={() => onChange(buttons.filter((_, i) => i !== index))}>
              {t('templateLibrary.removeButton', { n })}
            </button>
          </div>
        );
      })}
      <button type="button" className="button button-small" onClick={() => onChange([...buttons, { type: 'QUICK_REPLY', text: '' }])}>
        {t('templateLibrary.addButton')}
      </button>
    </fieldset>
  );
}
