/** Consent rules, with an audience only: who will be skipped for want of an opt-in. */
import type { RuleContext } from '../context';
import { templatesOf } from '../template/check';

/** Runs the consent rules; does nothing without an audience. */
export function checkConsent(ctx: RuleContext): void {
  const audience = ctx.audience;
  if (!audience || audience.length === 0) return;
  const total = audience.length;
  let withoutOptIn = 0;
  let withoutMarketing = 0;
  for (const contact of audience) {
    if (!contact.whatsappOptIn) withoutOptIn++;
    // Contacts without any opt-in are skipped already; count only those a marketing step loses.
    else if (!contact.marketingOptIn) withoutMarketing++;
  }
  if (withoutOptIn > 0) ctx.report('consent.opt-in-missing', { params: { count: withoutOptIn, total } });
  if (withoutMarketing === 0) return;
  const g = ctx.graph;
  for (let i = 0; i < g.nodes.length; i++) {
    const node = g.nodes[i]!;
    if (node.type !== 'whatsapp_template' || !g.primary[i]) continue;
    const marketing = templatesOf(ctx, node).find((t) => t.category === 'MARKETING');
    if (!marketing) continue;
    ctx.report('consent.marketing-opt-in', { node: node.id, params: { template: marketing.name, count: withoutMarketing, total } });
  }
}
