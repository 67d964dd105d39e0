/**
 * Settling sends whose outcome is unknown: a request that timed out, a connection dropped
 * after writing, or an intent a crash left without an answer. Such a send may have reached
 * Meta, so it is never resent on a guess. Two things settle it:
 *
 * - a status webhook echoing its key in `biz_opaque_callback_data` (RunExecutor.onStatus): the
 *   only way for a real Meta channel, since Meta offers no way to list what it accepted. What
 *   no webhook settles stays uncertain, for the user to decide (`runs:resolveUncertain`);
 * - for the sandbox, its fence (Sender.settle): the sandbox answers the wamid of a message it
 *   holds with the key, or fences the key so that it refuses any request still carrying it.
 *
 * Why the fence and not a look at the record: a lookup can only say "not there YET". A request
 * can sit in a socket buffer, a busy event loop or a proxy for any time after its client gave
 * up, so no waiting period makes "absent from the record" mean "never sent" (two looks some
 * seconds apart once resent a request that arrived later still: a duplicate). The fence turns
 * absence into a promise: the sandbox checks fences and records a send in one synchronous step
 * on its single thread, so after the fence answers, the request either was recorded (and the
 * answer says so) or will be refused when it comes. Only then is the send resent, under a new
 * key generation (sendKey), because the old key stays fenced. A sandbox that restarted knows
 * nothing of its previous life's messages; those recipients are gone with it.
 */
import type { RunExecutor } from './executor';
import { sendKey } from './journal-records';
import { SendState } from './send-book';

/** Fences that may fail in a row before the sends are left uncertain for the user. */
const MAX_FAILED_FENCES = 5;
/** Keys per fence request (each key is some 30 bytes). */
const KEYS_PER_FENCE = 2_000;

export class Settler {
  /** Fences under way or due: the run is not idle meanwhile, so the CLI waits for them. */
  pending = 0;
  private failed = 0;
  private running = false;
  private again = false;

  constructor(private readonly x: RunExecutor) {}

  /** Asks the sandbox's fence about every uncertain send (no-op without one: a Meta channel). */
  async settle(): Promise<void> {
    const x = this.x;
    const fence = x.options.sender.settle?.bind(x.options.sender);
    if (fence === undefined || x.book.uncertain.size === 0 || x.closed) return;
    // One fence at a time; sends turning uncertain meanwhile are asked about right after.
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.pending++;
    try {
      await this.round(fence);
    } finally {
      this.running = false;
      this.pending--;
    }
    if (this.again) {
      this.again = false;
      await this.settle();
    }
    x.notifyIdle();
  }

  private async round(fence: (keys: readonly string[]) => Promise<Map<string, string | null>>): Promise<void> {
    const { x } = this;
    const { book } = x;
    const sends = [...book.uncertain].map((c) => ({ c, n: book.node[c] as number, g: book.generation(c) }));
    // Every generation of each send: an earlier key may also be on its way, and is fenced too.
    const keysOf = (s: { c: number; n: number; g: number }) => Array.from({ length: s.g + 1 }, (_, g) => sendKey(x.spec.runId, s.c, s.n, g));
    const keys = sends.flatMap(keysOf);
    const answer = new Map<string, string | null>();
    try {
      for (let i = 0; i < keys.length; i += KEYS_PER_FENCE) {
        for (const [key, value] of await fence(keys.slice(i, i + KEYS_PER_FENCE))) answer.set(key, value);
      }
      this.failed = 0;
    } catch {
      // A busy sandbox can fail a request: ask again a settle period later, a few times, before
      // leaving the sends to the user (a run must not stall half-settled). Keys fenced by a
      // round whose answer was lost are answered "fenced" again: a fence is idempotent.
      this.failed++;
      if (this.failed <= MAX_FAILED_FENCES) this.retryIn(x.options.settleMs ?? 30_000);
      return;
    }
    if (x.closed) return;
    for (const s of sends) {
      // Settled meanwhile (a webhook, the user's decision): this answer is old news for it.
      if (book.state[s.c] !== SendState.Uncertain || book.node[s.c] !== s.n || book.generation(s.c) !== s.g) continue;
      const answers = keysOf(s).map((key) => answer.get(key));
      const wamid = answers.find((a) => typeof a === 'string');
      if (wamid !== undefined && wamid !== null) x.settleSent(s.c, s.n, wamid);
      else if (answers.every((a) => a === null)) x.resolveUncertain(sendKey(x.spec.runId, s.c, s.n, s.g), 'resend');
      // Else the sandbox did not answer for a key: still unknown, left to the user.
    }
  }

  private retryIn(ms: number): void {
    const { x } = this;
    this.pending++;
    x.clock.setTimeout(() => {
      this.pending--;
      void this.settle().finally(() => x.notifyIdle());
    }, ms);
  }
}
