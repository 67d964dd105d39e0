import type { Channel } from '../../../../core/journey';
import type { Template } from '../../../../core/whatsapp/template';

/** The standard fixes, by stable id (the findings panel passes one back through `onFix`). */
export type FixId = 'insert-template-and-wait' | 'convert-to-template' | 'add-exit' | 'add-entry' | 'rebalance-percent';

/** The i18n key of each fix's button label. */
export const FIX_LABELS = {
  'insert-template-and-wait': 'fixes.insertTemplateAndWait',
  'convert-to-template': 'fixes.convertToTemplate',
  'add-exit': 'fixes.addExit',
  'add-entry': 'fixes.addEntry',
  'rebalance-percent': 'fixes.rebalancePercent',
} as const satisfies Record<FixId, string>;

export type FixLabelKey = (typeof FIX_LABELS)[FixId];

/** What some fixes need besides the journey: the library, to pick an approved template. */
export interface FixContext {
  templates?: readonly Template[];
  channels?: readonly Channel[];
}
