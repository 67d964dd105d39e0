import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IMPORT_ERROR_CODES, importJourneyFile, issueToImportError, parseChannelsFile, parseTemplatesFile } from '../../../core/journey';
import type { ImportError } from '../../../core/journey';
import { validFileJson } from './fixtures';

/** The file as pretty-printed text, and the 1-based line and column of `needle`'s first occurrence in it. */
function textAndPlace(file: unknown, needle: string): { text: string; line: number; column: number } {
  const text = JSON.stringify(file, null, 2);
  const index = text.indexOf(needle);
  expect(index).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index).split('\n');
  return { text, line: before.length, column: (before.at(-1) as string).length + 1 };
}

function errorsOf(text: string): ImportError[] {
  const result = importJourneyFile(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('import errors: code, values and place', () => {
  it('gives a JSON syntax error its code, values, line and column', () => {
    const [error] = errorsOf('{\n  "format": "wa-journey",\n  "version": 1 "journey": {}\n}');
    expect(error).toMatchObject({ code: 'json/expected-comma', values: { close: '}', found: '"' }, line: 3, column: 16, path: 'line 3, column 16' });
  });

  it('names an unknown node type with the allowed types, where it is in the text', () => {
    const file = validFileJson();
    file.journey.nodes[2] = { ...file.journey.nodes[2], type: 'teleport' };
    const { text, line, column } = textAndPlace(file, '"teleport"');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ path: 'journey.nodes[2].type', code: 'schema/not-allowed', line, column });
    expect(error?.values).toMatchObject({ foundKind: 'text', found: '"teleport"' });
    expect(error?.values?.allowed).toContain('"wait_for_reply"');
    expect(error?.values?.allowed).toHaveLength(10);
  });

  it('gives an enum with its own English wording the same generic code and values', () => {
    const file = validFileJson();
    file.journey.nodes[2] = { id: 'n3', type: 'wait', data: { mode: 'duration', duration: { amount: 2, unit: 'weeks' } } };
    const { text, line, column } = textAndPlace(file, '"weeks"');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({
      path: 'journey.nodes[2].data.duration.unit',
      message: 'expected minutes, hours or days, got "weeks"',
      code: 'schema/not-allowed',
      values: { allowed: ['"minutes"', '"hours"', '"days"'], foundKind: 'text', found: '"weeks"' },
      line,
      column,
    });
  });

  it('places a missing field at the value that lacks it', () => {
    const file = validFileJson();
    file.journey.nodes[2] = { id: 'n3', type: 'wait', data: { mode: 'duration', duration: { unit: 'hours' } } };
    const { text, line, column } = textAndPlace(file, '{\n            "unit": "hours"');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({
      path: 'journey.nodes[2].data.duration.amount',
      code: 'schema/missing',
      values: { detail: 'schema/wrong-type', expected: 'number' },
      line,
      column,
    });
  });

  it('codes format, version and duplicate problems and places them', () => {
    expect(errorsOf('{"format": "other", "version": 1, "journey": {}}')[0]).toMatchObject({
      path: 'format', code: 'journey/wrong-format', values: { format: 'wa-journey', foundKind: 'text', found: '"other"' }, line: 1, column: 12,
    });
    expect(errorsOf('{"format": "wa-journey", "version": 99}')[0]).toMatchObject({ path: 'version', code: 'journey/version-newer', values: { version: 99, current: 1 } });
    expect(errorsOf('{"format": "wa-journey"}')[0]).toMatchObject({ path: 'version', code: 'journey/version-missing', values: { current: 1 } });
    expect(errorsOf('{"format": "wa-journey", "version": "one"}')[0]).toMatchObject({ code: 'journey/version-invalid', values: { foundKind: 'text' } });
    expect(errorsOf('{"nodes": []}')[0]).toMatchObject({ path: 'format', code: 'journey/not-a-journey-file' });
    expect(errorsOf('[1]')[0]).toMatchObject({ path: '', code: 'file/wrong-shape', values: { what: 'journey', foundKind: 'array' } });

    const file = validFileJson();
    file.journey.nodes[3] = { ...file.journey.nodes[3], id: 'n1' };
    const { text, line } = textAndPlace(file, '"id": "n1",\n        "type": "exit"');
    expect(errorsOf(text)[0]).toMatchObject({
      path: 'journey.nodes[3].id', code: 'journey/duplicate-id', values: { kind: 'node', id: '"n1"', first: 'journey.nodes[0]' }, line,
    });
  });

  it('codes the problems of template and channel files too, with their place', () => {
    const templates = parseTemplatesFile('[\n  {"name": "a", "language": "fr", "category": "NEWS", "status": "APPROVED", "components": {"body": {"text": "x"}}}\n]');
    expect(templates.ok ? [] : templates.errors).toContainEqual(expect.objectContaining({ path: '[0].category', code: 'schema/not-allowed', line: 2, column: 47 }));
    const channels = parseChannelsFile('{"id": 5}');
    expect(channels.ok ? [] : channels.errors[0]).toMatchObject({ path: 'id', code: 'schema/wrong-type', line: 1, column: 8 });
    expect(parseChannelsFile('"x"')).toMatchObject({ ok: false, errors: [{ code: 'file/wrong-shape', values: { what: 'channels' } }] });
  });

  it('maps every kind of zod issue to a code of the exported list, with the values its sentence needs', () => {
    const cases: [z.ZodType, unknown, string, Record<string, unknown>][] = [
      [z.string().min(3), 'ab', 'schema/too-short', { limit: 3 }],
      [z.string().max(2), 'abc', 'schema/too-long', { limit: 2 }],
      [z.array(z.number()).min(1), [], 'schema/too-few-items', { limit: 1 }],
      [z.array(z.number()).max(1), [1, 2], 'schema/too-many-items', { limit: 1 }],
      [z.number().min(1), 0, 'schema/number-too-small', { limit: 1 }],
      [z.number().gt(1), 1, 'schema/number-not-above', { limit: 1 }],
      [z.number().max(1), 2, 'schema/number-too-big', { limit: 1 }],
      [z.number().lt(1), 1, 'schema/number-not-below', { limit: 1 }],
      [z.number().multipleOf(5), 7, 'schema/not-multiple', { divisor: '5' }],
      [z.union([z.string(), z.number()]), true, 'schema/no-matching-form', {}],
      [z.string().regex(/^a$/), 'b', 'schema/bad-format', { format: 'regex', found: '"b"' }],
      [z.object({}).strict(), { extra: 1 }, 'schema/unknown-keys', { keys: ['"extra"'] }],
      [z.record(z.string().regex(/^\d+$/), z.number()), { x: 1 }, 'schema/invalid-key', {}],
      [z.string().refine(() => false, 'never good'), 'a', 'schema/rejected', { message: 'never good' }],
      [z.literal('a'), 'b', 'schema/not-allowed', { allowed: ['"a"'] }],
      [z.boolean(), 'yes', 'schema/wrong-type', { expected: 'boolean', foundKind: 'text' }],
    ];
    for (const [schema, input, code, values] of cases) {
      const parsed = schema.safeParse(input);
      expect(parsed.success).toBe(false);
      const error = issueToImportError(parsed.error!.issues[0]!, input);
      expect({ input, code: error.code }).toEqual({ input, code });
      expect(IMPORT_ERROR_CODES).toContain(error.code);
      expect(error.values).toMatchObject(values);
    }
  });
});
