import { checkCapacity } from './capacity/check';
import { checkConsent } from './consent/check';
import { RuleContext, type ValidationInput } from './context';
import type { Finding } from './finding';
import { checkSessionWindow } from './session-window/check';
import { checkSplits } from './split/check';
import { checkStructure } from './structure/check';
import { checkTemplates } from './template/check';
import { checkWaits } from './wait/check';

/**
 * Checks a journey against every rule of the catalogue and returns the findings, in rule
 * family order (structure first), then in node order. Total: it never throws, whatever the
 * journey (half-configured nodes, broken edges, cycles, unknown templates). The graph is
 * indexed once and shared by all rules; the audience rules run only with an audience.
 * Linear in nodes, edges and contacts, so it can run on every edit.
 */
export function validateJourney(input: ValidationInput): Finding[] {
  const ctx = new RuleContext(input);
  checkStructure(ctx);
  checkTemplates(ctx);
  checkSessionWindow(ctx);
  checkConsent(ctx);
  checkWaits(ctx);
  checkSplits(ctx);
  checkCapacity(ctx);
  return ctx.findings;
}
