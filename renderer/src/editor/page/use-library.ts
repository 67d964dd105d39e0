/** The workspace's templates and channels, live from the database (stable arrays between changes). */
import { listChannels, listTemplates, useLiveQuery } from '../../../db';
import type { Channel } from '../../../../core/journey';
import type { Template } from '../../../../core/whatsapp/template';

const none: never[] = [];

export function useLibrary(): { templates: Template[]; channels: Channel[] } {
  const templates = useLiveQuery(listTemplates, []);
  const channels = useLiveQuery(listChannels, []);
  return {
    templates: templates.status === 'ready' ? templates.value : none,
    channels: channels.status === 'ready' ? channels.value : none,
  };
}
