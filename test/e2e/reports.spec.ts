/**
 * Reports in Chromium through the web host: simulate the sample promotion, download the three
 * extracts and check them byte for byte against core/reports for the same inputs, then the
 * readiness report: its contents, and rendered to PDF and PNG by Chromium (screenshots).
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WorldModel } from '../../core/journey/world';
import { simulateWithReport } from '../../core/reports';
import { SimulationRequest } from '../../core/sim';
import { EditorPage } from './pages/editor-page';
import { download } from './support/download';
import { projectRoot } from './support/paths';
import { samplePromotion } from './support/sample-journeys';
import { sessionPerTest } from './support/session-per-test';

const current = sessionPerTest();
const START_TEXT = '2026-12-01T10:00';
const SEED = 42;

/** What the app simulates for the sample promotion with the typical world, START_TEXT and SEED. */
function expectedReport() {
  const { journey, templates, channels, audience } = samplePromotion();
  const channel = channels.find((c) => c.id === journey.channel)!;
  // As the app's worker request carries them (renderer/src/simulation/sim-input), parsed alike.
  const input = SimulationRequest.parse({
    journey,
    templates,
    channel: { messagingLimit: channel.messagingLimit, throughputMps: channel.throughputMps, quality: channel.quality },
    audience,
    world: WorldModel.parse({}),
    start: new Date(START_TEXT).getTime(),
    seed: SEED,
  });
  return simulateWithReport(input, { channel: channel.phoneNumber ?? channel.id });
}

/** The RGBA of the top-left and bottom-right corners of the canvas image a readiness report embeds. */
async function canvasCorners(page: Page, reportHtml: string): Promise<number[][]> {
  const dataUrl = /<figure><img src="([^"]+)"/.exec(reportHtml)![1]!;
  return page.evaluate(async (src) => {
    const g = globalThis as unknown as { Image: new () => { src: string; decode(): Promise<void>; width: number; height: number }; document: { createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): { drawImage(i: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } } } };
    const image = new g.Image();
    image.src = src;
    await image.decode();
    const canvas = g.document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const at = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data);
    return [at(1, 1), at(image.width - 2, image.height - 2)];
  }, dataUrl);
}

describe('reports in Chromium', () => {
  it('exports the three extracts and the readiness report of a simulation of the sample journey', async () => {
    const { app, host, page } = current();
    const editor = new EditorPage(page);
    await app.open(host.url);
    await editor.open('Winter promotion with reply handling');
    const panel = page.getByRole('region', { name: 'Simulate', exact: true });
    await panel.getByRole('textbox', { name: 'Start', exact: true }).fill(START_TEXT);
    await panel.getByLabel('Seed').fill(String(SEED));
    await panel.getByRole('button', { name: 'Simulate', exact: true }).click();
    await page.getByTestId('simulation-report').waitFor({ timeout: 20_000 });
    await page.getByTestId('simulation-report').locator('summary').click();
    await page.getByTestId('report-metrics').waitFor();
    await page.getByTestId('simulation-report').scrollIntoViewIfNeeded();
    await app.screenshot('reports-simulation');

    const expected = expectedReport();
    const tracking = await download(page, 'Tracking (status history)');
    const inbound = await download(page, 'Inbound messages');
    const unsubscribe = await download(page, 'Potential unsubscribes');
    expect(tracking.name).toBe(`winter-promotion-with-reply-handling-simulation-${SEED}-tracking.csv`);
    expect(tracking.text).toBe(expected.extracts.tracking);
    expect(inbound.text).toBe(expected.extracts.inbound);
    expect(unsubscribe.text).toBe(expected.extracts.potentialUnsubscribe);
    const sent = Object.values(expected.result.nodes).reduce((n, s) => n + s.sent, 0);
    expect(tracking.text.split('\r\n').filter((line) => line.includes(',sent,'))).toHaveLength(sent);
    expect(sent).toBeGreaterThan(100);

    const report = await download(page, 'Readiness report (HTML)');
    expect(report.name).toBe('winter-promotion-with-reply-handling-readiness.html');
    expect(report.text).toContain('Readiness report: Winter promotion with reply handling');
    const promo = expected.result.nodes.promo!;
    expect(report.text).toContain(`<td>promo</td><td>${promo.entered}</td><td>${promo.sent}</td><td>${promo.delivered}</td>`);
    expect(report.text).toContain('Contacts without opt-in');
    expect(report.text).not.toMatch(/<script|src="http/);
    // The canvas is the editor's own rendering (its PNG export, counts and badges included), inline.
    expect(report.text).toMatch(/<figure><img src="data:image\/png;base64,[A-Za-z0-9+/=]{2000,}" alt="Winter promotion with reply handling" \/><figcaption data-canvas="editor">/);
    expect(report.text).not.toContain('data-canvas="positions"');
    // Painted to its edges: the top-left corner (once left unpainted, black) is the canvas background, like the bottom-right one.
    const corners = await canvasCorners(page, report.text);
    expect(corners[0]).toEqual(corners[1]);
    expect(corners[0]![3]).toBe(255);

    // The file as the agency's client opens it: printed to PDF, and seen.
    const out = join(projectRoot, 'test/e2e/screenshots');
    await mkdir(out, { recursive: true });
    const printed = await page.context().newPage();
    await printed.setContent(report.text, { waitUntil: 'load' });
    const pdf = await printed.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(out, 'readiness-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await printed.screenshot({ path: join(out, 'readiness-report.png'), fullPage: true });
    await printed.close();
  }, 90_000);

  it('reads in French in the dark theme', async () => {
    const { app, host, page } = current();
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open(host.url);
    await app.goTo('Main', 'Settings');
    await app.settings.chooseLanguage('Français');
    await app.navigation('Principale').getByRole('button', { name: 'Parcours' }).click();
    await page.getByRole('button', { name: 'Ouvrir Winter promotion with reply handling' }).click();
    // The canvas is named in French here: wait for its steps directly.
    await page.locator('.react-flow__node').first().waitFor();
    const panel = page.getByRole('region', { name: 'Simuler', exact: true });
    await panel.getByRole('textbox', { name: 'Début', exact: true }).fill(START_TEXT);
    await panel.getByRole('button', { name: 'Simuler', exact: true }).click();
    const section = page.getByTestId('simulation-report');
    await section.waitFor({ timeout: 20_000 });
    await section.locator('summary').click();
    await section.getByRole('rowheader', { name: 'Taux de délivrance' }).waitFor();
    await section.getByRole('button', { name: 'Rapport de préparation (HTML)' }).waitFor();
    await section.getByTestId('report-node-metrics').scrollIntoViewIfNeeded();
    await app.screenshot('reports-simulation-fr-dark');
    const canvasColour = () => page.locator('.journey-canvas .react-flow').evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
    const onScreen = await canvasColour();
    const report = await download(page, 'Rapport de préparation (HTML)');
    expect(report.text).toContain('<html lang="fr">');
    expect(report.text).toContain('Volumes par étape');
    // The report prints on paper: its canvas image is drawn in the light theme, though the app
    // (and its canvas on screen, left as it was) is dark.
    const channels = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number);
    expect(Math.max(...channels(onScreen))).toBeLessThan(60);
    const corners = await canvasCorners(page, report.text);
    expect(corners[0]).toEqual(corners[1]);
    expect(Math.min(...corners[0]!.slice(0, 3))).toBeGreaterThan(230);
    expect(await canvasColour()).toBe(onScreen);
    expect(await page.locator('.react-flow').count()).toBe(1);
    const out = join(projectRoot, 'test/e2e/screenshots');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'readiness-canvas-from-dark.png'), Buffer.from(/<figure><img src="data:image\/png;base64,([^"]+)"/.exec(report.text)![1]!, 'base64'));
  }, 90_000);
});
