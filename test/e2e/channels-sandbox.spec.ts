/**
 * The sandbox channel's settings in Chromium through the web host: the app's own sandbox shown
 * running at its real URL, a connection test and template sync against it, light and dark.
 */
import { describe, expect, it } from 'vitest';
import { sessionPerTest } from './support/session-per-test';

const current = sessionPerTest();

describe('the sandbox channel in Chromium', () => {
  it('shows the app sandbox running, tests the connection and syncs its templates', async () => {
    const { app, host, page } = current();
    await app.open(host.url);
    await app.goTo('Main', 'Channels');
    await page.getByRole('button', { name: 'Edit Maison Dupont (sandbox)' }).click();
    const panel = page.getByRole('region', { name: /^Built-in sandbox/ });
    await panel.getByTestId('sandbox-url').waitFor();
    expect(await panel.getByTestId('sandbox-url').textContent()).toBe(host.gateway?.sandbox?.baseUrl);
    await panel.getByRole('button', { name: 'Test connection' }).click();
    await panel.getByText(/^Connected: /).waitFor();
    await panel.getByRole('button', { name: 'Sync templates from the sandbox' }).click();
    // The app sandbox holds no template until one is submitted or a run freezes one.
    await panel.getByText('0 templates synced from the sandbox.').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await app.screenshot('channels-sandbox-light');
    await app.goTo('Main', 'Settings');
    await app.settings.chooseTheme('Dark');
    await app.goTo('Main', 'Channels');
    await page.getByRole('button', { name: 'Edit Maison Dupont (sandbox)' }).click();
    const dark = page.getByRole('region', { name: /^Built-in sandbox/ });
    await dark.getByTestId('sandbox-url').waitFor();
    await dark.scrollIntoViewIfNeeded();
    await app.screenshot('channels-sandbox-dark');
  }, 60_000);
});
