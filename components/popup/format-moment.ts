import { formatClock } from '../shared/format-clock.ts';

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
 * A moment relative to `now`, the way a person says it: "14:30", "tomorrow 09:00", "Monday 09:00",
 * or a date for anything further away. Wall-clock in `timeZone` (the device's zone by default).
 */
export function formatMoment(at: number, now: number, locale?: string, timeZone?: string): string {
  const time = formatClock(at, locale, timeZone);
  const days = dayNumber(at, timeZone) - dayNumber(now, timeZone);
  if (days === 0) return time;
  if (days === 1) return `tomorrow ${time}`;
  const options: Intl.DateTimeFormatOptions =
    days > 1 && days < 7 ? { weekday: 'long' } : { day: 'numeric', month: 'short' };
  return `${new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(at)} ${time}`;
}
