import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../core/journey';
import { parseAudienceCsv, summarizeConsent } from '../../../core/audience';

const contact = (phone: string, whatsappOptIn: boolean, marketingOptIn: boolean, lastInboundAt?: string): Contact => ({
  phone, whatsappOptIn, marketingOptIn, attributes: {}, ...(lastInboundAt ? { lastInboundAt } : {}),
});

describe('summarizeConsent', () => {
  const at = new Date('2026-03-02T12:00:00Z');

  it('counts consents and open 24-hour windows at the given instant', () => {
    const contacts = [
      contact('+33612345601', true, true, '2026-03-02T11:59:00Z'), // 1 minute ago: open
      contact('+33612345602', true, false, '2026-03-01T12:00:00.001Z'), // just under 24 h: open
      contact('+33612345603', false, true, '2026-03-01T12:00:00Z'), // exactly 24 h: closed
      contact('+33612345604', true, false, '2026-03-02T12:00:01Z'), // after `at`: not yet
      contact('+33612345605', false, false),
      contact('+33612345606', true, false, 'garbage'),
      contact('+33612345607', true, false, '2026-03-02T12:00:00Z'), // at `at`: open
    ];
    expect(summarizeConsent(contacts, at)).toEqual({ total: 7, whatsappOptIn: 5, marketingOptIn: 2, openWindows: 3 });
  });

  it('is all zeros for no contacts', () => {
    expect(summarizeConsent([], at)).toEqual({ total: 0, whatsappOptIn: 0, marketingOptIn: 0, openWindows: 0 });
  });

  it('summarises a parsed audience, offsets included', () => {
    const { contacts } = parseAudienceCsv(
      'phone,whatsapp_opt_in,marketing_opt_in,last_inbound_at\n+33612345601,yes,no,2026-03-02T10:00:00+01:00\n+33612345602,no,yes,\n',
    );
    expect(summarizeConsent(contacts, at)).toEqual({ total: 2, whatsappOptIn: 1, marketingOptIn: 1, openWindows: 1 });
  });
});
