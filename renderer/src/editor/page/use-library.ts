/** The workspace's templates, channels and audience attributes, live from the database (stable arrays between changes). */
import { useMemo } from 'react';
import { listAudiences, listChannels, listTemplates, useLiveQuery } from '../../../db';
import type { Channel } from '../../../../core/journey';
import type { Template } from '../../../../core/whatsapp/template';

const none: never[] = [];

export type Library = { templates: Template[]; channels: Channel[]; attributes: string[] };

export function useLibrary(): Library {
  const templates = useLiveQuery(listTemplates, []);
  const channels = useLiveQuery(listChannels, []);
  const audiences = useLiveQuery(listAudiences, []);
  // A journey is not tied to one audience: every audience's columns can be mapped.
  const attributes = useMemo(
    () => (audiences.status === 'ready' ? [...new Set(audiences.value.flatMap((a) => a.attributes))].sort() : none),
    [audiences],
  );
  return {
    templates: templates.status === 'ready' ? templates.value : none,
    channels: channels.status === 'ready' ? channels.value : none,
    attributes,
  };
}
