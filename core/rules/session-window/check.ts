/** `session.outside-window`: every free-form step must be reachable only inside a 24-hour window. */
import { CUSTOMER_SERVICE_WINDOW_MS } from '../../whatsapp/window';
import type { RuleContext } from '../context';
import { exposureAt, windowStates, type WindowStates } from './analysis';

const HOUR_MS = 3_600_000;
/** Longer witness paths are shortened in the message (the full path stays in params.path). */
const ROUTE_SHOWN = 8;

/** The window analysis of a validation, shared with whoever else needs it (the engine view). */
export function windowOf(ctx: RuleContext): WindowStates | undefined {
  return ctx.memo('window', () => windowStates(ctx.graph));
}

/** Reports each free-form step some path reaches without an inbound message in the 24 hours before it. */
export function checkSessionWindow(ctx: RuleContext): void {
  const g = ctx.graph;
  if (!g.nodes.some((n) => n.type === 'whatsapp_session')) return;
  const states = windowOf(ctx);
  if (!states) return; // a reachable loop: structure.cycle is reported, paths are meaningless
  for (let i = 0; i < g.nodes.length; i++) {
    const node = g.nodes[i]!;
    if (node.type !== 'whatsapp_session' || !g.primary[i]) continue;
    const exposure = exposureAt(g, states, i);
    if (!exposure) continue;
    const ids = exposure.path.map((p) => g.nodes[p]!.id);
    const route = shorten(ids).join(' → ');
    if (!exposure.opened) {
      ctx.report('session.outside-window', { node: node.id, variant: 'no-opening', params: { path: ids, route } });
      continue;
    }
    if (exposure.elapsedMs < CUSTOMER_SERVICE_WINDOW_MS) continue;
    if (!Number.isFinite(exposure.elapsedMs)) {
      ctx.report('session.outside-window', { node: node.id, variant: 'unbounded', params: { path: ids, route, unbounded: true } });
      continue;
    }
    const first = g.nodes[exposure.path[0]!]!;
    const fromAd = first.type === 'entry' && first.data.source === 'inbound_message' && first.data.fromAd === true;
    ctx.report('session.outside-window', {
      node: node.id,
      variant: fromAd ? 'ad' : 'default',
      params: { path: ids, route, hours: exposure.elapsedMs / HOUR_MS },
    });
  }
}

function shorten(ids: string[]): string[] {
  if (ids.length <= ROUTE_SHOWN) return ids;
  return [...ids.slice(0, 3), '…', ...ids.slice(-3)];
}
