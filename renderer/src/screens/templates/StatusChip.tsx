import { useTranslation } from 'react-i18next';
import type { TemplateStatus } from '../../../../core/whatsapp/template';
import './status-chip.css';

/** How sendable a status is, for the chip's colour: green sends, amber waits, red never sends. */
const TONE: Record<TemplateStatus, 'ok' | 'wait' | 'stop'> = {
  APPROVED: 'ok',
  PENDING: 'wait',
  DRAFT: 'wait',
  PAUSED: 'stop',
  REJECTED: 'stop',
  DISABLED: 'stop',
};

/** A template's review status as a small coloured label; the word carries the meaning, not the colour. */
export function StatusChip({ status, language }: { status: TemplateStatus; language?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-chip status-chip-${TONE[status]}`}>
      {language ? <span className="status-chip-language">{language}</span> : null}
      {t(`editor.status.${status}`)}
    </span>
  );
}
