/**
 * `npm run bench inspector`: the work the inspector and the template authoring form do per
 * keystroke, off the React render: validating the one step being edited (nodeIssues) and
 * checking Meta's limits on a template whose body is at the 1,024-character limit. A frame is
 * 16.7 ms; this work must leave nearly all of it to React, so the target is 2 ms at p95.
 * The journey-wide validation runs in the worker and is measured by `npm run bench validate`.
 */
import { performance } from 'node:perf_hooks';
import { Channel, type JourneyNode } from '../../core/journey';
import { Template } from '../../core/whatsapp/template';
import { nodeIssues } from '../../renderer/src/editor/inspector/node-issues';
import { limitMessages } from '../../renderer/src/screens/templates/limit-issues';
import sampleChannels from '../../assets/sample/channels.json';
import sampleTemplates from '../../assets/sample/templates.json';
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

export async function run(): Promise<BenchReport> {
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
    title: `inspector work per keystroke (${KEYSTROKES} keystrokes, sample library of ${templates.length} templates)`,
    figures: [
      info('template step: nodeIssues median', percentile(step, 50), 'ms'),
      atMost('template step: nodeIssues p95', percentile(step, 95), 'ms', 2),
      info('template authoring: limits median', percentile(authoring, 50), 'ms'),
      atMost('template authoring: limits p95', percentile(authoring, 95), 'ms', 2),
    ],
  };
}
