/** The webhook receiver: verification, signatures, parsing and the status merge. */
export * from './parse-webhook';
export * from './signature';
export * from './status-merge';
export { DEFAULT_TRACKED_MESSAGES, StatusTracker } from './status-tracker';
export * from './webhook-events';
export { createWebhookHandler, MAX_WEBHOOK_BYTES, verificationAnswer, type WebhookHandler, type WebhookHandlerOptions } from './webhook-handler';
export { DEFAULT_WEBHOOK_PATH, startWebhookReceiver, type WebhookReceiver, type WebhookReceiverOptions } from './webhook-receiver';
