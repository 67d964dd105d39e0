/**
 * The database the repository functions use, with the clock and id factory they stamp rows
 * with. The app opens the default once; a test opens its own, named and with fixed providers,
 * so that what it reads back is exactly predictable.
 */
import { WORKSPACE_DB_NAME, WorkspaceDb } from './schema';

export type DbProviders = {
  /** Epoch milliseconds. */
  now: () => number;
  /** A new unique id (journeys, audiences, results). */
  newId: () => string;
};

export type Workspace = DbProviders & { db: WorkspaceDb };

const defaultProviders: DbProviders = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

let current: Workspace | undefined;

/** Opens (or switches to) a workspace database; the previous one is closed. */
export function openWorkspaceDb(options: Partial<DbProviders> & { name?: string } = {}): Workspace {
  current?.db.close();
  const providers = { ...defaultProviders, ...options };
  current = { ...providers, db: new WorkspaceDb(options.name ?? WORKSPACE_DB_NAME, providers.now) };
  return current;
}

/** The workspace in use, opening the app's database on first use. */
export function workspace(): Workspace {
  return current ?? openWorkspaceDb();
}

/** Closes the workspace in use (tests, before deleting their database). */
export function closeWorkspaceDb(): void {
  current?.db.close();
  current = undefined;
}
