/**
 * Above a run's report: when the workspace's journey is no longer the revision the run froze
 * (edited or deleted since), says that the report describes the journey as it was when the
 * run started, so its steps and counts do not surprise anyone looking at today's canvas.
 */
import type { Journey } from '../../../core/journey';
import { getJourney, useLiveQuery } from '../../db';
import { journeyEditedSince } from './journey-change';
import { useTranslation } from 'react-i18next';

export function FrozenJourneyNote({ frozen, startedAt }: { frozen: Journey; startedAt: string }) {
  const { t, i18n } = useTranslation('reports');
  const stored = useLiveQuery(() => getJourney(frozen.id), [frozen.id]);
  if (stored.status !== 'ready') return null;
  const current = stored.value?.journey;
  if (current !== undefined && !journeyEditedSince(frozen, current)) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(startedAt));
  return (
    <p className="notice report-frozen" role="note" data-testid="report-frozen-journey">
      {t(current === undefined ? 'reports.frozenDeleted' : 'reports.frozenEdited', { date })}
    </p>
  );
}
