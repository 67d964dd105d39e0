import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../core/journey/channel';
import type { Template } from '../../../../core/whatsapp/template';
import { awaitsSubmission, type TemplateEntry } from '../../../db';
import { ReviewState } from './ReviewState';

type TableProps = {
  entries: readonly TemplateEntry[];
  channels: readonly Channel[];
  onEdit: (template: Template) => void;
  /** Offered on a template whose newest revision waits to be sent; absent, no review action. */
  onSubmit?: ((entry: TemplateEntry) => void) | undefined;
};

/** Every template translation: name, language, category, review status and business unit, and its actions. */
export function TemplateTable({ entries, channels, onEdit, onSubmit }: TableProps) {
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
        {entries.map((entry) => {
          const tpl = entry.template;
          const names = { name: tpl.name, language: tpl.language };
          return (
            <tr key={`${tpl.name}\u0000${tpl.language}`}>
              <th scope="row" className="template-name">
                {tpl.name}
              </th>
              <td>{tpl.language}</td>
              <td>{t(`editor.category.${tpl.category}`)}</td>
              <td>
                <ReviewState entry={entry} channels={channels} />
              </td>
              <td>{tpl.businessUnit ?? t('templateLibrary.noUnit')}</td>
              <td>
                <div className="template-actions">
                  {onSubmit && awaitsSubmission(entry.latest) ? (
                    <button type="button" className="button button-small" onClick={() => onSubmit(entry)} aria-label={t('templateReview.submitRow', names)}>
                      {t('templateReview.submitShort')}
                    </button>
                  ) : null}
                  <button type="button" className="button button-small" onClick={() => onEdit(tpl)} aria-label={t('templateLibrary.edit', names)}>
                    ✎
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
