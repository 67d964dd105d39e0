import { describe, expect, it } from 'vitest';
import { importJourneyFile } from '../../../core/journey';
import {
  exportJourneyText, fileSlug, getJourney, importJourneyText, listChannels, listJourneys, listTemplates, saveChannel, saveJourney, saveTemplate,
} from '../../../renderer/db';
import { channel, journey, template } from './sample-data';
import { openTestWorkspace } from './test-db';

const withTemplate = () => ({
  ...journey('promo', 'Promo d’hiver'),
  channel: 'ch',
  nodes: [
    { id: 'n1', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } },
    { id: 'n2', type: 'whatsapp_template', position: { x: 0, y: 100 }, data: { template: 'welcome', language: 'fr', parameters: { '1': 'Ana' } } },
  ],
  edges: [{ id: 'e1', source: 'n1', sourceHandle: 'out', target: 'n2' }],
});

const file = (extra: object = {}) => JSON.stringify({ format: 'wa-journey', version: 1, journey: withTemplate(), ...extra });

describe('journey files', () => {
  it('imports a file with the templates and channels it carries', async () => {
    openTestWorkspace();
    const outcome = await importJourneyText(file({ templates: [template('welcome')], channels: [channel('ch')] }));
    expect(outcome).toMatchObject({ ok: true, addedTemplates: 1, addedChannels: 1 });
    expect((await getJourney('promo'))?.journey.name).toBe('Promo d’hiver');
    expect(await listTemplates()).toEqual([template('welcome')]);
    expect((await listChannels()).map((c) => c.id)).toEqual(['ch']);
  });

  it('keeps the library’s own templates and channels, and gives a taken id a new one', async () => {
    openTestWorkspace();
    await saveTemplate(template('welcome', 'fr', 'APPROVED', 'Library text {{1}}'));
    await saveChannel(channel('ch', 'Library channel'));
    await saveJourney(journey('promo', 'Already here'));
    const outcome = await importJourneyText(file({ templates: [template('welcome')], channels: [channel('ch', 'From file')] }));
    expect(outcome).toMatchObject({ ok: true, renamedFrom: 'promo', addedTemplates: 0, addedChannels: 0 });
    expect((await getJourney('promo'))?.journey.name).toBe('Already here');
    expect((await listJourneys()).map((s) => s.journey.id).sort()).toEqual(['id-1', 'promo']);
    expect((await listTemplates())[0]?.components.body.text).toBe('Library text {{1}}');
    expect((await listChannels())[0]?.displayName).toBe('Library channel');
  });

  it('reports every problem with its path and changes nothing on a failed import', async () => {
    const ws = openTestWorkspace();
    await saveJourney(journey('kept'));
    const bad = JSON.stringify({ format: 'wa-journey', version: 1, journey: { ...withTemplate(), nodes: [{ id: 'n1', type: 'wait', data: { mode: 'duration', duration: { amount: 2, unit: 'weeks' } } }] }, templates: [template('new_one')] });
    const outcome = await importJourneyText(bad);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors[0]?.path).toBe('journey.nodes[0].data.duration.unit');
    expect(await ws.db.templates.count()).toBe(0);
    expect((await listJourneys()).map((s) => s.journey.id)).toEqual(['kept']);

    const syntax = await importJourneyText('{ "format": ');
    expect(syntax).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });

  it('exports a file that imports back with the templates and channel the journey uses', async () => {
    openTestWorkspace();
    await saveTemplate(template('welcome'));
    await saveTemplate(template('unused'));
    await saveChannel(channel('ch'));
    await saveJourney(withTemplate() as never);
    const exported = await exportJourneyText('promo');
    expect(exported?.fileName).toBe('promo-d-hiver.journey.json');
    const reread = importJourneyFile(exported!.text);
    expect(reread.ok && reread.file.templates?.map((t) => t.name)).toEqual(['welcome']);
    expect(reread.ok && reread.file.channels?.map((c) => c.id)).toEqual(['ch']);
    expect(reread.ok && reread.file.journey).toEqual((await getJourney('promo'))?.journey);
    expect(await exportJourneyText('missing')).toBeUndefined();
  });

  it('makes file names from any journey name', () => {
    expect(fileSlug('Série de bienvenue (FR)')).toBe('serie-de-bienvenue-fr');
    expect(fileSlug('!!!')).toBe('journey');
  });
});
