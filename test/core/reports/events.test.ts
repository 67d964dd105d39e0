/** One event record for both sources: a run journal's events and the simulator's stream. */
import { describe, expect, it } from 'vitest';
import { fromRunEvent, fromSimEvent, StatusDedupe } from '../../../core/reports';

const phoneOf = (c: number): string => `+3361000000${c}`;

describe('fromRunEvent', () => {
  it("maps Meta's accepted to sent, keeps codes, and splits inbound into text and button", () => {
    expect(fromRunEvent({ c: 1, t: 5, e: { type: 'accepted', node: 'promo' } }, phoneOf)).toEqual([
      { type: 'sent', contact: 1, phone: '+33610000001', at: 5, node: 'promo' },
    ]);
    expect(fromRunEvent({ c: 1, t: 6, e: { type: 'failed', node: 'promo', code: 131047 } }, phoneOf)[0]).toMatchObject({ type: 'failed', code: 131047 });
    expect(fromRunEvent({ c: 2, t: 7, e: { type: 'inbound', button: 'YES', node: 'promo' } }, phoneOf)).toEqual([
      { type: 'button', contact: 2, phone: '+33610000002', at: 7, node: 'promo', button: 'YES' },
    ]);
    expect(fromRunEvent({ c: 2, t: 8, e: { type: 'inbound', text: 'Arrêt' } }, phoneOf).map((e) => e.type)).toEqual(['reply', 'opt_out']);
    expect(fromRunEvent({ c: 2, t: 8, e: { type: 'timer', token: 3 } }, phoneOf)).toEqual([]);
  });
});

describe('fromSimEvent', () => {
  it('reads the simulator names and details', () => {
    expect(fromSimEvent(3, 9, 'failed', 'promo', 131026, phoneOf)).toEqual([
      { type: 'failed', contact: 3, phone: '+33610000003', at: 9, node: 'promo', code: 131026 },
    ]);
    expect(fromSimEvent(3, 9, 'reply', 'promo', 'STOP', phoneOf).map((e) => e.type)).toEqual(['reply', 'opt_out']);
    expect(fromSimEvent(3, 9, 'button', 'promo', 'OUI', phoneOf)).toEqual([
      { type: 'button', contact: 3, phone: '+33610000003', at: 9, node: 'promo', button: 'OUI' },
    ]);
    expect(fromSimEvent(3, 9, 'held', 'promo', 'quiet hours', phoneOf)).toEqual([]);
  });
});

describe('StatusDedupe', () => {
  it('keeps each status once per message and adds the delivered a read implies', () => {
    const d = new StatusDedupe();
    const e = (type: 'sent' | 'delivered' | 'read', node = 'promo') => ({ type, contact: 1, phone: '+33610000001', at: 5, node });
    expect(d.accept(e('sent'))).toHaveLength(1);
    expect(d.accept(e('sent'))).toEqual([]);
    expect(d.accept(e('read')).map((x) => x.type)).toEqual(['delivered', 'read']);
    expect(d.accept(e('delivered'))).toEqual([]);
    expect(d.accept(e('delivered', 'other'))).toHaveLength(1);
  });
});
