/** Contacts as stored: numbered in file order, with their last inbound time as a number. */
import type { Contact } from '../../core/journey';
import type { ContactRow } from './rows';

/** Epoch ms of an ISO 8601 time, for the index (ISO strings with offsets do not sort); undefined when absent or invalid. */
export function inboundMs(lastInboundAt: string | undefined): number | undefined {
  const ms = lastInboundAt === undefined ? Number.NaN : Date.parse(lastInboundAt);
  return Number.isFinite(ms) ? ms : undefined;
}

export function toContactRow(contact: Contact, audienceId: string, seq: number): ContactRow {
  const row: ContactRow = { ...contact, audienceId, seq };
  const ms = inboundMs(contact.lastInboundAt);
  if (ms !== undefined) row.lastInboundMs = ms;
  return row;
}
