import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AudienceBatch, AudienceProgress } from '../../../core/audience';
import { MAX_ROW_CHARS, parseAudienceCsv, parseAudienceCsvChunks } from '../../../core/audience';

/** Runs a chunked import and gathers what it delivered. */
async function collect(input: Parameters<typeof parseAudienceCsvChunks>[0], options: Parameters<typeof parseAudienceCsvChunks>[1] = {}) {
  const batches: AudienceBatch[] = [];
  const progress: AudienceProgress[] = [];
  const summary = await parseAudienceCsvChunks(input, { ...options, onChunk: (b) => batches.push(b), onProgress: (p) => progress.push(p) });
  return {
    summary,
    progress,
    batches,
    contacts: batches.flatMap((b) => b.contacts),
    errors: batches.flatMap((b) => b.errors),
  };
}

/** Cuts a text at the given (sorted, deduplicated) offsets. */
function cut(text: string, offsets: number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const p of points) {
    pieces.push(text.slice(last, p));
    last = p;
  }
  pieces.push(text.slice(last));
  return pieces;
}

const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', ' ', 'x', '1'), maxLength: 8 });
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** Random audience files: valid and invalid phones, awkward attribute values, any line end. */
const arbCsv = fc
  .record({
    rows: fc.array(fc.record({ phone: fc.oneof(fc.integer({ min: 10, max: 99 }).map((n) => `+336123456${n}`), fc.constantFrom('bad', '', '06 12')), optIn: fc.constantFrom('yes', 'no', '?', ''), note: cell }), { maxLength: 30 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';'),
  })
  .map(({ rows, eol, bom, delimiter }) =>
    (bom ? '\uFEFF' : '') +
    [['phone', 'whatsapp_opt_in', 'note'].join(delimiter), ...rows.map((r) => [r.phone, r.optIn, quoted(r.note)].join(delimiter))].join(eol) + eol,
  );

describe('parseAudienceCsvChunks', () => {
  it('gives the same contacts and errors as the whole-file parser, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(arbCsv, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 7 }), async (csv, offsets, batchSize) => {
        const whole = parseAudienceCsv(csv);
        const chunked = await collect(cut(csv, offsets), { batchSize });
        expect(chunked.contacts).toEqual(whole.contacts);
        expect(chunked.errors).toEqual(whole.errors);
        expect(chunked.summary.columns).toEqual(whole.columns);
        for (const batch of chunked.batches.slice(0, -1)) expect(batch.contacts.length + batch.errors.length).toBeGreaterThanOrEqual(batchSize);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps attribute values with delimiters, quotes and line breaks intact', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 20 }), (notes) => {
        const csv = `phone,note\n${notes.map((n, i) => `+3361234${String(i).padStart(4, '0')},${quoted(n)}`).join('\n')}\n`;
        const result = parseAudienceCsv(csv);
        expect(result.errors).toEqual([]);
        // Cells are trimmed, and empty cells are left out of the attributes.
        expect(result.contacts.map((c) => c.attributes.note ?? '')).toEqual(notes.map((n) => n.trim()));
      }),
    );
  });

  it('reports progress with a fraction for string input', async () => {
    const csv = `phone\n${Array.from({ length: 50 }, (_, i) => `+336123456${String(i).padStart(2, '0')}`).join('\n')}\n`;
    const { progress, summary } = await collect(csv, { pieceChars: 100 });
    expect(progress.length).toBe(Math.ceil(csv.length / 100));
    expect(progress.at(-1)).toMatchObject({ charsRead: csv.length, totalChars: csv.length, fraction: 1 });
    const fractions = progress.map((p) => p.fraction ?? 0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(summary).toEqual({ columns: ['phone'], rows: 50, skipped: 0, contacts: 50, errors: 0 });
  });

  it('reads an async stream of pieces, with a fraction when the total is given', async () => {
    async function* stream() {
      yield 'pho';
      yield 'ne\r';
      yield '\n+33612345678\r\n+3361234';
      yield '5679\r\nbad\r\n';
    }
    const { contacts, errors, progress, summary } = await collect(stream(), { totalChars: 40 });
    expect(contacts.map((c) => c.phone)).toEqual(['+33612345678', '+33612345679']);
    expect(errors).toMatchObject([{ line: 4, column: 'phone', code: 'notAPhone', message: 'not a phone number: letters or symbols in "bad"' }]);
    expect(progress.map((p) => p.fraction)).toEqual([3 / 40, 6 / 40, 29 / 40, 1]);
    expect(summary).toMatchObject({ rows: 3, skipped: 1, contacts: 2, errors: 1 });
  });

  it('stops on a quote that never closes instead of re-reading the rest of a big file', async () => {
    const row = '+33612345678,"never closed';
    const pieces = ['phone,note\n', row, ...Array.from({ length: 30 }, () => 'x'.repeat(50_000))];
    const { errors, contacts } = await collect(pieces);
    expect(contacts).toEqual([]);
    expect(errors).toMatchObject([{ line: 2, code: 'neverEnds', message: expect.stringContaining('this row never ends') as unknown as string }]);
    expect(pieces.join('').length).toBeGreaterThan(MAX_ROW_CHARS);
  });

  it('reads 100,000 contacts in a few seconds at most', async () => {
    const lines = ['phone,whatsapp_opt_in,marketing_opt_in,last_inbound_at,first_name,city'];
    for (let i = 0; i < 100_000; i++) lines.push(`+336${String(10_000_000 + i)},yes,${i % 2 ? 'no' : 'yes'},2026-03-01T09:30:00Z,Name ${i},"Paris, ${i % 20}"`);
    const started = performance.now();
    const { summary } = await collect(`${lines.join('\n')}\n`);
    expect(summary).toMatchObject({ rows: 100_000, contacts: 100_000, errors: 0 });
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
