import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJourneyFile, importJourneyFile, JourneyFile } from '../../../core/journey';
import { arbJourneyFile } from '../../support/arbitraries';
import { validFileJson } from './fixtures';

describe('exportJourneyFile', () => {
  it('writes 2-space JSON with a trailing newline and the spec key order', () => {
    const file = JourneyFile.parse(validFileJson());
    const text = exportJourneyFile(file);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "wa-journey",\n  "version": 1,\n  "journey": {\n    "id": "welcome-fr",\n    "name"')).toBe(true);
    expect(text).toContain('{\n        "id": "e1",\n        "source": "n1",\n        "sourceHandle": "out",\n        "target": "n2"\n      }');
    expect(text).toContain('"data": {\n          "template": "promo_hiver",\n          "language": "fr",\n          "parameters"');
    expect(text).toContain('"businessUnit": "bu-fr",\n      "phoneNumber": "+33612345678",\n      "mode": "sandbox",');
    expect(text).toContain('"quietHours": {\n      "start": "21:00",\n      "end": "08:00"\n    }');
  });

  it('gives the same bytes whatever order the keys were built in', () => {
    const file = JourneyFile.parse(validFileJson());
    const reversed = JSON.parse(JSON.stringify(file), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as JourneyFile;
    expect(Object.keys(reversed)[0]).not.toBe('format');
    expect(exportJourneyFile(reversed)).toBe(exportJourneyFile(file));
  });

  it('round trips: export then import gives back an equal file', () => {
    fc.assert(
      fc.property(arbJourneyFile(), (file) => {
        const result = importJourneyFile(exportJourneyFile(file));
        expect(result).toEqual({ ok: true, file });
      }),
      { numRuns: 200 },
    );
  });

  it('is a fixed point: exporting an imported export changes nothing', () => {
    fc.assert(
      fc.property(arbJourneyFile(), (file) => {
        const text = exportJourneyFile(file);
        const again = importJourneyFile(text);
        expect(again.ok && exportJourneyFile(again.file)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
