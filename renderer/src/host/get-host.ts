import type { HostApi } from '../../../core/api/host-api';
import { createHttpHost } from './http-host';
import { takeSecret } from './web-secret';

type WindowWithHost = Window & { journeyHost?: HostApi };

let host: HostApi | undefined;

/**
 * The host this renderer runs in: in Electron the preload exposes `window.journeyHost`;
 * served by the web host, the same contract is spoken over HTTP to the page's own origin.
 */
export function getHost(): HostApi {
  host ??= (window as WindowWithHost).journeyHost ?? createHttpHost({ secret: takeSecret() });
  return host;
}
