import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../core/journey';
import { listChannels, useLiveQuery, workspace } from '../../../db';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ChannelForm } from './ChannelForm';
import { useMetaPanel } from './meta/MetaChannelPanel';
import { SandboxChannelStatus } from './sandbox/SandboxChannelStatus';

/** Channels: sandbox ones are created and edited here (with the app sandbox's status); Meta ones open their settings panel. */
export function ChannelsScreen() {
  const { t, i18n } = useTranslation();
  const channels = useLiveQuery(listChannels, []);
  const [editing, setEditing] = useState<{ channel?: Channel } | null>(null);
  const number = new Intl.NumberFormat(i18n.language);
  const meta = useMetaPanel();

  return (
    <>
      <ScreenHeader title={t('channels.title')} subtitle={t('channels.subtitle')} />
      {editing ? (
        <>
          <ChannelForm channel={editing.channel} newId={() => workspace().newId()} onDone={() => setEditing(null)} />
          {editing.channel?.mode === 'sandbox' && <SandboxChannelStatus channel={editing.channel} />}
        </>
      ) : (
        <div className="toolbar">
          <button type="button" className="button button-primary" onClick={() => setEditing({})}>{t('channelList.create')}</button>
          {meta.createButton}
        </div>
      )}
      {channels.status === 'failed' && <p role="alert" className="notice notice-error">{t('channelList.loadError', { message: channels.error.message })}</p>}
      {channels.status === 'ready' && channels.value.length === 0 && (
        <section className="empty-state" aria-labelledby="channels-empty">
          <h2 id="channels-empty">{t('channelList.emptyTitle')}</h2>
          <p className="empty-state-body">{t('channelList.emptyBody')}</p>
        </section>
      )}
      {channels.status === 'ready' && channels.value.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('channelList.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('channelList.name')}</th>
              <th scope="col">{t('channelList.mode')}</th>
              <th scope="col">{t('channelList.businessUnit')}</th>
              <th scope="col" className="numeric">{t('channelList.limit')}</th>
              <th scope="col">{t('channelList.quality')}</th>
              <th scope="col" className="numeric">{t('channelList.throughput')}</th>
              <th scope="col">{t('journeyList.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {channels.value.map((channel) => (
              <tr key={channel.id}>
                <th scope="row">{channel.displayName}</th>
                <td>{channel.mode === 'sandbox' ? t('channelList.sandbox') : t('channelList.meta')}</td>
                <td>{channel.businessUnit ?? ''}</td>
                <td className="numeric">{channel.messagingLimit === null ? t('channelList.unlimited') : number.format(channel.messagingLimit)}</td>
                <td><span className={channel.quality === 'RED' ? 'chip chip-error' : channel.quality === 'YELLOW' ? 'chip chip-warning' : 'chip chip-ok'}>{t(`qualityRating.${channel.quality}`)}</span></td>
                <td className="numeric">{t('channelList.mps', { count: channel.throughputMps })}</td>
                <td>
                  {channel.mode === 'sandbox' && (
                    <button type="button" className="button button-small" onClick={() => setEditing({ channel })} aria-label={t('channelList.edit', { name: channel.displayName })}>
                      {t('channelList.actionEdit')}
                    </button>
                  )}
                  {channel.mode === 'meta' && (
                    <button type="button" className="button button-small" onClick={() => meta.open(channel)} aria-label={t('channelsMeta.open', { name: channel.displayName })}>
                      {t('channelsMeta.actionOpen')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {meta.panel}
    </>
  );
}
