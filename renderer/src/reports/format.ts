/** A duration in the largest unit that reads well (seconds under two minutes, minutes under two hours, hours under two days, else days). */
export function formatDuration(ms: number, language: string): string {
  const minutes = ms / 60_000;
  const unit = minutes < 2 ? ['second', ms / 1_000] : minutes < 120 ? ['minute', minutes] : minutes < 2_880 ? ['hour', minutes / 60] : ['day', minutes / 1_440];
  return new Intl.NumberFormat(language, { style: 'unit', unit: unit[0] as string, unitDisplay: 'long', maximumFractionDigits: 1 }).format(unit[1] as number);
}

/** A rate as a percentage with one decimal, or `none` when it is unknown (nothing to divide by). */
export function rateFormatter(language: string, none: string): (value: number | null) => string {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return (value) => (value === null ? none : percent.format(value));
}

/** An amount of money to four decimals at most: a single message costs fractions of a cent. */
export function moneyFormat(language: string, currency: string): Intl.NumberFormat {
  return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 4 });
}
