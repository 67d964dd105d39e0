/** The Meta part of the Channels screen: "Connect a Meta number", and the settings of the one being edited. */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../core/journey';
import { saveChannel, workspace } from '../../../../db';
import { useAppInfo } from '../../settings/use-app-info';
import { MetaChannelSettings } from './MetaChannelSettings';

/** Opens a channel's Meta settings from elsewhere on the screen (a row's button). */
export type OpenMetaSettings = (channel: Channel) => void;

export function useMetaPanel(): { open: OpenMetaSettings; panel: ReactNode; createButton: ReactNode } {
  const { t } = useTranslation();
  const { state } = useAppInfo();
  const [editing, setEditing] = useState<Channel | null>(null);
  const create = () =>
    void saveChannel({ id: workspace().newId(), displayName: t('channelsMeta.newName'), mode: 'meta', messagingLimit: 250, quality: 'GREEN', throughputMps: 80 }).then(setEditing);
  return {
    open: setEditing,
    createButton: (
      <button type="button" className="button" onClick={create}>
        {t('channelsMeta.create')}
      </button>
    ),
    panel: editing && (
      <MetaChannelSettings key={editing.id} channel={editing} storage={state.status === 'ready' ? state.info.secretStorage : undefined} onClose={() => setEditing(null)} />
    ),
  };
}
