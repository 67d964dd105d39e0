import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../core/whatsapp/template';
import { StatusChip } from '../../screens/templates/StatusChip';
import { IssueList } from './Field';

/** Past this many names a search box helps more than it clutters. */
const SEARCH_FROM = 6;

type Group = { name: string; category: Template['category']; translations: Template[] };

function groupByName(templates: readonly Template[]): Group[] {
  const groups = new Map<string, Group>();
  for (const t of templates) {
    const group = groups.get(t.name);
    if (group) group.translations.push(t);
    else groups.set(t.name, { name: t.name, category: t.category, translations: [t] });
  }
  return [...groups.values()];
}

type PickerProps = {
  /** Only the templates the channel may send (the caller filters by business unit). */
  templates: readonly Template[];
  value: string | undefined;
  unit: string | undefined;
  issues: readonly string[];
  onPick: (name: string) => void;
};

/** The templates by name, each with its category and the status of every translation. */
export function TemplatePicker({ templates, value, unit, issues, onPick }: PickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupByName(templates), [templates]);
  const matching = query === '' ? groups : groups.filter((g) => g.name.includes(query.trim().toLowerCase()) || g.name === value);
  // The chosen template comes first: the list scrolls, and the choice must stay in sight.
  const shown = [...matching.filter((g) => g.name === value), ...matching.filter((g) => g.name !== value)];
  return (
    <fieldset className="inspector-fieldset" aria-describedby={`${id}-unit ${id}-issues`}>
      <legend className="field-label">{t('inspector.template.picker')}</legend>
      {unit ? (
        <p id={`${id}-unit`} className="field-hint">
          {t('inspector.template.unit', { unit })}
        </p>
      ) : null}
      {groups.length > SEARCH_FROM ? (
        <input type="search" aria-label={t('inspector.template.search')} placeholder={t('inspector.template.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      ) : null}
      {groups.length === 0 ? <p className="field-hint">{t('inspector.template.none')}</p> : null}
      {groups.length > 0 && shown.length === 0 ? <p className="field-hint">{t('inspector.template.noneMatch')}</p> : null}
      <ul className="template-options">
        {shown.map((g) => (
          <li key={g.name}>
            <label className="template-option">
              <input type="radio" name={id} value={g.name} checked={g.name === value} onChange={() => onPick(g.name)} />
              <span className="template-option-name">{g.name}</span>
              <span className="template-option-category">{t(`editor.category.${g.category}`)}</span>
              <span className="template-option-chips">
                {g.translations.map((tr) => (
                  <StatusChip key={tr.language} status={tr.status} language={tr.language} />
                ))}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <IssueList id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}
