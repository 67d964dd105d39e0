/**
 * `npm run bench inspector`: typing in the inspector.
 * 1. In the app (production build, web host, Chromium, through the UI): a 625-step journey is
 *    open, a free-form message step selected, and its text typed into the inspector at about
 *    12 characters a second. Each keystroke is timed from its keydown to the end of the first
 *    frame drawn after it (everything it set off: the step's summary on the canvas, the rules
 *    re-run in the worker and their badges, autosave). Targets: p95 <= 50 ms, none over
 *    100 ms (the limit under which a response feels instant).
 * 2. In Node, the work the inspector and the template authoring form do per keystroke, off
 *    the React render: validating the one step being edited (nodeIssues) and checking Meta's
 *    limits on a template whose body is at the 1,024-character limit. A frame is 16.7 ms; this
 *    work must leave nearly all of it to React, so the target is 2 ms at p95.
 * The journey-wide validation runs in the worker and is measured by `npm run bench validate`.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { Channel, type JourneyNode } from '../../core/journey';
import { Template } from '../../core/whatsapp/template';
import { nodeIssues } from '../../renderer/src/editor/inspector/node-issues';
import { limitMessages } from '../../renderer/src/screens/templates/limit-issues';
import sampleChannels from '../../assets/sample/channels.json';
import sampleTemplates from '../../assets/sample/templates.json';
import { withBenchApp } from './bench-app';
import { importJourney, settle } from './canvas-page';
import { atMost, info, percentile, type BenchReport } from './report';

const KEYSTROKES = 2_000;
const templates = sampleTemplates.map((t) => Template.parse(t));
const channel = Channel.parse(sampleChannels[0]);

/** Milliseconds per call of `work(i)` for each of `count` calls, after a warm-up. */
function sample(count: number, work: (i: number) => void): number[] {
  for (let i = 0; i < 200; i++) work(i);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return times;
}

const TYPED = 'Hello {{contact.first_name}}, our summer collection is here: 20 % off until Sunday.';

/**
 * In the page: times every keystroke from its keydown to the end of the next frame drawn, and
 * notes what each long animation frame meanwhile spent its time on (a string: see canvas-page.ts).
 */
const startKeystrokeWatch = (page: Page) =>
  page.evaluate(`(() => {
    const w = globalThis;
    w.__keys = [];
    w.__loaf = [];
    w.__onKey = (e) => { const t0 = e.timeStamp; requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t0), 0)); };
    document.addEventListener('keydown', w.__onKey, true);
    try {
      w.__observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__loaf.push(Math.round(e.duration) + 'ms, rendering ' + Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0) + ' ms, scripts ' + e.scripts.map((x) => Math.round(x.duration) + ' ms ' + x.invoker).join(', ')); });
      w.__observer.observe({ type: 'long-animation-frame' });
    } catch { /* older Chromium: the keystroke times still tell */ }
  })()`);
const stopKeystrokeWatch = (page: Page) =>
  page.evaluate(`(() => { const w = globalThis; document.removeEventListener('keydown', w.__onKey, true); w.__observer?.disconnect(); return { keys: w.__keys, loaf: w.__loaf }; })()`) as Promise<{ keys: number[]; loaf: string[] }>;

/** Types TYPED into the text of step s2 (a free-form message) of a 625-step journey; the milliseconds per keystroke. */
function typeInInspector(): Promise<{ keys: number[]; loaf: string[]; load: number }> {
  return withBenchApp('inspector', { width: 1600, height: 900 }, async ({ page, dataDir }) => {
    await importJourney(page, dataDir, 625, 'Bench 625');
    await page.getByRole('button', { name: 'Open Bench 625', exact: true }).click();
    await page.locator('.react-flow__node[data-id="s2"] .step-header').click();
    const text = page.getByRole('textbox', { name: 'Text', exact: true });
    await text.click();
    await page.keyboard.press('End');
    await settle(page);
    const load = loadavg()[0]!;
    await startKeystrokeWatch(page);
    await page.keyboard.type(TYPED, { delay: 80 });
    await settle(page);
    const { keys, loaf } = await stopKeystrokeWatch(page);
    const typed = await text.inputValue();
    if (!typed.endsWith(TYPED)) throw new Error(`the inspector's text reads "${typed}", not the typed text`);
    return { keys, loaf, load };
  });
}

export async function run(): Promise<BenchReport> {
  const { keys, loaf, load } = await typeInInspector();
  const text = 'Bonjour {{contact.first_name}}, profitez de -20 % sur toute la collection ';
  // Typing a parameter value one character at a time on a template step.
  const step = sample(KEYSTROKES, (i) => {
    const node: JourneyNode = {
      id: 'promo',
      type: 'whatsapp_template',
      data: { template: 'seasonal_promo', language: 'fr', parameters: { 1: '{{contact.first_name}}', 2: text.slice(0, i % text.length) } },
    };
    nodeIssues(node, templates, channel, 'fr');
  });
  // Typing the last characters of a body at Meta's 1,024-character limit.
  const base = `Bonjour {{1}}, ${'voici notre offre de saison. '.repeat(40)}`.slice(0, 1_000);
  const authoring = sample(KEYSTROKES, (i) => {
    const template: Template = { ...templates[2]!, components: { ...templates[2]!.components, body: { text: base + 'x'.repeat(i % 40) + '.' } } };
    limitMessages(template, 'fr');
  });
  return {
    title: `inspector: typing in the app, and its work per keystroke in Node (${KEYSTROKES} keystrokes, sample library of ${templates.length} templates)`,
    figures: [
      info('typing in the inspector, 625-step journey: keystrokes', keys.length, ''),
      info('typing: keystroke to next frame, median', percentile(keys, 50), 'ms'),
      atMost('typing: keystroke to next frame, p95', percentile(keys, 95), 'ms', 50),
      atMost('typing: slowest keystroke', Math.max(...keys), 'ms', 100),
      info(`typing: machine load before it (1-minute average, ${cpus().length} cores)`, Math.round(load * 100) / 100, ''),
      info('template step: nodeIssues median', percentile(step, 50), 'ms'),
      atMost('template step: nodeIssues p95', percentile(step, 95), 'ms', 2),
      info('template authoring: limits median', percentile(authoring, 50), 'ms'),
      atMost('template authoring: limits p95', percentile(authoring, 95), 'ms', 2),
    ],
    notes: loaf.map((a) => `long animation frame while typing: ${a}`),
  };
}
