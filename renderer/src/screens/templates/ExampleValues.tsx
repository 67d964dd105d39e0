import { useTranslation } from 'react-i18next';
import { placeholderKeys } from '../../../../core/whatsapp/placeholders';
import type { Template } from '../../../../core/whatsapp/template';
import { Field } from '../../editor/inspector/Field';

/**
 * One sample value per placeholder of the template (Meta's `examples`). Samples of
 * placeholders no longer in the text are dropped, so the file carries only what review needs.
 */
export function ExampleValues({ template, onChange }: { template: Template; onChange: (examples: Record<string, string> | undefined) => void }) {
  const { t } = useTranslation();
  const keys = placeholderKeys(template);
  if (keys.length === 0) return null;
  const examples = template.examples ?? {};
  const set = (key: string, value: string) => {
    const next: Record<string, string> = {};
    for (const k of keys) {
      const v = k === key ? value : examples[k];
      if (v !== undefined && v !== '') next[k] = v;
    }
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <fieldset className="inspector-fieldset">
      <legend className="field-label">{t('templateLibrary.examples')}</legend>
      <p className="field-hint">{t('templateLibrary.examplesHint')}</p>
      {keys.map((key) => (
        <Field key={key} label={t('templateLibrary.example', { key: `{{${key}}}` })}>
          {(control) => <input {...control} type="text" value={examples[key] ?? ''} onChange={(e) => set(key, e.target.value)} />}
        </Field>
      ))}
    </fieldset>
  );
}
