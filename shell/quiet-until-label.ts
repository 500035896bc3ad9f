import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format } from 'date-fns';

/**
 * How a person reads "Interlude is quiet until …": "09:00 today", "tomorrow at 09:00", "Monday at
 * 09:00", or "24 Nov at 09:00" a week or more ahead; wall-clock times in `zone`.
 */
export function quietUntilLabel(until: number, now: number, zone: string): string {
  const then = new TZDate(until, zone);
  const today = new TZDate(now, zone);
  const time = format(then, 'HH:mm');
  const days = differenceInCalendarDays(then, today);
  if (days <= 0) return `${time} today`;
  if (days === 1) return `tomorrow at ${time}`;
  if (days < 7) return `${format(then, 'EEEE')} at ${time}`;
  return `${format(then, 'd MMM')} at ${time}`;
}
