import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_COLUMNS } from '../../../../core/audience';
import type { AudienceColumn, ColumnMapping } from '../../../../core/audience';
import { attributeColumns } from '../../workspace/attribute-columns';
import { rowErrorText } from './row-error-text';
import { RowErrors } from './RowErrors';
import type { AudienceImportOutcome, AudienceImportProgress } from './run-audience-import';
import { startAudienceImport } from './start-audience-import';

type Props = { file: File; header: string[]; initialMapping: ColumnMapping; onClose: (outcome?: AudienceImportOutcome) => void };

/** Step two of an import: map the file's columns, then follow the import's progress. */
export function AudienceImportPanel({ file, header, initialMapping, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(file.name.replace(/\.[^.]+$/, ''));
  const [mapping, setMapping] = useState<ColumnMapping>(initialMapping);
  const [progress, setProgress] = useState<AudienceImportProgress | null>(null);
  const [outcome, setOutcome] = useState<AudienceImportOutcome | null>(null);
  const [missingPhone, setMissingPhone] = useState(false);

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!mapping.phone) return setMissingPhone(true);
    setProgress({ fraction: 0, contacts: 0, errors: 0 });
    void startAudienceImport({ file, name: name.trim() || file.name, mapping }, setProgress).then(setOutcome);
  };
  const choose = (column: AudienceColumn, header: string) => setMapping((current) => ({ ...current, [column]: header || undefined }));
  const attributes = attributeColumns(header, mapping);

  return (
    <section className="card" aria-labelledby="audience-import-title">
      <h2 id="audience-import-title" className="card-title">{t('audienceImport.title')}</h2>
      {progress === null ? (
        <form className="form-grid" onSubmit={start}>
          <label>
            {t('audienceImport.name')}
            <input className="input" value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <fieldset className="choice-group">
            <legend className="field-label">{t('audienceImport.mapping')}</legend>
            <p className="field-hint">{t('audienceImport.mappingHint', { example: '{{contact.COLUMN}}' })}</p>
            <div className="mapping-grid">
              {AUDIENCE_COLUMNS.map((column) => (
                <div key={column} style={{ display: 'contents' }}>
                  <label htmlFor={`map-${column}`}>
                    <code>{column}</code>
                  </label>
                  <select id={`map-${column}`} className="select" value={mapping[column] ?? ''} onChange={(event) => choose(column, event.target.value)} aria-invalid={column === 'phone' && missingPhone}>
                    <option value="">{t('audienceImport.none')}</option>
                    {header.map((name) => (
                      <option key={name} value={name}>{name}</option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            <p className="field-hint">{attributes.length > 0 ? t('audienceImport.attributes', { list: attributes.join(', ') }) : t('audienceImport.noAttributes')}</p>
          </fieldset>
          {missingPhone && !mapping.phone && <p role="alert" className="notice notice-error">{t('audienceImport.phoneRequired')}</p>}
          <div className="toolbar">
            <button type="submit" className="button button-primary">{t('audienceImport.start')}</button>
            <button type="button" className="button" onClick={() => onClose()}>{t('audienceImport.cancel')}</button>
          </div>
        </form>
      ) : (
        <>
          <progress className="progress" aria-label={t('audienceImport.progress')} max={1} value={outcome ? 1 : progress.fraction} />
          <p aria-live="polite">{t('audienceImport.progressText', { contacts: progress.contacts, errors: progress.errors })}</p>
          {outcome && (
            <>
              <p role="status">
                {outcome.ok
                  ? t('audienceImport.done', { contacts: outcome.contacts, name, skipped: outcome.skipped })
                  : t('audienceImport.failed', {
                      message:
                        outcome.reason === 'noContacts' ? t('audienceImport.noContacts') : outcome.reason ? rowErrorText(outcome.reason, t) : outcome.message,
                    })}
              </p>
              <RowErrors errors={outcome.errors} total={outcome.errorCount} />
              <button type="button" className="button" onClick={() => onClose(outcome)}>{t('journeyList.dismiss')}</button>
            </>
          )}
        </>
      )}
    </section>
  );
}
