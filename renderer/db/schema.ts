/**
 * The workspace database: every version's stores, and the migration between them. Adding a
 * version means adding its stores and upgrade here and a test that opens the previous one.
 */
import Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type { AudienceRow, ChannelRow, ContactRow, JourneyRevisionRow, JourneyRow, MetaRow, RunReportRow, SimulationRow, TemplateRow } from './rows';
import { storesV1 } from './schema-v1';
import { upgradeToV2 } from './upgrade-v2';

/** The name of the app's database; tests open others beside it. */
export const WORKSPACE_DB_NAME = 'journey-studio';
export const WORKSPACE_DB_VERSION = 2;

export const storesV2 = {
  ...storesV1,
  journeys: 'id, updatedAt',
  contacts: '[audienceId+seq], [audienceId+lastInboundMs]',
} as const;

export class WorkspaceDb extends Dexie {
  journeys!: EntityTable<JourneyRow, 'id'>;
  journeyRevisions!: Table<JourneyRevisionRow, [string, number]>;
  templates!: Table<TemplateRow, [string, string, number]>;
  channels!: EntityTable<ChannelRow, 'id'>;
  audiences!: EntityTable<AudienceRow, 'id'>;
  contacts!: Table<ContactRow, [string, number]>;
  simulations!: EntityTable<SimulationRow, 'id'>;
  runReports!: EntityTable<RunReportRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  /** `now` stamps what the upgrade creates, so an upgrade under test is deterministic. */
  constructor(name: string, now: () => number) {
    super(name);
    this.version(1).stores(storesV1);
    this.version(2)
      .stores(storesV2)
      .upgrade((tx) => upgradeToV2(tx, now()));
  }
}
