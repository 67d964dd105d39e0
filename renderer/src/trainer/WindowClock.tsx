/** The customer service window as a clock: a ring that empties over 24 hours, open, closing or closed. */
import { useTranslation } from 'react-i18next';
import { CUSTOMER_SERVICE_WINDOW_MS } from '../../../core/whatsapp/window';
import type { WindowState } from './trainer-model';

const R = 22;
const CIRCUMFERENCE = 2 * Math.PI * R;

export function WindowClock({ state, leftMs }: { state: WindowState; leftMs: number }) {
  const { t } = useTranslation();
  const hours = Math.floor(leftMs / 3_600_000);
  const minutes = Math.floor((leftMs % 3_600_000) / 60_000);
  const label = state === 'closed' ? t('trainer.window.closed') : t(`trainer.window.${state}`, { hours, minutes: String(minutes).padStart(2, '0') });
  return (
    <div className={`window-clock window-${state}`} role="status" aria-label={label} data-window={state}>
      <svg width="56" height="56" viewBox="0 0 56 56" aria-hidden="true">
        <circle cx="28" cy="28" r={R} className="window-track" />
        <circle
          cx="28"
          cy="28"
          r={R}
          className="window-left"
          strokeDasharray={`${(CIRCUMFERENCE * leftMs) / CUSTOMER_SERVICE_WINDOW_MS} ${CIRCUMFERENCE}`}
          transform="rotate(-90 28 28)"
        />
      </svg>
      <span>{label}</span>
    </div>
  );
}
