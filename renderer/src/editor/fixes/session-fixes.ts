/**
 * Fixes for `session.outside-window`: a free-form message reached without an open 24-hour
 * window. Either open the window first (a template, then a wait for the reply that opens it),
 * or send a template instead of the free-form message.
 */
import type { Journey, JourneyNode, NodeOf } from '../../../../core/journey';
import { templatesForChannel } from '../../../../core/whatsapp/business-unit';
import type { Template } from '../../../../core/whatsapp/template';
import { replaceStep } from '../store/graph-edits';
import { between, edge, findNode, journeyIds, positionOf, STEP_X, STEP_Y } from './placement';
import type { FixContext } from './types';

/** How long the inserted wait_for_reply waits before its timeout branch. */
const REPLY_TIMEOUT = { amount: 1, unit: 'days' } as const;

/**
 * The first APPROVED template the journey's channel may send, or undefined (the user picks one:
 * the validator then says the step is not configured, which is honest).
 */
export function firstApprovedTemplate(journey: Journey, context: FixContext): Template | undefined {
  const channel = (context.channels ?? []).find((c) => c.id === journey.channel);
  return templatesForChannel(context.templates ?? [], channel).find((t) => t.status === 'APPROVED');
}

/** The free-form step `nodeId`, the only step both session fixes change; undefined for any other. */
export function freeFormStep(journey: Journey, nodeId: string) {
  const node = findNode(journey, nodeId);
  return node?.type === 'whatsapp_session' ? node : undefined;
}

function templateData(template: Template | undefined): NodeOf<'whatsapp_template'>['data'] {
  return template ? { template: template.name, language: template.language, parameters: {} } : {};
}

/**
 * Inserts `template → wait_for_reply` before the free-form step `nodeId`: every edge into the
 * step now leads to the template; a reply continues to the step (the window is open), a
 * timeout leaves through a new exit. Unchanged when the node is not a whatsapp_session.
 */
export function insertTemplateAndWait(journey: Journey, nodeId: string, context: FixContext): Journey {
  const target = freeFormStep(journey, nodeId);
  if (!target) return journey;
  const id = journeyIds(journey);
  const [templateId, waitId, exitId] = [id('whatsapp_template'), id('wait_for_reply'), id('exit')];
  const [toWait, replied, timedOut] = [id('edge'), id('edge'), id('edge')];
  const incoming = journey.edges.filter((e) => e.target === nodeId);
  const here = positionOf(target);
  const predecessor = findNode(journey, incoming[0]?.source);
  // The new steps go between the message and the step before it, or to its left without one.
  const start = predecessor ? positionOf(predecessor) : { x: here.x - 2 * STEP_X, y: here.y };
  const waitAt = between(start, here, 2 / 3);
  const added: JourneyNode[] = [
    { id: templateId, type: 'whatsapp_template', position: between(start, here, 1 / 3), data: templateData(firstApprovedTemplate(journey, context)) },
    { id: waitId, type: 'wait_for_reply', position: waitAt, data: { timeout: { ...REPLY_TIMEOUT } } },
    { id: exitId, type: 'exit', position: { x: waitAt.x, y: waitAt.y + STEP_Y }, data: {} },
  ];
  return {
    ...journey,
    nodes: [...journey.nodes, ...added],
    edges: [
      ...journey.edges.map((e) => (e.target === nodeId ? { ...e, target: templateId } : e)),
      edge(toWait, templateId, 'out', waitId),
      edge(replied, waitId, 'replied', nodeId),
      edge(timedOut, waitId, 'timeout', exitId),
    ],
  };
}

/**
 * Turns the free-form step `nodeId` into a template step in place (same id, position and
 * connections: both node types offer `out` and `failed`). Unchanged for any other node.
 */
export function convertToTemplate(journey: Journey, nodeId: string, context: FixContext): Journey {
  const target = freeFormStep(journey, nodeId);
  if (!target) return journey;
  const replacement: JourneyNode = {
    id: target.id,
    type: 'whatsapp_template',
    ...(target.position ? { position: target.position } : {}),
    data: templateData(firstApprovedTemplate(journey, context)),
  };
  return replaceStep(journey, replacement);
}
