import { TZDateMini } from '@date-fns/tz';
import type { Settings } from '../../core/settings.ts';

/** A reminder a "mine, later" answer can carry; `at` is epoch ms, absent for "no reminder". */
export interface ReminderOption {
  id: 'soon' | 'this-afternoon' | 'next-working-day' | 'none';
  at?: number;
}

/** The person's reminder settings, and when their next working day starts (epoch ms). */
export type ReminderPrefs = Settings['boundaryCue']['reminder'] & { nextWorkStart?: number };

/** `now` moved to `clock` ("HH:mm") local time, `dayOffset` calendar days on (DST-safe in the zone). */
function atLocal(now: number, dayOffset: number, clock: string, timeZone?: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  const date = timeZone ? new TZDateMini(now, timeZone) : new Date(now);
  date.setDate(date.getDate() + dayOffset);
  date.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  return date.getTime();
}

/**
 * The reminder times offered after "mine, later", in order: soon (`soonMinutes` on); this afternoon
 * at `afternoonAt` if that is still ahead and before the working day ends; the start of the next
 * working day (tomorrow at 09:00 when it is not known); none. Wall-clock times are in `timeZone` (an
 * IANA zone) or, without one, in the device's own zone.
 */
export function reminderOptions(
  now: number,
  timeZone: string | undefined,
  prefs: ReminderPrefs,
): ReminderOption[] {
  const afternoon = atLocal(now, 0, prefs.afternoonAt, timeZone);
  const next = prefs.nextWorkStart ?? atLocal(now, 1, '09:00', timeZone);
  const soon = now + prefs.soonMinutes * 60_000;
  return [
    { id: 'soon', at: soon },
    ...(afternoon > soon && afternoon < next
      ? [{ id: 'this-afternoon' as const, at: afternoon }]
      : []),
    { id: 'next-working-day', at: next },
    { id: 'none' },
  ];
}
