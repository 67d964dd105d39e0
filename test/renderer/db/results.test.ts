import { describe, expect, it } from 'vitest';
import { getRunReport, getSimulationResult, listRunReports, listSimulationResults, saveRunReport, saveSimulationResult, WorkspaceDataError } from '../../../renderer/db';
import { openTestWorkspace } from './test-db';

const summary = {
  contacts: 2,
  skipped: { no_whatsapp_opt_in: 1 },
  nodes: { n1: { entered: 1, sent: 1, delivered: 1, read: 0, replied: 0, failed: 0, exited: 1, clicked: 0 } },
  errors: {},
  cost: { currency: 'USD', total: 0.01, byCategory: { marketing: 0.01 } },
  finishedAt: '2026-12-02T09:00:00.000Z',
  seed: 7,
};

describe('simulation results and run reports', () => {
  it('keeps results per journey, newest first, with what the simulator adds', async () => {
    const ws = openTestWorkspace();
    const first = await saveSimulationResult('j1', summary);
    ws.clock.now += 1;
    const second = await saveSimulationResult('j1', { ...summary, contacts: 3 });
    await saveSimulationResult('j2', summary);
    expect((await listSimulationResults('j1')).map((r) => r.id)).toEqual([second.id, first.id]);
    expect((await getSimulationResult(first.id))?.result).toEqual(summary);
  });

  it('refuses a result without the spec’s counts, and reports a damaged stored one', async () => {
    const ws = openTestWorkspace();
    await expect(saveSimulationResult('j1', { ...summary, nodes: undefined } as never)).rejects.toThrow();
    await ws.db.simulations.put({ id: 'bad', journeyId: 'j1', createdAt: 1, result: { contacts: -1 } } as never);
    await expect(getSimulationResult('bad')).rejects.toBeInstanceOf(WorkspaceDataError);
  });

  it('keeps run reports with their uncertain sends', async () => {
    openTestWorkspace();
    const saved = await saveRunReport('j1', { ...summary, uncertain: 2 });
    expect(await listRunReports('j1')).toHaveLength(1);
    expect((await getRunReport(saved.id))?.result.uncertain).toBe(2);
  });
});
