/**
 * The journeys list as the screen shows it: every journey with its errors and warnings under
 * the workspace's templates and channels, re-read whenever any of them changes.
 */
import { useMemo } from 'react';
import { validateJourney } from '../../../../core/rules';
import { listChannels, listJourneys, listTemplates, useLiveQuery } from '../../../db';
import type { LiveState, StoredJourney } from '../../../db';

export type JourneyListItem = StoredJourney & { errors: number; warnings: number };

async function readAll() {
  const [journeys, templates, channels] = await Promise.all([listJourneys(), listTemplates(), listChannels()]);
  return { journeys, templates, channels };
}

export function useJourneyList(): LiveState<JourneyListItem[]> {
  const state = useLiveQuery(readAll, []);
  return useMemo((): LiveState<JourneyListItem[]> => {
    if (state.status !== 'ready') return state;
    const { journeys, templates, channels } = state.value;
    return {
      status: 'ready',
      value: journeys.map((stored) => {
        const findings = validateJourney({ journey: stored.journey, templates, channels });
        return {
          ...stored,
          errors: findings.filter((f) => f.severity === 'error').length,
          warnings: findings.filter((f) => f.severity === 'warning').length,
        };
      }),
    };
  }, [state]);
}

/** Journeys whose name holds every word of the query, ignoring case and accents. */
export function filterJourneys<T extends StoredJourney>(items: readonly T[], query: string): T[] {
  const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return items.filter((item) => words.every((word) => fold(item.journey.name).includes(word)));
}
