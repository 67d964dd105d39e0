import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../core/whatsapp/template';
import { StatusChip } from './StatusChip';

/** Every template translation: name, language, category, status and business unit, and an edit button. */
export function TemplateTable({ templates, onEdit }: { templates: readonly Template[]; onEdit: (template: Template) => void }) {
  const { t } = useTranslation();
  return (
    <table className="template-table">
      <caption className="visually-hidden">{t('templateLibrary.list')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('templateLibrary.name')}</th>
          <th scope="col">{t('templateLibrary.language')}</th>
          <th scope="col">{t('templateLibrary.category')}</th>
          <th scope="col">{t('templateLibrary.status')}</th>
          <th scope="col">{t('templateLibrary.businessUnit')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('templateLibrary.edit', { name: '', language: '' })}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {templates.map((tpl) => (
          <tr key={`${tpl.name}\u0000${tpl.language}`}>
            <th scope="row" className="template-name">
              {tpl.name}
            </th>
            <td>{tpl.language}</td>
            <td>{t(`editor.category.${tpl.category}`)}</td>
            <td>
              <StatusChip status={tpl.status} />
            </td>
            <td>{tpl.businessUnit ?? t('templateLibrary.noUnit')}</td>
            <td>
              <button type="button" className="button button-small" onClick={() => onEdit(tpl)} aria-label={t('templateLibrary.edit', { name: tpl.name, language: tpl.language })}>
                ✎
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
