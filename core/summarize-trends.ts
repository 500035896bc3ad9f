/*
 * Why this file is long: the trends view's weekly figures are worked out together, so every week
 * is counted the same way.
 */
import { assertNever } from './assert-never.ts';
import type { InterludeRecord } from './records.ts';
import type { Settings } from './settings.ts';
import { type TrendFacts, TrendMoment, trendFacts } from './trend-facts.ts';
import { localMidnight } from './week-start-of.ts';
import { type WorkPeriod, workPeriodAt } from './work-period.ts';

/** How many weeks the trends view shows, the week under way included. */
export const TREND_WEEKS = 12;

/** One week of the trends view: plain figures, never a score. */
export interface WeekTrend {
  /** Local midnight that starts the week, and the one that ends it (epoch ms). */
  weekStart: number;
  weekEnd: number;
  /** The week under way: its figures cover only the part already lived. */
  partial: boolean;
  pausesOffered: number;
  pausesTaken: number;
  /** Skipped or dismissed. */
  pausesSkipped: number;
  naturalBreaks: number;
  /** Active screen time. */
  activeMs: number;
  /** The part of the screen time that fell outside working hours (as they are set now). */
  afterHoursMs: number;
  /** Local days with any screen time. */
  activeDays: number;
  /** Local days on which an end-of-day release was taken. */
  releaseDays: number;
  /** Boundary cues shown. */
  cues: number;
  /** Cues answered, and of those the ones answered "mine, now". */
  cuesAnswered: number;
  mineNow: number;
  /** The longest stretch of active screen time without a pause or a break (its active ms). */
  longestStretchMs: number;
}

/**
 * `weeks` weeks of figures, oldest first, the first starting at `firstWeekStart` (a local midnight
 * in `zone`). Screen time outside `workHours` counts as after hours; a stretch that spans a boundary
 * is shared in proportion. Records may come in any order; those outside the weeks are ignored.
 */
export function summarizeTrends(
  records: readonly InterludeRecord[],
  firstWeekStart: number,
  weeks: number,
  zone: string,
  workHours: Settings['workHours'],
  now: number,
): WeekTrend[] {
  return summarizeTrendFacts([trendFacts(records)], firstWeekStart, weeks, zone, workHours, now);
}

/**
 * {@link summarizeTrends} from the {@link TrendFacts} of the records (e.g. one per day, as history
 * keeps them), in any order; moments outside the weeks are ignored.
 */
export function summarizeTrendFacts(
  facts: readonly TrendFacts[],
  firstWeekStart: number,
  weeks: number,
  zone: string,
  workHours: Settings['workHours'],
  now: number,
): WeekTrend[] {
  const days = Array.from({ length: weeks * 7 + 1 }, (_, i) =>
    localMidnight(firstWeekStart, zone, i),
  );
  const end = days[weeks * 7] as number;
  const trends: WeekTrend[] = Array.from({ length: weeks }, (_, w) => ({
    weekStart: days[w * 7] as number,
    weekEnd: days[w * 7 + 7] as number,
    partial: (days[w * 7 + 7] as number) > now,
    pausesOffered: 0,
    pausesTaken: 0,
    pausesSkipped: 0,
    naturalBreaks: 0,
    activeMs: 0,
    afterHoursMs: 0,
    activeDays: 0,
    releaseDays: 0,
    cues: 0,
    cuesAnswered: 0,
    mineNow: 0,
    longestStretchMs: 0,
  }));
  const periods = workPeriodsBetween(firstWeekStart, end, zone, workHours);
  const periodStarts = periods.map((period) => period.start);
  const activeDay = new Uint8Array(weeks * 7);
  const releaseDay = new Uint8Array(weeks * 7);
  for (const { at, what, stretches } of facts) {
    for (let i = 0; i < stretches.length; i += 3) {
      const from = stretches[i] as number;
      if (from < firstWeekStart || from >= end) continue;
      const until = stretches[i + 1] as number;
      const activeMs = stretches[i + 2] as number;
      const day = lastAtOrBefore(days, from);
      const week = trends[Math.floor(day / 7)] as WeekTrend;
      const span = Math.max(1, until - from);
      const working = overlapWith(periods, periodStarts, from, until);
      week.activeMs += activeMs;
      week.longestStretchMs = Math.max(week.longestStretchMs, activeMs);
      week.afterHoursMs += Math.round((activeMs * (span - Math.min(span, working))) / span);
      activeDay[day] = 1;
    }
    for (let i = 0; i < at.length; i++) {
      const when = at[i] as number;
      if (when < firstWeekStart || when >= end) continue;
      const day = lastAtOrBefore(days, when);
      const week = trends[Math.floor(day / 7)] as WeekTrend;
      const moment = what[i] as TrendMoment;
      switch (moment) {
        case TrendMoment.pauseTaken:
          week.pausesTaken++;
          week.pausesOffered++;
          break;
        case TrendMoment.pauseSkipped:
          week.pausesSkipped++;
          week.pausesOffered++;
          break;
        case TrendMoment.pauseOffered:
          week.pausesOffered++;
          break;
        case TrendMoment.naturalBreak:
          week.naturalBreaks++;
          break;
        case TrendMoment.release:
          releaseDay[day] = 1;
          break;
        case TrendMoment.mineNow:
          week.mineNow++;
          week.cuesAnswered++;
          week.cues++;
          break;
        case TrendMoment.cueAnswered:
          week.cuesAnswered++;
          week.cues++;
          break;
        case TrendMoment.cue:
          week.cues++;
          break;
        default:
          assertNever(moment);
      }
    }
  }
  for (let day = 0; day < weeks * 7; day++) {
    const week = trends[Math.floor(day / 7)] as WeekTrend;
    week.activeDays += activeDay[day] as number;
    week.releaseDays += releaseDay[day] as number;
  }
  return trends;
}

/** The working periods that overlap [from, to), in order. */
function workPeriodsBetween(
  from: number,
  to: number,
  zone: string,
  workHours: Settings['workHours'],
): WorkPeriod[] {
  const periods: WorkPeriod[] = [];
  for (let t = from; t < to; ) {
    const period = workPeriodAt(t, zone, workHours);
    if (period.start >= to) break;
    periods.push(period);
    t = period.end;
  }
  return periods;
}

/** Milliseconds of [from, to) inside the sorted, disjoint `periods` (whose starts are `starts`). */
function overlapWith(
  periods: readonly WorkPeriod[],
  starts: readonly number[],
  from: number,
  to: number,
): number {
  let total = 0;
  // The first period that could overlap: the last one starting at or before `from`.
  let i = Math.max(0, lastAtOrBefore(starts, from));
  for (; i < periods.length; i++) {
    const period = periods[i] as WorkPeriod;
    if (period.start >= to) break;
    total += Math.max(0, Math.min(to, period.end) - Math.max(from, period.start));
  }
  return total;
}

/** Index of the last value ≤ `t` in ascending `values` (−1 if none). */
function lastAtOrBefore(values: readonly number[], t: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) <= t) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
