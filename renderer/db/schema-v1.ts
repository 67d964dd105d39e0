/**
 * Version 1 of the workspace database, kept word for word: Dexie needs every old version's
 * stores to upgrade from them, and the upgrade test creates a version-1 database with them.
 *
 * Version 1 stored journeys without their revision number, audiences as a name and a count
 * only, and contacts without an index on their last inbound message.
 */
export const storesV1 = {
  journeys: 'id, updatedAt',
  journeyRevisions: '[journeyId+revision], journeyId',
  templates: '[name+language+revision], [name+language], businessUnit',
  channels: 'id',
  audiences: 'id, createdAt',
  contacts: '[audienceId+seq]',
  simulations: 'id, journeyId, createdAt',
  runReports: 'id, journeyId, createdAt',
  meta: 'key',
} as const;

/** Rows of version 1 that version 2 changed. */
export type JourneyRowV1 = { id: string; journey: unknown; updatedAt: number };
export type AudienceRowV1 = { id: string; name: string; createdAt: number; count: number };
