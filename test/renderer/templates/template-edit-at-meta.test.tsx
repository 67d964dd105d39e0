/**
 * A new revision of a template Meta already holds is submitted as an edit of it (its Meta id,
 * learnt from a refresh or an earlier submission), never as a new template Meta would refuse.
 * Whole Templates screen over the fake host on fake-indexeddb.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../core/whatsapp/template';
import { listTemplateEntries, listTemplateRevisions, listTemplates, saveTemplate } from '../../../renderer/db';
import { TemplatesScreen } from '../../../renderer/src/screens/templates/TemplatesScreen';
import { ensureWorkspace } from '../../../renderer/src/workspace/first-start';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen } from '../screens/render-screen';

const SLOW = 20_000;

const approved: Template = {
  name: 'promo_hiver', language: 'fr', category: 'MARKETING', status: 'APPROVED', businessUnit: 'bu-demo',
  components: { body: { text: 'Bonjour {{1}}, -20 % cet hiver.' } }, examples: { '1': 'Camille' },
};
const edited: Template = { ...approved, components: { body: { text: 'Bonjour {{1}}, -30 % cet hiver.' } } };
const atMeta = (template: Template, status: Template['status']) => ({ ...template, status, businessUnit: undefined, metaId: '1000000000042' }) as unknown as Template;

describe('Templates screen: editing a template Meta holds', { timeout: SLOW }, () => {
  it('sends the new revision as an edit of Meta’s id, keeps the approved one in use while it is in review, then takes the approval', async () => {
    openTestWorkspace();
    await ensureWorkspace();
    await saveTemplate(approved);
    await saveTemplate(edited);
    expect((await listTemplateRevisions('promo_hiver', 'fr')).map((r) => r.template.status)).toEqual(['PENDING', 'APPROVED']);
    const { user, host } = renderScreen(<TemplatesScreen />);

    // A refresh learns Meta's id for the approved revision; it changes no status.
    host.channelAnswers.templates = { templates: [atMeta(approved, 'APPROVED')], skipped: [] };
    await user.click(await screen.findByRole('button', { name: 'Refresh statuses' }, { timeout: 5000 }));
    await waitFor(async () => expect((await listTemplateRevisions('promo_hiver', 'fr'))[1]!.review).toMatchObject({ channelId: 'ch-sandbox', id: '1000000000042' }));

    await user.click(await screen.findByRole('button', { name: 'Submit promo_hiver (fr) for review' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/Sent to Maison Dupont \(sandbox\): status Pending \(Meta id 1000000000042\)/)).toBeInTheDocument();
    const submits = host.calls.filter((c) => c.name === 'templates:submit');
    expect(submits).toHaveLength(1);
    expect(submits[0]!.args).toEqual({
      channel: expect.objectContaining({ id: 'ch-sandbox' }),
      template: { ...edited, status: 'PENDING' },
      edit: { templateId: '1000000000042' },
    });
    const inReview = (await listTemplateEntries()).find((e) => e.template.name === 'promo_hiver')!;
    expect(inReview).toMatchObject({ template: approved, revision: 1, latest: { revision: 2, template: { status: 'PENDING' }, review: { channelId: 'ch-sandbox', id: '1000000000042' } } });

    host.channelAnswers.templates = { templates: [atMeta(edited, 'APPROVED')], skipped: [] };
    await user.click(screen.getByRole('button', { name: 'Refresh statuses' }));
    expect(await screen.findByText('promo_hiver (fr), revision 2: Pending → Approved')).toBeInTheDocument();
    const used = (await listTemplates()).find((t) => t.name === 'promo_hiver')!;
    expect(used.components.body.text).toBe('Bonjour {{1}}, -30 % cet hiver.');
    expect(used.status).toBe('APPROVED');
    // The first approved revision is kept as it was approved.
    expect((await listTemplateRevisions('promo_hiver', 'fr'))[1]!.template).toEqual(approved);
  });

  it('asks the channel for Meta’s id when the workspace never learnt it, and merges nothing meanwhile', async () => {
    openTestWorkspace();
    await ensureWorkspace();
    await saveTemplate(approved);
    await saveTemplate({ ...edited, category: 'UTILITY' });
    const { user, host } = renderScreen(<TemplatesScreen />);
    host.channelAnswers.templates = { templates: [atMeta(approved, 'PAUSED')], skipped: [] };
    await user.click(await screen.findByRole('button', { name: 'Submit promo_hiver (fr) for review' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByText(/Sent to Maison Dupont \(sandbox\)/);
    expect(host.calls.map((c) => c.name).filter((n) => n.startsWith('templates:'))).toEqual(['templates:sync', 'templates:submit']);
    expect(host.calls.find((c) => c.name === 'templates:submit')!.args).toMatchObject({ edit: { templateId: '1000000000042', changesCategory: true } });
    // The listing only told the id: the approved revision keeps its status and has no review record.
    const first = (await listTemplateRevisions('promo_hiver', 'fr'))[1]!;
    expect(first.template.status).toBe('APPROVED');
    expect(first.review).toBeUndefined();
  });

  it('submits as a new template when no earlier revision went to that channel', async () => {
    openTestWorkspace();
    await ensureWorkspace();
    await saveTemplate({ ...approved, status: 'DRAFT' });
    const { user, host } = renderScreen(<TemplatesScreen />);
    await user.click(await screen.findByRole('button', { name: 'Submit promo_hiver (fr) for review' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByText(/Sent to Maison Dupont \(sandbox\)/);
    const submit = host.calls.find((c) => c.name === 'templates:submit')!;
    expect(submit.args).not.toHaveProperty('edit');
  });
});
