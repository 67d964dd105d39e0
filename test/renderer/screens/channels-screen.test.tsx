import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getChannel, listChannels } from '../../../renderer/db';
import { ChannelsScreen } from '../../../renderer/src/screens/channels/ChannelsScreen';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen } from './render-screen';

describe('Channels screen', () => {
  it('lists the sample sandbox channel with its limit, quality and throughput, and offers to connect a Meta number', async () => {
    openTestWorkspace();
    renderScreen(<ChannelsScreen />);
    const row = (await screen.findByRole('rowheader', { name: 'Maison Dupont (sandbox)' })).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Sandbox', 'bu-demo', '1,000', 'High (green)', '80 msg/s', 'Edit']);
    expect(screen.getByRole('button', { name: 'Connect a Meta number' })).toBeInTheDocument();
  });

  it('creates a sandbox channel, refusing an invalid limit', async () => {
    openTestWorkspace();
    const { user } = renderScreen(<ChannelsScreen />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'New sandbox channel' }));
    await user.type(screen.getByRole('textbox', { name: 'Display name' }), 'Training room');
    await user.type(screen.getByRole('textbox', { name: /Business unit/ }), 'bu-training');
    const limit = screen.getByRole('spinbutton', { name: 'Messaging limit (unique contacts in 24 hours)' });
    await user.clear(limit);
    await user.type(limit, '-5');
    await user.click(screen.getByRole('button', { name: 'Save channel' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Check this field: messagingLimit');

    await user.click(screen.getByRole('checkbox', { name: 'Unlimited' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quality rating' }), 'RED');
    await user.click(screen.getByRole('button', { name: 'Save channel' }));
    expect(await screen.findByRole('rowheader', { name: 'Training room' })).toBeInTheDocument();
    const created = (await listChannels()).find((c) => c.displayName === 'Training room');
    expect(created).toMatchObject({ mode: 'sandbox', businessUnit: 'bu-training', messagingLimit: null, quality: 'RED', throughputMps: 80 });
  });

  it('edits a channel in place, in French', async () => {
    openTestWorkspace();
    const { user } = renderScreen(<ChannelsScreen />, 'fr');
    await user.click(await screen.findByRole('button', { name: 'Modifier Maison Dupont (sandbox)' }));
    const limit = screen.getByRole('spinbutton', { name: 'Limite d’envoi (contacts uniques en 24 heures)' });
    await user.clear(limit);
    await user.type(limit, '150');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le canal' }));
    await screen.findByRole('button', { name: 'Modifier Maison Dupont (sandbox)' });
    expect((await getChannel('ch-sandbox'))?.messagingLimit).toBe(150);
  });
});
