import type { RunSnapshot } from '../../../core/api/host-api';

const counts = (n: Partial<RunSnapshot['nodes'][string]> = {}) => ({
  entered: 0, sent: 0, delivered: 0, read: 0, replied: 0, clicked: 0, failed: 0, exited: 0, ...n,
});

/** A run snapshot as the executor reports it, with what a test changes. */
export function runSnapshot(change: Partial<RunSnapshot> = {}): RunSnapshot {
  return {
    runId: 'run-1', journeyId: 'promo', journeyName: 'Spring promo', channelId: 'sandbox', status: 'running',
    contacts: 200, admitted: 150, exited: 40, inFlight: 3, idle: false, uncertain: [], skipped: { no_whatsapp_opt_in: 12 },
    nodes: { start: counts({ entered: 150 }), promo: counts({ entered: 150, sent: 120, delivered: 110, read: 80, failed: 4 }) },
    errors: { '131026': 4 }, createdAt: '2026-11-20T10:00:00.000Z', lastEventAt: '2026-11-20T10:05:00.000Z', torn: null,
    ...change,
  };
}

export { counts as nodeCounts };
