/**
 * The channel calls of the HostApi: a connection test, template sync and submission through
 * META's Graph client with the token from the host's secret store (it never crosses to the
 * renderer), and the channel's address on the app's webhook receiver. A sandbox channel talks
 * to the app's own sandbox (same endpoints as the Cloud API). A Graph error answers
 * `channels/graph-error` with Meta's code in the message, token-free.
 */
import type { HostHandlers } from '../../../core/api/host-api';
import { Channel } from '../../../core/journey/channel';
import type { Template } from '../../../core/whatsapp/template';
import { createGraphClient, DEFAULT_GRAPH_BASE_URL, fromGraphTemplate, toGraphEdit, toGraphTemplate } from '../meta';
import type { GraphClient, GraphResult } from '../meta';
import type { SecretStore } from '../secrets/secret-store';
import { HostFailure } from './host-failure';

export const ChannelFailure = {
  invalid: 'invalid-args',
  sandbox: 'channels/sandbox',
  incomplete: 'channels/incomplete',
  noToken: 'channels/no-token',
  graph: 'channels/graph-error',
  noGateway: 'channels/no-gateway',
} as const;

/** What the channel calls need of the app's channel gateway (electron/host/gateway). */
export interface ChannelGatewayView {
  /** The app's sandbox as a Graph target. */
  sandboxTarget(): { baseUrl: string; token: string; phoneNumberId: string; wabaId: string };
  /** The channel's path and local URL on the standing webhook receiver. */
  webhookOf(channel: Pick<Channel, 'id' | 'mode'>): { localUrl: string; port: number; path: string; sandboxUrl?: string };
}

export type ChannelHandlerDeps = { secrets: SecretStore; gateway?: ChannelGatewayView; fetch?: typeof fetch };

type ChannelCalls = 'channels:testConnection' | 'templates:sync' | 'templates:submit' | 'channels:webhook';

/** The channel as the HostApi received it, checked; an invalid one answers `invalid-args`. */
export function parseChannel(raw: Record<string, unknown>): Channel {
  const parsed = Channel.safeParse(raw);
  if (!parsed.success) throw new HostFailure(ChannelFailure.invalid, `channel: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

async function clientFor(raw: Record<string, unknown>, deps: ChannelHandlerDeps): Promise<GraphClient> {
  const channel = parseChannel(raw);
  const fetchOption = deps.fetch ? { fetch: deps.fetch } : {};
  if (channel.mode === 'sandbox') {
    if (!deps.gateway) throw new HostFailure(ChannelFailure.sandbox, `channel ${channel.id} is the built-in sandbox, and this host runs none`);
    return createGraphClient({ ...deps.gateway.sandboxTarget(), ...fetchOption });
  }
  if (!channel.phoneNumberId || !channel.wabaId) throw new HostFailure(ChannelFailure.incomplete, `channel ${channel.id} needs its phone number id and WABA id`);
  const token = await deps.secrets.get(`${channel.id}:token`);
  if (!token) throw new HostFailure(ChannelFailure.noToken, `no access token stored for channel ${channel.id}`);
  return createGraphClient({
    baseUrl: channel.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL,
    token,
    phoneNumberId: channel.phoneNumberId,
    wabaId: channel.wabaId,
    ...fetchOption,
  });
}

function valueOf<T>(result: GraphResult<T>): T {
  if (!result.ok) {
    // Meta's details say what to fix (e.g. a template name already taken); the message alone is generic.
    const details = result.error.details ? ` (${result.error.details})` : '';
    throw new HostFailure(ChannelFailure.graph, `Meta error ${result.error.code}: ${result.error.message}${details}`);
  }
  return result.value;
}

export function createChannelHandlers(deps: ChannelHandlerDeps): Pick<HostHandlers, ChannelCalls> {
  return {
    'channels:testConnection': async ({ channel }) => {
      const info = valueOf(await (await clientFor(channel, deps)).getPhoneNumber());
      return {
        displayName: info.displayName,
        displayPhoneNumber: info.displayPhoneNumber,
        qualityRating: info.qualityRating,
        ...(info.messagingLimit !== undefined ? { messagingLimit: info.messagingLimit } : {}),
        ...(info.status !== undefined ? { status: info.status } : {}),
      };
    },
    'templates:sync': async ({ channel }) => {
      const graph = valueOf(await (await clientFor(channel, deps)).listAllTemplates());
      const templates: Template[] = [];
      const skipped: string[] = [];
      for (const entry of graph) {
        const template = fromGraphTemplate(entry);
        // Meta's id travels too: an edit of the template later goes to POST /{id}.
        if (template) templates.push({ ...template, metaId: entry.id, ...(entry.rejected_reason && entry.rejected_reason !== 'NONE' ? { rejectedReason: entry.rejected_reason } : {}) });
        else skipped.push(`${entry.name} (${entry.language})`);
      }
      return { templates, skipped };
    },
    'templates:submit': async ({ channel, template, edit }) => {
      const client = await clientFor(channel, deps);
      if (edit) {
        // Meta answers an edit with `success` alone: the template keeps its id and is in review again.
        valueOf(await client.editTemplate(edit.templateId, toGraphEdit(template, edit.changesCategory === true)));
        return { id: edit.templateId, status: 'PENDING', category: template.category };
      }
      const answer = valueOf(await client.createTemplate(toGraphTemplate(template)));
      return { id: answer.id, status: answer.status, ...(answer.category ? { category: answer.category } : {}) };
    },
    'channels:webhook': async ({ channel }) => {
      const parsed = parseChannel(channel);
      if (!deps.gateway) throw new HostFailure(ChannelFailure.noGateway, 'this host runs no webhook receiver');
      return deps.gateway.webhookOf(parsed);
    },
  };
}
