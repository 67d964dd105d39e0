import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../core/whatsapp/template';
import { listChannels, listTemplateRevisions, listTemplates, saveTemplate, saveTemplates } from '../../../db';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useWorkspaceQuery } from '../../workspace/use-workspace-query';
import { TemplateLibrary } from './TemplateLibrary';
import type { TemplateStore } from './save-template';

const store: TemplateStore = { listRevisions: listTemplateRevisions, save: saveTemplate };

async function importAll(templates: Template[]): Promise<void> {
  await saveTemplates(templates);
}

/** Templates of the workspace: list, author with Meta's limits and revision rule, import. */
export function TemplatesScreen() {
  const { t } = useTranslation();
  const templates = useWorkspaceQuery(listTemplates, []);
  const channels = useWorkspaceQuery(listChannels, []);
  const units = useMemo(
    () => (channels.status === 'ready' ? [...new Set(channels.value.flatMap((c) => (c.businessUnit ? [c.businessUnit] : [])))] : []),
    [channels],
  );
  return (
    <>
      <ScreenHeader title={t('templates.title')} subtitle={t('templates.subtitle')} />
      {templates.status === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
      {templates.status === 'failed' ? (
        <p role="alert" className="notice notice-error">
          {t('templateLibrary.loadError', { message: templates.error.message })}
        </p>
      ) : null}
      {templates.status === 'ready' ? <TemplateLibrary templates={templates.value} units={units} store={store} onImport={importAll} /> : null}
    </>
  );
}
