/** The app-lifetime channel gateway: one sandbox and one standing webhook receiver. */
export { channelWebhookPath, DEFAULT_WEBHOOK_PORT, SANDBOX_ROUTE, SANDBOX_WEBHOOK_PATH, startChannelGateway } from './channel-gateway';
export type { ChannelGateway, ChannelGatewayOptions, GatewaySandboxOptions } from './channel-gateway';
export { runIdOfSendKey, type RunWebhookListener } from './run-routing';
export { WEBHOOK_PORT_ENV, webhookPortFrom } from './webhook-port';
