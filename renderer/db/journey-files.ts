/**
 * Journey files in and out of the workspace. An import is checked whole by the core importer
 * before anything is written, then written in one transaction: a file that fails changes
 * nothing. An export carries the templates and channel the journey uses, so the file
 * validates on another machine.
 */
import type { ImportError, Journey, JourneyFile } from '../../core/journey';
import { CURRENT_FORMAT_VERSION, exportJourneyFile, importJourneyFile, JOURNEY_FORMAT } from '../../core/journey';
import { templateKey } from '../../core/whatsapp/template';
import { getChannel } from './channels';
import { getJourney, saveJourney } from './journeys';
import type { StoredJourney } from './journeys';
import { workspace } from './providers';
import { listTemplates } from './templates';

export type JourneyImportOutcome =
  | { ok: true; stored: StoredJourney; renamedFrom?: string; addedTemplates: number; addedChannels: number; migratedFrom?: number }
  | { ok: false; errors: ImportError[] };

/**
 * Imports the text of a `*.journey.json` file. A journey whose id is taken gets a new id
 * (nothing is overwritten); templates and channels the file carries are added to the library
 * when it has none of that name and language (or id), else the library's are kept.
 */
export async function importJourneyText(text: string): Promise<JourneyImportOutcome> {
  const result = importJourneyFile(text);
  if (!result.ok) return { ok: false, errors: result.errors };
  const { file } = result;
  const { db, now, newId } = workspace();
  return db.transaction('rw', [db.journeys, db.journeyRevisions, db.templates, db.channels], async () => {
    const taken = (await db.journeys.get(file.journey.id)) !== undefined;
    const journey: Journey = taken ? { ...file.journey, id: newId() } : file.journey;
    let addedTemplates = 0;
    for (const template of file.templates ?? []) {
      const held = await db.templates.where('[name+language]').equals([template.name, template.language]).count();
      if (held > 0) continue;
      const row = { name: template.name, language: template.language, revision: 1, template, savedAt: now() };
      await db.templates.add(template.businessUnit === undefined ? row : { ...row, businessUnit: template.businessUnit });
      addedTemplates++;
    }
    let addedChannels = 0;
    for (const channel of file.channels ?? []) {
      if (await db.channels.get(channel.id)) continue;
      await db.channels.add({ id: channel.id, channel, updatedAt: now() });
      addedChannels++;
    }
    const stored = await saveJourney(journey, { message: 'imported' });
    return {
      ok: true, stored, addedTemplates, addedChannels,
      ...(taken ? { renamedFrom: file.journey.id } : {}),
      ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}),
    };
  });
}

/** The file a journey exports to: its name and text, or undefined when there is no such journey. */
export async function exportJourneyText(id: string): Promise<{ fileName: string; text: string } | undefined> {
  const stored = await getJourney(id);
  if (!stored) return undefined;
  const { journey } = stored;
  const used = new Set<string>();
  for (const node of journey.nodes) {
    if (node.type === 'whatsapp_template' && node.data.template && node.data.language) used.add(templateKey(node.data.template, node.data.language));
  }
  const templates = (await listTemplates()).filter((t) => used.has(templateKey(t.name, t.language)));
  const channel = journey.channel === undefined ? undefined : await getChannel(journey.channel);
  const file: JourneyFile = {
    format: JOURNEY_FORMAT, version: CURRENT_FORMAT_VERSION, journey,
    ...(templates.length > 0 ? { templates } : {}),
    ...(channel ? { channels: [channel] } : {}),
  };
  return { fileName: `${fileSlug(journey.name || journey.id)}.journey.json`, text: exportJourneyFile(file) };
}

/** A file name from a journey name: letters, digits and dashes, accents dropped. */
export function fileSlug(name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 80) || 'journey';
}
