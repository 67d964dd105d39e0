import { describe, expect, it } from 'vitest';
import type { Template } from '../../../core/whatsapp/template';
import {
  awaitsSubmission, listTemplateEntries, listTemplateRevisions, listTemplates, mergeTemplateStatuses, recordSubmission, saveTemplate,
} from '../../../renderer/db';
import { injectWriteFaults } from './failing-writes';
import { template } from './sample-data';
import { openTestWorkspace } from './test-db';

const sandbox = { id: 'ch-sandbox', businessUnit: 'bu-demo' };
const synced = (name: string, language: string, status: Template['status'], body = 'Bonjour {{1}}, bienvenue.', extra: Record<string, unknown> = {}): Template => ({
  name, language, category: 'UTILITY', status, components: { body: { text: body } }, ...extra,
});

describe('submitting a template for review', () => {
  it('records the channel, Meta’s id and answer on the revision sent, and the category Meta chose', async () => {
    const ws = openTestWorkspace();
    await saveTemplate(template('autumn', 'fr', 'DRAFT', 'Bonjour {{1}}'));
    const [entry] = await listTemplateEntries();
    expect(awaitsSubmission(entry!.latest)).toBe(true);
    ws.clock.now += 60_000;
    const sent = await recordSubmission('autumn', 'fr', 1, 'ch-sandbox', { id: '1000000000001', status: 'PENDING', category: 'MARKETING' });
    expect(sent).toMatchObject({ revision: 1, template: { status: 'PENDING', category: 'MARKETING', components: { body: { text: 'Bonjour {{1}}' } } } });
    expect(sent.review).toEqual({ channelId: 'ch-sandbox', id: '1000000000001', submittedAt: ws.clock.now });
    expect(awaitsSubmission(sent)).toBe(false);
    expect((await listTemplateRevisions('autumn', 'fr')).map((r) => r.revision)).toEqual([1]);
  });

  it('says which revisions wait to be sent: drafts and edits put back to review, not what a channel has', () => {
    expect(awaitsSubmission({ template: template('a', 'fr', 'DRAFT') })).toBe(true);
    expect(awaitsSubmission({ template: template('a', 'fr', 'PENDING') })).toBe(true);
    expect(awaitsSubmission({ template: template('a', 'fr', 'PENDING'), review: { channelId: 'c' } })).toBe(false);
    expect(awaitsSubmission({ template: template('a', 'fr', 'APPROVED') })).toBe(false);
  });

  it('refuses to record a revision that does not exist', async () => {
    openTestWorkspace();
    await expect(recordSubmission('ghost', 'fr', 1, 'ch-sandbox', { id: '1', status: 'PENDING' })).rejects.toThrow('no revision 1 of template ghost (fr)');
  });
});

describe('merging statuses from a sync', () => {
  it('approves the revision in review, which journeys then use', async () => {
    openTestWorkspace();
    await saveTemplate(template('autumn', 'fr', 'DRAFT'));
    await recordSubmission('autumn', 'fr', 1, 'ch-sandbox', { id: '1', status: 'PENDING' });
    const merge = await mergeTemplateStatuses(sandbox, [synced('autumn', 'fr', 'APPROVED')]);
    expect(merge).toEqual({ changed: [{ name: 'autumn', language: 'fr', revision: 1, from: 'PENDING', to: 'APPROVED' }], added: [], unchanged: 0, drafts: 0 });
    expect((await listTemplates())[0]).toMatchObject({ name: 'autumn', status: 'APPROVED', businessUnit: 'bu-demo' });
  });

  it('keeps Meta’s reason for a rejection, and drops it when a later review approves', async () => {
    openTestWorkspace();
    await saveTemplate(template('autumn', 'fr', 'DRAFT'));
    await recordSubmission('autumn', 'fr', 1, 'ch-sandbox', { id: '1', status: 'PENDING' });
    const rejected = await mergeTemplateStatuses(sandbox, [synced('autumn', 'fr', 'REJECTED', 'x', { rejectedReason: 'INVALID_FORMAT' })]);
    expect(rejected.changed).toEqual([{ name: 'autumn', language: 'fr', revision: 1, from: 'PENDING', to: 'REJECTED', reason: 'INVALID_FORMAT' }]);
    expect((await listTemplateEntries())[0]!.latest.review).toMatchObject({ channelId: 'ch-sandbox', id: '1', reason: 'INVALID_FORMAT' });
    // The same answer again changes nothing.
    expect(await mergeTemplateStatuses(sandbox, [synced('autumn', 'fr', 'REJECTED', 'x', { rejectedReason: 'INVALID_FORMAT' })])).toMatchObject({ changed: [], unchanged: 1 });
    await mergeTemplateStatuses(sandbox, [synced('autumn', 'fr', 'APPROVED')]);
    expect((await listTemplateEntries())[0]!.latest.review).toEqual({ channelId: 'ch-sandbox', id: '1', submittedAt: expect.any(Number) });
  });

  it('never changes an approved revision’s content, nor loses a local edit', async () => {
    openTestWorkspace();
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}'));
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}, édité.')); // revision 2, PENDING, not sent yet
    await saveTemplate(template('promo', 'fr', 'DRAFT', 'Mon brouillon'));
    // Meta's copy differs in wording: the sync speaks of status only.
    const merge = await mergeTemplateStatuses(sandbox, [synced('welcome', 'fr', 'PAUSED', 'Autre texte'), synced('promo', 'fr', 'APPROVED', 'Texte de Meta')]);
    expect(merge).toMatchObject({ changed: [{ name: 'welcome', revision: 1, from: 'APPROVED', to: 'PAUSED' }], drafts: 1 });
    const welcome = await listTemplateRevisions('welcome', 'fr');
    expect(welcome.map((r) => [r.revision, r.template.status, r.template.components.body.text])).toEqual([
      [2, 'PENDING', 'Bonjour {{1}}, édité.'],
      [1, 'PAUSED', 'Bonjour {{1}}'],
    ]);
    expect((await listTemplateRevisions('promo', 'fr')).map((r) => [r.template.status, r.template.components.body.text])).toEqual([['DRAFT', 'Mon brouillon']]);
  });

  it('approves an edit sent for review while journeys kept the approved revision, and a rejected edit leaves them on it', async () => {
    openTestWorkspace();
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'v1 {{1}}'));
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'v2 {{1}}'));
    await recordSubmission('welcome', 'fr', 2, 'ch-sandbox', { id: '7', status: 'PENDING' });
    await mergeTemplateStatuses(sandbox, [synced('welcome', 'fr', 'REJECTED', 'v2 {{1}}', { rejectedReason: 'TAG_CONTENT_MISMATCH' })]);
    expect((await listTemplates())[0]!.components.body.text).toBe('v1 {{1}}');
    expect((await listTemplateRevisions('welcome', 'fr')).map((r) => r.template.status)).toEqual(['REJECTED', 'APPROVED']);
    await mergeTemplateStatuses(sandbox, [synced('welcome', 'fr', 'APPROVED', 'v2 {{1}}')]);
    expect((await listTemplates())[0]!.components.body.text).toBe('v2 {{1}}');
  });

  it('adds a template the library lacks with the channel’s business unit, and leaves other channels’ reviews alone', async () => {
    openTestWorkspace();
    await saveTemplate(template('autumn', 'fr', 'DRAFT'));
    await recordSubmission('autumn', 'fr', 1, 'ch-meta', { id: '9', status: 'PENDING' });
    const merge = await mergeTemplateStatuses(sandbox, [synced('from_meta', 'en', 'APPROVED', 'Hello', { rejectedReason: 'NONE' })]);
    expect(merge.added).toEqual([{ name: 'from_meta', language: 'en', status: 'APPROVED' }]);
    const entries = await listTemplateEntries();
    expect(entries.map((e) => [e.template.name, e.template.status, e.template.businessUnit, e.latest.review?.channelId])).toEqual([
      ['autumn', 'PENDING', 'bu-demo', 'ch-meta'],
      ['from_meta', 'APPROVED', 'bu-demo', 'ch-sandbox'],
    ]);
    expect(entries[1]!.template).not.toHaveProperty('rejectedReason');
  });

  it('records Meta’s id from a sync on the revision it is about, not as a change, and never on another channel’s review', async () => {
    openTestWorkspace();
    await saveTemplate(template('welcome', 'fr', 'APPROVED'));
    await saveTemplate(template('autumn', 'fr', 'DRAFT'));
    await recordSubmission('autumn', 'fr', 1, 'ch-meta', { id: '9', status: 'APPROVED' });
    const savedAt = (await listTemplateRevisions('welcome', 'fr'))[0]!.savedAt;
    const merge = await mergeTemplateStatuses(sandbox, [
      synced('welcome', 'fr', 'APPROVED', 'Bonjour {{1}}, bienvenue.', { metaId: '1000000000007' }),
      synced('autumn', 'fr', 'APPROVED', 'Bonjour {{1}}, bienvenue.', { metaId: '1000000000008' }),
    ]);
    expect(merge).toMatchObject({ changed: [], added: [], unchanged: 2 });
    const [welcome] = await listTemplateRevisions('welcome', 'fr');
    expect(welcome).toMatchObject({ savedAt, review: { channelId: 'ch-sandbox', id: '1000000000007' } });
    expect(welcome!.template).not.toHaveProperty('metaId');
    expect((await listTemplateRevisions('autumn', 'fr'))[0]!.review).toEqual(expect.objectContaining({ channelId: 'ch-meta', id: '9' }));
  });

  it('changes nothing when a write fails midway', async () => {
    const ws = openTestWorkspace();
    const faults = injectWriteFaults(ws.db, 'templates');
    await saveTemplate(template('a', 'fr', 'PENDING'));
    await saveTemplate(template('b', 'fr', 'PENDING'));
    const before = await listTemplateEntries();
    faults.failAfter(1);
    await expect(mergeTemplateStatuses(sandbox, [synced('a', 'fr', 'APPROVED'), synced('b', 'fr', 'APPROVED')])).rejects.toThrow('disk is full');
    expect(await listTemplateEntries()).toEqual(before);
  });
});
