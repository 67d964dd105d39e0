import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HostErrorCode } from '../../../core/api/host-api';
import { readPreferences } from '../../../renderer/src/settings/preferences';
import { createFakeHost, fakeAppInfo } from '../../support/fake-host';
import { renderApp } from '../render-app';

async function openSettings(host = createFakeHost()) {
  const rendered = await renderApp(host);
  const nav = screen.getByRole('navigation');
  await rendered.user.click(within(nav).getByRole('button', { name: /settings|réglages/i }));
  return rendered;
}

describe('settings: language', () => {
  it('switches the visible text to French and remembers it', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Français' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Principale' });
    expect(within(nav).getByRole('button', { name: 'Parcours' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Modèles' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(readPreferences().language).toBe('fr');

    await user.click(within(nav).getByRole('button', { name: 'Parcours' }));
    expect(await screen.findByRole('table', { name: 'Vos parcours' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nouveau parcours' })).toBeInTheDocument();
  });

  it('starts in the saved language', async () => {
    localStorage.setItem('wajourney.preferences.v1', JSON.stringify({ language: 'fr', theme: 'system' }));
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Parcours' })).toBeInTheDocument();
  });
});

describe('settings: theme', () => {
  it.each([
    ['Dark', 'dark'],
    ['Light', 'light'],
    ['System', 'system'],
  ])('%s sets data-theme="%s" on the document and remembers it', async (label, theme) => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: label }));
    expect(screen.getByRole('radio', { name: label })).toBeChecked();
    expect(document.documentElement).toHaveAttribute('data-theme', theme);
    expect(readPreferences().theme).toBe(theme);
  });

  it('does not pin the detected language when only the theme changes', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(readPreferences()).toEqual({ language: null, theme: 'dark' });
  });
});

describe('settings: about', () => {
  it("shows the host's version, kind, data folder and secret storage", async () => {
    const host = createFakeHost({ version: '9.8.7', host: 'web', secretStorage: 'user-file' });
    await openSettings(host);
    const about = screen.getByRole('region', { name: 'About' });

    expect(await within(about).findByText(`${fakeAppInfo.name} 9.8.7`)).toBeInTheDocument();
    expect(within(about).getByText('Web host (in a browser)')).toHaveAttribute('data-host', 'web');
    expect(within(about).getByText(fakeAppInfo.dataDir)).toBeInTheDocument();
    expect(within(about).getByText('A file readable only by your user account')).toBeInTheDocument();
    expect(host.calls).toContainEqual({ name: 'app:info', args: {} });
  });

  it('names an Electron host and a plain-text secret store honestly', async () => {
    await openSettings(createFakeHost({ host: 'electron', secretStorage: 'plaintext' }));
    const about = screen.getByRole('region', { name: 'About' });
    expect(await within(about).findByText('Desktop application (Electron)')).toBeInTheDocument();
    expect(within(about).getByText('Plain text (this system has no keyring)')).toBeInTheDocument();
  });

  it('shows a host error as a message with a retry', async () => {
    const host = createFakeHost();
    host.failCalls('app:info', { code: HostErrorCode.internal, message: 'disk on fire' });
    const { user } = await openSettings(host);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('disk on fire');
    host.failCalls('app:info', null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(`${fakeAppInfo.name} ${fakeAppInfo.version}`)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
