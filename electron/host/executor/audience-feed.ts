/**
 * The run's audience, read from its CSV file a piece at a time as the executor admits
 * contacts (core parseAudienceCsvChunks over a file stream): a million-row audience is never
 * held whole, only the contacts read ahead of the send queue.
 */
import { createReadStream } from 'node:fs';
import { parseAudienceCsvChunks } from '../../../core/audience';
import type { Contact } from '../../../core/journey/contact';

/** Contacts read ahead before the file stops being read. */
const HIGH_WATER = 4_096;

export class AudienceFeed {
  private readonly buffer: Contact[] = [];
  private head = 0;
  private ended = false;
  private failure: unknown = null;
  private wakeReader: (() => void) | null = null;
  private wakeTaker: (() => void) | null = null;
  /** Rows handed out so far: the next contact's row number. */
  next = 0;

  constructor(path: string) {
    parseAudienceCsvChunks(this.pieces(path), { batchSize: 512, onChunk: (batch) => this.push(batch.contacts) })
      .catch((error: unknown) => (this.failure = error))
      .finally(() => {
        this.ended = true;
        this.wake();
      });
  }

  /** The file's text, read no further while enough contacts wait to be taken. */
  private async *pieces(path: string): AsyncGenerator<string> {
    for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
      while (this.available >= HIGH_WATER) await new Promise<void>((resolve) => (this.wakeReader = resolve));
      yield piece as string;
    }
  }

  private push(contacts: Contact[]): void {
    for (const contact of contacts) this.buffer.push(contact);
    this.wake();
  }

  private wake(): void {
    const taker = this.wakeTaker;
    this.wakeTaker = null;
    taker?.();
  }

  /** Contacts ready without waiting. */
  get available(): number {
    return this.buffer.length - this.head;
  }

  /** True once every row has been handed out. */
  get exhausted(): boolean {
    return this.ended && this.available === 0;
  }

  /** The next contact if one is ready (its row is `next` before the call), else undefined. */
  shift(): Contact | undefined {
    if (this.head >= this.buffer.length) return undefined;
    const contact = this.buffer[this.head++];
    this.next++;
    if (this.head > 1_024 && this.head * 2 > this.buffer.length) {
      this.buffer.splice(0, this.head);
      this.head = 0;
    }
    if (this.buffer.length - this.head < HIGH_WATER / 2) {
      const reader = this.wakeReader;
      this.wakeReader = null;
      reader?.();
    }
    return contact;
  }

  /** Resolves once a contact is ready or the file has ended; rejects if the file could not be read. */
  async ready(): Promise<void> {
    while (this.available === 0 && !this.ended) await new Promise<void>((resolve) => (this.wakeTaker = resolve));
    if (this.failure !== null && this.available === 0) throw this.failure;
  }
}
