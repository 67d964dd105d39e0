/**
 * A template's standing in the table: the status of the revision journeys use, and when a newer
 * revision exists, its own status; where the newest one is in review, waits to be sent, or was
 * rejected (with Meta's reason).
 */
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../core/journey/channel';
import { awaitsSubmission, type TemplateEntry } from '../../../db';
import { StatusChip } from './StatusChip';

export function ReviewState({ entry, channels }: { entry: TemplateEntry; channels: readonly Channel[] }) {
  const { t } = useTranslation();
  const { latest, template } = entry;
  const newer = latest.revision !== entry.revision;
  const review = latest.review;
  const channel = review ? channels.find((c) => c.id === review.channelId) : undefined;
  const channelName = channel ? channel.displayName : t('templateReview.unknownChannel', { id: review?.channelId ?? '' });
  return (
    <div className="template-review-state">
      <StatusChip status={template.status} />
      {newer ? (
        <span className="template-review-note">
          {t('templateReview.newer', { revision: latest.revision })} <StatusChip status={latest.template.status} />
        </span>
      ) : null}
      {awaitsSubmission(latest) ? <span className="template-review-note">{t('templateReview.notSent')}</span> : null}
      {review && latest.template.status === 'PENDING' ? <span className="template-review-note">{t('templateReview.inReviewAt', { channel: channelName })}</span> : null}
      {review?.reason && latest.template.status === 'REJECTED' ? <span className="template-review-reason">{t('templateReview.rejectedBecause', { reason: review.reason })}</span> : null}
    </div>
  );
}
