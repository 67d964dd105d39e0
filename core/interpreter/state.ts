/**
 * One contact's state as plain data (JSON-friendly, nodes by id), for the executor's journal,
 * tests and the trainer view, and its conversion to and from a {@link ContactTable} row.
 */
import type { Contact } from '../journey/contact';
import { CUSTOMER_SERVICE_WINDOW_MS } from '../whatsapp/window';
import type { CompiledJourney } from './compiled';
import { ContactTable } from './contact-table';
import type { Phase } from './types';
import { Consent, MessageStatus } from './types';

export type PhaseName = 'idle' | 'waiting' | 'awaiting_reply' | 'sending' | 'exited';
const PHASE_NAMES: readonly PhaseName[] = ['idle', 'waiting', 'awaiting_reply', 'sending', 'exited'];

/** What is known of one message node's send to this contact. */
export interface MessageRecord {
  sent: boolean;
  delivered: boolean;
  read: boolean;
  replied: boolean;
  clicked: boolean;
  failed: boolean;
  /** The button tapped (its id or payload). */
  button?: string;
  /** Meta's error code when failed. */
  code?: number;
}

/** One contact in one journey. Times are epoch ms. */
export interface ContactState {
  /** The node the contact is at (or left from), null before entry. */
  node: string | null;
  phase: PhaseName;
  /** The pending timer, and its token (a timer event with another token is stale). */
  wakeAt: number | null;
  timer: number;
  consent: { whatsapp: boolean; marketing: boolean };
  /** When the customer service window closes (24 h after the last inbound message), null if it never opened. */
  serviceWindowUntil: number | null;
  /** An ad entry still waiting for the business's first reply. */
  adEntryAt: number | null;
  /** When the free entry point pricing window ends, null if none started. */
  freeEntryPointUntil: number | null;
  /** Attributes set by update_contact nodes (the imported ones are the contact's). */
  attributes: Record<string, string>;
  /** Message nodes with any status, by node id. */
  messages: Record<string, MessageRecord>;
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
const orNaN = (value: number | null): number => value ?? Number.NaN;

/** The state of `contact` before it enters the journey. */
export function initialState(compiled: CompiledJourney, contact: Contact): ContactState {
  const table = ContactTable.for(compiled, 1);
  table.initRow(0, contact);
  return readState(compiled, table, 0);
}

/** Row `i` of a table as a {@link ContactState}. */
export function readState(compiled: CompiledJourney, table: ContactTable, i: number): ContactState {
  const buttonNames = [...compiled.buttonIds.keys()];
  const messages: Record<string, MessageRecord> = {};
  compiled.messageNodes.forEach((node, m) => {
    const at = i * table.messages + m;
    const bits = table.status[at] as number;
    if (bits === 0) return;
    const record: MessageRecord = {
      sent: (bits & MessageStatus.Sent) !== 0,
      delivered: (bits & MessageStatus.Delivered) !== 0,
      read: (bits & MessageStatus.Read) !== 0,
      replied: (bits & MessageStatus.Replied) !== 0,
      clicked: (bits & MessageStatus.Clicked) !== 0,
      failed: (bits & MessageStatus.Failed) !== 0,
    };
    const button = table.button[at] as number;
    if (button !== 0) record.button = button > 0 ? (buttonNames[button - 1] as string) : '?';
    if (record.failed) record.code = table.failCode[at] as number;
    messages[compiled.ids[node] as string] = record;
  });
  const attributes: Record<string, string> = {};
  compiled.attributeSlots.forEach((name, slot) => {
    const value = table.attribute[i * table.attributes + slot] as number;
    if (value > 0) attributes[name] = compiled.attributeValues[value - 1] as string;
  });
  const node = table.node[i] as number;
  const consent = table.consent[i] as number;
  return {
    node: node < 0 ? null : (compiled.ids[node] as string),
    phase: PHASE_NAMES[table.phase[i] as number] as PhaseName,
    wakeAt: orNull(table.wakeAt[i] as number),
    timer: table.timer[i] as number,
    consent: { whatsapp: (consent & Consent.WhatsApp) !== 0, marketing: (consent & Consent.Marketing) !== 0 },
    serviceWindowUntil: orNull((table.lastInboundAt[i] as number) + CUSTOMER_SERVICE_WINDOW_MS),
    adEntryAt: orNull(table.adEntryAt[i] as number),
    freeEntryPointUntil: orNull(table.freeUntil[i] as number),
    attributes,
    messages,
  };
}

/** Writes `state` into row `i` (the inverse of {@link readState}; unknown ids and values are dropped). */
export function writeState(compiled: CompiledJourney, table: ContactTable, i: number, state: ContactState): void {
  table.node[i] = state.node === null ? -1 : (compiled.indexOf.get(state.node) ?? -1);
  table.phase[i] = Math.max(0, PHASE_NAMES.indexOf(state.phase)) as Phase;
  table.wakeAt[i] = orNaN(state.wakeAt);
  table.timer[i] = state.timer;
  table.consent[i] = (state.consent.whatsapp ? Consent.WhatsApp : 0) | (state.consent.marketing ? Consent.Marketing : 0);
  table.lastInboundAt[i] = orNaN(state.serviceWindowUntil) - CUSTOMER_SERVICE_WINDOW_MS;
  table.adEntryAt[i] = orNaN(state.adEntryAt);
  table.freeUntil[i] = orNaN(state.freeEntryPointUntil);
  for (const [id, record] of Object.entries(state.messages)) {
    const node = compiled.indexOf.get(id);
    const m = node === undefined ? -1 : (compiled.messageOf[node] as number);
    if (m < 0) continue;
    const at = i * table.messages + m;
    table.status[at] =
      (record.sent ? MessageStatus.Sent : 0) | (record.delivered ? MessageStatus.Delivered : 0) |
      (record.read ? MessageStatus.Read : 0) | (record.replied ? MessageStatus.Replied : 0) |
      (record.clicked ? MessageStatus.Clicked : 0) | (record.failed ? MessageStatus.Failed : 0);
    const button = record.button === undefined ? undefined : compiled.buttonIds.get(record.button);
    table.button[at] = record.button === undefined ? 0 : button === undefined ? -1 : button + 1;
    table.failCode[at] = record.code ?? 0;
  }
  for (const [name, value] of Object.entries(state.attributes)) {
    const slot = compiled.attributeSlotOf.get(name);
    const id = compiled.attributeValues.indexOf(value);
    if (slot !== undefined && id >= 0) table.attribute[i * table.attributes + slot] = id + 1;
  }
}
