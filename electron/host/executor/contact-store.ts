/**
 * The CSV data of the run's contacts (phone, consent, attributes), which the interpreter and
 * the send request need whenever something happens to a contact. Few contacts are active at
 * once; most are parked, in a wait or waiting for a reply, sometimes for days. So only the
 * contacts touched lately stay as objects (a map in least-recently-touched order); the others
 * are written once to a spill file in the run's folder and read back, one small read, when
 * their timer comes due or a webhook or reply names them. What stays in memory per contact is
 * 12 bytes: where its spilled copy lies. The spill file is a cache, not a record: each
 * opening of the run makes its own and refills it from the audience copy while the journal
 * replays, so it needs no fsync and a crash cannot make it wrong. It is unlinked as soon as it
 * is open (the open descriptor keeps it), so even a SIGKILL leaves nothing behind; where the
 * system refuses that (Windows), it is removed on close.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Contact } from '../../../core/journey/contact';

export interface ContactStoreOptions {
  /** How long a contact untouched stays an object (ms of the run's clock). */
  graceMs?: number;
  /** Objects kept at most, whatever their age. */
  maxResident?: number;
}

const NOT_SPILLED = -1;
const RELEASED = -2;
/** Objects over the cap before a sweep spills them together (one write). */
const CAP_BATCH = 1_024;
const TAIL_BYTES = 1 << 20;

export class ContactStore {
  /** Byte offset of each contact's copy in the spill file, or NOT_SPILLED / RELEASED. */
  private readonly offset: Float64Array;
  private readonly length: Uint32Array;
  /** Contacts kept as objects, least recently touched first (a Map keeps insertion order). */
  private readonly resident = new Map<number, { contact: Contact; at: number }>();
  private readonly fd: number;
  private readonly path: string;
  private unlinked = false;
  private end = 0;
  /** Copies not written yet, and their size. */
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private scratch = Buffer.alloc(4_096);
  private readonly graceMs: number;
  private readonly maxResident: number;
  /** Reads of spilled contacts (tests and the memory benchmark look). */
  loads = 0;

  /** @param dir the run's folder, where the spill file lives */
  constructor(dir: string, size: number, options: ContactStoreOptions = {}) {
    this.offset = new Float64Array(size).fill(NOT_SPILLED);
    this.length = new Uint32Array(size);
    this.graceMs = options.graceMs ?? 30_000;
    this.maxResident = options.maxResident ?? 65_536;
    this.path = join(dir, `contacts-${process.pid}-${randomBytes(4).toString('hex')}.spill`);
    this.fd = openSync(this.path, 'wx+', 0o600);
    this.unlink();
  }

  private unlink(): void {
    try {
      unlinkSync(this.path);
      this.unlinked = true;
    } catch {
      // Windows keeps an open file: removed on close.
    }
  }

  /**
   * Contact `c` enters; `parked` (a replay reading every row back in) writes it straight to
   * the spill file, so that the journal's records read each contact back once, in their order,
   * instead of pushing each other out of a full cache.
   */
  put(c: number, contact: Contact, now: number, parked = false): void {
    if (!parked) {
      this.resident.set(c, { contact, at: now });
      this.keepCap();
      return;
    }
    this.resident.delete(c);
    if (this.offset[c] === NOT_SPILLED) this.spill([[c, contact]]);
  }

  /** Over the cap (a replay reads every row in, then touches them in the journal's order): spill the oldest, a batch at a time. */
  private keepCap(): void {
    if (this.resident.size > this.maxResident + CAP_BATCH) this.sweep(Number.NEGATIVE_INFINITY);
  }

  /** Contact `c`'s data, read back if it was spilled; undefined once released. */
  get(c: number, now: number): Contact | undefined {
    const entry = this.resident.get(c);
    if (entry !== undefined) {
      // Touched: to the end of the order.
      this.resident.delete(c);
      entry.at = now;
      this.resident.set(c, entry);
      return entry.contact;
    }
    const at = this.offset[c];
    if (at === undefined || at < 0) return undefined;
    const contact = this.read(at, this.length[c] as number);
    this.loads++;
    this.resident.set(c, { contact, at: now });
    this.keepCap();
    return contact;
  }

  /** Contact `c` left the journey: its data is needed no more. */
  release(c: number): void {
    this.resident.delete(c);
    this.offset[c] = RELEASED;
  }

  /** Contacts kept as objects now. */
  get residentCount(): number {
    return this.resident.size;
  }

  /** Spills the contacts untouched since `now - graceMs`, and the oldest beyond the cap. */
  sweep(now: number): void {
    const limit = now - this.graceMs;
    const leaving: [number, Contact][] = [];
    for (const [c, entry] of this.resident) {
      if (entry.at > limit && this.resident.size <= this.maxResident) break;
      this.resident.delete(c);
      // A contact's data never changes during a run: one copy serves every later spill.
      if (this.offset[c] === NOT_SPILLED) leaving.push([c, entry.contact]);
    }
    this.spill(leaving);
  }

  /** Appends the contacts' copies to the spill file's tail, written once it is 1 MB (or read). */
  private spill(contacts: readonly [number, Contact][]): void {
    for (const [c, contact] of contacts) {
      const piece = Buffer.from(JSON.stringify(contact), 'utf8');
      this.offset[c] = this.end + this.tailBytes;
      this.length[c] = piece.length;
      this.tailBytes += piece.length;
      this.tail.push(piece);
    }
    if (this.tailBytes >= TAIL_BYTES) this.flush();
  }

  private flush(): void {
    const bytes = this.tailBytes;
    if (bytes === 0) return;
    const buffer = this.tail.length === 1 ? (this.tail[0] as Buffer) : Buffer.concat(this.tail, bytes);
    let written = 0;
    while (written < bytes) written += writeSync(this.fd, buffer, written, bytes - written, this.end + written);
    this.end += bytes;
    this.tail = [];
    this.tailBytes = 0;
  }

  private read(at: number, length: number): Contact {
    if (at >= this.end) this.flush();
    if (this.scratch.length < length) this.scratch = Buffer.alloc(Math.max(length, this.scratch.length * 2));
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, this.scratch, read, length - read, at + read);
      if (n <= 0) throw new Error(`contact spill file ${this.path} is shorter than expected`);
      read += n;
    }
    return JSON.parse(this.scratch.toString('utf8', 0, length)) as Contact;
  }

  /** Closes (and so removes) the spill file. */
  close(): void {
    this.resident.clear();
    closeSync(this.fd);
    if (!this.unlinked) this.unlink();
  }
}
