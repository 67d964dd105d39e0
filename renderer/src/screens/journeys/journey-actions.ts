/** What the Journeys screen does to journeys, on top of the workspace database. */
import type { Journey } from '../../../../core/journey';
import { exportJourneyText, getJourney, saveJourney, workspace } from '../../../db';
import type { StoredJourney } from '../../../db';
import { downloadFile } from '../../workspace/download';

/** A new journey: an audience entry on its own, ready for the first step to be drawn after it. */
export async function createJourney(name: string): Promise<StoredJourney> {
  const journey: Journey = {
    id: workspace().newId(),
    name,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } }],
    edges: [],
  };
  return saveJourney(journey, { message: 'created' });
}

/** A copy under a new id and name; it starts its own revision history. */
export async function duplicateJourney(id: string, name: string): Promise<StoredJourney | undefined> {
  const stored = await getJourney(id);
  if (!stored) return undefined;
  return saveJourney({ ...stored.journey, id: workspace().newId(), name }, { message: 'duplicated' });
}

export async function renameJourney(id: string, name: string): Promise<StoredJourney | undefined> {
  const stored = await getJourney(id);
  if (!stored || stored.journey.name === name) return stored;
  return saveJourney({ ...stored.journey, name }, { message: 'renamed' });
}

/** Downloads the journey's `.journey.json` file. */
export async function downloadJourney(id: string): Promise<void> {
  const file = await exportJourneyText(id);
  if (file) downloadFile(file.fileName, file.text);
}
