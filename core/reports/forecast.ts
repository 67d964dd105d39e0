/**
 * How long the messaging limit stretches a send: Meta lets a number start conversations with
 * at most `limit` unique contacts per rolling 24 hours, so an audience larger than that takes
 * several days (whatsapp-rules.md, messaging limits). Higher tiers come only with use and
 * quality, so the forecast holds the limit fixed.
 */
import { uniqueContactsAllowed, type MessagingLimit } from '../whatsapp/messaging-limits';

export interface LimitForecast {
  contacts: number;
  /** Unique contacts a day (null when unlimited). */
  perDay: number | null;
  /** Days of 24 hours to reach everyone: 1 when the limit allows all at once, 0 for nobody. */
  days: number;
}

export function forecastMessagingLimit(contacts: number, limit: MessagingLimit): LimitForecast {
  const allowed = uniqueContactsAllowed(limit);
  const perDay = Number.isFinite(allowed) ? allowed : null;
  if (contacts <= 0) return { contacts: 0, perDay, days: 0 };
  // A zero limit never reaches anyone: say so with an infinite count rather than a division by zero.
  const days = perDay === null ? 1 : perDay === 0 ? Number.POSITIVE_INFINITY : Math.ceil(contacts / perDay);
  return { contacts, perDay, days };
}
