/**
 * The receiver's memory of recent messages, so that duplicates and late statuses reach the
 * app only when they add something (status-merge.ts). Bounded: the oldest entries go first,
 * since Meta's retries of an old webhook are rare and the executor's journal holds the truth.
 */
import { mergeStatus, type DeliveryState, type MergeResult } from './status-merge';
import type { DeliveryStatus } from './webhook-events';

export const DEFAULT_TRACKED_MESSAGES = 200_000;

export class StatusTracker {
  private readonly states = new Map<string, DeliveryState>();
  private readonly seenInbound = new Set<string>();

  constructor(private readonly capacity = DEFAULT_TRACKED_MESSAGES) {}

  /**
   * What a status of message `id` would add (`reached` empty: nothing). Nothing is stored
   * until {@link commit}: a webhook whose handling failed must count as unseen when retried.
   */
  merge(id: string, status: DeliveryStatus, errorCode?: number): MergeResult {
    return mergeStatus(this.states.get(id), status, errorCode);
  }

  commit(id: string, merged: MergeResult): void {
    if (merged.reached.length === 0) return;
    this.states.delete(id); // re-inserted last: the map's order is the eviction order
    this.states.set(id, merged.state);
    this.trim(this.states);
  }

  seen(id: string): boolean {
    return this.seenInbound.has(id);
  }

  markSeen(id: string): void {
    this.seenInbound.add(id);
    this.trim(this.seenInbound);
  }

  private trim(collection: Map<string, unknown> | Set<string>): void {
    if (collection.size <= this.capacity) return;
    const oldest = collection.keys().next().value;
    if (oldest !== undefined) collection.delete(oldest);
  }
}
