import { TZDateMini } from '@date-fns/tz';

/** A reminder a "mine, later" answer can carry; `at` is epoch ms, absent for "no reminder". */
export interface ReminderOption {
  id: 'in-an-hour' | 'this-afternoon' | 'tomorrow-morning' | 'none';
  at?: number;
}

const HOUR_MS = 3_600_000;

/** `now` moved to `hour`:00 local time, `dayOffset` calendar days on (DST-safe in the zone). */
function atLocal(now: number, dayOffset: number, hour: number, timeZone?: string): number {
  const date = timeZone ? new TZDateMini(now, timeZone) : new Date(now);
  date.setDate(date.getDate() + dayOffset);
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
}

/**
 * The reminder times offered after "mine, later", in order: in an hour; this afternoon at 15:00 if
 * that is still ahead of `now`; tomorrow at 09:00; none. Wall-clock times are in `timeZone`
 * (an IANA zone) or, without one, in the device's own zone.
 */
export function reminderOptions(now: number, timeZone?: string): ReminderOption[] {
  const afternoon = atLocal(now, 0, 15, timeZone);
  return [
    { id: 'in-an-hour', at: now + HOUR_MS },
    ...(afternoon > now ? [{ id: 'this-afternoon' as const, at: afternoon }] : []),
    { id: 'tomorrow-morning', at: atLocal(now, 1, 9, timeZone) },
    { id: 'none' },
  ];
}
