import { describe, expect, it } from 'vitest';
import { listTemplateRevisions, listTemplates, saveTemplate, saveTemplates } from '../../../renderer/db';
import type { Template } from '../../../core/whatsapp/template';
import { injectWriteFaults } from './failing-writes';
import { template } from './sample-data';
import { openTestWorkspace } from './test-db';

/** What the library holds, revision by revision, to compare before and after. */
async function snapshot(names: readonly [string, string][]) {
  return {
    listed: await listTemplates(),
    revisions: await Promise.all(names.map(([name, language]) => listTemplateRevisions(name, language))),
  };
}

const file: Template[] = [
  template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}, nouvelle version.'),
  template('promo', 'fr', 'DRAFT', 'Promo {{1}}'),
  template('promo', 'en', 'DRAFT', 'Promo {{1}}'),
  template('reminder', 'fr', 'PENDING', 'Rappel {{1}}'),
];
const keys: [string, string][] = file.map((t) => [t.name, t.language]);

describe('importing templates', () => {
  it('saves every template of a file in one go, an approved one edited by a new revision', async () => {
    openTestWorkspace();
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}'));
    const saved = await saveTemplates(file);
    expect(saved.map((s) => [s.template.name, s.template.language, s.revision, s.template.status])).toEqual([
      ['welcome', 'fr', 2, 'PENDING'],
      ['promo', 'fr', 1, 'DRAFT'],
      ['promo', 'en', 1, 'DRAFT'],
      ['reminder', 'fr', 1, 'PENDING'],
    ]);
    expect((await listTemplates()).map((t) => `${t.name}/${t.language}`)).toEqual(['promo/en', 'promo/fr', 'reminder/fr', 'welcome/fr']);
  });

  it('leaves the library as it was when a write fails midway', async () => {
    const ws = openTestWorkspace();
    const faults = injectWriteFaults(ws.db, 'templates');
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}'));
    await saveTemplate(template('reminder', 'fr', 'DRAFT', 'Ancien rappel'));
    const before = await snapshot(keys);

    faults.failAfter(2);
    await expect(saveTemplates(file)).rejects.toThrow('the disk is full');
    expect(faults.writes).toBe(4); // the two earlier saves and two of the import went through before the failure

    expect(await snapshot(keys)).toEqual(before);
    // And the same import succeeds once writes work again.
    faults.failAfter(Infinity);
    await saveTemplates(file);
    expect((await listTemplates()).length).toBe(4);
  });

  it('refuses a file with one bad template before writing anything, naming it', async () => {
    const ws = openTestWorkspace();
    const faults = injectWriteFaults(ws.db, 'templates');
    await saveTemplate(template('welcome', 'fr'));
    const before = await snapshot(keys);
    const bad = [...file.slice(0, 2), { ...template('broken', 'de'), category: 'PROMO' } as unknown as Template, ...file.slice(2)];
    await expect(saveTemplates(bad)).rejects.toThrow(/template 3 \(broken\/de\): expected MARKETING, UTILITY or AUTHENTICATION/);
    expect(faults.writes).toBe(1);
    expect(await snapshot(keys)).toEqual(before);
  });
});
