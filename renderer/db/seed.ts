/**
 * Filling an empty workspace (the sample on first start) in one transaction: either all of
 * it is there or none, and a workspace that already holds anything is never touched.
 */
import type { Contact, Channel, Journey } from '../../core/journey';
import type { Template } from '../../core/whatsapp/template';
import { workspace } from './providers';
import { toContactRow } from './contact-rows';

export type WorkspaceContent = {
  channels: Channel[];
  templates: Template[];
  audiences: { name: string; contacts: Contact[]; attributes: string[] }[];
  journeys: Journey[];
};

const SEEDED = 'seededAt';

/**
 * Writes `content` when the workspace has never been seeded and holds no journey, channel or
 * template. Returns whether it wrote. A user who deleted the sample does not get it back.
 */
export async function seedWorkspace(content: WorkspaceContent): Promise<boolean> {
  const { db, now, newId } = workspace();
  return db.transaction('rw', db.tables, async () => {
    const seeded = await db.meta.get(SEEDED);
    const used = (await db.journeys.count()) + (await db.channels.count()) + (await db.templates.count());
    if (seeded || used > 0) return false;
    const at = now();
    await db.channels.bulkAdd(content.channels.map((channel) => ({ id: channel.id, channel, updatedAt: at })));
    await db.templates.bulkAdd(
      content.templates.map((template) => ({
        name: template.name, language: template.language, revision: 1, template, savedAt: at,
        ...(template.businessUnit !== undefined ? { businessUnit: template.businessUnit } : {}),
      })),
    );
    for (const audience of content.audiences) {
      const id = newId();
      const rows = audience.contacts.map((contact, seq) => toContactRow(contact, id, seq));
      await db.contacts.bulkAdd(rows);
      await db.audiences.add({
        id, name: audience.name, createdAt: at, status: 'ready', count: rows.length, attributes: audience.attributes,
        whatsappOptIn: rows.filter((c) => c.whatsappOptIn).length,
        marketingOptIn: rows.filter((c) => c.marketingOptIn).length,
      });
    }
    await db.journeys.bulkAdd(content.journeys.map((journey) => ({ id: journey.id, journey, updatedAt: at, revision: 1 })));
    await db.journeyRevisions.bulkAdd(content.journeys.map((journey) => ({ journeyId: journey.id, revision: 1, journey, savedAt: at, message: 'sample' })));
    await db.meta.put({ key: SEEDED, value: at });
    return true;
  });
}
