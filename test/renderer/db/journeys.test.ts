import { describe, expect, it } from 'vitest';
import {
  deleteJourney, getJourney, getRevision, listJourneys, listRevisions, restoreJourney, saveJourney, WorkspaceDataError,
} from '../../../renderer/db';
import { journey } from './sample-data';
import { openTestWorkspace } from './test-db';

describe('journeys', () => {
  it('saves a journey as revision 1 and reads it back validated', async () => {
    const ws = openTestWorkspace();
    const stored = await saveJourney(journey('j1'), { message: 'created' });
    expect(stored).toEqual({ journey: journey('j1'), updatedAt: ws.clock.now, revision: 1 });
    expect(await getJourney('j1')).toEqual(stored);
    expect(await getJourney('missing')).toBeUndefined();
  });

  it('keeps a revision per save that changes the journey, and none for a save that does not', async () => {
    const ws = openTestWorkspace();
    await saveJourney(journey('j1', 'First'), { message: 'created' });
    ws.clock.now += 1000;
    await saveJourney(journey('j1', 'Second'));
    ws.clock.now += 1000;
    const unchanged = await saveJourney(journey('j1', 'Second'));
    expect(unchanged.revision).toBe(2);

    const revisions = await listRevisions('j1');
    expect(revisions.map((r) => [r.revision, r.message])).toEqual([[2, undefined], [1, 'created']]);
    expect((await getRevision('j1', 1))?.journey.name).toBe('First');
    expect((await getRevision('j1', 2))?.journey.name).toBe('Second');
    expect((await getJourney('j1'))?.updatedAt).toBe(ws.clock.now - 1000);
  });

  it('lists journeys most recently edited first', async () => {
    const ws = openTestWorkspace();
    await saveJourney(journey('a'));
    ws.clock.now += 10;
    await saveJourney(journey('b'));
    ws.clock.now += 10;
    await saveJourney(journey('a', 'A renamed'));
    expect((await listJourneys()).map((s) => s.journey.id)).toEqual(['a', 'b']);
  });

  it('refuses to save a journey the core schema rejects, and writes nothing', async () => {
    openTestWorkspace();
    await expect(saveJourney({ ...journey('j1'), nodes: [{ id: 'x', type: 'teleport', data: {} }] } as never)).rejects.toThrow();
    expect(await listJourneys()).toEqual([]);
  });

  it('deletes a journey with its revisions, and an undo puts both back', async () => {
    const ws = openTestWorkspace();
    await saveJourney(journey('j1', 'One'));
    await saveJourney(journey('j1', 'Two'));
    await saveJourney(journey('j2'));
    const deleted = await deleteJourney('j1');
    expect(await getJourney('j1')).toBeUndefined();
    expect(await listRevisions('j1')).toEqual([]);
    expect(await listJourneys()).toHaveLength(1);

    await restoreJourney(deleted!);
    expect(await getJourney('j1')).toEqual({ journey: journey('j1', 'Two'), updatedAt: ws.clock.now, revision: 2 });
    expect((await listRevisions('j1')).map((r) => r.revision)).toEqual([2, 1]);
    expect(await deleteJourney('nope')).toBeUndefined();
  });

  it('reports a damaged stored journey instead of handing it on', async () => {
    const ws = openTestWorkspace();
    await ws.db.journeys.put({ id: 'bad', journey: { id: 'bad', nodes: 'not a list' }, updatedAt: 1, revision: 1 } as never);
    await saveJourney(journey('good'));
    await expect(getJourney('bad')).rejects.toBeInstanceOf(WorkspaceDataError);
    // A list leaves the damaged one out rather than hide every good one.
    expect((await listJourneys()).map((s) => s.journey.id)).toEqual(['good']);
  });
});
