import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseInstant, parseLocale, parseOptInDate, showCell } from '../../../core/audience';

describe('audience values', () => {
  it.each([
    ['fr', 'fr'], ['FR', 'fr'], ['fr_FR', 'fr_FR'], ['fr-fr', 'fr_FR'], ['pt_BR', 'pt_BR'], ['es-419', 'es_419'], ['fil', 'fil'],
  ])('normalises the locale %s to %s', (cell, locale) => {
    expect(parseLocale(cell)).toEqual({ ok: true, value: locale });
  });

  it.each(['french', 'f', 'fr_FRA', 'fr FR', ''])('refuses the locale %j', (cell) => {
    expect(parseLocale(cell).ok).toBe(false);
  });

  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01 09:30:00+01:00', '2026-03-01T08:30:00.000Z'],
    ['2026-03-01T09:30:00-0530', '2026-03-01T15:00:00.000Z'],
    ['2026-03-01T09:30:00.123456+00', '2026-03-01T09:30:00.123Z'],
    ['2024-02-29T23:59:59z', '2024-02-29T23:59:59.000Z'],
  ])('reads the instant %s', (cell, iso) => {
    expect(parseInstant(cell)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['2026-03-01', 'expected an ISO 8601 date and time'],
    ['2026-03-01T09:30:00', 'needs a time zone'],
    ['2025-02-29T10:00:00Z', 'not a real date and time'],
    ['2026-03-01T24:00:00Z', 'not a real date and time'],
    ['2026-03-01T10:00:00+15:00', 'not a valid time zone offset'],
    ['0026-03-01T10:00:00Z', 'not a real date and time'],
    ['01/03/2026 09:30', 'expected an ISO 8601 date and time'],
  ])('refuses the instant %s', (cell, reason) => {
    const result = parseInstant(cell);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('reads opt-in dates with or without a time, as written', () => {
    expect(parseOptInDate('2026-01-15')).toEqual({ ok: true, value: '2026-01-15' });
    expect(parseOptInDate('2026-01-15T10:00:00Z')).toEqual({ ok: true, value: '2026-01-15T10:00:00Z' });
    expect(parseOptInDate('2026-13-01').ok).toBe(false);
    expect(parseOptInDate('15/01/2026').ok).toBe(false);
  });

  it('clips long cells in messages', () => {
    expect(showCell('x'.repeat(10_000_000))).toBe(`"${'x'.repeat(29)}…"`);
  });

  it.each([
    ['phone,city', ','], ['phone;city;tier', ';'], ['phone\tcity', '\t'], ['phone|city', '|'], ['phone', ','], ['"a;b",c', ','],
  ])('guesses the delimiter of %j', (header, delimiter) => {
    expect(guessDelimiter(header)).toBe(delimiter);
  });
});
