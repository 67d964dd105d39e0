/**
 * A phone number's standing as `GET /{phone-number-id}` reports it: display name, quality
 * rating and messaging limit (whatsapp-rules.md §5.3-5.4). `messaging_limit_tier` is the
 * field most Graph versions return; its tiers map to the app's `Channel.messagingLimit`.
 */
import type { MessagingLimit } from '../../../core/whatsapp';

export const PHONE_NUMBER_FIELDS = 'id,display_phone_number,verified_name,quality_rating,messaging_limit_tier,status,name_status';

export interface PhoneNumberInfo {
  id: string;
  /** `verified_name`: the display name users see once approved. */
  displayName: string;
  displayPhoneNumber: string;
  /** GREEN, YELLOW, RED or UNKNOWN. */
  qualityRating: string;
  /** Unique users per rolling 24 hours; null is unlimited; undefined when Meta did not say. */
  messagingLimit: MessagingLimit | undefined;
  messagingLimitTier?: string;
  status?: string;
  nameStatus?: string;
}

/** TIER_250 → 250, TIER_1K → 1,000, TIER_UNLIMITED → null. */
export function messagingLimitOfTier(tier: string | undefined): MessagingLimit | undefined {
  if (tier === undefined) return undefined;
  if (tier === 'TIER_UNLIMITED') return null;
  const match = /^TIER_(\d+)(K?)$/.exec(tier);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'K' ? 1_000 : 1);
}

/** The tier name Meta uses for a limit (the sandbox answers with it). */
export function tierOfMessagingLimit(limit: MessagingLimit): string {
  if (limit === null) return 'TIER_UNLIMITED';
  return limit >= 1_000 && limit % 1_000 === 0 ? `TIER_${limit / 1_000}K` : `TIER_${limit}`;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function phoneNumberFromGraph(raw: Record<string, unknown>): PhoneNumberInfo {
  const tier = text(raw.messaging_limit_tier);
  const info: PhoneNumberInfo = {
    id: text(raw.id) ?? '',
    displayName: text(raw.verified_name) ?? '',
    displayPhoneNumber: text(raw.display_phone_number) ?? '',
    qualityRating: text(raw.quality_rating) ?? 'UNKNOWN',
    messagingLimit: messagingLimitOfTier(tier),
  };
  if (tier !== undefined) info.messagingLimitTier = tier;
  const status = text(raw.status);
  const nameStatus = text(raw.name_status);
  if (status !== undefined) info.status = status;
  if (nameStatus !== undefined) info.nameStatus = nameStatus;
  return info;
}
