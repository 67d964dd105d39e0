import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../../core/journey';
import { importErrorText } from './import-error-text';

/** Why a file was not imported: each problem with where it is in the file, in the interface's language. */
export function ImportErrors({ fileName, errors, onDismiss }: { fileName: string; errors: ImportError[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { t: tError, i18n } = useTranslation('importErrors');
  return (
    <section role="alert" className="notice notice-error import-errors" aria-labelledby="import-errors-title">
      <p id="import-errors-title">
        <strong>{t('journeyList.importFailed', { file: fileName })}</strong>
      </p>
      <p>{t('journeyList.importErrors')}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            {importErrorText(error, fileName, tError, i18n.language)}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        {t('journeyList.dismiss')}
      </button>
    </section>
  );
}
