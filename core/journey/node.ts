/**
 * Journey nodes: one discriminated union on `type`, with the `data` of each type exactly as
 * the journey format spec names it. Fields a marketer fills in are optional here so that a
 * half-configured node (just dropped on the canvas) is still a valid model: the validator
 * reports it as `structure.config-missing`. A field that is present must be well-formed.
 */
import { z } from 'zod';
import { Duration, TimeOfDay } from './duration';

export const Position = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof Position>;

export const EntryData = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('audience') }).loose(),
    z
      .object({ source: z.literal('inbound_message'), keyword: z.string().optional(), fromAd: z.boolean().optional() })
      .loose(),
    z.object({ source: z.literal('event'), event: z.string().optional() }).loose(),
  ],
  { error: 'expected source audience, inbound_message or event' },
);
export type EntryData = z.infer<typeof EntryData>;

/** A parameter value: a literal, or `{{contact.ATTR}}` resolved per contact. */
export const ParameterValue = z.string({ error: 'expected a string (a literal or {{contact.ATTRIBUTE}})' });

export const TemplateNodeData = z
  .object({
    template: z.string().optional(),
    language: z.string().optional(),
    parameters: z.record(z.string(), ParameterValue).optional(),
  })
  .loose();
export type TemplateNodeData = z.infer<typeof TemplateNodeData>;

export const SessionButton = z.object({ id: z.string(), title: z.string() });
export const SessionMessage = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('text'), text: z.string() }).loose(),
    z.object({ kind: z.literal('buttons'), text: z.string(), buttons: z.array(SessionButton) }).loose(),
    z
      .object({
        kind: z.literal('media'),
        media: z.enum(['image', 'video', 'document', 'audio'], { error: 'expected image, video, document or audio' }),
        url: z.string(),
        caption: z.string().optional(),
      })
      .loose(),
  ],
  { error: 'expected kind text, buttons or media' },
);
export type SessionMessage = z.infer<typeof SessionMessage>;

export const SessionNodeData = z.object({ message: SessionMessage.optional() }).loose();
export type SessionNodeData = z.infer<typeof SessionNodeData>;

export const WaitData = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('duration'), duration: Duration.optional() }).loose(),
    z.object({ mode: z.literal('until'), at: z.string().optional() }).loose(),
    z.object({ mode: z.literal('time_of_day'), time: TimeOfDay.optional() }).loose(),
  ],
  { error: 'expected mode duration, until or time_of_day' },
);
export type WaitData = z.infer<typeof WaitData>;

export const ReplyMatch = z.union(
  [z.object({ keywords: z.array(z.string()) }).loose(), z.object({ buttons: z.array(z.string()) }).loose()],
  { error: 'expected { "keywords": [...] } or { "buttons": [...] }' },
);
export type ReplyMatch = z.infer<typeof ReplyMatch>;

export const WaitForReplyData = z.object({ timeout: Duration.optional(), match: ReplyMatch.optional() }).loose();
export type WaitForReplyData = z.infer<typeof WaitForReplyData>;

export const EngagementMetric = z.enum(['delivered', 'read', 'replied', 'clicked'], {
  error: 'expected delivered, read, replied or clicked',
});
export type EngagementMetric = z.infer<typeof EngagementMetric>;

export const SplitEngagementData = z
  .object({ message: z.string().optional(), metric: EngagementMetric.optional(), button: z.string().optional() })
  .loose();
export type SplitEngagementData = z.infer<typeof SplitEngagementData>;

/** Operators are checked by the `split.condition-invalid` rule, not the schema, so a file with a typo still opens. */
export const Condition = z
  .object({ attribute: z.string(), op: z.string(), value: z.unknown().optional() })
  .loose();
export type Condition = z.infer<typeof Condition>;
export const CONDITION_OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'lt', 'exists'] as const;

export const AttributeBranch = z.object({ id: z.string(), label: z.string().optional(), when: z.array(Condition) }).loose();
export const SplitAttributeData = z.object({ branches: z.array(AttributeBranch).optional() }).loose();
export type SplitAttributeData = z.infer<typeof SplitAttributeData>;

export const RandomBranch = z.object({ id: z.string(), label: z.string().optional(), percent: z.number() }).loose();
export const SplitRandomData = z.object({ branches: z.array(RandomBranch).optional() }).loose();
export type SplitRandomData = z.infer<typeof SplitRandomData>;

export const UpdateContactData = z
  .object({
    set: z.record(z.string(), z.string()).optional(),
    consent: z.enum(['opt_out', 'opt_in'], { error: 'expected opt_out or opt_in' }).optional(),
  })
  .loose();
export type UpdateContactData = z.infer<typeof UpdateContactData>;

export const ExitData = z.object({}).loose();

const base = { id: z.string().min(1, 'expected a non-empty id'), position: Position.optional() };

export const JourneyNode = z.discriminatedUnion(
  'type',
  [
    z.object({ ...base, type: z.literal('entry'), data: EntryData }),
    z.object({ ...base, type: z.literal('whatsapp_template'), data: TemplateNodeData }),
    z.object({ ...base, type: z.literal('whatsapp_session'), data: SessionNodeData }),
    z.object({ ...base, type: z.literal('wait'), data: WaitData }),
    z.object({ ...base, type: z.literal('wait_for_reply'), data: WaitForReplyData }),
    z.object({ ...base, type: z.literal('split_engagement'), data: SplitEngagementData }),
    z.object({ ...base, type: z.literal('split_attribute'), data: SplitAttributeData }),
    z.object({ ...base, type: z.literal('split_random'), data: SplitRandomData }),
    z.object({ ...base, type: z.literal('update_contact'), data: UpdateContactData }),
    z.object({ ...base, type: z.literal('exit'), data: ExitData }),
  ],
  {
    error:
      'expected a node type: entry, whatsapp_template, whatsapp_session, wait, wait_for_reply, split_engagement, split_attribute, split_random, update_contact or exit',
  },
);
export type JourneyNode = z.infer<typeof JourneyNode>;
export type NodeType = JourneyNode['type'];
export type NodeOf<T extends NodeType> = Extract<JourneyNode, { type: T }>;

export const NODE_TYPES: readonly NodeType[] = [
  'entry', 'whatsapp_template', 'whatsapp_session', 'wait', 'wait_for_reply',
  'split_engagement', 'split_attribute', 'split_random', 'update_contact', 'exit',
];

/** Message nodes: the ones that send something to the contact. */
export function isMessageNode(node: JourneyNode): node is NodeOf<'whatsapp_template'> | NodeOf<'whatsapp_session'> {
  return node.type === 'whatsapp_template' || node.type === 'whatsapp_session';
}
