import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../core/whatsapp/template';
import { listTemplateEntries, listTemplates, saveTemplate } from '../../../renderer/db';
import { TemplatesScreen } from '../../../renderer/src/screens/templates/TemplatesScreen';
import { ensureWorkspace } from '../../../renderer/src/workspace/first-start';
import { injectWriteFaults } from '../db/failing-writes';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen, textFile } from '../screens/render-screen';

/** Whole screens in jsdom over fake-indexeddb take seconds when the whole suite runs at once. */
const SLOW = 20_000;

const imported = (name: string, language: string): Template => ({
  name, language, category: 'UTILITY', status: 'DRAFT', businessUnit: 'bu-demo', components: { body: { text: `Bonjour {{1}} (${language})` } },
});

describe('Templates screen import', { timeout: SLOW }, () => {
  it('changes nothing when the database fails midway through the file, and says why', async () => {
    const ws = openTestWorkspace();
    const faults = injectWriteFaults(ws.db, 'templates');
    await ensureWorkspace();
    renderScreen(<TemplatesScreen />);
    const table = await screen.findByRole('table', { name: 'Your templates' }, { timeout: 5000 });
    const before = await listTemplates();
    const rowsBefore = within(table).getAllByRole('row').length;

    faults.failAfter(1);
    const file = [imported('autumn', 'fr'), imported('autumn', 'en'), imported('winter', 'fr')];
    fireEvent.change(screen.getByLabelText('Import templates (JSON)'), { target: { files: [textFile('three.json', JSON.stringify(file))] } });
    expect(await screen.findByText('Nothing was imported, the library is as it was: QuotaExceededError: the disk is full')).toBeInTheDocument();

    expect(await listTemplates()).toEqual(before);
    expect(within(table).getAllByRole('row')).toHaveLength(rowsBefore);
    expect(within(table).queryByRole('rowheader', { name: 'autumn' })).toBeNull();
  });

  it('adds every template of a good file to the table', async () => {
    openTestWorkspace();
    renderScreen(<TemplatesScreen />);
    await screen.findByRole('table', { name: 'Your templates' }, { timeout: 5000 });
    const file = [imported('autumn', 'fr'), imported('autumn', 'en')];
    fireEvent.change(screen.getByLabelText('Import templates (JSON)'), { target: { files: [textFile('two.json', JSON.stringify(file))] } });
    expect(await screen.findByText('2 templates imported.')).toBeInTheDocument();
    expect(await screen.findAllByRole('rowheader', { name: 'autumn' })).toHaveLength(2);
  });
});

describe('Templates screen review at Meta', { timeout: SLOW }, () => {
  const winter: Template = {
    name: 'promo_hiver', language: 'fr', category: 'MARKETING', status: 'DRAFT', businessUnit: 'bu-demo',
    components: { body: { text: 'Bonjour {{1}}, -20 % cet hiver.' } }, examples: { '1': 'Camille' },
  };

  it('submits a draft to the sample sandbox channel through the host, then takes Meta’s approval from a refresh', async () => {
    openTestWorkspace();
    await ensureWorkspace();
    await saveTemplate(winter);
    const { user, host } = renderScreen(<TemplatesScreen />);
    await user.click(await screen.findByRole('button', { name: 'Submit promo_hiver (fr) for review' }, { timeout: 5000 }));
    host.channelAnswers.submission = { id: '1000000000042', status: 'PENDING', category: 'MARKETING' };
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/Sent to Maison Dupont \(sandbox\): status Pending \(Meta id 1000000000042\)/)).toBeInTheDocument();

    const call = host.calls.find((c) => c.name === 'templates:submit')!;
    expect(call.args).toMatchObject({ channel: { id: 'ch-sandbox', mode: 'sandbox' }, template: { ...winter, status: 'PENDING' } });
    const sent = (await listTemplateEntries()).find((e) => e.template.name === 'promo_hiver')!;
    expect(sent.latest).toMatchObject({ template: { status: 'PENDING' }, review: { channelId: 'ch-sandbox', id: '1000000000042' } });
    const row = () => screen.getByRole('rowheader', { name: 'promo_hiver' }).closest('tr')!;
    await waitFor(() => expect(within(row()).getByText('In review at Maison Dupont (sandbox)')).toBeInTheDocument());

    host.channelAnswers.templates = { templates: [{ ...winter, status: 'APPROVED', businessUnit: undefined } as unknown as Template], skipped: [] };
    await user.click(screen.getByRole('button', { name: 'Refresh statuses' }));
    expect(await screen.findByText('promo_hiver (fr), revision 1: Pending → Approved')).toBeInTheDocument();
    expect(host.calls.filter((c) => c.name === 'templates:sync').map((c) => (c.args as { channel: { id: string } }).channel.id)).toEqual(['ch-sandbox']);
    await waitFor(() => expect(within(row()).getAllByRole('cell')[2]).toHaveTextContent(/^Approved$/));
    expect((await listTemplates()).find((t) => t.name === 'promo_hiver')).toEqual({ ...winter, status: 'APPROVED' });
  });

  it('shows Meta’s refusal and records nothing', async () => {
    openTestWorkspace();
    await ensureWorkspace();
    await saveTemplate(winter);
    const { user, host } = renderScreen(<TemplatesScreen />);
    host.failCalls('templates:submit', { code: 'channels/graph-error', message: 'Meta error 100: Invalid parameter (Content in fr already exists for promo_hiver.)' });
    await user.click(await screen.findByRole('button', { name: 'Submit promo_hiver (fr) for review' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Not submitted: Meta error 100: Invalid parameter (Content in fr already exists for promo_hiver.)')).toBeInTheDocument();
    const latest = (await listTemplateEntries()).find((e) => e.template.name === 'promo_hiver')!.latest;
    expect(latest.template.status).toBe('DRAFT');
    expect(latest.review).toBeUndefined();
  });
});
