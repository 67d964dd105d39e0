/** Capacity rules: the channel's quality rating, and the audience against its messaging limit. */
import { uniqueContactsAllowed } from '../../whatsapp/messaging-limits';
import type { RuleContext } from '../context';

/** Runs the capacity rules; they need the journey's channel, and the limit rule an audience. */
export function checkCapacity(ctx: RuleContext): void {
  const channel = ctx.channel;
  if (!channel) return;
  if (channel.quality === 'RED') ctx.report('capacity.quality-red', { params: { channel: channel.id } });
  const audience = ctx.audience;
  if (!audience || audience.length === 0) return;
  const allowed = uniqueContactsAllowed(channel.messagingLimit ?? null);
  if (audience.length <= allowed) return; // cannot exceed it, whatever the duplicates and opt-ins
  // The limit counts unique people; contacts without opt-in are skipped, so they do not count.
  const reached = new Set<string>();
  for (const contact of audience) if (contact.whatsappOptIn) reached.add(contact.phone);
  if (reached.size > allowed) ctx.report('capacity.messaging-limit', { params: { channel: channel.id, count: reached.size, limit: allowed } });
}
