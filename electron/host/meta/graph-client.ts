/**
 * The Graph API client: sends, template management and the phone number's standing, for one
 * phone number and its WhatsApp Business Account. Works the same against Meta and the sandbox
 * (its `baseUrl`). Every method answers a GraphResult; the token lives in a closure only.
 */
import type { CloudApiMessage, GraphTemplate, GraphTemplateEdit, GraphTemplateInput, SendResponse } from './cloud-api-types';
import type { GraphResult } from './graph-error';
import { DEFAULT_TIMEOUT_MS, graphCall, type GraphTransport } from './graph-request';
import { phoneNumberFromGraph, PHONE_NUMBER_FIELDS, type PhoneNumberInfo } from './phone-number';

export interface GraphClientOptions {
  baseUrl: string;
  token: string;
  phoneNumberId: string;
  wabaId: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** An accepted send: the wamid that status webhooks will carry, and WhatsApp's id of the user. */
export interface SentMessage {
  wamid: string;
  waId: string;
  /** `accepted`, `held_for_quality_assessment` or `paused`, when Meta says. */
  messageStatus?: string;
}

export interface TemplatePage {
  templates: GraphTemplate[];
  /** The cursor of the next page; absent on the last one. */
  after?: string;
}

export interface ListTemplatesOptions {
  limit?: number;
  after?: string;
  name?: string;
  status?: string;
  language?: string;
}

export interface GraphClient {
  sendMessage(body: CloudApiMessage): Promise<GraphResult<SentMessage>>;
  /** One page of the WABA's templates. */
  listTemplates(options?: ListTemplatesOptions): Promise<GraphResult<TemplatePage>>;
  /** Every page, following the cursors (bounded by `maxPages`). */
  listAllTemplates(options?: Omit<ListTemplatesOptions, 'after'> & { maxPages?: number }): Promise<GraphResult<GraphTemplate[]>>;
  createTemplate(template: GraphTemplateInput): Promise<GraphResult<{ id: string; status: string; category: string }>>;
  /**
   * Edits the template with Meta's id `templateId` (POST /{template-id}); it goes back to review.
   * Meta allows an APPROVED template one edit per 24 hours and ten per 30 days.
   */
  editTemplate(templateId: string, edit: GraphTemplateEdit): Promise<GraphResult<{ success: boolean }>>;
  /** Every language of `name`, or one translation with its `hsmId` (the template id). */
  deleteTemplate(name: string, hsmId?: string): Promise<GraphResult<{ success: boolean }>>;
  getPhoneNumber(): Promise<GraphResult<PhoneNumberInfo>>;
}

const MAX_PAGES = 100;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const transport: GraphTransport = {
    baseUrl: options.baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? globalThis.fetch,
  };
  const phone = encodeURIComponent(options.phoneNumberId);
  const waba = encodeURIComponent(options.wabaId);

  const listTemplates: GraphClient['listTemplates'] = async (list = {}) => {
    const { limit, after, name, status, language } = list;
    const result = await graphCall<{ data?: GraphTemplate[]; paging?: { cursors?: { after?: string }; next?: string } }>(transport, {
      method: 'GET',
      path: `/${waba}/message_templates`,
      query: { limit, after, name, status, language },
    });
    if (!result.ok) return result;
    const page: TemplatePage = { templates: result.value.data ?? [] };
    // Meta gives an `after` cursor on every page; only `next` says there is more.
    const cursor = result.value.paging?.cursors?.after;
    if (result.value.paging?.next && cursor) page.after = cursor;
    return { ok: true, value: page };
  };

  return {
    async sendMessage(body) {
      const result = await graphCall<SendResponse>(transport, { method: 'POST', path: `/${phone}/messages`, body });
      if (!result.ok) return result;
      const message = result.value.messages?.[0];
      const sent: SentMessage = { wamid: message?.id ?? '', waId: result.value.contacts?.[0]?.wa_id ?? body.to };
      if (message?.message_status !== undefined) sent.messageStatus = message.message_status;
      return { ok: true, value: sent };
    },
    listTemplates,
    async listAllTemplates(list = {}) {
      const all: GraphTemplate[] = [];
      let after: string | undefined;
      for (let page = 0; page < (list.maxPages ?? MAX_PAGES); page++) {
        const result = await listTemplates({ ...list, after });
        if (!result.ok) return result;
        all.push(...result.value.templates);
        after = result.value.after;
        if (after === undefined) break;
      }
      return { ok: true, value: all };
    },
    createTemplate: (template) => graphCall(transport, { method: 'POST', path: `/${waba}/message_templates`, body: template }),
    editTemplate: (templateId, edit) => graphCall(transport, { method: 'POST', path: `/${encodeURIComponent(templateId)}`, body: edit }),
    deleteTemplate: (name, hsmId) => graphCall(transport, { method: 'DELETE', path: `/${waba}/message_templates`, query: { name, hsm_id: hsmId } }),
    async getPhoneNumber() {
      const result = await graphCall<Record<string, unknown>>(transport, { method: 'GET', path: `/${phone}`, query: { fields: PHONE_NUMBER_FIELDS } });
      return result.ok ? { ok: true, value: phoneNumberFromGraph(result.value) } : result;
    },
  };
}
