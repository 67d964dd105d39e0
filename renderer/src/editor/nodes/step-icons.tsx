/** One line icon per step type, decorative: the step's type is always written beside it. */
import type { ReactNode } from 'react';
import type { NodeType } from '../../../../core/journey';
import { Icon } from '../../ui/icons';

const paths: Record<NodeType | 'note', ReactNode> = {
  entry: <path d="M5 12h11M12 7l5 5-5 5M20 4v16" />,
  whatsapp_template: (
    <>
      <rect x="4" y="4" width="16" height="13" rx="2" />
      <path d="M8 9h8M8 12h5M9 17l-2 3" />
    </>
  ),
  whatsapp_session: <path d="M20 11.5a8 8 0 0 1-11.7 7.1L4 20l1.4-4.1A8 8 0 1 1 20 11.5z" />,
  wait: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 8v4l3 2" />
    </>
  ),
  wait_for_reply: (
    <>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10a6 6 0 0 1 0 12h-2" />
    </>
  ),
  split_engagement: <path d="M4 12h6l4-6h6M10 12l4 6h6M2 12h2" />,
  split_attribute: <path d="M4 6h16M4 12h10M4 18h6M17 15l3 3-3 3" />,
  split_random: <path d="M4 7h3l10 10h3M4 17h3l10-10h3M18 4l2 3-2 3M18 14l2 3-2 3" />,
  update_contact: (
    <>
      <circle cx="10" cy="8" r="3.5" />
      <path d="M4 20a6 6 0 0 1 9-5.2M16 16l2 2 4-4" />
    </>
  ),
  exit: <path d="M14 5h4a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-4M10 8l-4 4 4 4M6 12h9" />,
  note: <path d="M5 4h14v10l-6 6H5zM13 20v-6h6" />,
};

export function StepIcon({ type, size = 16 }: { type: NodeType | 'note'; size?: number }) {
  return (
    <Icon size={size} strokeWidth={1.8}>
      {paths[type]}
    </Icon>
  );
}

/** The colour family a step type is drawn in. */
export function stepFamily(type: NodeType): 'start' | 'message' | 'timing' | 'branch' | 'contact' | 'end' {
  switch (type) {
    case 'entry':
      return 'start';
    case 'whatsapp_template':
    case 'whatsapp_session':
      return 'message';
    case 'wait':
    case 'wait_for_reply':
      return 'timing';
    case 'split_engagement':
    case 'split_attribute':
    case 'split_random':
      return 'branch';
    case 'update_contact':
      return 'contact';
    default:
      return 'end';
  }
}
