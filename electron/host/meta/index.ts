/** The Graph API client and the exact Cloud API bodies it sends. */
export * from './cloud-api-types';
export * from './graph-error';
export { createGraphClient, type GraphClient, type GraphClientOptions, type ListTemplatesOptions, type SentMessage, type TemplatePage } from './graph-client';
export { DEFAULT_GRAPH_BASE_URL, DEFAULT_TIMEOUT_MS, GRAPH_API_VERSION, versionedRoot } from './graph-request';
export * from './message-bodies';
export * from './phone-number';
export { fromGraphTemplate, toGraphEdit, toGraphTemplate } from './template-wire';
