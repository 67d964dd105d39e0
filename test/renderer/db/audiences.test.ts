import { describe, expect, it } from 'vitest';
import {
  appendContacts, beginAudienceImport, deleteAudience, discardAudienceImport, finishAudienceImport, getAudience,
  getContactsPage, listAudiences, removeInterruptedImports,
} from '../../../renderer/db';
import { contacts } from './sample-data';
import { openTestWorkspace } from './test-db';

async function importAudience(name: string, list: ReturnType<typeof contacts>, chunk = 1000): Promise<string> {
  const id = await beginAudienceImport(name);
  for (let i = 0; i < list.length; i += chunk) await appendContacts(id, i, list.slice(i, i + chunk));
  await finishAudienceImport(id, {
    count: list.length,
    whatsappOptIn: list.filter((c) => c.whatsappOptIn).length,
    marketingOptIn: list.filter((c) => c.marketingOptIn).length,
    attributes: ['first_name'],
  });
  return id;
}

describe('audiences and contacts', () => {
  it('pages contacts in file order, 100 at a time, without mixing audiences', async () => {
    openTestWorkspace();
    const a = await importAudience('A', contacts(2500), 700);
    await importAudience('B', contacts(300, 90_000));
    const page = await getContactsPage(a, 2400, 100);
    expect(page).toHaveLength(100);
    expect(page[0]).toEqual(contacts(1, 2400)[0]);
    expect(page[99]?.phone).toBe(contacts(1, 2499)[0]?.phone);
    expect(await getContactsPage(a, 2450, 100)).toHaveLength(50);
    expect(await getContactsPage(a, 3000, 100)).toEqual([]);
  });

  it('summarizes consent, counting windows open at the workspace clock by index', async () => {
    const ws = openTestWorkspace(Date.parse('2026-12-01T12:00:00Z'));
    const id = await importAudience('A', contacts(100, 0, '2026-12-01T00:00:00+01:00'));
    const expected = { total: 100, whatsappOptIn: 90, marketingOptIn: 34, openWindows: 20 };
    expect(await listAudiences()).toEqual([{ id, name: 'A', count: 100, attributes: ['first_name'], consent: expected, createdAt: ws.clock.now }]);
    // 24 hours after the inbound messages, every window has closed.
    ws.clock.now = Date.parse('2026-12-01T23:00:00Z');
    expect((await getAudience(id))?.consent.openWindows).toBe(0);
  });

  it('hides an import under way, and a failed one leaves nothing behind', async () => {
    const ws = openTestWorkspace();
    const id = await beginAudienceImport('Half');
    await appendContacts(id, 0, contacts(50));
    expect(await listAudiences()).toEqual([]);
    expect(await getAudience(id)).toBeUndefined();
    await discardAudienceImport(id);
    expect(await ws.db.contacts.count()).toBe(0);
    expect(await ws.db.audiences.count()).toBe(0);
  });

  it('removes at start-up the imports a crash interrupted, and only those', async () => {
    const ws = openTestWorkspace();
    const kept = await importAudience('Kept', contacts(10));
    const crashed = await beginAudienceImport('Crashed');
    await appendContacts(crashed, 0, contacts(20, 100));
    expect(await removeInterruptedImports()).toBe(1);
    expect((await listAudiences()).map((a) => a.id)).toEqual([kept]);
    expect(await ws.db.contacts.count()).toBe(10);
  });

  it('deletes an audience with its contacts', async () => {
    const ws = openTestWorkspace();
    const id = await importAudience('A', contacts(30));
    await deleteAudience(id);
    expect(await listAudiences()).toEqual([]);
    expect(await ws.db.contacts.count()).toBe(0);
  });
});
