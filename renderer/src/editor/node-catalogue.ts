/**
 * Every step a journey can have, in palette order, with the data a freshly dropped step
 * starts with: enough to show what it is, never a guess at what the marketer means (a template
 * step starts without a template; the findings say so until one is picked).
 */
import type { JourneyNode, NodeType, Position } from '../../../core/journey';
import { NODE_TYPES } from '../../../core/journey';

/** Palette groups, in display order. */
export const PALETTE_GROUPS = [
  { id: 'start', types: ['entry'] },
  { id: 'messages', types: ['whatsapp_template', 'whatsapp_session'] },
  { id: 'timing', types: ['wait', 'wait_for_reply'] },
  { id: 'branching', types: ['split_engagement', 'split_attribute', 'split_random'] },
  { id: 'contact', types: ['update_contact', 'exit'] },
] as const satisfies readonly { id: string; types: readonly NodeType[] }[];

/** The data each type starts with. */
function initialData(type: NodeType): JourneyNode['data'] {
  switch (type) {
    case 'entry':
      return { source: 'audience' };
    case 'wait':
      return { mode: 'duration', duration: { amount: 1, unit: 'days' } };
    case 'wait_for_reply':
      return { timeout: { amount: 1, unit: 'days' } };
    case 'split_engagement':
      return { metric: 'read' };
    case 'split_attribute':
      return { branches: [{ id: 'branch-1', label: 'Branch 1', when: [] }] };
    case 'split_random':
      return { branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }] };
    case 'whatsapp_session':
      return { message: { kind: 'text', text: '' } };
    default:
      return {};
  }
}

/** A new step of `type` at `position`. */
export function newStep(type: NodeType, id: string, position: Position): JourneyNode {
  return { id, type, position: { x: position.x, y: position.y }, data: initialData(type) } as JourneyNode;
}

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}
