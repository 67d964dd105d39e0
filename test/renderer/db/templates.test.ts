import { describe, expect, it } from 'vitest';
import { deleteTemplate, listTemplateRevisions, listTemplates, saveTemplate } from '../../../renderer/db';
import { template } from './sample-data';
import { openTestWorkspace } from './test-db';

describe('templates', () => {
  it('never changes an approved template in place: an edit is a new revision back in review', async () => {
    const ws = openTestWorkspace();
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}'));
    ws.clock.now += 1000;
    const edited = await saveTemplate(template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}} !'));
    expect(edited).toMatchObject({ revision: 2, savedAt: ws.clock.now });
    expect(edited.template.status).toBe('PENDING');

    // Journeys keep using the approved revision while the edit is reviewed.
    expect(await listTemplates()).toEqual([template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}')]);
    const revisions = await listTemplateRevisions('welcome', 'fr');
    expect(revisions.map((r) => [r.revision, r.template.status, r.template.components.body.text])).toEqual([
      [2, 'PENDING', 'Bonjour {{1}} !'],
      [1, 'APPROVED', 'Bonjour {{1}}'],
    ]);
  });

  it('approving the revision in review makes it the one journeys use', async () => {
    openTestWorkspace();
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'v1'));
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'v2'));
    const approved = await saveTemplate(template('welcome', 'fr', 'APPROVED', 'v2'));
    expect(approved.revision).toBe(2);
    expect((await listTemplates())[0]?.components.body.text).toBe('v2');
    expect(await listTemplateRevisions('welcome', 'fr')).toHaveLength(2);
  });

  it('writes a draft, or a status change alone, in place', async () => {
    openTestWorkspace();
    await saveTemplate(template('promo', 'en', 'DRAFT', 'one'));
    await saveTemplate(template('promo', 'en', 'DRAFT', 'two'));
    expect((await listTemplateRevisions('promo', 'en')).map((r) => r.revision)).toEqual([1]);
    await saveTemplate(template('promo', 'en', 'APPROVED', 'two'));
    await saveTemplate(template('promo', 'en', 'PAUSED', 'two'));
    const revisions = await listTemplateRevisions('promo', 'en');
    expect(revisions.map((r) => [r.revision, r.template.status])).toEqual([[1, 'PAUSED']]);
  });

  it('keeps languages apart and lists by name then language', async () => {
    openTestWorkspace();
    await saveTemplate(template('b', 'fr'));
    await saveTemplate(template('a', 'fr'));
    await saveTemplate(template('a', 'en'));
    expect((await listTemplates()).map((t) => `${t.name}/${t.language}`)).toEqual(['a/en', 'a/fr', 'b/fr']);
    await deleteTemplate('a', 'fr');
    expect((await listTemplates()).map((t) => `${t.name}/${t.language}`)).toEqual(['a/en', 'b/fr']);
  });
});
