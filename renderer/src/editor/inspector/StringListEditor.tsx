import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueList } from './Field';

type StringListProps = {
  /** Names the group and, numbered, each of its boxes ("Keywords 2"). */
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Values offered as the user types (button ids of the messages before, attributes…). */
  suggestions?: readonly string[];
  issues?: readonly string[];
};

/**
 * A list of strings, one box each. Not a comma-separated field: a button title such as
 * "Oui, ça m'intéresse" holds a comma and must stay one value.
 */
export function StringListEditor({ label, values, onChange, suggestions = [], issues = [] }: StringListProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="inspector-fieldset" aria-describedby={issues.length > 0 ? `${id}-issues` : undefined}>
      <legend className="field-label">{label}</legend>
      {suggestions.length > 0 ? (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      {values.map((value, i) => (
        <div key={i} className="inspector-row">
          <input
            type="text"
            aria-label={`${label} ${i + 1}`}
            list={suggestions.length > 0 ? `${id}-suggestions` : undefined}
            value={value}
            onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))}
          />
          <button type="button" className="button button-small" aria-label={t('inspector.removeItem', { item: value || `${label} ${i + 1}` })} onClick={() => onChange(values.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button button-small" onClick={() => onChange([...values, ''])}>
        {t('inspector.addValue', { list: label })}
      </button>
      <IssueList id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}
