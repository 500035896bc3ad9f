/** How one day of the week is named: short for the strip and the table, long for screen readers. */
export interface DayLabels {
  short: string;
  long: string;
  /** The two halves of `short`, for the strip's narrow columns: "Mon" and "9". */
  weekday: string;
  day: string;
}

/** The names of the day starting at `start` (epoch ms) in `zone`: "Mon 9" and "Monday 9 June". */
export function dayLabels(start: number, zone: string, locale?: string): DayLabels {
  const short = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    timeZone: zone,
  }).format(start);
  const long = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(start);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(start);
  return { short, long, weekday: part({ weekday: 'short' }), day: part({ day: 'numeric' }) };
}
