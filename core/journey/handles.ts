import type { JourneyNode } from './node';

/** The output handles a node offers, in display order. */
export function outputHandles(node: JourneyNode): string[] {
  switch (node.type) {
    case 'entry':
    case 'wait':
    case 'update_contact':
      return ['out'];
    case 'whatsapp_template':
    case 'whatsapp_session':
      return ['out', 'failed'];
    case 'wait_for_reply':
      return ['replied', 'timeout'];
    case 'split_engagement':
      return ['yes', 'no'];
    case 'split_attribute':
      return [...(node.data.branches ?? []).map((b) => b.id), 'else'];
    case 'split_random':
      return (node.data.branches ?? []).map((b) => b.id);
    case 'exit':
      return [];
    default:
      return assertNever(node);
  }
}

/**
 * Handles that must be connected: every branch of a split and both handles of a
 * wait_for_reply. An unconnected `out` or `failed` means the contact leaves there.
 */
export function requiredHandles(node: JourneyNode): string[] {
  switch (node.type) {
    case 'wait_for_reply':
    case 'split_engagement':
    case 'split_attribute':
    case 'split_random':
      return outputHandles(node);
    default:
      return [];
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
