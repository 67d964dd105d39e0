/**
 * The schema upgrade, tested as it happens to a user: a database written by the version-1
 * schema is opened by the current app, and its data must come out migrated.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getAudience, getContactsPage, getJourney, listAudiences, listRevisions, openWorkspaceDb, WORKSPACE_DB_VERSION } from '../../../renderer/db';
import { storesV1 } from '../../../renderer/db/schema-v1';
import { contacts, journey } from './sample-data';

const NOW = Date.parse('2026-12-01T12:00:00Z');

async function createV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(storesV1);
  await v1.open();
  await v1.table('journeys').bulkAdd([
    { id: 'with-revisions', journey: journey('with-revisions', 'Edited twice'), updatedAt: 5 },
    { id: 'without', journey: journey('without', 'Never revised'), updatedAt: 6 },
  ]);
  await v1.table('journeyRevisions').bulkAdd([
    { journeyId: 'with-revisions', revision: 1, journey: journey('with-revisions', 'First'), savedAt: 1 },
    { journeyId: 'with-revisions', revision: 2, journey: journey('with-revisions', 'Edited twice'), savedAt: 5 },
  ]);
  await v1.table('audiences').add({ id: 'aud', name: 'Customers', createdAt: 3, count: 40 });
  const list = contacts(40, 0, '2026-12-01T06:00:00Z').map((c, seq) => ({ ...c, audienceId: 'aud', seq }));
  await v1.table('contacts').bulkAdd(list);
  v1.close();
}

describe('schema upgrade 1 -> 2', () => {
  it('migrates a version-1 database: journey revisions, audience summaries, inbound index', async () => {
    await createV1Database('upgrade-from-v1');
    const ws = openWorkspaceDb({ name: 'upgrade-from-v1', now: () => NOW, newId: () => 'unused' });
    await ws.db.open();
    expect(ws.db.verno).toBe(WORKSPACE_DB_VERSION);

    // A journey with revisions learns its latest; one without gets its first, stamped by the clock.
    expect(await getJourney('with-revisions')).toEqual({ journey: journey('with-revisions', 'Edited twice'), updatedAt: 5, revision: 2 });
    expect(await getJourney('without')).toMatchObject({ revision: 1, updatedAt: 6 });
    expect(await listRevisions('without')).toEqual([{ journeyId: 'without', revision: 1, savedAt: NOW, message: 'upgrade-v2' }]);

    // Audiences now carry their consent counts and attributes, and open windows count by index.
    const audiences = await listAudiences();
    expect(audiences).toEqual([
      { id: 'aud', name: 'Customers', count: 40, attributes: ['first_name'], createdAt: 3, consent: { total: 40, whatsappOptIn: 36, marketingOptIn: 14, openWindows: 8 } },
    ]);
    const indexed = await ws.db.contacts.where('[audienceId+lastInboundMs]').between(['aud', Dexie.minKey], ['aud', Dexie.maxKey]).count();
    expect(indexed).toBe(8);
    expect((await getContactsPage('aud', 0, 100))).toHaveLength(40);
    expect((await getAudience('aud'))?.consent.openWindows).toBe(8);
  });

  it('opens an empty version-1 database without error', async () => {
    const v1 = new Dexie('upgrade-empty');
    v1.version(1).stores(storesV1);
    await v1.open();
    v1.close();
    const ws = openWorkspaceDb({ name: 'upgrade-empty', now: () => NOW, newId: () => 'x' });
    await ws.db.open();
    expect(await listAudiences()).toEqual([]);
    expect(ws.db.verno).toBe(2);
  });
});
