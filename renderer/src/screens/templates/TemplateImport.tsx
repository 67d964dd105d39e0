import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../../core/journey/import-errors';
import { parseTemplatesFile } from '../../../../core/journey/loaders';
import type { Template } from '../../../../core/whatsapp/template';
import { readFileText } from '../../workspace/download';
import { FilePickerButton } from '../../workspace/FilePickerButton';
import { importErrorText } from '../journeys/import-error-text';

type ImportState = { kind: 'idle' } | { kind: 'failed'; fileName: string; errors: ImportError[] } | { kind: 'done'; count: number } | { kind: 'error'; message: string };

/**
 * Imports templates from a JSON file with core's parseTemplatesFile. A file with any problem
 * imports nothing and lists the problems with their paths; a good file is saved whole, in one
 * transaction (`onImport`), so a write failing midway leaves the library as it was.
 */
export function TemplateImport({ onImport }: { onImport: (templates: Template[]) => Promise<void> }) {
  const { t } = useTranslation();
  const { t: tError, i18n } = useTranslation('importErrors');
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const read = async (file: File) => {
    const parsed = parseTemplatesFile(await readFileText(file));
    if (!parsed.ok) {
      setState({ kind: 'failed', fileName: file.name, errors: parsed.errors });
      return;
    }
    try {
      await onImport(parsed.value);
      setState({ kind: 'done', count: parsed.value.length });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="template-import">
      <FilePickerButton label={t('templateLibrary.import')} accept=".json,application/json" onFile={(file) => void read(file)} />
      <p id={`${id}-hint`} className="field-hint">
        {t('templateLibrary.importHint')}
      </p>
      {state.kind === 'done' ? <p role="status">{t('templateLibrary.imported', { count: state.count })}</p> : null}
      {state.kind === 'error' ? <p role="alert">{t('templateLibrary.importWriteFailed', { message: state.message })}</p> : null}
      {state.kind === 'failed' ? (
        <div role="alert" className="notice notice-error">
          <p>{t('templateLibrary.importFailed')}</p>
          <ul>
            {state.errors.map((error, i) => (
              <li key={i}>{importErrorText(error, state.fileName, tError, i18n.language)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
