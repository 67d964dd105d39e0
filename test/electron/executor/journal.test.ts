import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, Journal, readJournal } from '../../../electron/host/executor/journal';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();

function reopen(path: string): { records: unknown[]; torn: ReturnType<typeof Journal.open>['torn']; journal: Journal } {
  const records: unknown[] = [];
  const { journal, torn } = Journal.open(path, (record) => records.push(record));
  return { records, torn, journal };
}

describe('run journal', () => {
  it('keeps records in order across a commit, a close and a reopen', async () => {
    const path = join(await tempDir(), 'journal.ndjson');
    const { journal } = reopen(path);
    journal.append({ k: 'in', c: 1 });
    journal.append({ k: 'ev', c: 1, text: 'été ✓' });
    expect(journal.pendingCount).toBe(2);
    journal.commit();
    expect(journal.stats).toMatchObject({ commits: 1, records: 2 });
    journal.close();
    const again = reopen(path);
    expect(again.records).toEqual([{ k: 'in', c: 1 }, { k: 'ev', c: 1, text: 'été ✓' }]);
    expect(again.torn).toBeNull();
    again.journal.close();
  });

  it('refuses a line whose checksum does not match its text', () => {
    const line = encodeRecord({ a: 1 }).trimEnd();
    expect(decodeRecord(line)).toEqual({ ok: true, record: { a: 1 } });
    expect(decodeRecord(line.replace('"a":1', '"a":2'))).toEqual({ ok: false, reason: 'bad-checksum' });
    expect(decodeRecord('{"a":1}')).toEqual({ ok: false, reason: 'bad-checksum' });
  });

  it('cuts a partial last line, reports it, and appends after the good part', async () => {
    const path = join(await tempDir(), 'journal.ndjson');
    writeFileSync(path, encodeRecord({ n: 1 }) + encodeRecord({ n: 2 }));
    const good = readFileSync(path).length;
    appendFileSync(path, encodeRecord({ n: 3 }).slice(0, 12));
    const { records, torn, journal } = reopen(path);
    expect(records).toEqual([{ n: 1 }, { n: 2 }]);
    expect(torn).toEqual({ offset: good, bytes: 12, reason: 'partial-line' });
    journal.append({ n: 4 });
    journal.close();
    expect(reopen(path).records).toEqual([{ n: 1 }, { n: 2 }, { n: 4 }]);
  });

  it('cuts everything from the first corrupted record on', async () => {
    const path = join(await tempDir(), 'journal.ndjson');
    const corrupted = encodeRecord({ n: 2 }).replace('2', '9');
    writeFileSync(path, encodeRecord({ n: 1 }) + corrupted + encodeRecord({ n: 3 }));
    const seen: unknown[] = [];
    readJournal(path, (record) => seen.push(record));
    expect(seen).toEqual([{ n: 1 }]);
    const { records, torn, journal } = reopen(path);
    journal.close();
    expect(records).toEqual([{ n: 1 }]);
    expect(torn?.reason).toBe('bad-checksum');
    expect(readFileSync(path, 'utf8')).toBe(encodeRecord({ n: 1 }));
  });

  it('reads a journal larger than its read chunk', async () => {
    const path = join(await tempDir(), 'journal.ndjson');
    const { journal } = reopen(path);
    for (let i = 0; i < 30_000; i++) journal.append({ k: 'ev', c: i, pad: 'x'.repeat(40) });
    journal.close();
    const { records, torn, journal: again } = reopen(path);
    again.close();
    expect(torn).toBeNull();
    expect(records).toHaveLength(30_000);
    expect((records[29_999] as { c: number }).c).toBe(29_999);
  });
});
