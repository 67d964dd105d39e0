/** The extracts from hand-made events: status history, inbound lines, the three-failure rule, CSV quoting. */
import { describe, expect, it } from 'vitest';
import { ExtractCollector, extractsOf, toCsv, type ReportEvent } from '../../../core/reports';

const T = Date.UTC(2026, 0, 5, 9, 0);
const ev = (type: ReportEvent['type'], contact: number, minute: number, over: Partial<ReportEvent> = {}): ReportEvent => ({
  type,
  contact,
  phone: `+3361000000${contact}`,
  at: T + minute * 60_000,
  node: 'promo',
  ...over,
});

describe('ExtractCollector', () => {
  it('keeps each message status per contact, in order, with the error explained', () => {
    const c = new ExtractCollector({ channel: '+33700000000', messageOf: (n) => (n === 'promo' ? 'seasonal_promo' : n) });
    [ev('sent', 1, 0), ev('delivered', 1, 1), ev('read', 1, 2), ev('failed', 2, 0, { code: 131026 })].forEach((e) => c.add(e));
    const lines = extractsOf(c).tracking.split('\r\n');
    expect(lines[0]).toBe('Phone,Node,Message,Status,StatusTime,ErrorCode,ErrorReason');
    expect(lines[1]).toBe('"+33610000001",promo,seasonal_promo,sent,2026-01-05T09:00:00.000Z,,');
    expect(lines[3]).toContain(',read,2026-01-05T09:02:00.000Z,,');
    expect(lines[4]).toMatch(/^"\+33610000002",promo,seasonal_promo,failed,2026-01-05T09:00:00.000Z,131026,.+/);
    expect(lines).toHaveLength(6); // header, 4 lines, the final CRLF
  });

  it('writes text replies and button taps with the channel, and ignores statuses', () => {
    const c = new ExtractCollector({ channel: 'ch-sandbox' });
    c.add(ev('reply', 1, 5, { text: 'Oui, ça m\'intéresse' }));
    c.add(ev('button', 2, 6, { button: 'STOP_PROMOS' }));
    c.add(ev('read', 2, 1));
    const csv = extractsOf(c).inbound.split('\r\n');
    expect(csv[0]).toBe('Phone,ReceivedTime,Channel,MessageType,Content,InReplyTo');
    expect(csv[1]).toBe('"+33610000001",2026-01-05T09:05:00.000Z,ch-sandbox,text,"Oui, ça m\'intéresse",promo');
    expect(csv[2]).toBe('"+33610000002",2026-01-05T09:06:00.000Z,ch-sandbox,button,STOP_PROMOS,promo');
    expect(csv).toHaveLength(4);
  });

  it('names a contact a potential unsubscribe from its third undelivered message, not before', () => {
    const c = new ExtractCollector({ channel: 'x' });
    for (const m of [0, 1]) c.add(ev('failed', 1, m, { code: 131026, node: `n${m}` }));
    for (const m of [0, 1, 2]) c.add(ev('failed', 2, m, { code: m === 2 ? 131049 : 131026, node: `n${m}` }));
    c.add(ev('delivered', 1, 3));
    expect(c.potentialUnsubscribes()).toEqual([{ phone: '+33610000002', undelivered: 3, lastAt: T + 120_000, lastCode: 131049 }]);
    const lines = extractsOf(c).potentialUnsubscribe.split('\r\n');
    expect(lines[0]).toBe('Phone,UndeliveredMessages,LastUndeliveredTime,LastErrorCode,LastErrorReason');
    expect(lines[1]).toMatch(/^"\+33610000002",3,2026-01-05T09:02:00.000Z,131049,/);
    expect(lines).toHaveLength(3);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['=SUM(A1)', 'two\nlines'], [null, 3]])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),"two\nlines"\r\n,3\r\n',
    );
  });
});
