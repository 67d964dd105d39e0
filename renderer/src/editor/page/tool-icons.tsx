/** Toolbar icons; decorative, since every tool button carries its name. */
import type { ReactNode } from 'react';
import { Icon } from '../../ui/icons';

const paths = {
  undo: <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <path d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
  layout: <path d="M3 5h6v5H3zM15 3h6v5h-6zM15 16h6v5h-6zM9 7.5h3v11h3M12 5.5h3" />,
  fit: <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />,
  note: <path d="M5 4h14v10l-6 6H5zM13 20v-6h6" />,
  delete: <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />,
  image: <path d="M4 5h16v14H4zM4 15l4-4 5 5 3-3 4 4M15 9.5h.01" />,
  file: <path d="M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h6" />,
  history: <path d="M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5M12 7v5l3 2" />,
  keyboard: <path d="M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M7 14h10" />,
  back: <path d="M15 18l-6-6 6-6" />,
} satisfies Record<string, ReactNode>;

export type ToolIconName = keyof typeof paths;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <Icon size={18} strokeWidth={1.8}>
      {paths[name]}
    </Icon>
  );
}
