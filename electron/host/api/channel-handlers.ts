/**
 * The channel calls of the HostApi: a connection test and template sync, through META's Graph
 * client with the token from the host's secret store (it never crosses to the renderer). A
 * Graph error answers `channels/graph-error` with Meta's code in the message, token-free.
 */
import type { HostHandlers } from '../../../core/api/host-api';
import { Channel } from '../../../core/journey/channel';
import type { Template } from '../../../core/whatsapp/template';
import { createGraphClient, DEFAULT_GRAPH_BASE_URL, fromGraphTemplate } from '../meta';
import type { GraphClient, GraphResult } from '../meta';
import type { SecretStore } from '../secrets/secret-store';
import { HostFailure } from './host-failure';

export const ChannelFailure = {
  invalid: 'invalid-args',
  sandbox: 'channels/sandbox',
  incomplete: 'channels/incomplete',
  noToken: 'channels/no-token',
  graph: 'channels/graph-error',
} as const;

export type ChannelHandlerDeps = { secrets: SecretStore; fetch?: typeof fetch };

async function clientFor(raw: Record<string, unknown>, deps: ChannelHandlerDeps): Promise<GraphClient> {
  const parsed = Channel.safeParse(raw);
  if (!parsed.success) throw new HostFailure(ChannelFailure.invalid, `channel: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const channel = parsed.data;
  // The built-in sandbox starts with each run; it has no standing to read between runs.
  if (channel.mode === 'sandbox') throw new HostFailure(ChannelFailure.sandbox, `channel ${channel.id} is the built-in sandbox: nothing to connect to`);
  if (!channel.phoneNumberId || !channel.wabaId) throw new HostFailure(ChannelFailure.incomplete, `channel ${channel.id} needs its phone number id and WABA id`);
  const token = await deps.secrets.get(`${channel.id}:token`);
  if (!token) throw new HostFailure(ChannelFailure.noToken, `no access token stored for channel ${channel.id}`);
  return createGraphClient({
    baseUrl: channel.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL,
    token,
    phoneNumberId: channel.phoneNumberId,
    wabaId: channel.wabaId,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
}

function valueOf<T>(result: GraphResult<T>): T {
  if (!result.ok) throw new HostFailure(ChannelFailure.graph, `Meta error ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function createChannelHandlers(deps: ChannelHandlerDeps): Pick<HostHandlers, 'channels:testConnection' | 'templates:sync'> {
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
        if (template) templates.push(template);
        else skipped.push(`${entry.name} (${entry.language})`);
      }
      return { templates, skipped };
    },
  };
}
