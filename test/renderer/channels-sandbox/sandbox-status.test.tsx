/**
 * A sandbox channel's settings over a fake host: the app sandbox shown running at its URL,
 * its connection test and template sync going to the host with the sandbox channel, in EN and FR.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../../renderer/db';
import { ChannelsScreen } from '../../../renderer/src/screens/channels/ChannelsScreen';
import { openTestWorkspace } from '../db/test-db';
import { template } from '../db/sample-data';
import { renderScreen } from '../screens/render-screen';

async function openSandboxSettings(language: 'en' | 'fr' = 'en') {
  openTestWorkspace();
  const rendered = renderScreen(<ChannelsScreen />, language);
  const edit = language === 'en' ? 'Edit Maison Dupont (sandbox)' : 'Modifier Maison Dupont (sandbox)';
  await rendered.user.click(await screen.findByRole('button', { name: edit }));
  const panel = await screen.findByRole('region', { name: /^(Built-in sandbox|Sandbox intégré)/ });
  return { ...rendered, panel };
}

describe('sandbox channel settings', () => {
  it('shows the app sandbox running at its URL', async () => {
    const { panel, host } = await openSandboxSettings();
    expect(within(panel).getByRole('heading', { name: 'Built-in sandbox: Maison Dupont (sandbox)' })).toBeInTheDocument();
    expect(await within(panel).findByTestId('sandbox-url')).toHaveTextContent('http://127.0.0.1:43117');
    expect(within(panel).getByText('running')).toBeInTheDocument();
    expect(host.calls.find((c) => c.name === 'channels:webhook')?.args).toMatchObject({ channel: { id: 'ch-sandbox', mode: 'sandbox' } });
  });

  it('says so when the host cannot reach it', async () => {
    openTestWorkspace();
    const { host, user } = renderScreen(<ChannelsScreen />);
    host.failCalls('channels:webhook', { code: 'channels/no-gateway', message: 'this host runs no webhook receiver' });
    await user.click(await screen.findByRole('button', { name: 'Edit Maison Dupont (sandbox)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The sandbox could not be reached: this host runs no webhook receiver');
  });

  it('tests the connection and syncs the sandbox’s templates into the library', async () => {
    const { panel, host, user } = await openSandboxSettings();
    await user.click(within(panel).getByRole('button', { name: 'Test connection' }));
    expect(await within(panel).findByText(/^Connected: Maison Durand/)).toBeInTheDocument();
    expect(host.calls.find((c) => c.name === 'channels:testConnection')?.args).toMatchObject({ channel: { id: 'ch-sandbox', mode: 'sandbox' } });
    host.channelAnswers.templates = { templates: [template('sandbox_offer', 'en')], skipped: [] };
    await user.click(within(panel).getByRole('button', { name: 'Sync templates from the sandbox' }));
    expect(await within(panel).findByText('1 template synced from the sandbox.')).toBeInTheDocument();
    expect((await listTemplates()).map((t) => t.name)).toContain('sandbox_offer');
  });

  it('speaks French', async () => {
    const { panel } = await openSandboxSettings('fr');
    expect(await within(panel).findByText('en marche')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Synchroniser les modèles du sandbox' })).toBeInTheDocument();
  });
});
