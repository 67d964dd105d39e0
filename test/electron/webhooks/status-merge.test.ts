import { describe, expect, it } from 'vitest';
import { mergeStatus, statusOf, type DeliveryState } from '../../../electron/host/webhooks';
import type { DeliveryStatus } from '../../../electron/host/webhooks';

function play(statuses: DeliveryStatus[]): { state: DeliveryState | undefined; reached: DeliveryStatus[] } {
  let state: DeliveryState | undefined;
  const reached: DeliveryStatus[] = [];
  for (const status of statuses) {
    const result = mergeStatus(state, status, status === 'failed' ? 131026 : undefined);
    state = result.state;
    reached.push(...result.reached);
  }
  return { state, reached };
}

describe('mergeStatus', () => {
  it.each([
    [['sent', 'delivered', 'read'], 'read', ['sent', 'delivered', 'read']],
    [['read', 'delivered', 'sent'], 'read', ['sent', 'delivered', 'read']],
    [['delivered', 'delivered', 'sent'], 'delivered', ['sent', 'delivered']],
    [['sent', 'failed'], 'failed', ['sent', 'failed']],
    [['failed', 'sent'], 'failed', ['failed']],
    [['failed', 'delivered'], 'delivered', ['failed', 'sent', 'delivered']],
    [['delivered', 'failed'], 'delivered', ['sent', 'delivered']],
    [['read', 'failed', 'delivered'], 'read', ['sent', 'delivered', 'read']],
  ] as [DeliveryStatus[], DeliveryStatus, DeliveryStatus[]][])('%j ends %s, reaching %j', (statuses, status, reached) => {
    const result = play(statuses);
    expect(statusOf(result.state!)).toBe(status);
    expect(result.reached).toEqual(reached);
  });

  it('a late delivered never undoes read, and a duplicate adds nothing', () => {
    const read = mergeStatus(undefined, 'read');
    const late = mergeStatus(read.state, 'delivered');
    expect(late.status).toBe('read');
    expect(late.reached).toEqual([]);
    expect(late.state).toBe(read.state);
  });

  it('keeps the error code of the failure', () => {
    expect(mergeStatus(undefined, 'failed', 131047).state.errorCode).toBe(131047);
  });

  it('any order of the same statuses ends in the same state', () => {
    const all: DeliveryStatus[] = ['sent', 'delivered', 'read'];
    const orders = [all, [...all].reverse(), ['delivered', 'sent', 'read'], ['read', 'sent', 'delivered']] as DeliveryStatus[][];
    const ends = orders.map((order) => JSON.stringify(play(order).state));
    expect(new Set(ends).size).toBe(1);
  });
});
