/**
 * A run's append-only journal: one JSON record a line, each prefixed with the CRC32 of its
 * text, so a torn write (the process died mid-line, or the disk kept half a block) is told
 * apart from a record. Records are buffered and made durable together by {@link Journal.commit}
 * (one write and one fdatasync per executor tick: group commit), which is what lets 1,000
 * sends/s each be journaled before they leave without 1,000 fsyncs a second.
 */
import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** What was cut from the end of a journal when it was opened. */
export interface TornTail {
  /** Byte offset where the kept journal ends. */
  offset: number;
  /** Bytes dropped. */
  bytes: number;
  reason: 'partial-line' | 'bad-checksum' | 'bad-json';
}

export interface JournalStats {
  commits: number;
  records: number;
  bytes: number;
  /** Total time spent in write + fdatasync, ms. */
  syncMs: number;
}

const READ_CHUNK = 1 << 20;
const NEWLINE = 0x0a;

function hex8(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** One line of the journal for `record`: `crc32hex json\n`. */
export function encodeRecord(record: unknown): string {
  const json = JSON.stringify(record);
  return `${hex8(crc32(json))} ${json}\n`;
}

/** The record of one line (without its newline), or the reason it is not one. */
export function decodeRecord(line: string): { ok: true; record: unknown } | { ok: false; reason: TornTail['reason'] } {
  const json = line.slice(9);
  if (line.length < 10 || line[8] !== ' ' || line.slice(0, 8) !== hex8(crc32(json))) return { ok: false, reason: 'bad-checksum' };
  try {
    return { ok: true, record: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
}

/**
 * Reads every good record of the file open at `fd` in order, streaming (a big journal is
 * never held whole), and answers where the good part ends: the first bad or partial line and
 * everything after it are a torn tail.
 */
function scan(fd: number, onRecord: (record: unknown) => void): { end: number; size: number; reason: TornTail['reason'] | null } {
  const size = fstatSync(fd).size;
  const chunk = Buffer.allocUnsafe(READ_CHUNK);
  let carry: Buffer = Buffer.alloc(0);
  let position = 0;
  let end = 0;
  while (position < size) {
    const read = readSync(fd, chunk, 0, Math.min(READ_CHUNK, size - position), position);
    if (read <= 0) break;
    position += read;
    const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
    let start = 0;
    for (let i = data.indexOf(NEWLINE, start); i >= 0; i = data.indexOf(NEWLINE, start)) {
      const decoded = decodeRecord(data.toString('utf8', start, i));
      if (!decoded.ok) return { end, size, reason: decoded.reason };
      onRecord(decoded.record);
      end += i + 1 - start;
      start = i + 1;
    }
    carry = Buffer.from(data.subarray(start));
  }
  return { end, size, reason: end < size ? 'partial-line' : null };
}

/** Reads the good records of the journal at `path` without changing it (none when it does not exist). */
export function readJournal(path: string, onRecord: (record: unknown) => void): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  try {
    scan(fd, onRecord);
  } finally {
    closeSync(fd);
  }
}

/** See the module comment. Not safe for two writers: a run has one executor. */
export class Journal {
  private pending: string[] = [];
  private closed = false;
  readonly stats: JournalStats = { commits: 0, records: 0, bytes: 0, syncMs: 0 };

  private constructor(
    private readonly fd: number,
    private readonly durable: boolean,
  ) {}

  /**
   * Opens (or creates) the journal at `path`, handing every good record to `onRecord` in
   * order, cutting a torn tail off the file before anything is appended, and reporting it.
   * `durable: false` skips fdatasync (tests of the logic only, never a real run).
   */
  static open(path: string, onRecord: (record: unknown) => void, options: { durable?: boolean } = {}): { journal: Journal; torn: TornTail | null } {
    const fd = openSync(path, 'a+');
    try {
      const { end, size, reason } = scan(fd, onRecord);
      let torn: TornTail | null = null;
      if (reason !== null) {
        ftruncateSync(fd, end);
        fdatasyncSync(fd);
        torn = { offset: end, bytes: size - end, reason };
      }
      return { journal: new Journal(fd, options.durable ?? true), torn };
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** Buffers one record; it is durable once {@link commit} returns. */
  append(record: unknown): void {
    if (this.closed) throw new Error('journal is closed');
    this.pending.push(encodeRecord(record));
  }

  /** Records appended and not yet committed. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Writes every buffered record in one write and makes it durable (fdatasync). */
  commit(now: () => number = performance.now.bind(performance)): void {
    if (this.pending.length === 0) return;
    const started = now();
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    this.stats.records += this.pending.length;
    this.pending = [];
    let written = 0;
    while (written < buffer.length) written += writeSync(this.fd, buffer, written, buffer.length - written);
    if (this.durable) fdatasyncSync(this.fd);
    this.stats.commits++;
    this.stats.bytes += buffer.length;
    this.stats.syncMs += now() - started;
  }

  /** Commits what is buffered and closes the file. */
  close(): void {
    if (this.closed) return;
    this.commit();
    this.closed = true;
    closeSync(this.fd);
  }
}
