import { formatClock } from './format-clock.ts';

const DAY_MS = 86_400_000;

/** The calendar day of `at` in `timeZone`, as a day number, so two moments can be compared by day. */
function dayNumber(at: number, timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS;
}

/**
 * The one way Interlude words a moment near `now`: "14:30" (or "today at 14:30" with `sayToday`),
 * "tomorrow at 09:00", "yesterday at 16:40", "Monday at 09:00" within a week either way, else
 * "24 Nov at 09:00". Times and names in the person's locale (`Intl`; the browser's by default),
 * wall-clock in `timeZone` (the device's zone by default).
 */
export function formatMoment(
  at: number,
  now: number,
  locale?: string,
  timeZone?: string,
  { sayToday = false }: { sayToday?: boolean } = {},
): string {
  const time = formatClock(at, locale, timeZone);
  const days = dayNumber(at, timeZone) - dayNumber(now, timeZone);
  if (days === 0) return sayToday ? `today at ${time}` : time;
  if (days === 1) return `tomorrow at ${time}`;
  if (days === -1) return `yesterday at ${time}`;
  const options: Intl.DateTimeFormatOptions =
    Math.abs(days) < 7 ? { weekday: 'long' } : { day: 'numeric', month: 'short' };
  return `${new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(at)} at ${time}`;
}
