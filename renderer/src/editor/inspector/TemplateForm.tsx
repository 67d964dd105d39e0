import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../core/journey';
import { templatesForChannel } from '../../../../core/whatsapp/business-unit';
import { placeholderKeys } from '../../../../core/whatsapp/placeholders';
import type { Template } from '../../../../core/whatsapp/template';
import { MessagePreview } from '../../preview/MessagePreview';
import { Field } from './Field';
import { withData, type FormProps } from './form-props';
import { messagesAt } from './node-issues';
import { ParameterMapping } from './ParameterMapping';
import { TemplatePicker } from './TemplatePicker';

export const TEMPLATE_FIELDS = [['data', 'template'], ['data', 'language'], ['data', 'parameters']] as const;

type TemplateFormProps = FormProps<'whatsapp_template'> & {
  templates: readonly Template[];
  channel: Channel | undefined;
  attributes: readonly string[];
};

/** Placeholder keys over every translation shown: a value is needed for each one any contact receives. */
function keysOf(translations: readonly Template[]): string[] {
  const keys = new Set<string>();
  for (const t of translations) for (const key of placeholderKeys(t)) keys.add(key);
  return [...keys];
}

export function TemplateForm({ node, issues, onChange, templates, channel, attributes }: TemplateFormProps) {
  const { t } = useTranslation();
  const data = node.data;
  const usable = useMemo(() => templatesForChannel(templates, channel), [templates, channel]);
  const translations = useMemo(() => usable.filter((tpl) => tpl.name === data.template), [usable, data.template]);
  const chosen = translations.find((tpl) => tpl.language === data.language);
  const keys = useMemo(() => keysOf(chosen ? [chosen] : translations), [chosen, translations]);
  const shown = chosen ?? translations[0];

  const pick = (name: string) => {
    const next = usable.filter((tpl) => tpl.name === name);
    // Keep the language when the new template has it; else its first translation's.
    const language = next.some((tpl) => tpl.language === data.language) ? data.language : next[0]?.language;
    onChange(withData(node, { ...data, template: name, ...(language ? { language } : {}) }));
  };
  const setLanguage = (language: string) => {
    const { language: _old, ...rest } = data;
    onChange(withData(node, language === '' ? rest : { ...rest, language }));
  };

  return (
    <>
      <TemplatePicker templates={usable} value={data.template} unit={channel?.businessUnit} issues={messagesAt(issues, TEMPLATE_FIELDS[0])} onPick={pick} />
      {data.template ? (
        <Field label={t('inspector.template.language')} issues={messagesAt(issues, TEMPLATE_FIELDS[1])}>
          {(control) => (
            <select {...control} value={data.language ?? ''} onChange={(e) => setLanguage(e.target.value)}>
              <option value="">{t('inspector.template.contactLanguage')}</option>
              {translations.map((tpl) => (
                <option key={tpl.language} value={tpl.language}>
                  {tpl.language} · {t(`editor.status.${tpl.status}`)}
                </option>
              ))}
              {data.language && !chosen ? <option value={data.language}>{data.language}</option> : null}
            </select>
          )}
        </Field>
      ) : null}
      {shown ? (
        <>
          <ParameterMapping
            keys={keys}
            parameters={data.parameters ?? {}}
            attributes={attributes}
            issuesAt={(key) => messagesAt(issues, [...TEMPLATE_FIELDS[2], key])}
            onChange={(parameters) => onChange(withData(node, { ...data, parameters }))}
          />
          <MessagePreview template={shown} parameters={data.parameters} />
        </>
      ) : (
        <p className="field-hint">{t('inspector.template.pickFirst')}</p>
      )}
    </>
  );
}
