import { z } from 'zod';

export const DurationUnit = z.enum(['minutes', 'hours', 'days'], {
  error: 'expected minutes, hours or days',
});
export type DurationUnit = z.infer<typeof DurationUnit>;

/** A length of time as a marketer writes it: `{ amount: 2, unit: "hours" }`. */
export const Duration = z.object({
  amount: z.number({ error: 'expected a number' }),
  unit: DurationUnit,
});
export type Duration = z.infer<typeof Duration>;

const MINUTE_MS = 60_000;
const UNIT_MS: Record<DurationUnit, number> = { minutes: MINUTE_MS, hours: 60 * MINUTE_MS, days: 24 * 60 * MINUTE_MS };

/** Milliseconds in a duration (negative or zero amounts pass through: the rules report them). */
export function durationMs(duration: Duration): number {
  return duration.amount * UNIT_MS[duration.unit];
}

/** `HH:MM` on a 24-hour clock. */
const TIME_MESSAGE = 'expected a time HH:MM (00:00 to 23:59)';
export const TimeOfDay = z.string({ error: TIME_MESSAGE }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_MESSAGE);
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/** Minutes after midnight of an `HH:MM` string already checked by {@link TimeOfDay}. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}
