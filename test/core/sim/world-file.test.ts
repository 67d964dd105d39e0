import { describe, expect, it } from 'vitest';
import { parseWorldFile } from '../../../core/sim';

describe('parseWorldFile', () => {
  it('fills the spec’s defaults and keeps per-country overrides and the simulator’s extras', () => {
    const loaded = parseWorldFile('{ "replyRate": 0.3, "byCountry": { "IN": { "deliveryRate": 0.9 } }, "stoppedMarketingRate": 0.05 }');
    expect(loaded).toMatchObject({ ok: true, value: { deliveryRate: 0.97, replyRate: 0.3, byCountry: { IN: { deliveryRate: 0.9 } }, stoppedMarketingRate: 0.05 } });
  });

  it('locates syntax errors by line and column, and schema errors by path', () => {
    expect(parseWorldFile('{\n  "readRate": 0.5,\n')).toMatchObject({ ok: false, errors: [{ path: 'line 3, column 1', line: 3, column: 1 }] });
    expect(parseWorldFile('{ "byCountry": { "FR": { "blockRate": -1 } } }')).toEqual({ ok: false, errors: [{ path: 'byCountry.FR.blockRate', message: 'expected a probability from 0 to 1', code: 'schema/number-too-small', values: { limit: 0 } }] });
    expect(parseWorldFile('[]')).toEqual({ ok: false, errors: [{ path: '', message: 'expected an object, got an array', code: 'schema/wrong-type', values: { expected: 'object', foundKind: 'array', found: '' } }] });
  });
});
