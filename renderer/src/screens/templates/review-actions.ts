/**
 * Template review through the host: a revision submitted to a channel's WhatsApp account, and
 * statuses read back by template sync and merged into the workspace. The host answers errors
 * as data (Meta's code and message included), so these never throw for a refusal at Meta.
 */
import type { HostApi, TemplateEditRef } from '../../../../core/api/host-api';
import type { Channel } from '../../../../core/journey/channel';
import { templateFitsChannel } from '../../../../core/whatsapp/business-unit';
import { listTemplateRevisions, mergeTemplateStatuses, recordSubmission, type StatusMerge, type TemplateEntry } from '../../../db';

export type SubmitOutcome = { ok: true; id: string; status: string } | { ok: false; message: string };

export type RefreshOutcome = { channel: Channel; ok: true; merge: StatusMerge; skipped: string[] } | { channel: Channel; ok: false; message: string };

/** What the Templates screen does for review; tests of the library pass fakes. */
export interface ReviewActions {
  /** Channels of the workspace (the panel offers those of the template's business unit). */
  channels: readonly Channel[];
  submit(channel: Channel, entry: TemplateEntry): Promise<SubmitOutcome>;
  refresh(): Promise<RefreshOutcome[]>;
}

/** Channels that may submit a template of this unit, the built-in sandbox first (the default). */
export function channelsFor(template: TemplateEntry['template'], channels: readonly Channel[]): Channel[] {
  const fitting = channels.filter((channel) => templateFitsChannel(template, channel));
  return [...fitting.filter((c) => c.mode === 'sandbox'), ...fitting.filter((c) => c.mode !== 'sandbox')];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The template Meta already holds for `channel` under this name and language: a new revision
 * is an edit of it (POST /{id}), not a new template Meta would refuse as existing. Its id is
 * the one recorded when an earlier revision went there (a submission or a sync); a template
 * that came with the workspace or an import may be at Meta under an id never learnt, so for
 * an edit (an earlier revision that is not a draft) the channel's listing is asked, changing
 * nothing in the library.
 */
export async function editAtMeta(host: HostApi, channel: Channel, entry: TemplateEntry): Promise<TemplateEditRef | undefined> {
  const { template, revision } = entry.latest;
  const ref = (templateId: string, category: string): TemplateEditRef => (category === template.category ? { templateId } : { templateId, changesCategory: true });
  const earlier = (await listTemplateRevisions(template.name, template.language)).filter((r) => r.revision < revision);
  const recorded = earlier.find((r) => r.review?.channelId === channel.id && /^\d+$/.test(r.review.id ?? ''));
  if (recorded?.review?.id) return ref(recorded.review.id, recorded.template.category);
  if (!earlier.some((r) => r.template.status !== 'DRAFT')) return undefined;
  const listed = await host.templates.sync({ channel });
  const held = listed.ok ? listed.value.templates.find((t) => t.name === template.name && t.language === template.language) : undefined;
  return typeof held?.metaId === 'string' && /^\d+$/.test(held.metaId) ? ref(held.metaId, held.category) : undefined;
}

/** Sends the newest revision of `entry` to `channel` for review (an edit when Meta holds the template) and records Meta's answer on it. */
export async function submitForReview(host: HostApi, channel: Channel, entry: TemplateEntry): Promise<SubmitOutcome> {
  const { template, revision } = entry.latest;
  let edit: TemplateEditRef | undefined;
  try {
    edit = await editAtMeta(host, channel, entry);
  } catch (error) {
    return { ok: false, message: message(error) };
  }
  // The status is Meta's to give: the request carries the content only.
  const answer = await host.templates.submit({ channel, template: { ...template, status: 'PENDING' }, ...(edit ? { edit } : {}) });
  if (!answer.ok) return { ok: false, message: answer.error.message };
  try {
    await recordSubmission(template.name, template.language, revision, channel.id, answer.value);
  } catch (error) {
    return { ok: false, message: message(error) };
  }
  return { ok: true, id: answer.value.id, status: answer.value.status };
}

/**
 * The channels a refresh asks: every channel a template was sent to, and the sandbox channels
 * (always reachable). Other Meta channels are synced whole from the Channels screen.
 */
export function channelsToRefresh(entries: readonly TemplateEntry[], channels: readonly Channel[]): Channel[] {
  const sentTo = new Set(entries.flatMap((e) => (e.latest.review ? [e.latest.review.channelId] : [])));
  return channels.filter((c) => c.mode === 'sandbox' || sentTo.has(c.id));
}

/** Syncs each channel in turn and merges what it returns; one channel failing does not stop the others. */
export async function refreshStatuses(host: HostApi, channels: readonly Channel[]): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const channel of channels) {
    const answer = await host.templates.sync({ channel });
    if (!answer.ok) {
      outcomes.push({ channel, ok: false, message: answer.error.message });
      continue;
    }
    try {
      const merge = await mergeTemplateStatuses(channel, answer.value.templates);
      outcomes.push({ channel, ok: true, merge, skipped: answer.value.skipped });
    } catch (error) {
      outcomes.push({ channel, ok: false, message: message(error) });
    }
  }
  return outcomes;
}
