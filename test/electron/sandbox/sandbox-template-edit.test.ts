import { describe, expect, it } from 'vitest';
import { Template } from '../../../core/whatsapp';
import { createGraphClient, toGraphEdit, type GraphClient } from '../../../electron/host/meta';
import { useSandbox } from './sandbox-fixture';

const start = useSandbox();
const DAY_MS = 24 * 3_600_000;

const promo = (text: string, extra: Partial<Template> = {}) =>
  Template.parse({ name: 'promo', language: 'fr', category: 'MARKETING', status: 'APPROVED', components: { body: { text } }, examples: { '1': 'Léa' }, ...extra });

async function idOf(client: GraphClient, name: string): Promise<string> {
  const listed = await client.listTemplates({ name });
  if (!listed.ok) throw new Error('list failed');
  const found = listed.value.templates.find((t) => t.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.id;
}

async function statusOf(client: GraphClient, name: string): Promise<string | undefined> {
  const listed = await client.listTemplates({ name });
  return listed.ok ? listed.value.templates.find((t) => t.name === name)?.status : undefined;
}

describe('Graph client: editing a template (POST /{template-id})', () => {
  it('posts the components, and the category only when it changes, never the name or language, to the template id', async () => {
    const seen: { url: string; method: string; body: unknown }[] = [];
    const record = (async (url: URL, init: RequestInit) => {
      seen.push({ url: String(url), method: String(init.method), body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ success: true }), { status: 200 });
    }) as unknown as typeof fetch;
    const client = createGraphClient({ baseUrl: 'http://127.0.0.1:9', token: 'tok', phoneNumberId: 'p', wabaId: 'w', fetch: record });
    const edited = promo('Bonjour {{1}}, nouveau texte.', { components: { body: { text: 'Bonjour {{1}}, nouveau texte.' }, footer: { text: 'Maison' } } });
    expect(await client.editTemplate('1234567890', toGraphEdit(edited))).toEqual({ ok: true, value: { success: true } });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('POST');
    expect(new URL(seen[0]!.url).pathname).toMatch(/^\/v\d+\.\d+\/1234567890$/);
    const components = [
      { type: 'BODY', text: 'Bonjour {{1}}, nouveau texte.', example: { body_text: [['Léa']] } },
      { type: 'FOOTER', text: 'Maison' },
    ];
    expect(seen[0]!.body).toEqual({ components });
    await client.editTemplate('1234567890', toGraphEdit({ ...edited, category: 'UTILITY' }, true));
    expect(seen[1]!.body).toEqual({ category: 'UTILITY', components });
  });
});

describe('sandbox: editing a template', () => {
  it('puts an approved template back to review, approves it after the delay and refuses a second edit the same day', async () => {
    const h = await start({ reviewDelayMs: 1_000 });
    const id = await idOf(h.client, 'promo');
    const first = await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}}, -30 % cette semaine.')));
    expect(first).toEqual({ ok: true, value: { success: true } });
    expect(await statusOf(h.client, 'promo')).toBe('PENDING');

    await h.advance(1_500);
    expect(await statusOf(h.client, 'promo')).toBe('APPROVED');
    const listed = await h.client.listTemplates({ name: 'promo' });
    expect(listed.ok && listed.value.templates[0]!.components[0]).toMatchObject({ type: 'BODY', text: 'Bonjour {{1}}, -30 % cette semaine.' });
    expect(h.templateUpdates.map((u) => u.event)).toContain('APPROVED');

    const second = await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}}, -40 % cette semaine.')));
    expect(second).toMatchObject({ ok: false, error: { kind: 'meta', code: 100 } });
    expect(!second.ok && second.error.details).toMatch(/edited once in 24 hours.*promo \(fr\).*2026-01-16T09:00:00/);
    expect(await statusOf(h.client, 'promo')).toBe('APPROVED');

    await h.clock.advance(DAY_MS);
    expect((await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}}, -40 % cette semaine.')))).ok).toBe(true);
  });

  it('rejects an edit that breaks the review rules, and refuses a category change or an edit while in review', async () => {
    const h = await start({ reviewDelayMs: 1_000 });
    const id = await idOf(h.client, 'promo');
    const category = await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}}.', { category: 'UTILITY' }), true));
    expect(!category.ok && category.error.details).toMatch(/category of an approved message template cannot be edited/);

    const noSample = await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}} et {{2}}.')));
    expect(noSample.ok).toBe(true);
    const again = await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}}, encore.')));
    expect(!again.ok && again.error.details).toMatch(/Only APPROVED, REJECTED or PAUSED.*PENDING/);

    await h.advance(1_500);
    expect(await statusOf(h.client, 'promo')).toBe('REJECTED');
    // A rejected template may be edited again at once: the daily limit is an approved one's.
    const fixed = await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}} et {{2}}.', { examples: { '1': 'Léa', '2': 'Hugo' } })));
    expect(fixed.ok).toBe(true);
    await h.advance(1_500);
    expect(await statusOf(h.client, 'promo')).toBe('APPROVED');
  });

  it('allows an approved template ten edits in 30 days, a day apart, and refuses the eleventh until the first is 30 days old', async () => {
    const h = await start({ reviewDelayMs: 1_000 });
    const id = await idOf(h.client, 'promo');
    for (let edit = 1; edit <= 10; edit++) {
      expect((await h.client.editTemplate(id, toGraphEdit(promo(`Bonjour {{1}}, version ${edit}.`)))).ok).toBe(true);
      await h.clock.advance(DAY_MS);
      expect(await statusOf(h.client, 'promo')).toBe('APPROVED');
    }
    const eleventh = await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}}, version 11.')));
    expect(!eleventh.ok && eleventh.error.details).toMatch(/edited 10 times in 30 days.*after 2026-02-14T09:00:00/);
    await h.clock.advance(20 * DAY_MS);
    expect((await h.client.editTemplate(id, toGraphEdit(promo('Bonjour {{1}}, version 11.')))).ok).toBe(true);
  });

  it('lets a paused template change category, which an approved one may not', async () => {
    const h = await start({ reviewDelayMs: 1_000 });
    const paused = Template.parse({ name: 'paused_one', language: 'fr', category: 'UTILITY', status: 'PAUSED', components: { body: { text: 'Bonjour, votre commande.' } } });
    expect(await h.client.editTemplate(await idOf(h.client, 'paused_one'), toGraphEdit(paused, true))).toEqual({ ok: true, value: { success: true } });
    await h.advance(1_500);
    const listed = await h.client.listTemplates({ name: 'paused_one' });
    expect(listed.ok && listed.value.templates[0]).toMatchObject({ status: 'APPROVED', category: 'UTILITY' });
  });

  it('refuses to edit a disabled template, and answers 100/33 for an id it does not hold', async () => {
    const h = await start();
    const disabled = await h.client.editTemplate(await idOf(h.client, 'disabled_one'), toGraphEdit(promo('Bonjour, autre texte.', { name: 'disabled_one' })));
    expect(!disabled.ok && disabled.error.details).toMatch(/disabled_one \(fr\) is DISABLED/);
    expect(await h.client.editTemplate('999', toGraphEdit(promo('Bonjour.')))).toMatchObject({ ok: false, error: { code: 100, subcode: 33 } });
  });
});
