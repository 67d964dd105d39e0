import { describe, expect, it } from 'vitest';
import { isRetryable, KNOWN_ERROR_CODES, lookupError, retryability, type Retryable } from '../../../core/whatsapp/errors';

/** whatsapp-rules.md §4.2, row by row: code, HTTP status, retry class. */
const RULES_TABLE: [number, number, Retryable][] = [
  [0, 401, 'no'], [3, 500, 'no'], [10, 403, 'no'], [200, 403, 'no'], [250, 403, 'no'], [299, 403, 'no'],
  [190, 401, 'no'], [4, 400, 'yes'], [80007, 400, 'yes'], [130429, 400, 'yes'], [131048, 400, 'later'],
  [131056, 400, 'yes'], [131049, 400, 'later'], [131050, 400, 'no'], [130472, 400, 'no'], [131026, 400, 'no'],
  [131047, 400, 'no'], [131051, 400, 'no'], [131052, 400, 'no'], [131053, 400, 'no'],
  [131000, 500, 'yes'], [131016, 503, 'yes'], [1, 500, 'yes'], [2, 503, 'yes'], [133004, 503, 'yes'],
  [131008, 400, 'no'], [131009, 400, 'no'], [100, 400, 'no'], [33, 400, 'no'], [131021, 400, 'no'],
  [131031, 403, 'no'], [368, 403, 'no'], [130497, 403, 'no'], [131042, 400, 'no'], [131045, 500, 'no'],
  [131057, 500, 'yes'], [132000, 400, 'no'], [132001, 404, 'no'], [132005, 400, 'no'], [132007, 400, 'no'],
  [132012, 400, 'no'], [132015, 400, 'later'], [132016, 400, 'no'], [132068, 400, 'no'], [132069, 400, 'later'],
  [133010, 400, 'no'], [135000, 400, 'no'],
];
/** The (de)registration codes, whose retry class the table leaves open. */
const REGISTRATION = [133000, 133005, 133006, 133007, 133008, 133009, 133015, 133016];

describe('error catalog', () => {
  it.each(RULES_TABLE)('%s: HTTP %s, retry %s', (code, httpStatus, retryable) => {
    const info = lookupError(code);
    expect(info).toMatchObject({ code, httpStatus, retryable, known: true });
  });

  it.each([...RULES_TABLE.map(([code]) => code), ...REGISTRATION])('%s is documented in English and French with a source', (code) => {
    const info = lookupError(code);
    expect(info.known).toBe(true);
    for (const text of [info.title, info.meaning.en, info.meaning.fr, info.action.en, info.action.fr, info.source]) {
      expect(text.trim().length).toBeGreaterThan(3);
    }
    expect(info.meaning.fr).not.toBe(info.meaning.en);
  });

  it('asks to wait at least 24 hours after 131049', () => {
    expect(lookupError(131049).retryAfterMs).toBeGreaterThanOrEqual(24 * 3_600_000);
  });

  it('lists its codes', () => {
    expect(KNOWN_ERROR_CODES).toContain(131048);
    expect(KNOWN_ERROR_CODES.length).toBeGreaterThanOrEqual(52);
  });

  it('answers an unknown code with a fallback that is not retried, unless Meta failed (5xx)', () => {
    expect(lookupError(999_999)).toMatchObject({ code: 999_999, known: false, retryable: 'no', httpStatus: 400 });
    expect(lookupError(999_999).meaning.fr).toContain('999999');
    expect(retryability(999_999, 502)).toBe('yes');
    expect(isRetryable(999_999)).toBe(false);
  });

  it.each<[number, boolean]>([
    [131047, false], [131026, false], [132001, false], [368, false], [131031, false],
    [130429, true], [131056, true], [80007, true], [4, true], [131049, true],
  ])('isRetryable(%s) is %s', (code, expected) => {
    expect(isRetryable(code)).toBe(expected);
  });
});
