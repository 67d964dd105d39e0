import { describe, expect, it } from 'vitest';
import { formatImportError, parseChannelsFile, parseTemplatesFile } from '../../../core/journey';
import { validFileJson, validFileText } from './fixtures';

const template = { name: 'order_update', language: 'en', category: 'UTILITY', status: 'PENDING', components: { body: { text: 'Order {{1}}' } } };
const channel = { id: 'ch-1', displayName: 'Main', mode: 'meta', phoneNumberId: '123', wabaId: '456' };

function errors(result: { ok: boolean; errors?: { path: string; message: string }[] }): string[] {
  return (result.errors ?? []).map(formatImportError);
}

describe('parseTemplatesFile', () => {
  it('reads a JSON array of templates', () => {
    expect(parseTemplatesFile(JSON.stringify([template]))).toEqual({ ok: true, value: [template] });
  });

  it('takes the templates of a journey file, or none', () => {
    const result = parseTemplatesFile(validFileText());
    expect(result.ok && result.value.map((t) => t.name)).toEqual(['promo_hiver']);
    const bare = validFileJson();
    delete bare.templates;
    expect(parseTemplatesFile(JSON.stringify(bare))).toEqual({ ok: true, value: [] });
  });

  it.each<[string, string, string[]]>([
    ['a bad category', JSON.stringify([template, { ...template, name: 'x', category: 'PROMO' }]), ['[1].category: expected MARKETING, UTILITY or AUTHENTICATION, got "PROMO"']],
    ['a duplicate', JSON.stringify([template, template]), ['[1].name: duplicate template "order_update" ("en"), already used at [0]']],
    ['a lone template object', JSON.stringify(template), ['expected a JSON array of templates or a journey file, got an object']],
    ['null', 'null', ['expected a JSON array of templates or a journey file, got null']],
    ['truncated JSON', '[{"name": "x"', ['line 1, column 14: unexpected end of file']],
    ['a broken journey file', JSON.stringify({ ...validFileJson(), version: 9 }), ['version: this file was written by a newer version (format 9); this app reads up to format 1: update the app']],
  ])('reports %s', (_name, text, expected) => {
    expect(errors(parseTemplatesFile(text) as never)).toEqual(expected);
  });
});

describe('parseChannelsFile', () => {
  it('reads an array, a single channel or a journey file', () => {
    const filled = { ...channel, messagingLimit: 250, quality: 'GREEN', throughputMps: 80 };
    expect(parseChannelsFile(JSON.stringify([channel]))).toEqual({ ok: true, value: [filled] });
    expect(parseChannelsFile(JSON.stringify(channel))).toEqual({ ok: true, value: [filled] });
    const fromJourney = parseChannelsFile(validFileText());
    expect(fromJourney.ok && fromJourney.value.map((c) => c.id)).toEqual(['ch-fr']);
  });

  it.each<[string, string, string[]]>([
    ['a bad single channel', JSON.stringify({ ...channel, mode: 'cloud', quality: 'BLUE' }), ['mode: expected sandbox or meta, got "cloud"', 'quality: expected GREEN, YELLOW or RED, got "BLUE"']],
    ['a bad channel in an array', JSON.stringify([channel, { id: '', displayName: 'x', mode: 'sandbox' }]), ['[1].id: expected a non-empty id']],
    ['duplicate ids', JSON.stringify([channel, channel]), ['[1].id: duplicate channel id "ch-1", already used at [0]']],
    ['a number', '3', ['expected a channel, a JSON array of channels or a journey file, got the number 3']],
  ])('reports %s', (_name, text, expected) => {
    expect(errors(parseChannelsFile(text) as never)).toEqual(expected);
  });
});
