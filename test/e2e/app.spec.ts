import { describe, expect, it } from 'vitest';
import { sessionPerTest } from './support/session-per-test';

const session = sessionPerTest();

describe('the app in a browser, served by the web host', () => {
  it('opens on the Journeys screen with its navigation, and hides the access key', async () => {
    const { app, host, page } = session();
    await app.open(host.url);

    expect(await app.banner().textContent()).toContain('Journey Studio for WhatsApp');
    await app.title('Journeys');
    const nav = app.navigation('Main');
    for (const section of ['Journeys', 'Templates', 'Audiences', 'Channels', 'Settings']) {
      await nav.getByRole('button', { name: section, exact: true }).waitFor();
    }
    expect(await nav.getByRole('button', { name: 'Journeys' }).getAttribute('aria-current')).toBe('page');
    // A fresh workspace opens on the sample journeys, so a new user has something real to open.
    const journeys = page.getByRole('table', { name: 'Your journeys' });
    await journeys.getByRole('button', { name: 'Open Welcome series' }).waitFor();
    expect(page.url()).toBe(`${host.origin}/`);
    await app.screenshot('journeys-light');
  });

  it('shows what the web host says about itself in Settings > About', async () => {
    const { app, host, dataDir } = session();
    await app.open(host.url);
    await app.goTo('Main', 'Settings');

    const hostKind = await app.settings.aboutValue('Running as');
    expect(await hostKind.getAttribute('data-host')).toBe('web');
    expect(await hostKind.textContent()).toMatch(/web/i);
    expect(await (await app.settings.aboutValue('Data folder')).textContent()).toBe(dataDir);
    await app.screenshot('settings-light');
  });

  it('keeps working after a reload, with the key remembered by the tab', async () => {
    const { app, host } = session();
    await app.open(host.url);
    await app.reload();
    await app.goTo('Main', 'Settings');
    expect(await (await app.settings.aboutValue('Running as')).getAttribute('data-host')).toBe('web');
  });

  it('switches to French and stays in French after a reload', async () => {
    const { app, host, page } = session();
    await app.open(host.url);
    await app.goTo('Main', 'Settings');
    await app.settings.chooseLanguage('Français');

    await app.title('Réglages');
    await app.navigation('Principale').getByRole('button', { name: 'Parcours' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await (await app.settings.aboutValue('Exécution', 'À propos')).textContent()).toMatch(/web/i);
    await app.screenshot('settings-fr');

    await app.reload();
    await app.title('Parcours');
    await page.getByRole('table', { name: 'Vos parcours' }).getByRole('button', { name: /^Ouvrir / }).first().waitFor();
  });

  it('paints the dark theme when chosen, and follows the system when set to System', async () => {
    const { app, host, page } = session();
    await app.open(host.url);
    const light = await app.backgroundColor();

    await app.goTo('Main', 'Settings');
    await app.settings.chooseTheme('Dark');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const dark = await app.backgroundColor();
    expect(dark).not.toBe(light);
    await app.screenshot('settings-dark');
    await app.goTo('Main', 'Journeys');
    await app.screenshot('journeys-dark');

    await app.goTo('Main', 'Settings');
    await app.settings.chooseTheme('System');
    expect(await app.backgroundColor()).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await app.backgroundColor()).toBe(dark);
  });

  it('is operable from the keyboard: skip link, navigation, and arrow keys in a choice', async () => {
    const { app, host, page } = session();
    await app.open(host.url);

    await page.keyboard.press('Tab');
    expect(await app.hasFocus(page.getByRole('link', { name: 'Skip to content' }))).toBe(true);
    // Tab walks every navigation button in order; Settings is the last one.
    const sections = await app.navigation('Main').getByRole('button').count();
    for (let i = 0; i < sections; i += 1) await page.keyboard.press('Tab');
    expect(await app.hasFocus(app.navigation('Main').getByRole('button', { name: 'Settings' }))).toBe(true);
    await page.keyboard.press('Enter');
    await app.title('Settings');

    await page.getByRole('radio', { name: 'System' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await app.screenshot('settings-keyboard-dark');
  });
});
