import { useTranslation } from 'react-i18next';
import type { AudienceError } from '../../../../core/audience';
import { rowErrorText } from './row-error-text';

/** The rows an import skipped, with their line numbers and reasons. */
export function RowErrors({ errors, total }: { errors: AudienceError[]; total: number }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <section className="import-errors" aria-labelledby="row-errors-title">
      <h3 id="row-errors-title">{t('audienceImport.rowErrors')}</h3>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <strong>{t('audienceImport.line', { line: error.line })}</strong>
            {error.column !== undefined && <> · <code>{error.column}</code></>}: {rowErrorText(error, t)}
          </li>
        ))}
      </ul>
      {total > errors.length && <p className="muted">{t('audienceImport.moreErrors', { count: total - errors.length })}</p>}
    </section>
  );
}
