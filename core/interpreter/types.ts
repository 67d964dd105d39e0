/**
 * The vocabulary of the journey interpreter: where a contact stands (phase, consent, message
 * statuses), what can happen to it (events) and what the interpreter asks the world to do
 * (effects). Events and effects name nodes by id; the {@link EffectSink} of the hot path
 * names them by index in the compiled journey, so a simulation never hashes a string.
 */
import type { Contact } from '../journey/contact';
import type { SessionMessage } from '../journey/node';
import type { TemplateCategory } from '../whatsapp/template';

/** Where a contact is in its life in the journey. */
export const Phase = {
  /** Not entered yet. */
  Idle: 0,
  /** At a `wait` node, or at a message node holding its send until quiet hours end. */
  Waiting: 1,
  /** At a `wait_for_reply` node. */
  AwaitingReply: 2,
  /** At a message node, the send handed to the world, its outcome (accepted/failed) not known yet. */
  Sending: 3,
  /** Left the journey, for good. */
  Exited: 4,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

/** Consent bits. A contact enters only with WhatsApp consent; marketing templates need both. */
export const Consent = { WhatsApp: 1, Marketing: 2 } as const;

/** Status bits of one message node for one contact (what `split_engagement` reads). */
export const MessageStatus = {
  Sent: 1,
  Delivered: 2,
  Read: 4,
  Replied: 8,
  Clicked: 16,
  Failed: 32,
} as const;

/** Why a contact left the journey. */
export type ExitReason =
  /** Reached an `exit` node. */
  | 'completed'
  /** Left at an unconnected `out` or `failed` handle (or a split with no branch to take). */
  | 'end_of_path'
  /** Never entered: no WhatsApp opt-in. */
  | 'no_whatsapp_opt_in'
  /** Reached a marketing template without marketing consent (never given, or withdrawn). */
  | 'no_marketing_opt_in'
  /** Reached a message node after opting out (STOP, an opt-out event or an update_contact). */
  | 'opted_out'
  /** Went round a loop of nodes that never waits (a `structure.cycle` journey). */
  | 'loop'
  /** The journey has no entry node. */
  | 'no_entry';

/** Exit reasons that mean the contact was dropped for a rule, counted in a run's `skipped`. */
export const SKIP_REASONS: ReadonlySet<ExitReason> = new Set(['no_whatsapp_opt_in', 'no_marketing_opt_in', 'opted_out', 'loop', 'no_entry']);

/**
 * Something that happened to one contact. `node` is the id of the message node the event is
 * about. `accepted` means Meta took the message (its `sent` status); `failed` carries Meta's
 * error code, whether the API refused the send or a status webhook reported it later.
 */
export type ContactEvent =
  | { type: 'entered' }
  | { type: 'timer'; token: number }
  | { type: 'accepted'; node: string }
  | { type: 'failed'; node: string; code: number }
  | { type: 'delivered'; node: string }
  | { type: 'read'; node: string }
  /** A tap on a button that sends nothing back (a URL button), reported by click tracking. */
  | { type: 'clicked'; node: string; button: string }
  /**
   * A message from the contact: free text, or the payload of a quick-reply / reply button.
   * `node` is the message it answers (WhatsApp's `context`), when known; `fromAd` marks a
   * Click-to-WhatsApp ad or Page button entry (free entry point).
   */
  | { type: 'inbound'; text?: string; button?: string; node?: string; fromAd?: boolean }
  /** An opt-out learnt outside a reply (a form, the native "stop marketing" control…). */
  | { type: 'opt_out'; scope: 'all' | 'marketing' };

/** What one step knows besides the state: the clock, the random source and the contact's data. */
export interface StepContext {
  /** The time of the event, epoch ms (the virtual clock in a simulation, the wall clock in a run). */
  now: number;
  /** Uniform in [0, 1): the seeded PRNG of a simulation. Only `split_random` draws. */
  random: () => number;
  /** The contact as imported (attributes, locale, phone); update_contact changes live in the state. */
  contact: Contact;
}

/** Effects in data form, as {@link step} returns them; nodes by id. */
export type Effect =
  /** The contact arrived at a node (counted as `entered` there), along `edge` (an edge id; absent at the entry). */
  | { type: 'visit'; node: string; edge?: string }
  | {
      type: 'send_template';
      node: string;
      template: string;
      language: string;
      /** Null when no such template exists: Meta will answer 132001. */
      category: TemplateCategory | null;
      /** Values by placeholder key; a `{{contact.X}}` the contact lacks is left out (Meta: 132000). */
      parameters: Record<string, string>;
    }
  | { type: 'send_session'; node: string; message: SessionMessage | null }
  /** Deliver a `timer` event with this token at `at`, unless the contact has moved on. */
  | { type: 'wake'; at: number; token: number }
  | { type: 'update_contact'; node: string; set: Record<string, string>; consent?: 'opt_in' | 'opt_out' }
  /** `node` is null for a contact that never entered. */
  | { type: 'exit'; node: string | null; reason: ExitReason };

/**
 * Where the interpreter writes effects without allocating them: the simulator implements it
 * directly; {@link step} collects them as {@link Effect} objects. Nodes are indices of the
 * compiled journey (-1 in `exit` for a contact that never entered); `template` is an index of
 * `compiled.templates` or -1 when the node's template does not exist.
 */
export interface EffectSink {
  /**
   * The contact arrived at `node` along `via`, the handle it left its previous node by (an
   * index of `compiled.targets`, whose edge is `compiled.edgeOfHandle[via]`), or -1 at the
   * entry: counting `via` gives contacts per link exactly. Sinks that count only steps may
   * ignore it.
   */
  visit(node: number, via: number): void;
  sendTemplate(node: number, template: number): void;
  sendSession(node: number): void;
  wake(at: number, token: number): void;
  updateContact(node: number): void;
  exit(node: number, reason: ExitReason): void;
}
