/** Small facts about the workspace itself (when the sample was seeded), in the `meta` table. */
import { workspace } from './providers';

export async function getMeta(key: string): Promise<unknown> {
  return (await workspace().db.meta.get(key))?.value;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await workspace().db.meta.put({ key, value });
}
