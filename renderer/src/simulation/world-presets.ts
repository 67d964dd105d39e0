/**
 * The world models the Simulate panel offers. "typical" is the spec's defaults; the others
 * change only what their name says, so a marketer comparing them compares one thing.
 */
import { WorldModel } from '../../../core/journey/world';

export const PRESETS = ['typical', 'low_engagement', 'all_reply', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** The rates a custom world edits (the others keep the spec's defaults). */
export const CUSTOM_RATES = ['deliveryRate', 'readRate', 'replyRate', 'clickRate', 'optOutRate', 'blockRate'] as const;
export type CustomRate = (typeof CUSTOM_RATES)[number];

const TYPICAL = WorldModel.parse({});

/** The world of a preset; `custom` applies `rates` over the typical world. */
export function worldOf(preset: Preset, rates: Partial<Record<CustomRate, number>> = {}): WorldModel {
  switch (preset) {
    case 'typical':
      return TYPICAL;
    case 'low_engagement':
      // A cold list: fewer read, few reply, more say stop.
      return WorldModel.parse({ readRate: 0.4, replyRate: 0.03, clickRate: 0.02, optOutRate: 0.03, replyDelayMinutes: { median: 240 } });
    case 'all_reply':
      // Everyone who gets a message reads and answers it, nobody leaves: the journey's best case.
      return WorldModel.parse({ deliveryRate: 1, readRate: 1, replyRate: 1, clickRate: 0, optOutRate: 0, blockRate: 0, marketingCapRate: 0 });
    case 'custom':
      return WorldModel.parse({ ...TYPICAL, ...rates });
  }
}
