/**
 * Template review at Meta, in Chromium against the app's built-in sandbox through the web host:
 * submit the sample's draft and a new template lacking a sample value, wait for the sandbox's
 * review, refresh statuses, and see one approved and one rejected with Meta's reason, still so
 * after a reload.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir } from './support/paths';
import { sessionPerTest } from './support/session-per-test';

const current = sessionPerTest();
/** The sandbox reviews a submission after 2 s; a refresh before then still finds it pending. */
const REVIEW_WAIT_MS = 20_000;

const row = (page: Page, name: string, language: string, table = 'Your templates') =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).filter({ has: page.getByRole('cell', { name: language, exact: true }) });

async function submitFromPanel(page: Page, name: string, language: string): Promise<string> {
  const panel = page.getByRole('region', { name: `Submit ${name} (${language}) for review` });
  expect(await panel.getByRole('combobox', { name: 'Channel' }).inputValue()).toBe('ch-sandbox');
  await panel.getByRole('button', { name: 'Submit', exact: true }).click();
  const sent = panel.getByRole('status').filter({ hasText: 'Sent to Maison Dupont (sandbox): status Pending' });
  await sent.waitFor();
  return (await sent.textContent()) ?? '';
}

/** Refreshes until the refresh report lists `changes` (the review takes a moment). */
async function refreshUntil(page: Page, changes: string[]): Promise<void> {
  const deadline = Date.now() + REVIEW_WAIT_MS;
  const seen: string[] = [];
  for (;;) {
    await page.getByRole('button', { name: 'Refresh statuses' }).click();
    const report = page.getByRole('status').filter({ hasText: /Maison Dupont \(sandbox\): \d+ changed/ });
    await report.waitFor();
    seen.push(...(await report.getByRole('listitem').allTextContents()));
    if (changes.every((c) => seen.includes(c))) return;
    if (Date.now() > deadline) throw new Error(`no review after ${REVIEW_WAIT_MS} ms; changes seen: ${seen.join(' | ') || 'none'}`);
    await page.waitForTimeout(1000);
  }
}

describe('template review against the sandbox in Chromium', () => {
  it('submits templates, waits for the review, refreshes statuses and sees them approved and rejected', async () => {
    const { app, host, page } = current();
    await app.open(host.url);
    await app.goTo('Main', 'Templates');

    // The sample's draft, with a sample value for each placeholder.
    const birthday = row(page, 'birthday_offer', 'fr');
    expect(await birthday.textContent()).toContain('Not sent for review yet');
    await birthday.getByRole('button', { name: 'Submit birthday_offer (fr) for review' }).click();
    expect(await submitFromPanel(page, 'birthday_offer', 'fr')).toMatch(/Meta id \d+/);
    await row(page, 'birthday_offer', 'fr').getByText('In review at Maison Dupont (sandbox)').waitFor();

    // A new template whose placeholder has no sample: the panel warns, Meta's review rejects it.
    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('flash_sale');
    await page.getByRole('textbox', { name: 'Language' }).fill('fr');
    await page.getByRole('combobox', { name: 'Business unit' }).selectOption('bu-demo');
    await page.getByRole('textbox', { name: 'Body' }).fill('Bonjour {{1}}, -30 % aujourd’hui seulement.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('{{1}} has none, so the review will reject it', { exact: false }).waitFor();
    await submitFromPanel(page, 'flash_sale', 'fr');
    await app.screenshot('templates-review-submitted');

    await refreshUntil(page, ['birthday_offer (fr), revision 1: Pending → Approved', 'flash_sale (fr), revision 1: Pending → Rejected (INVALID_FORMAT)']);
    await row(page, 'birthday_offer', 'fr').getByText('Approved', { exact: true }).waitFor();
    await row(page, 'flash_sale', 'fr').getByText('Rejected by Meta: INVALID_FORMAT').waitFor();
    expect(await row(page, 'birthday_offer', 'fr').getByRole('button', { name: /for review$/ }).count()).toBe(0);
    await app.screenshot('templates-review-refreshed');
    await page.getByRole('region', { name: 'Submit flash_sale (fr) for review' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('table', { name: 'Your templates' }).screenshot({ path: join(screenshotDir, 'templates-review-table.png'), animations: 'disabled' });

    // The workspace keeps the outcome.
    await app.reload();
    await app.goTo('Main', 'Templates');
    await row(page, 'birthday_offer', 'fr').getByText('Approved', { exact: true }).waitFor();
    expect(await row(page, 'flash_sale', 'fr').textContent()).toContain('Rejected by Meta: INVALID_FORMAT');
  });

  it('edits an approved template at Meta: the new revision goes to review under the same Meta id and is approved', async () => {
    const { app, host, page } = current();
    await app.open(host.url);
    await app.goTo('Main', 'Templates');
    await row(page, 'birthday_offer', 'fr').getByRole('button', { name: 'Submit birthday_offer (fr) for review' }).click();
    const first = await submitFromPanel(page, 'birthday_offer', 'fr');
    const metaId = /Meta id (\d+)/.exec(first)?.[1];
    expect(metaId).toMatch(/^\d+$/);
    await refreshUntil(page, ['birthday_offer (fr), revision 1: Pending → Approved']);
    await page.getByRole('region', { name: 'Submit birthday_offer (fr) for review' }).getByRole('button', { name: 'Close' }).click();

    // The edit saves a new revision in review; the panel opens to send it, and it goes as an edit of the same template.
    await row(page, 'birthday_offer', 'fr').getByRole('button', { name: 'Edit birthday_offer (fr)' }).click();
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.fill(`${await body.inputValue()} Merci !`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await submitFromPanel(page, 'birthday_offer', 'fr')).toContain(`Meta id ${metaId}`);
    await row(page, 'birthday_offer', 'fr').getByText('In review at Maison Dupont (sandbox)').waitFor();
    await app.screenshot('templates-review-edit-submitted');

    await refreshUntil(page, ['birthday_offer (fr), revision 2: Pending → Approved']);
    await row(page, 'birthday_offer', 'fr').getByText('Approved', { exact: true }).waitFor();
    await app.screenshot('templates-review-edit-approved');
  });

  it('reads in French and in the dark theme, from submission to approval', async () => {
    const { app, host, page } = current();
    await app.open(host.url);
    await app.goTo('Main', 'Settings');
    await app.settings.chooseTheme('Dark');
    await app.settings.chooseLanguage('Français');
    await app.goTo('Principale', 'Modèles');

    await page.getByRole('button', { name: 'Soumettre birthday_offer (en) à la revue' }).click();
    const panel = page.getByRole('region', { name: 'Soumettre birthday_offer (en) à la revue' });
    expect(await panel.getByRole('combobox', { name: 'Canal' }).inputValue()).toBe('ch-sandbox');
    await panel.getByRole('button', { name: 'Soumettre', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Envoyé à Maison Dupont (sandbox) : statut En attente' }).waitFor();
    await app.screenshot('templates-review-fr-dark-submitted');

    const deadline = Date.now() + REVIEW_WAIT_MS;
    const approved = page.getByRole('listitem').filter({ hasText: 'birthday_offer (en), révision 1 : En attente → Approuvé' });
    while (!(await approved.count())) {
      if (Date.now() > deadline) throw new Error('no review in time');
      await page.waitForTimeout(1000);
      await page.getByRole('button', { name: 'Actualiser les statuts' }).click();
      await page.getByRole('status').filter({ hasText: /Maison Dupont \(sandbox\) — modifiés : \d+/ }).waitFor();
    }
    await app.screenshot('templates-review-fr-dark-refreshed');
    await row(page, 'birthday_offer', 'en', 'Vos modèles').getByText('Approuvé', { exact: true }).waitFor();
  });
});
