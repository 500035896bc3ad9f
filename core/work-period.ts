import { TZDate } from '@date-fns/tz';
import type { Settings } from './settings.ts';

/** A working period [start, end) in epoch ms. */
export interface WorkPeriod {
  start: number;
  end: number;
}

/**
 * The working period under way at `t`, or else the next one to start, for working hours read as
 * local wall-clock time in `zone`. DST-safe: a 23- or 25-hour day just has a shorter or longer night.
 * An `end` at or before `start` means the period runs past midnight into the next day.
 */
export function workPeriodAt(t: number, zone: string, hours: Settings['workHours']): WorkPeriod {
  const local = new TZDate(t, zone);
  const y = local.getFullYear();
  const m = local.getMonth();
  const d = local.getDate();
  const [sh, sm] = clock(hours.start);
  const [eh, em] = clock(hours.end);
  const overnight = eh * 60 + em <= sh * 60 + sm;
  // Start a day early for a period that began yesterday and runs past midnight.
  for (let offset = -1; offset <= 8; offset++) {
    // The weekday of a calendar date needs no zone; only the chosen day's boundaries do.
    const weekday = new Date(Date.UTC(y, m, d + offset)).getUTCDay() || 7;
    if (!hours.days.includes(weekday)) continue;
    const end = new TZDate(y, m, d + offset + (overnight ? 1 : 0), eh, em, 0, 0, zone).getTime();
    if (end <= t) continue;
    return { start: new TZDate(y, m, d + offset, sh, sm, 0, 0, zone).getTime(), end };
  }
  // Unreachable with at least one working day; a far horizon keeps callers total.
  return { start: t + 7 * 86_400_000, end: t + 7 * 86_400_000 + 1 };
}

/** The start of the first working period that begins after `t` (the next working day's start after a release). */
export function nextPeriodStart(t: number, zone: string, hours: Settings['workHours']): number {
  const current = workPeriodAt(t, zone, hours);
  return current.start > t ? current.start : workPeriodAt(current.end, zone, hours).start;
}

function clock(hhmm: string): [number, number] {
  return [Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5))];
}
