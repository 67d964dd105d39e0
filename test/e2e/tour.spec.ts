/**
 * A tour of every screen in Chromium through the web host, in French with the dark theme and
 * in English with the light one: Journeys, the editor on the sample with its rules, a
 * simulation and its charts, the trainer at a window failure, a sandbox run from confirmation
 * to report, Templates, Audiences with a faulty import, Channels with a Meta number's settings,
 * Settings. Each screen is saved as tour-<screen>-<lang>-<theme>.png and must pass three
 * checks: every control has an accessible name, a French screen shows no English interface
 * wording, and every visible text, chart axes included, meets WCAG AA contrast in both themes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createI18n } from '../../renderer/src/i18n/create-i18n';
import { EditorPage } from './pages/editor-page';
import type { AppSession } from './support/app-session';
import { ONE_MESSAGE_NAME, oneMessageJourney } from './support/sample-journeys';
import { runButtonReady } from './support/run-launch';
import { sessionPerTest } from './support/session-per-test';
import { contrastFailures, englishInNames, englishLeftovers, rawCodes, sampleData, unnamedControls } from './support/ui-audit';

/** Names and contents the sample and these tests write (journeys, templates, contacts): they stay as written. */
const WINDOW_FIXTURE = 'test/fixtures/journeys/session.outside-window.bad.journey.json';
const USER_DATA = [...sampleData(['assets/sample', WINDOW_FIXTURE]), ONE_MESSAGE_NAME, 'WhatsApp number', 'Imported with errors'];

type Tour = { lang: 'fr' | 'en'; theme: 'dark' | 'light' };
const TOURS: Tour[] = [
  { lang: 'fr', theme: 'dark' },
  { lang: 'en', theme: 'light' },
];

/** The CSV of an audience import that skips rows: a bad phone, a duplicate, a short row. */
const FAULTY_CSV = ['phone,first_name,whatsapp_opt_in,marketing_opt_in', '+33612340001,Alice,true,true', 'not-a-phone,Bob,true,false', '+33612340001,Chloé,true,true', '+33612340004', '+33612340005,Eve,yes,no'].join('\n');

function tourOf({ lang, theme }: Tour) {
  const t: TFunction = createI18n(lang).t;
  const current = sessionPerTest({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', colorScheme: theme });

  /** Saves the screen and checks it; soft, so one run lists every problem of every screen. */
  async function look(session: AppSession, screen: string): Promise<void> {
    const { app, page } = session;
    await page.waitForTimeout(200);
    await app.screenshot(`tour-${screen}-${lang}-${theme}`);
    expect.soft(await unnamedControls(page), `${screen}: controls without an accessible name`).toEqual([]);
    const english = await englishLeftovers(page, USER_DATA);
    if (lang === 'fr') expect.soft(english, `${screen}: English on the French screen`).toEqual([]);
    if (lang === 'fr') expect.soft(await englishInNames(page, USER_DATA), `${screen}: English in the French screen's accessible names`).toEqual([]);
    // The same scan finds the English wording on the English screen: it does read what is shown.
    else expect.soft(english.length, `${screen}: English wording found on the English screen`).toBeGreaterThan(2);
    expect.soft(await rawCodes(page, USER_DATA), `${screen}: codes shown instead of words`).toEqual([]);
    expect.soft(await contrastFailures(page), `${screen}: text under WCAG AA contrast`).toEqual([]);
  }

  async function open(session: AppSession): Promise<void> {
    await session.app.open(session.host.url);
    expect(await session.page.locator('html').getAttribute('lang')).toBe(lang);
  }

  async function openJourney(session: AppSession, name: string): Promise<EditorPage> {
    const editor = new EditorPage(session.page);
    await session.page.getByRole('button', { name: t('journeyList.open', { name }) }).click();
    await session.page.getByRole('region', { name: t('editor.canvas') }).locator('.react-flow__node').first().waitFor();
    return editor;
  }

  const nav = (session: AppSession, section: string) => session.app.goTo(t('app.mainNavigation'), section);

  describe(`the tour in ${lang}, ${theme} theme`, () => {
    it('walks Journeys, Templates, Audiences with a faulty import, Channels with a Meta number, and Settings', async () => {
      const session = current();
      const { page } = session;
      await open(session);
      await page.getByRole('table', { name: t('journeyList.table') }).getByRole('button', { name: t('journeyList.open', { name: 'Welcome series' }) }).waitFor();
      await look(session, 'journeys');

      await nav(session, t('nav.templates'));
      await page.getByRole('table', { name: t('templateLibrary.list') }).getByRole('row', { name: /seasonal_promo/ }).first().waitFor();
      await look(session, 'templates');

      await nav(session, t('nav.audiences'));
      await page.getByRole('table', { name: t('audienceList.table') }).waitFor();
      await page.getByLabel(t('audienceList.import')).setInputFiles({ name: 'faulty.csv', mimeType: 'text/csv', buffer: Buffer.from(FAULTY_CSV) });
      await page.getByRole('textbox', { name: t('audienceImport.name') }).fill('Imported with errors');
      await page.getByRole('button', { name: t('audienceImport.start'), exact: true }).click();
      const errors = page.getByRole('region', { name: t('audienceImport.rowErrors') });
      await errors.waitFor();
      expect(await errors.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
      // The reasons come from core in English; the screen says them in its own language.
      expect(await errors.textContent()).toContain(t('audienceErrors.fieldCount', { expected: 4, found: 1 }));
      expect(await errors.textContent()).toContain(t('audienceErrors.duplicate', { phone: '+33612340001', line: 2 }));
      await look(session, 'audiences');

      await nav(session, t('nav.channels'));
      const channels = page.getByRole('table', { name: t('channelList.table') });
      await channels.getByRole('row', { name: /Maison Dupont/ }).waitFor();
      expect(await channels.textContent()).toContain(t('channelList.sandbox'));
      expect(await channels.textContent()).toContain(t('qualityRating.GREEN'));
      await page.getByRole('button', { name: t('channelsMeta.create') }).click();
      const meta = page.getByRole('region', { name: t('channelsMeta.title', { name: t('channelsMeta.newName') }) });
      await meta.getByRole('textbox', { name: t('channelsMeta.phoneNumberId') }).fill('109876543210');
      await look(session, 'channels');

      await nav(session, t('nav.settings'));
      await page.getByRole('region', { name: t('about.title') }).locator('dd').first().waitFor();
      await look(session, 'settings');
    });

    it('walks the editor on the sample with its rules, a simulation and its charts, and the trainer at a window failure', async () => {
      const session = current();
      const { page } = session;
      await open(session);
      await openJourney(session, 'Winter promotion with reply handling');
      const rules = page.locator('.side-rules');
      await rules.waitFor();
      expect(await rules.getByRole('heading').first().textContent()).toContain(t('findings.title'));
      await look(session, 'editor');

      const panel = page.getByRole('region', { name: t('simulation.title') });
      await panel.getByRole('option', { name: /sample|exemple/i }).waitFor({ state: 'attached' });
      await panel.getByLabel(t('simulation.start')).fill('2026-12-01T10:00');
      await panel.getByLabel(t('simulation.seed')).fill('7');
      await panel.getByRole('button', { name: t('simulation.run') }).click();
      await panel.getByTestId('simulation-summary').waitFor({ timeout: 30_000 });
      await panel.getByTestId('series-chart').waitFor({ timeout: 30_000 });
      await panel.getByTestId('series-chart').locator('.recharts-cartesian-axis-tick').first().waitFor({ state: 'attached', timeout: 30_000 });
      await panel.scrollIntoViewIfNeeded();
      await look(session, 'simulate');
      await panel.getByTestId('series-chart').scrollIntoViewIfNeeded();
      await look(session, 'charts');

      await page.getByRole('button', { name: t('editor.back') }).click();
      await page.getByLabel(t('journeyList.import')).setInputFiles({
        name: 'outside-window.journey.json',
        mimeType: 'application/json',
        buffer: readFileSync(WINDOW_FIXTURE),
      });
      await openJourney(session, 'Free-form follow-up two days after an ad');
      const trainer = page.getByRole('region', { name: t('trainer.title') });
      await trainer.getByRole('button', { name: t('trainer.play') }).click();
      const stepper = trainer.getByTestId('trainer-stepper');
      await stepper.waitFor({ timeout: 30_000 });
      const forward = trainer.getByRole('button', { name: t('trainer.forward') });
      while ((await stepper.locator('.trainer-event').getAttribute('data-event')) !== 'failed') await forward.click();
      expect(await stepper.getByRole('status').getAttribute('data-window')).toBe('closed');
      expect(await stepper.getByRole('status').textContent()).toBe(t('trainer.window.closed'));
      await stepper.scrollIntoViewIfNeeded();
      await look(session, 'trainer');
    }, 120_000);

    it('starts a sandbox run from the editor, follows it live and opens its report on the Runs screen', async () => {
      const session = current();
      const { page } = session;
      await open(session);
      await page.getByLabel(t('journeyList.import')).setInputFiles({ name: 'promo-one.journey.json', mimeType: 'application/json', buffer: oneMessageJourney() });
      await openJourney(session, ONE_MESSAGE_NAME);
      const run = await runButtonReady(page, t('runs.editor.start'));
      await run.click();
      const dialog = page.getByRole('dialog', { name: t('runs.confirm.title', { name: ONE_MESSAGE_NAME }) });
      const audience = dialog.getByRole('combobox', { name: t('runs.confirm.audience') });
      await audience.locator('option').nth(1).waitFor({ state: 'attached' });
      await audience.selectOption({ index: 1 });
      await dialog.getByTestId('run-estimate').waitFor({ timeout: 20_000 });
      await look(session, 'run-confirm');
      await dialog.getByRole('button', { name: t('runs.confirm.start') }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('[data-overlay-step="promo"]').waitFor({ timeout: 30_000 });
      await look(session, 'run-live');

      await nav(session, t('runs.nav'));
      const row = page.locator('tr[data-run-status]').first();
      await expect.poll(() => row.getAttribute('data-run-status'), { timeout: 45_000, interval: 500 }).toBe('completed');
      expect(await row.textContent()).toContain(t('runs.statusNames.completed'));
      await row.getByRole('button', { name: new RegExp(`^${t('runs.details')}`) }).click();
      const details = page.getByTestId('run-details');
      await details.waitFor();
      await look(session, 'run-report');
      // The report's measures and charts, further down the run's details.
      const chart = details.locator('figure.chart').first();
      await chart.waitFor({ timeout: 30_000 });
      await chart.scrollIntoViewIfNeeded();
      await look(session, 'run-charts');
    }, 150_000);
  });
}

for (const tour of TOURS) tourOf(tour);
