import { describe, expect, it } from 'vitest';
import {
  exportWorkspace, getJourney, listAudiences, listChannels, listTemplates, restoreWorkspace, saveChannel, saveJourney, saveTemplate,
  appendContacts, beginAudienceImport, finishAudienceImport, getContactsPage,
} from '../../../renderer/db';
import { channel, contacts, journey, template } from './sample-data';
import { openTestWorkspace } from './test-db';

async function fill(): Promise<void> {
  await saveJourney(journey('j1', 'Kept'));
  await saveTemplate(template('welcome'));
  await saveChannel(channel('ch'));
  const id = await beginAudienceImport('Customers');
  await appendContacts(id, 0, contacts(250));
  await finishAudienceImport(id, { count: 250, whatsappOptIn: 225, marketingOptIn: 84, attributes: ['first_name'] });
}

/** Everything a user would see, to compare a workspace before and after. */
async function snapshot() {
  const audiences = await listAudiences();
  return {
    journey: await getJourney('j1'),
    journeyX: await getJourney('jx'),
    templates: await listTemplates(),
    channels: await listChannels(),
    audiences,
    page: audiences[0] ? await getContactsPage(audiences[0].id, 200, 100) : [],
  };
}

/** jsdom's Blob has no text(): read it as a browser would before .text() existed. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const text = (content: string) => new Blob([content], { type: 'application/json' });

describe('workspace backup and restore', () => {
  it('restores a backup over a changed workspace, exactly as it was', async () => {
    openTestWorkspace();
    await fill();
    const before = await snapshot();
    const backup = await exportWorkspace();

    await saveJourney(journey('j1', 'Changed after the backup'));
    await saveJourney(journey('jx'));
    const outcome = await restoreWorkspace(backup);
    expect(outcome).toMatchObject({ ok: true });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a corrupt file', text('{"formatName":"dexie","data":{"tables":[{"na'), 'not-a-backup'],
    ['a file that is not JSON at all', text('PK\u0003\u0004 zip bytes'), 'not-a-backup'],
    ['a journey file (the wrong format)', text(JSON.stringify({ format: 'wa-journey', version: 1, journey: journey('j9') })), 'not-a-backup'],
  ])('refuses %s and leaves the workspace exactly as it was', async (_what, file, reason) => {
    openTestWorkspace();
    await fill();
    const before = await snapshot();
    const outcome = await restoreWorkspace(file);
    expect(outcome).toMatchObject({ ok: false, reason });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a backup with a damaged row after clearing nothing', async () => {
    openTestWorkspace();
    await fill();
    const backup = JSON.parse(await readBlob(await exportWorkspace()));
    // Damage the last contact: the tables before it would already be refilled by then.
    const contactsTable = backup.data.data.find((t: { tableName: string }) => t.tableName === 'contacts');
    contactsTable.rows[contactsTable.rows.length - 1].phone = 'not a phone';
    await saveJourney(journey('jx', 'Made after the backup'));
    const before = await snapshot();

    const outcome = await restoreWorkspace(text(JSON.stringify(backup)));
    expect(outcome).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a backup of another schema version', async () => {
    openTestWorkspace();
    await fill();
    const backup = JSON.parse(await readBlob(await exportWorkspace()));
    backup.data.databaseVersion = 7;
    const before = await snapshot();
    expect(await restoreWorkspace(text(JSON.stringify(backup)))).toMatchObject({ ok: false, reason: 'other-version' });
    expect(await snapshot()).toEqual(before);
  });
});
