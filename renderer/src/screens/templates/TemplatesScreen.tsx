import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../core/whatsapp/template';
import { listChannels, listTemplateEntries, listTemplateRevisions, saveTemplate, saveTemplates, useLiveQuery } from '../../../db';
import { useHost } from '../../host/host-context';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { channelsToRefresh, refreshStatuses, submitForReview, type ReviewActions } from './review-actions';
import { TemplateLibrary } from './TemplateLibrary';
import type { TemplateStore } from './save-template';

const store: TemplateStore = { listRevisions: listTemplateRevisions, save: saveTemplate };

async function importAll(templates: Template[]): Promise<void> {
  await saveTemplates(templates);
}

/** Templates of the workspace: list, author with Meta's limits and revision rule, import, and review at Meta. */
export function TemplatesScreen() {
  const { t } = useTranslation();
  const host = useHost();
  const entries = useLiveQuery(listTemplateEntries, []);
  const channels = useLiveQuery(listChannels, []);
  const channelList = useMemo(() => (channels.status === 'ready' ? channels.value : []), [channels]);
  const units = useMemo(() => [...new Set(channelList.flatMap((c) => (c.businessUnit ? [c.businessUnit] : [])))], [channelList]);
  const entryList = entries.status === 'ready' ? entries.value : undefined;
  const review = useMemo<ReviewActions>(
    () => ({
      channels: channelList,
      submit: (channel, entry) => submitForReview(host, channel, entry),
      refresh: () => refreshStatuses(host, channelsToRefresh(entryList ?? [], channelList)),
    }),
    [host, channelList, entryList],
  );
  return (
    <>
      <ScreenHeader title={t('templates.title')} subtitle={t('templates.subtitle')} />
      {entries.status === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
      {entries.status === 'failed' ? (
        <p role="alert" className="notice notice-error">
          {t('templateLibrary.loadError', { message: entries.error.message })}
        </p>
      ) : null}
      {entryList ? <TemplateLibrary entries={entryList} units={units} store={store} onImport={importAll} review={review} /> : null}
    </>
  );
}
