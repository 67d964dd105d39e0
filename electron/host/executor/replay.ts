/**
 * Resuming a run: the journal's records are applied again, in order, through the same paths
 * as live execution, with nothing journaled or sent. Afterwards a send whose intent has no
 * answer is uncertain (the process died between request and answer): it is never repeated
 * blindly. Sends that were waiting (queued, or for a retry) are queued again.
 */
import { Phase, serviceWindowOpen } from '../../../core/interpreter';
import type { RunExecutor } from './executor';
import { Journal, readJournal, type TornTail } from './journal';
import type { JournalRecord } from './journal-records';
import { SendState } from './send-book';
import { sendCategory } from './send-request';

function applyRecord(x: RunExecutor, record: JournalRecord, retryAt: Map<number, number>): void {
  const { book } = x;
  switch (record.k) {
    case 'ev':
      x.event(record.c, record.t, record.e, record.w);
      return;
    case 'in': {
      const { c, n, a, t } = record;
      book.node[c] = n;
      book.attempts[c] = a;
      book.set(c, SendState.InFlight);
      retryAt.delete(c);
      x.pair.record(c, t);
      x.limit.take(c, sendCategory(x.compiled, n, x.contactOf(c)), serviceWindowOpen(x.engine.table, c, t), t);
      return;
    }
    case 'rt':
      if (book.node[record.c] === record.n) {
        book.set(record.c, SendState.Queued);
        retryAt.set(record.c, record.at);
      }
      return;
    case 'ur':
      if (book.state[record.c] === SendState.InFlight && book.node[record.c] === record.n) {
        book.set(record.c, SendState.Uncertain);
        x.applyResolution(record.c, record.n, record.d, record.t);
      }
      return;
    case 'st':
      x.setStatus(record.s, record.why);
      return;
  }
}

/** Replays the journal at `path` into `x` and opens it for appending. */
export async function replayJournal(x: RunExecutor, path: string, durable: boolean): Promise<{ journal: Journal; torn: TornTail | null }> {
  // First the rows that entered, so every replayed event finds its contact's data.
  let entered = 0;
  readJournal(path, (record) => {
    const r = record as JournalRecord;
    if (r.k === 'ev' && r.e.type === 'entered') entered = Math.max(entered, r.c + 1);
  });
  while (x.admitted < entered) {
    await x.feed.ready();
    if (x.feed.available === 0) throw new Error(`the run's audience has fewer rows than its journal (${x.admitted} < ${entered})`);
    x.takeContact();
  }
  const retryAt = new Map<number, number>();
  let applied = 0;
  const { journal, torn } = Journal.open(
    path,
    (record) => {
      const r = record as JournalRecord;
      // The contacts' cache follows the journal's clock, as it followed the wall clock live:
      // each contact is read back once for its burst of records, then parks again.
      x.replayAt = r.t;
      if (++applied % 4_096 === 0) x.contacts.sweep(r.t);
      applyRecord(x, r, retryAt);
    },
    { durable },
  );
  const { book, engine } = x;
  for (let c = 0; c < x.admitted; c++) {
    const state = book.state[c];
    if (state === SendState.InFlight || state === SendState.Settling) book.set(c, SendState.Uncertain);
    else if (state === SendState.Queued) x.enqueueSend(c, retryAt.get(c) ?? 0);
    if (engine.table.phase[c] === Phase.Exited) x.contacts.release(c);
  }
  // Replayed contacts were touched by their records, not by anything live: all park, and the
  // few with work due are read back when it comes.
  x.contacts.sweep(Number.POSITIVE_INFINITY);
  return { journal, torn };
}
