import type { ReactNode } from 'react';
import type { ScreenId } from '../app/screens';

/** Decorative line icons: the text beside them carries the meaning, so they are hidden. */
export function Icon({ size = 20, strokeWidth = 1.75, children }: { size?: number; strokeWidth?: number; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

const paths: Record<ScreenId, ReactNode> = {
  journeys: (
    <>
      <circle cx="6" cy="5" r="2.5" />
      <circle cx="18" cy="19" r="2.5" />
      <path d="M6 7.5V9a3 3 0 0 0 3 3h6a3 3 0 0 1 3 3v1.5" />
    </>
  ),
  templates: (
    <>
      <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4 4v-4h-.5A1.5 1.5 0 0 1 4 14.5z" />
      <path d="M8 8.5h8M8 11.5h5" />
    </>
  ),
  audiences: (
    <>
      <circle cx="9" cy="8" r="3" />
      <path d="M3.5 19a5.5 5.5 0 0 1 11 0" />
      <circle cx="17" cy="9" r="2.5" />
      <path d="M16.5 14a4.5 4.5 0 0 1 4.5 4.5" />
    </>
  ),
  channels: (
    <>
      <rect x="7" y="3" width="10" height="18" rx="2" />
      <path d="M11 17.5h2" />
    </>
  ),
  runs: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M10 8.5v7l5.5-3.5z" />
    </>
  ),
  settings: (
    <>
      <path d="M4 7h10M18 7h2M4 17h4M12 17h8" />
      <circle cx="16" cy="7" r="2" />
      <circle cx="10" cy="17" r="2" />
    </>
  ),
};

export function ScreenIcon({ screen, size }: { screen: ScreenId; size?: number }) {
  return <Icon size={size ?? 20}>{paths[screen]}</Icon>;
}

/** The product mark: a journey from a first message to an outcome, on the accent colour. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="8" fill="var(--color-accent)" />
      <g fill="none" stroke="var(--color-on-accent)" strokeWidth="2.25" strokeLinecap="round">
        <path d="M9 10v2a4 4 0 0 0 4 4h6a4 4 0 0 1 4 4v2" />
        <circle cx="9" cy="8" r="2.5" fill="var(--color-on-accent)" stroke="none" />
        <circle cx="23" cy="24" r="2.5" fill="var(--color-on-accent)" stroke="none" />
      </g>
    </svg>
  );
}
