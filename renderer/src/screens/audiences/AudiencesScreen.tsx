import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../../core/audience';
import { deleteAudience, listAudiences, useLiveQuery } from '../../../db';
import type { AudienceSummary } from '../../../db';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { FilePickerButton } from '../../workspace/FilePickerButton';
import { AudienceImportPanel } from './AudienceImportPanel';
import { AudienceTable } from './AudienceTable';
import { ContactsTable } from './ContactsTable';
import { guessMapping, readHeader } from './read-header';

type Picked = { file: File; header: string[]; mapping: ColumnMapping };

/** Audiences with their consent summary; import a CSV; browse an audience's contacts. */
export function AudiencesScreen() {
  const { t } = useTranslation();
  const audiences = useLiveQuery(listAudiences, []);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [viewing, setViewing] = useState<AudienceSummary | null>(null);
  const [noHeader, setNoHeader] = useState(false);

  const pick = (file: File) => {
    void readHeader(file).then((header) => {
      setNoHeader(header.length === 0);
      if (header.length > 0) setPicked({ file, header, mapping: guessMapping(header) });
    });
  };

  return (
    <>
      <ScreenHeader title={t('audiences.title')} subtitle={t('audiences.subtitle')} />
      {viewing ? (
        <ContactsTable audience={viewing} onClose={() => setViewing(null)} />
      ) : (
        <>
          <div className="toolbar">
            <FilePickerButton label={t('audienceList.import')} accept=".csv,text/csv" onFile={pick} primary />
          </div>
          {noHeader && <p role="alert" className="notice notice-error">{t('audienceImport.noHeader')}</p>}
          {picked && <AudienceImportPanel key={picked.file.name + picked.file.size} file={picked.file} header={picked.header} initialMapping={picked.mapping} onClose={() => setPicked(null)} />}
          {audiences.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
          {audiences.status === 'failed' && <p role="alert" className="notice notice-error">{t('audienceList.loadError', { message: audiences.error.message })}</p>}
          {audiences.status === 'ready' && <AudienceTable audiences={audiences.value} onView={setViewing} onDelete={(a) => void deleteAudience(a.id)} />}
        </>
      )}
    </>
  );
}
