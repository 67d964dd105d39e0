/**
 * Contacts parked in a wait leave memory (contact-store.ts) and come back, with their data,
 * when their timer is due, also after the run is reopened from its journal; the compact
 * indexes that replaced the per-contact maps (phone-index.ts, wamid-tags.ts) find what the
 * maps found.
 */
import { describe, expect, it } from 'vitest';
import { ContactStore } from '../../../electron/host/executor/contact-store';
import { RunExecutor } from '../../../electron/host/executor/executor';
import { PhoneIndex } from '../../../electron/host/executor/phone-index';
import { WamidTags } from '../../../electron/host/executor/wamid-tags';
import { Prng } from '../../../core/sim/prng';
import { useTempDirs } from '../temp-dir';
import { FakeSender, makeRun, VirtualClock, waitJourney } from './helpers';

const tempDir = useTempDirs();
const DAY = 24 * 3_600_000;

/** Each reminder (node 3) went once, to the right number, with that contact's own first name. */
function expectRemindersRight(sender: FakeSender, contacts: number): void {
  const reminders = sender.requests.filter((r) => r.key.endsWith(':3'));
  expect(reminders).toHaveLength(contacts);
  for (const r of reminders) {
    const row = Number(r.key.split(':')[1]);
    expect([r.to, r.parameters]).toEqual([`+336${10_000_000 + row}`, { '1': `Name${row}` }]);
  }
}

describe('parked contacts', () => {
  it('leave memory while they wait and come back with their data when the timer is due', async () => {
    const { dir, spec } = makeRun(await tempDir(), 300, { journey: waitJourney(1) });
    const clock = new VirtualClock();
    const sender = new FakeSender(clock);
    const run = await RunExecutor.open({ dir, spec, sender, clock, durable: false, jitter: () => 0.5 });
    run.start();
    await clock.runUntil(() => run.snapshot().nodes.wait?.entered === 300);
    // An hour into the wait: every contact is parked, none is an object any more.
    await clock.runUntil(() => false, clock.time + 3_600_000);
    clock.time += 60_000;
    run.loop.schedule(0);
    await clock.runUntil(() => false, clock.time + 1);
    expect(run.contacts.residentCount).toBe(0);
    expect(run.contacts.loads).toBe(0);
    await clock.runUntil(() => run.status === 'completed', clock.time + 2 * DAY);
    expect(run.contacts.loads).toBeGreaterThanOrEqual(300);
    run.close();
    expectRemindersRight(sender, 300);
  });

  it('reopened in the middle of the wait, finds every parked contact again', async () => {
    const { dir, spec } = makeRun(await tempDir(), 200, { journey: waitJourney(1) });
    const clock = new VirtualClock();
    const sender = new FakeSender(clock);
    const first = await RunExecutor.open({ dir, spec, sender, clock, durable: false, jitter: () => 0.5 });
    first.start();
    await clock.runUntil(() => first.snapshot().nodes.wait?.entered === 200);
    first.close();
    const second = await RunExecutor.open({ dir, spec, sender, clock, durable: false, jitter: () => 0.5 });
    // Nothing replayed stays an object: the parked audience is read back as timers come due.
    expect(second.contacts.residentCount).toBe(0);
    // A reply naming a welcome by its wamid (context.id) still finds it: the journal's `w`
    // rebuilt the tags. The fake's k-th request was answered `wamid.k+1`.
    const welcomeSlot = second.compiled.messageOf[1] as number;
    const found = sender.requests.map((r, k) => second.wamids.messageOf(Number(r.key.split(':')[1]), `wamid.${k + 1}`));
    expect(found).toEqual(sender.requests.map(() => welcomeSlot));
    second.start();
    await clock.runUntil(() => second.status === 'completed', clock.time + 2 * DAY);
    second.close();
    expectRemindersRight(sender, 200);
  });
});

describe('ContactStore', () => {
  it('spills untouched contacts, reads them back unchanged, forgets released ones, and keeps to its cap', async () => {
    const store = new ContactStore(await tempDir(), 5_000, { graceMs: 1_000, maxResident: 100 });
    const contact = (i: number) => ({ phone: `+3361${String(i).padStart(7, '0')}`, whatsappOptIn: true, marketingOptIn: i % 2 === 0, attributes: { first_name: `N${i}`, city: 'Évry "sud"' } });
    for (let i = 0; i < 5_000; i++) store.put(i, contact(i), 0);
    expect(store.residentCount).toBeLessThanOrEqual(100 + 1_024);
    store.sweep(5_000);
    expect(store.residentCount).toBe(0);
    for (const i of [0, 4_999, 1_234]) expect(store.get(i, 6_000)).toEqual(contact(i));
    expect(store.loads).toBe(3);
    expect(store.get(1_234, 6_001)).toEqual(contact(1_234));
    expect(store.loads).toBe(3);
    store.release(7);
    expect(store.get(7, 6_002)).toBeUndefined();
    store.close();
  });
});

describe('PhoneIndex and WamidTags', () => {
  it('find every row by its wa_id, the last row of a repeated number, and nothing for strangers', () => {
    const rng = new Prng(5);
    const index = new PhoneIndex(20_000);
    const ids: string[] = [];
    for (let row = 0; row < 20_000; row++) {
      // Mostly random numbers of 8 to 15 digits, some sequential (an audience in order).
      const id = row % 3 === 0 ? String(33_610_000_000 + row) : String(1 + Math.floor(rng.uniform() * 9)) + String(Math.floor(rng.uniform() * 1e14)).padStart(7 + (row % 8), '0');
      ids.push(id);
      index.set(id, row);
    }
    const last = new Map(ids.map((id, row) => [id, row]));
    for (const [id, row] of last) expect(index.get(id)).toBe(row);
    expect(index.get('999999999999999')).toBeUndefined();
    for (const bad of ['', '0123', 'abc', '1234567890123456', '+33610000000']) expect(index.get(bad)).toBeUndefined();
  });

  it("name a contact's message by its wamid and no other's", () => {
    const tags = new WamidTags(3, 2);
    tags.set(1, 0, 'wamid.HBgLMzM2MTAwMDAwMDAVAgARGBJBQ0RFRjAxMjM0NTY3ODkA');
    tags.set(1, 1, 'wamid.HBgLMzM2MTAwMDAwMDAVAgARGBJBQ0RFRjAxMjM0NTY3ODkB');
    expect(tags.messageOf(1, 'wamid.HBgLMzM2MTAwMDAwMDAVAgARGBJBQ0RFRjAxMjM0NTY3ODkB')).toBe(1);
    expect(tags.messageOf(1, 'wamid.HBgLMzM2MTAwMDAwMDAVAgARGBJBQ0RFRjAxMjM0NTY3ODkA')).toBe(0);
    expect(tags.messageOf(0, 'wamid.HBgLMzM2MTAwMDAwMDAVAgARGBJBQ0RFRjAxMjM0NTY3ODkA')).toBe(-1);
    expect(tags.messageOf(1, 'wamid.other')).toBe(-1);
  });
});
