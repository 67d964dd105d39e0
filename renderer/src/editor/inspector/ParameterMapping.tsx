import { useTranslation } from 'react-i18next';
import { IssueList } from './Field';

const CONTACT_VALUE = /^\{\{\s*contact\.([^{}]+?)\s*\}\}$/;

/** The attribute a value names when it is exactly `{{contact.ATTR}}`, else undefined (a literal). */
export function attributeOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : CONTACT_VALUE.exec(value)?.[1];
}

type MappingProps = {
  /** Placeholder keys of the template, in order. */
  keys: readonly string[];
  parameters: Readonly<Record<string, string>>;
  /** The audience's attributes, offered as `{{contact.ATTR}}`. */
  attributes: readonly string[];
  issuesAt: (key: string) => string[];
  onChange: (parameters: Record<string, string>) => void;
};

/** One row per placeholder: a contact attribute, or a literal text. */
export function ParameterMapping({ keys, parameters, attributes, issuesAt, onChange }: MappingProps) {
  const { t } = useTranslation();
  const set = (key: string, value: string) => onChange({ ...parameters, [key]: value });
  if (keys.length === 0) return <p className="field-hint">{t('inspector.template.noParameters')}</p>;
  return (
    <fieldset className="inspector-fieldset">
      <legend className="field-label">{t('inspector.template.parameters')}</legend>
      <p className="field-hint">{t('inspector.template.parametersHint')}</p>
      {keys.map((key) => {
        const value = Object.hasOwn(parameters, key) ? parameters[key] : undefined;
        const attribute = attributeOf(value);
        const token = `{{${key}}}`;
        // An attribute the audience lacks (a file from elsewhere) stays selectable as it is.
        const offered = attribute && !attributes.includes(attribute) ? [...attributes, attribute] : attributes;
        const issues = issuesAt(key);
        return (
          <div key={key} className="inspector-parameter">
            <code className="inspector-token">{token}</code>
            <select
              aria-label={t('inspector.template.source', { key: token })}
              value={attribute ?? ''}
              aria-invalid={issues.length > 0 || undefined}
              onChange={(e) => set(key, e.target.value === '' ? '' : `{{contact.${e.target.value}}}`)}
            >
              <option value="">{t('inspector.template.literal')}</option>
              {offered.map((a) => (
                <option key={a} value={a}>
                  {t('inspector.template.attribute', { attribute: a })}
                </option>
              ))}
            </select>
            {attribute === undefined ? (
              <input type="text" aria-label={t('inspector.template.value', { key: token })} value={value ?? ''} onChange={(e) => set(key, e.target.value)} />
            ) : null}
            <IssueList issues={issues} />
          </div>
        );
      })}
    </fieldset>
  );
}
