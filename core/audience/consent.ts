import type { Contact } from '../journey/contact';

/** Who in an audience may be messaged, and how. */
export type ConsentSummary = {
  total: number;
  /** Contacts with WhatsApp opt-in: the only ones a journey will message. */
  whatsappOptIn: number;
  /** Contacts with marketing opt-in (whether or not they also have WhatsApp opt-in). */
  marketingOptIn: number;
  /** Contacts who wrote to the business in the 24 hours before `at`: free-form messages may reach them. */
  openWindows: number;
};

const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Counts consents and open customer service windows at the instant `at` (passed in: core
 * reads no clock). A window is open when the last inbound message is at most 24 hours old and
 * not after `at`; at exactly 24 hours it has closed.
 */
export function summarizeConsent(contacts: Iterable<Contact>, at: Date): ConsentSummary {
  const now = at.getTime();
  const summary: ConsentSummary = { total: 0, whatsappOptIn: 0, marketingOptIn: 0, openWindows: 0 };
  for (const contact of contacts) {
    summary.total++;
    if (contact.whatsappOptIn) summary.whatsappOptIn++;
    if (contact.marketingOptIn) summary.marketingOptIn++;
    if (contact.lastInboundAt !== undefined) {
      const age = now - Date.parse(contact.lastInboundAt);
      if (age >= 0 && age < WINDOW_MS) summary.openWindows++;
    }
  }
  return summary;
}
