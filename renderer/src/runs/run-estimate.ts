/**
 * What the confirmation shows before a run: how many contacts it will message after consent,
 * what it should cost, and how many days the channel's messaging limit stretches it. The
 * simulator answers the first two over a typical world (it applies the same consent rules as
 * the interpreter, marketing opt-in included); core's forecast answers the third.
 */
import type { Channel } from '../../../core/journey';
import { forecastMessagingLimit } from '../../../core/reports';
import type { LimitForecast } from '../../../core/reports';
import type { SimulationResult } from '../../../core/sim';

export interface RunEstimate {
  total: number;
  /** Contacts admitted: the audience minus those a consent rule skips. */
  eligible: number;
  cost: number;
  currency: string;
  forecast: LimitForecast;
}

export function runEstimate(result: Pick<SimulationResult, 'contacts' | 'skipped' | 'cost'>, channel: Pick<Channel, 'messagingLimit'> | undefined): RunEstimate {
  const skipped = Object.values(result.skipped).reduce((sum, n) => sum + n, 0);
  const eligible = Math.max(0, result.contacts - skipped);
  return {
    total: result.contacts,
    eligible,
    cost: result.cost.total,
    currency: result.cost.currency,
    forecast: forecastMessagingLimit(eligible, channel ? channel.messagingLimit : null),
  };
}
