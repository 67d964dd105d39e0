import { describe, expect, it } from 'vitest';
import { defaultPreferences, readPreferences, writePreferences } from '../../../renderer/src/settings/preferences';

const key = 'wajourney.preferences.v1';

describe('preferences', () => {
  it('reads back what it wrote', () => {
    writePreferences({ language: 'fr', theme: 'dark' });
    expect(readPreferences()).toEqual({ language: 'fr', theme: 'dark' });
  });

  it('gives the defaults when nothing is saved', () => {
    expect(readPreferences()).toEqual(defaultPreferences);
  });

  it.each([
    ['not JSON', '{oops', defaultPreferences],
    ['not an object', '"dark"', defaultPreferences],
    ['an unknown language', JSON.stringify({ language: 'xx', theme: 'dark' }), { language: null, theme: 'dark' }],
    ['an unknown theme', JSON.stringify({ language: 'fr', theme: 'neon' }), { language: 'fr', theme: 'system' }],
  ])('keeps the valid fields of %s', (_case, saved, expected) => {
    localStorage.setItem(key, saved);
    expect(readPreferences()).toEqual(expected);
  });
});
