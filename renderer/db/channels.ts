/** The channels (WhatsApp business phone numbers) of the workspace. Tokens never live here. */
import { Channel } from '../../core/journey';
import { workspace } from './providers';
import { readRow, readRows } from './read';
import { ChannelRow } from './rows';

/** Every channel, by display name. */
export async function listChannels(): Promise<Channel[]> {
  const rows = readRows(ChannelRow, 'channels', await workspace().db.channels.toArray());
  return rows.map((row) => row.channel).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export async function getChannel(id: string): Promise<Channel | undefined> {
  const row = await workspace().db.channels.get(id);
  return row === undefined ? undefined : readRow(ChannelRow, 'channels', id, row).channel;
}

/** Creates or replaces a channel (checked with the core schema, which fills its defaults). */
export async function saveChannel(channel: Channel): Promise<Channel> {
  const valid = Channel.parse(channel);
  const { db, now } = workspace();
  await db.channels.put({ id: valid.id, channel: valid, updatedAt: now() });
  return valid;
}

export async function deleteChannel(id: string): Promise<void> {
  await workspace().db.channels.delete(id);
}
