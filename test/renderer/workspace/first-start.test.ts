import { describe, expect, it } from 'vitest';
import { deleteJourney, listAudiences, listChannels, listJourneys, listTemplates, openWorkspaceDb, saveJourney } from '../../../renderer/db';
import { ensureWorkspace } from '../../../renderer/src/workspace/first-start';
import { SAMPLE_AUDIENCE_NAME } from '../../../renderer/src/workspace/sample-workspace';
import { journey } from '../db/sample-data';
import { openTestWorkspace } from '../db/test-db';

describe('first start', () => {
  it('seeds an empty workspace with the sample: channel, templates, audience, two journeys', async () => {
    openTestWorkspace(Date.parse('2026-12-01T09:00:00Z'));
    await ensureWorkspace();
    expect((await listChannels()).map((c) => [c.id, c.mode])).toEqual([['ch-sandbox', 'sandbox']]);
    const templates = await listTemplates();
    expect(templates).toHaveLength(14);
    expect(new Set(templates.map((t) => t.status))).toEqual(new Set(['APPROVED', 'PENDING', 'DRAFT']));
    const [audience] = await listAudiences();
    expect(audience).toMatchObject({ name: SAMPLE_AUDIENCE_NAME, count: 200 });
    expect(audience?.attributes).toEqual(['first_name', 'city', 'segment', 'order_id']);
    expect(audience?.consent.whatsappOptIn).toBe(195);
    expect((await listJourneys()).map((s) => s.journey.name).sort()).toHaveLength(2);
  });

  it('seeds once, and never again once the user has emptied the workspace', async () => {
    const ws = openTestWorkspace();
    await Promise.all([ensureWorkspace(), ensureWorkspace()]);
    expect(await listJourneys()).toHaveLength(2);
    for (const { journey: j } of await listJourneys()) await deleteJourney(j.id);

    // The next start (a new connection to the same database) finds it seeded already.
    openWorkspaceDb({ name: ws.name });
    await ensureWorkspace();
    expect(await listJourneys()).toEqual([]);
  });

  it('leaves a workspace that already holds work alone', async () => {
    openTestWorkspace();
    await saveJourney(journey('mine'));
    await ensureWorkspace();
    expect((await listJourneys()).map((s) => s.journey.id)).toEqual(['mine']);
    expect(await listChannels()).toEqual([]);
  });
});
