/**
 * A journey compiled for stepping: nodes by index, edges by handle in flat typed arrays, and
 * each node's data parsed once (durations in ms, keywords normalized, conditions compiled,
 * templates looked up). The simulator steps a million contacts through one of these.
 */
import type { Journey } from '../journey/journey';
import type { SessionMessage } from '../journey/node';
import type { Template } from '../whatsapp/template';
import type { CompiledCondition } from './conditions';
import type { ZoneClock } from './time-zone';

/** Node types as small integers, for `switch` in the hot path. */
export const NodeKind = {
  Entry: 0,
  Template: 1,
  Session: 2,
  Wait: 3,
  WaitForReply: 4,
  SplitEngagement: 5,
  SplitAttribute: 6,
  SplitRandom: 7,
  UpdateContact: 8,
  Exit: 9,
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

/** Handle positions of the fixed-handle node types (split branches are numbered in order). */
export const Handle = { Out: 0, Failed: 1, Replied: 0, Timeout: 1, Yes: 0, No: 1 } as const;

/** A button a contact can tap: `id` is interned in {@link CompiledJourney.buttonIds}. */
export interface ButtonSpec {
  id: number;
  /** What comes back: the button's id (session) or its text (template quick replies, Meta's default payload). */
  payload: string;
  /** True when a tap sends a message back (quick reply, reply button); false for a URL button. */
  replies: boolean;
}

/** One piece of a template parameter value: literal text, or a contact attribute. */
export type ParamPart = string | { attribute: string };

/** A parameter of a template node: its placeholder key and how its value is made. */
export interface ParamSpec {
  key: string;
  parts: ParamPart[];
}

export type NodeSpec =
  | { kind: typeof NodeKind.Entry; source: 'audience' | 'inbound_message' | 'event'; keyword?: string; fromAd: boolean }
  | {
      kind: typeof NodeKind.Template;
      message: number;
      name?: string;
      language?: string;
      /** Translations of `name`, by language code, as indices of `templates`. */
      byLanguage: ReadonlyMap<string, number>;
      params: ParamSpec[];
      /** Template chosen per contact locale (a pure memo, filled as locales show up). */
      memo: Map<string, number>;
    }
  | { kind: typeof NodeKind.Session; message: number; content: SessionMessage | null; buttons: ButtonSpec[] }
  | { kind: typeof NodeKind.Wait; mode: 'duration' | 'until' | 'time_of_day'; ms: number; at: number; minutes: number }
  | { kind: typeof NodeKind.WaitForReply; timeoutMs: number; keywords: string[] | null; buttons: ReadonlySet<string> | null }
  | { kind: typeof NodeKind.SplitEngagement; message: number; status: number; button: number }
  | { kind: typeof NodeKind.SplitAttribute; branches: CompiledCondition[][] }
  | { kind: typeof NodeKind.SplitRandom; cumulative: Float64Array; total: number }
  | { kind: typeof NodeKind.UpdateContact; set: [slot: number, value: number][]; consent: 'opt_in' | 'opt_out' | null }
  | { kind: typeof NodeKind.Exit };

/** See the module comment. Built by `compileJourney`; never mutated except the template memos. */
export interface CompiledJourney {
  readonly journey: Journey;
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly kinds: Uint8Array;
  /** Handles of node `n` are `handleStart[n]` to `handleStart[n + 1] - 1`. */
  readonly handleStart: Int32Array;
  readonly handleNames: readonly string[];
  /** Target node of each handle, -1 when unconnected (the contact leaves there). */
  readonly targets: Int32Array;
  /** The edge (index in `journey.edges`) each handle follows, -1 when unconnected: links are counted by handle. */
  readonly edgeOfHandle: Int32Array;
  /** The entry node, -1 when the journey has none. */
  readonly entry: number;
  readonly specs: readonly NodeSpec[];
  /** Message slot of each node (template and session nodes), -1 for others. */
  readonly messageOf: Int32Array;
  /** Node of each message slot. */
  readonly messageNodes: Int32Array;
  /** Templates the journey can send (every translation of each name it uses). */
  readonly templates: readonly Template[];
  /** Buttons of each of `templates`. */
  readonly templateButtons: readonly ButtonSpec[][];
  /** Interned button ids and payloads (what split_engagement and button replies compare). */
  readonly buttonIds: ReadonlyMap<string, number>;
  /** Attributes that update_contact nodes set, one state slot each. */
  readonly attributeSlots: readonly string[];
  readonly attributeSlotOf: ReadonlyMap<string, number>;
  /** Values update_contact nodes set, interned. */
  readonly attributeValues: readonly string[];
  /** The journey's time zone (UTC when the zone is unknown to the runtime: see `timezoneKnown`). */
  readonly clock: ZoneClock;
  readonly timezoneKnown: boolean;
  /** Quiet hours in minutes after local midnight, or null. */
  readonly quietHours: { start: number; end: number } | null;
}
