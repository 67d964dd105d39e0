/**
 * A Meta channel's settings over a fake host: secrets go to the host and are shown only as stored
 * or not, the plain-text store asks first, the connection test and template sync answer in the
 * screen, and the webhook section gives the callback URL and a verify token shown once.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../core/api/host-api';
import type { Template } from '../../../core/whatsapp/template';
import { listChannels, listTemplateRevisions, listTemplates, saveTemplate } from '../../../renderer/db';
import { AppProviders } from '../../../renderer/src/app/AppProviders';
import { WorkspaceGate } from '../../../renderer/src/app/WorkspaceGate';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { ChannelsScreen } from '../../../renderer/src/screens/channels/ChannelsScreen';
import { callbackUrl } from '../../../renderer/src/screens/channels/meta/WebhookHelp';
import { newVerifyToken } from '../../../renderer/src/screens/channels/meta/secret-actions';
import { createFakeHost } from '../../support/fake-host';
import { openTestWorkspace } from '../db/test-db';
import { template } from '../db/sample-data';

async function openMetaSettings(info: Partial<AppInfo> = {}, language: 'en' | 'fr' = 'en') {
  openTestWorkspace();
  const host = createFakeHost(info);
  const user = userEvent.setup();
  render(
    <AppProviders host={host} i18n={createI18n(language)}>
      <WorkspaceGate>
        <ChannelsScreen />
      </WorkspaceGate>
    </AppProviders>,
  );
  await screen.findByRole('table');
  await user.click(screen.getByRole('button', { name: language === 'en' ? 'Connect a Meta number' : 'Connecter un numéro Meta' }));
  const panel = await screen.findByRole('region', { name: /Meta settings|Réglages Meta/ });
  const channelId = panel.getAttribute('data-channel')!;
  return { host, user, panel, channelId };
}

describe('Meta channel settings', () => {
  it('saves the ids with the channel and sends secrets to the host without ever showing them', async () => {
    const { host, user, panel, channelId } = await openMetaSettings();
    await user.type(within(panel).getByRole('textbox', { name: 'Phone number ID' }), '1098765');
    await user.type(within(panel).getByRole('textbox', { name: 'WhatsApp Business Account ID' }), '2034567');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await listChannels()).find((c) => c.id === channelId)).toMatchObject({ mode: 'meta', phoneNumberId: '1098765', wabaId: '2034567' }));

    const token = panel.querySelector('[data-secret="token"]') as HTMLElement;
    expect(await within(token).findByText('not stored')).toBeInTheDocument();
    await user.type(token.querySelector('input')!, 'EAAG-secret-value');
    await user.click(within(token).getByRole('button', { name: 'Store' }));
    expect(await within(token).findByText('stored')).toBeInTheDocument();
    expect(host.secretValues.get(`${channelId}:token`)).toBe('EAAG-secret-value');
    expect(document.body.textContent).not.toContain('EAAG-secret-value');
    expect((token.querySelector('input') as HTMLInputElement).value).toBe('');

    await user.click(within(token).getByRole('button', { name: 'Remove — Access token' }));
    expect(await within(token).findByText('not stored')).toBeInTheDocument();
    expect(host.secretValues.has(`${channelId}:token`)).toBe(false);
  });

  it('asks before keeping a secret in plain text, and stores nothing when refused', async () => {
    const { host, user, panel, channelId } = await openMetaSettings({ secretStorage: 'plaintext' });
    const secret = panel.querySelector('[data-secret="app-secret"]') as HTMLElement;
    await user.type(secret.querySelector('input')!, 'abc123');
    await user.click(within(secret).getByRole('button', { name: 'Store' }));
    await user.click(await screen.findByRole('button', { name: 'Do not store it' }));
    expect(host.secretValues.has(`${channelId}:app-secret`)).toBe(false);

    await user.type(secret.querySelector('input')!, 'abc123');
    await user.click(within(secret).getByRole('button', { name: 'Store' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Keep secrets in a plain-text file?');
    await user.click(screen.getByRole('button', { name: 'Keep it in plain text' }));
    await waitFor(() => expect(host.secretValues.get(`${channelId}:app-secret`)).toBe('abc123'));
    expect(host.calls.filter((c) => c.name === 'secrets:set').map((c) => (c.args as { allowPlainText?: boolean }).allowPlainText)).toEqual([undefined, undefined, true]);
  });

  it('tests the connection and syncs templates into the library', async () => {
    const { host, user, panel } = await openMetaSettings();
    await user.click(within(panel).getByRole('button', { name: 'Test connection' }));
    expect(await within(panel).findByText('Connected: Maison Durand (+33 6 12 34 56 78), quality GREEN, messaging limit 2000.')).toBeInTheDocument();
    host.failCalls('channels:testConnection', { code: 'channels/no-token', message: 'no access token stored for channel x' });
    await user.click(within(panel).getByRole('button', { name: 'Test connection' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('The connection failed: no access token stored');

    host.channelAnswers.templates = { templates: [template('meta_promo', 'fr'), template('meta_welcome', 'en')], skipped: ['odd (fr)'] };
    const before = (await listTemplates()).length;
    await user.click(within(panel).getByRole('button', { name: 'Sync templates from Meta' }));
    expect(await within(panel).findByText('2 templates synced from Meta.')).toBeInTheDocument();
    expect(within(panel).getByText('Not readable, left out: odd (fr)')).toBeInTheDocument();
    const names = (await listTemplates()).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['meta_promo', 'meta_welcome']));
    expect(names.length).toBe(before + 2);
  });

  it('merges a sync like the Templates screen’s refresh: Meta’s statuses taken, content of a revision never changed in place, no new revision', async () => {
    const { host, user, panel } = await openMetaSettings();
    await saveTemplate(template('known_ok', 'fr', 'APPROVED', 'Texte approuvé {{1}}'));
    await saveTemplate(template('known_paused', 'fr', 'APPROVED', 'Autre texte {{1}}'));
    // Meta's copy differs from the approved revision: a plain save would have made it a new pending revision.
    host.channelAnswers.templates = {
      templates: [
        { ...template('known_ok', 'fr', 'APPROVED', 'Texte de Meta {{1}}'), metaId: '501' } as Template,
        { ...template('known_paused', 'fr', 'PAUSED', 'Autre texte {{1}}'), metaId: '502' } as Template,
        { ...template('meta_new', 'en', 'APPROVED', 'Hello {{1}}'), metaId: '503' } as Template,
      ],
      skipped: [],
    };
    await user.click(within(panel).getByRole('button', { name: 'Sync templates from Meta' }));
    expect(await within(panel).findByText('3 templates synced from Meta.')).toBeInTheDocument();
    expect(within(panel).getByText(/: 1 changed, 1 added, 1 unchanged\.$/)).toBeInTheDocument();

    const ok = await listTemplateRevisions('known_ok', 'fr');
    expect(ok.map((r) => [r.revision, r.template.status, r.template.components.body.text])).toEqual([[1, 'APPROVED', 'Texte approuvé {{1}}']]);
    expect(ok[0]!.review).toMatchObject({ id: '501' });
    expect((await listTemplateRevisions('known_paused', 'fr')).map((r) => [r.revision, r.template.status])).toEqual([[1, 'PAUSED']]);
    const added = await listTemplateRevisions('meta_new', 'en');
    expect(added).toHaveLength(1);
    expect(added[0]!.template).not.toHaveProperty('metaId');
    expect(added[0]!.review).toMatchObject({ id: '503' });
  });

  it('says why a sync failed and changes nothing', async () => {
    const { host, user, panel } = await openMetaSettings();
    const before = await listTemplates();
    host.failCalls('templates:sync', { code: 'channels/no-token', message: 'no access token stored for channel x' });
    await user.click(within(panel).getByRole('button', { name: 'Sync templates from Meta' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Templates could not be synced: no access token stored for channel x');
    expect(await listTemplates()).toEqual(before);
  });

  it('shows the receiver’s real local address, the callback URL for a tunnel and a verify token shown once and kept by the host', async () => {
    const { host, user, panel, channelId } = await openMetaSettings();
    expect(await within(panel).findByTestId('local-url')).toHaveTextContent(`http://127.0.0.1:8790/webhooks/${channelId}`);
    expect(host.calls.find((c) => c.name === 'channels:webhook')?.args).toMatchObject({ channel: { id: channelId, mode: 'meta' } });
    expect(within(panel).queryByTestId('callback-url')).toBeNull();
    await user.type(within(panel).getByRole('textbox', { name: 'Public address of your tunnel' }), 'https://shop.trycloudflare.com/');
    expect(within(panel).getByTestId('callback-url')).toHaveTextContent(`https://shop.trycloudflare.com/webhooks/${channelId}`);
    await user.click(within(panel).getByRole('button', { name: 'Make a new verify token' }));
    const shown = (await within(panel).findByTestId('verify-token')).textContent;
    expect(host.secretValues.get(`${channelId}:verify-token`)).toBe(shown);
  });

  it('says so when the host’s receiver does not answer, and shows no callback URL', async () => {
    openTestWorkspace();
    const host = createFakeHost();
    host.failCalls('channels:webhook', { code: 'channels/no-gateway', message: 'this host runs no webhook receiver' });
    const user = userEvent.setup();
    render(
      <AppProviders host={host} i18n={createI18n('en')}>
        <WorkspaceGate>
          <ChannelsScreen />
        </WorkspaceGate>
      </AppProviders>,
    );
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Connect a Meta number' }));
    const panel = await screen.findByRole('region', { name: /Meta settings/ });
    expect(await within(panel).findByText('The app’s webhook receiver did not answer: this host runs no webhook receiver')).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: 'Public address of your tunnel' }), 'https://shop.trycloudflare.com');
    expect(within(panel).queryByTestId('callback-url')).toBeNull();
  });

  it('speaks French', async () => {
    const { panel } = await openMetaSettings({}, 'fr');
    expect(within(panel).getByRole('button', { name: 'Tester la connexion' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Webhooks : statuts de remise et réponses' })).toBeInTheDocument();
  });
});

describe('webhook helpers', () => {
  it('builds the callback URL from an https address and the channel’s path only', () => {
    expect(callbackUrl('https://a.example/base/', '/webhooks/shop')).toBe('https://a.example/base/webhooks/shop');
    expect(callbackUrl(' https://a.example ', '/webhooks/shop')).toBe('https://a.example/webhooks/shop');
    expect(callbackUrl('http://a.example', '/webhooks/shop')).toBeNull();
    expect(callbackUrl('not a url', '/webhooks/shop')).toBeNull();
  });

  it('makes URL-safe verify tokens from 24 random bytes', () => {
    expect(newVerifyToken((b) => b.fill(255))).toBe('_'.repeat(32));
    expect(newVerifyToken()).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
