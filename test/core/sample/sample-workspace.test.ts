/**
 * The sample workspace a new user opens on first start (assets/sample): every file parses with
 * the journey model's schemas, the journeys only name templates and channels the workspace
 * holds, the templates keep Meta's authoring limits, and the audience has the spec's columns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAudienceCsv } from '../../../core/audience';
import { Channel, JourneyFile, outputHandles, requiredHandles } from '../../../core/journey';
import { validateJourney } from '../../../core/rules';
import { Template, templateKey } from '../../../core/whatsapp/template';

const SAMPLE = fileURLToPath(new URL('../../../assets/sample/', import.meta.url));
const read = (path: string): string => readFileSync(SAMPLE + path, 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));

const JOURNEYS = ['welcome-series.journey.json', 'promo-reply.journey.json'];
const AUDIENCE_HEADER = [
  'phone', 'locale', 'country', 'whatsapp_opt_in', 'marketing_opt_in', 'opt_in_date', 'opt_in_method',
  'last_inbound_at', 'first_name', 'city', 'segment', 'order_id',
];

const channels = Channel.array().parse(readJson('channels.json'));
const templates = Template.array().parse(readJson('templates.json'));
const byKey = new Map(templates.map((t) => [templateKey(t.name, t.language), t]));
const files = JOURNEYS.map((name) => ({ name, file: JourneyFile.parse(readJson(`journeys/${name}`)) }));
const audience = Papa.parse<Record<string, string>>(read('audience.csv'), { header: true, skipEmptyLines: true });
const imported = parseAudienceCsv(read('audience.csv'));

/** Positional placeholder numbers of a text, in order of appearance. */
const placeholders = (text: string): number[] => [...text.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]));

describe('sample channel', () => {
  it('is one sandbox channel of the demo business unit', () => {
    expect(channels).toHaveLength(1);
    expect(channels[0]).toMatchObject({ id: 'ch-sandbox', mode: 'sandbox', businessUnit: 'bu-demo', messagingLimit: 1000, quality: 'GREEN', throughputMps: 80 });
    expect(channels[0]!.phoneNumber).toMatch(/^\+33[67]\d{8}$/);
  });
});

describe('sample templates', () => {
  it('parse, are unique by name and language, and exist in both FR and EN', () => {
    expect(byKey.size).toBe(templates.length);
    for (const t of templates) {
      expect(t.businessUnit).toBe('bu-demo');
      expect(byKey.has(templateKey(t.name, 'fr')) && byKey.has(templateKey(t.name, 'en')), t.name).toBe(true);
    }
    expect(new Set(templates.map((t) => t.language))).toEqual(new Set(['fr', 'en']));
  });

  it('cover the statuses and categories a lesson needs', () => {
    const status = (name: string) => templates.filter((t) => t.name === name).map((t) => t.status);
    expect(status('welcome')).toEqual(['APPROVED', 'APPROVED']);
    expect(status('seasonal_promo')).toEqual(['APPROVED', 'APPROVED']);
    expect(status('order_update')).toEqual(['APPROVED', 'APPROVED']);
    expect(status('we_miss_you')).toEqual(['PENDING', 'PENDING']);
    expect(status('birthday_offer')).toEqual(['DRAFT', 'DRAFT']);
    expect(byKey.get(templateKey('welcome', 'fr'))!.category).toBe('UTILITY');
    expect(byKey.get(templateKey('seasonal_promo', 'fr'))!.components.buttons!.map((b) => b.text)).toEqual(['Oui, ça m\'intéresse', 'Stop promos']);
    expect(byKey.get(templateKey('seasonal_promo', 'en'))!.components.buttons!.map((b) => b.text)).toEqual(['Yes, tell me more', 'Stop promotions']);
    expect(byKey.get(templateKey('order_update', 'en'))!.components.buttons!.map((b) => b.type)).toEqual(['URL']);
  });

  it.each(templates.map((t) => [`${t.name} (${t.language})`, t] as const))('%s keeps Meta\'s authoring limits', (_, t) => {
    const { header, body, footer, buttons = [] } = t.components;
    expect(t.name).toMatch(/^[a-z0-9_]+$/);
    expect([...body.text].length).toBeLessThanOrEqual(1024);
    if (header?.format === 'TEXT') {
      expect([...(header.text ?? '')].length).toBeLessThanOrEqual(60);
      expect(placeholders(header.text ?? '').length).toBeLessThanOrEqual(1);
    }
    if (footer) {
      expect([...footer.text].length).toBeLessThanOrEqual(60);
      expect(footer.text).not.toMatch(/\{\{/);
    }
    const bodyKeys = placeholders(body.text);
    expect(body.text.trimStart()).not.toMatch(/^\{\{/);
    expect(body.text.trimEnd()).not.toMatch(/\}\}$/);
    expect(body.text).not.toMatch(/\}\}\s*\{\{/);
    // One namespace per template (journey format): header, body and URL placeholders together run from {{1}}.
    const urls = buttons.flatMap((b) => (b.type === 'URL' && b.url ? [b.url] : []));
    const keys = [...new Set([...placeholders(header?.text ?? ''), ...bodyKeys, ...urls.flatMap(placeholders)])].sort((a, b) => a - b);
    expect(keys).toEqual(keys.map((_, i) => i + 1));
    expect(bodyKeys).toEqual([...bodyKeys].sort((a, b) => a - b));
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^{}]+(\{\{\d+\}\})?$/);
    for (const b of buttons) expect([...b.text].length).toBeLessThanOrEqual(25);
    expect(Object.keys(t.examples ?? {}).sort()).toEqual(keys.map(String).sort());
  });
});

describe.each(files)('sample journey $name', ({ file }) => {
  const { journey } = file;
  const nodes = new Map(journey.nodes.map((n) => [n.id, n]));

  it('has no finding at all without an audience', () => {
    expect(validateJourney({ journey, templates, channels })).toEqual([]);
  });

  it('has no error finding with the sample audience, only the consent warnings a lesson points at', () => {
    const findings = validateJourney({ journey, templates, channels, audience: imported.contacts, startAt: Date.parse('2026-12-01T08:00:00Z') });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['consent.opt-in-missing', 'consent.marketing-opt-in']));
  });

  it('has exactly one entry, from the audience, on the sandbox channel in Paris time', () => {
    const entries = journey.nodes.filter((n) => n.type === 'entry');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data).toEqual({ source: 'audience' });
    expect(channels.map((c) => c.id)).toContain(journey.channel);
    expect(journey.timezone).toBe('Europe/Paris');
    expect(journey.quietHours).toEqual({ start: '21:00', end: '08:00' });
  });

  it('names only existing, approved templates, with a value for every placeholder', () => {
    const attributes = new Set(audience.meta.fields);
    for (const node of journey.nodes) {
      if (node.type !== 'whatsapp_template') continue;
      const template = byKey.get(templateKey(node.data.template ?? '', node.data.language ?? ''));
      expect(template, node.id).toBeDefined();
      expect(template!.status, node.id).toBe('APPROVED');
      const keys = Object.keys(template!.examples ?? {});
      expect(Object.keys(node.data.parameters ?? {}).sort(), node.id).toEqual(keys.sort());
      for (const value of Object.values(node.data.parameters ?? {})) {
        for (const m of value.matchAll(/\{\{contact\.(\w+)\}\}/g)) expect(attributes, `${node.id}: ${m[0]}`).toContain(m[1]);
      }
    }
  });

  it('is a well-formed graph: unique ids, known handles, every branch connected, every node placed', () => {
    expect(nodes.size).toBe(journey.nodes.length);
    expect(new Set(journey.edges.map((e) => e.id)).size).toBe(journey.edges.length);
    for (const edge of journey.edges) {
      const source = nodes.get(edge.source);
      expect(source, edge.id).toBeDefined();
      expect(nodes.has(edge.target), edge.id).toBe(true);
      expect(outputHandles(source!), edge.id).toContain(edge.sourceHandle);
    }
    for (const node of journey.nodes) {
      expect(node.position, node.id).toBeDefined();
      for (const handle of requiredHandles(node)) {
        expect(journey.edges.some((e) => e.source === node.id && e.sourceHandle === handle), `${node.id}.${handle}`).toBe(true);
      }
    }
    const positions = journey.nodes.map((n) => `${n.position!.x},${n.position!.y}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('reaches every node from the entry, and every edge goes left to right', () => {
    const seen = new Set<string>(journey.nodes.filter((n) => n.type === 'entry').map((n) => n.id));
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of journey.edges) if (seen.has(e.source) && !seen.has(e.target)) grew = seen.add(e.target).size > 0;
    }
    expect([...seen].sort()).toEqual([...nodes.keys()].sort());
    for (const e of journey.edges) expect(nodes.get(e.target)!.position!.x, e.id).toBeGreaterThan(nodes.get(e.source)!.position!.x);
  });

  it('waits for a positive time and only sends free-form messages just after a reply', () => {
    for (const node of journey.nodes) {
      if (node.type === 'wait' && node.data.mode === 'duration') expect(node.data.duration?.amount, node.id).toBeGreaterThan(0);
      if (node.type === 'wait_for_reply') expect(node.data.timeout?.amount, node.id).toBeGreaterThan(0);
      if (node.type === 'whatsapp_session') {
        // Every path back from a session message meets a wait_for_reply's `replied` before any wait or message.
        const check = (id: string): void => {
          for (const e of journey.edges.filter((edge) => edge.target === id)) {
            const source = nodes.get(e.source)!;
            if (source.type === 'wait_for_reply') expect(e.sourceHandle, e.id).toBe('replied');
            else {
              expect(['split_engagement', 'split_attribute', 'split_random', 'update_contact'], e.id).toContain(source.type);
              check(source.id);
            }
          }
        };
        check(node.id);
      }
    }
  });
});

describe('sample audience', () => {
  const rows = audience.data;

  it('has the spec\'s columns and about 200 contacts', () => {
    expect(audience.errors).toEqual([]);
    expect(audience.meta.fields).toEqual(AUDIENCE_HEADER);
    expect(rows.length).toBeGreaterThanOrEqual(180);
    expect(rows.length).toBeLessThanOrEqual(220);
  });

  it('imports with the app\'s audience importer without a single row error', () => {
    expect(imported.errors).toEqual([]);
    expect(imported.columns).toEqual(AUDIENCE_HEADER);
    expect(imported.contacts).toHaveLength(rows.length);
    expect(imported.contacts.filter((c) => !c.whatsappOptIn)).toHaveLength(rows.filter((r) => r.whatsapp_opt_in === 'false').length);
    for (const c of imported.contacts) expect(Object.keys(c.attributes).sort()).toEqual(['city', 'first_name', 'order_id', 'segment']);
  });

  it('has unique E.164 phones, mostly French, and a few US numbers for the marketing block', () => {
    for (const row of rows) expect(row.phone).toMatch(/^\+[1-9]\d{6,14}$/);
    expect(new Set(rows.map((r) => r.phone)).size).toBe(rows.length);
    const count = (country: string) => rows.filter((r) => r.country === country).length;
    expect(count('FR') / rows.length).toBeGreaterThan(0.6);
    for (const c of ['GB', 'DE', 'ES', 'US']) expect(count(c), c).toBeGreaterThan(0);
    expect(count('US')).toBeLessThanOrEqual(10);
    for (const row of rows.filter((r) => r.country === 'US')) expect(row.marketing_opt_in, row.phone).toBe('true');
  });

  it('is consented: almost everyone opted in to WhatsApp, about three quarters to marketing', () => {
    const share = (f: (r: Record<string, string>) => boolean) => rows.filter(f).length / rows.length;
    const noWhatsApp = rows.filter((r) => r.whatsapp_opt_in === 'false').length;
    expect(noWhatsApp).toBeGreaterThan(0);
    expect(noWhatsApp).toBeLessThanOrEqual(10);
    expect(share((r) => r.marketing_opt_in === 'true')).toBeGreaterThan(0.65);
    expect(share((r) => r.marketing_opt_in === 'true')).toBeLessThan(0.85);
    for (const row of rows) {
      expect(['fr', 'en']).toContain(row.locale);
      if (row.whatsapp_opt_in === 'true') {
        expect(row.opt_in_date, row.phone).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['sms', 'whatsapp', 'in_person', 'paper', 'web']).toContain(row.opt_in_method);
      }
      expect(row.first_name, row.phone).not.toBe('');
    }
  });

  it('has recent inbound messages for about a fifth of the contacts', () => {
    const inbound = rows.filter((r) => r.last_inbound_at !== '');
    expect(inbound.length / rows.length).toBeGreaterThan(0.1);
    expect(inbound.length / rows.length).toBeLessThan(0.3);
    for (const row of inbound) {
      const at = Date.parse(row.last_inbound_at!);
      expect(at, row.phone).toBeLessThan(Date.parse('2026-12-01T00:00:00Z'));
      expect(at, row.phone).toBeGreaterThan(Date.parse('2026-11-20T00:00:00Z'));
    }
  });
});
