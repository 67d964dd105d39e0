import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../../core/journey';
import { formatImportError } from '../../../../core/journey';

/** Why a file was not imported: each problem with where it is in the file. */
export function ImportErrors({ fileName, errors, onDismiss }: { fileName: string; errors: ImportError[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section role="alert" className="notice notice-error import-errors" aria-labelledby="import-errors-title">
      <p id="import-errors-title">
        <strong>{t('journeyList.importFailed', { file: fileName })}</strong>
      </p>
      <p>{t('journeyList.importErrors')}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code>{formatImportError(error)}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        {t('journeyList.dismiss')}
      </button>
    </section>
  );
}
