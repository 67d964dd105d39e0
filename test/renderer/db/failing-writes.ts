/**
 * Write failures injected below Dexie (a DBCore middleware), as a full disk or a quota error
 * would surface from IndexedDB: `failAfter(n)` lets `n` more writes through to `table`, then
 * fails the next one. Register before the database's first use (a middleware joins at open).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import type { WorkspaceDb } from '../../../renderer/db/schema';

export type WriteFaults = { failAfter(writes: number): void; readonly writes: number };

export function injectWriteFaults(db: WorkspaceDb, table: string, message = 'QuotaExceededError: the disk is full'): WriteFaults {
  let allowed = Infinity;
  let writes = 0;
  db.use({
    stack: 'dbcore',
    name: 'test-write-faults',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate(req: DBCoreMutateRequest) {
            if (req.type === 'add' || req.type === 'put') {
              if (allowed <= 0) return Promise.reject(new Error(message));
              allowed--;
              writes++;
            }
            return inner.mutate(req);
          },
        };
      },
    }),
  });
  return {
    failAfter(n: number) {
      allowed = n;
    },
    get writes() {
      return writes;
    },
  };
}
