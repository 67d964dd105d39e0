import { describe, expect, it } from 'vitest';
import { sessionPerTest } from './support/session-per-test';

const current = sessionPerTest();

describe('the Templates screen in Chromium', () => {
  it('lists the sample templates, authors one with Meta’s limits checked as it is typed, and saves it', async () => {
    const { app, host, page } = current();
    await app.open(host.url);
    await app.goTo('Main', 'Templates');
    const table = page.getByRole('table', { name: 'Your templates' });
    await table.getByRole('row', { name: /seasonal_promo/ }).first().waitFor();

    await page.getByRole('button', { name: 'New template' }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('Promo Hiver');
    await page.getByText('Template names use only lowercase letters, digits and underscores.').waitFor();
    await name.fill('promo_hiver');
    await page.getByRole('combobox', { name: 'Header type' }).selectOption('TEXT');
    await page.getByRole('textbox', { name: 'Header text' }).fill('Les soldes commencent');
    await page.getByRole('textbox', { name: 'Body' }).fill('Bonjour {{1}}, profitez de {{2}} sur toute la collection.');
    await page.getByRole('textbox', { name: 'Footer (optional)' }).fill('Répondez STOP pour vous désinscrire');
    await page.getByRole('button', { name: 'Add a button' }).click();
    await page.getByRole('textbox', { name: 'Label of button 1' }).fill('Stop promos');
    const preview = page.getByRole('figure', { name: 'Message preview' });
    expect(await preview.textContent()).toContain('Bonjour {{1}}, profitez de {{2}} sur toute la collection.');
    await page.getByText('Within Meta’s limits.').waitFor();
    await app.screenshot('templates-authoring');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'Saved.' }).waitFor();
    const row = table.getByRole('row', { name: /promo_hiver/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Draft');
  });

  it('imports nothing from a broken file and says where it is broken', async () => {
    const { app, host, page } = current();
    await app.open(host.url);
    await app.goTo('Main', 'Templates');
    await page.getByLabel('Import templates (JSON)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([{ name: 'x', language: 'fr', category: 'PROMO', status: 'APPROVED', components: { body: { text: 'Hi' } } }])),
    });
    await page.getByText('Nothing was imported: the file has problems.').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).textContent()).toContain('[0].category');
    expect(await page.getByRole('table', { name: 'Your templates' }).getByRole('row', { name: /^x / }).count()).toBe(0);
  });
});
