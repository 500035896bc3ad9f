/*
 * Why this file is long: one week's summary (days, pauses, breaks, screen time, cue answers,
 * release notes) is one pass over the records.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ActivityRecord, InterludeRecord } from './records.ts';
import { localMidnight } from './week-start-of.ts';
import {
  type CueCounts,
  cueCounts,
  type DaySummary,
  emptyTotals,
  type PauseCounts,
  pauseCounts,
  type ReleaseNote,
  type WeekSummary,
  type WeekTotals,
} from './week-summary.ts';

/** The summary's parts, for the log's components (their home is week-summary.ts). */
export type { CueCounts, DaySummary, PauseCounts, ReleaseNote, WeekSummary, WeekTotals };

/**
 * The week starting at `weekStart` (epoch ms of a local midnight in `zone`) from the records: seven
 * local days, their pauses, breaks, screen time and longest stretch, cue answers and release notes.
 * Pass the previous week's records as well to get a gentle comparison; records outside those two
 * weeks are ignored. A stretch's screen time is shared among the days it spans. When `now` falls
 * inside the week, the week before counts only up to the same local weekday and time, so a week
 * under way is set against the same part of the week before (like with like).
 */
export function summarizeWeek(
  records: readonly InterludeRecord[],
  weekStart: number,
  zone: string,
  now?: number,
): WeekSummary {
  const bounds = Array.from({ length: 8 }, (_, i) => localMidnight(weekStart, zone, i));
  const prevStart = localMidnight(weekStart, zone, -7);
  const weekEnd = bounds[7] as number;
  const days: DaySummary[] = bounds.slice(0, 7).map((start, i) => ({
    date: format(new TZDate(start, zone), 'yyyy-MM-dd'),
    start,
    end: bounds[i + 1] as number,
    pauses: pauseCounts(),
    naturalBreaks: 0,
    naturalBreakMs: 0,
    activeMs: 0,
    longestStretchMs: 0,
    cues: cueCounts(),
  }));
  const comparedUntil = sameMomentWeekBefore(days, now, zone);
  const previousEnd = comparedUntil ?? weekStart;
  const previous = emptyTotals();
  let sawPrevious = false;
  const releases: ReleaseNote[] = [];
  for (const r of records) {
    if (r.at >= prevStart && r.at < weekStart) {
      sawPrevious = true;
      if (r.at >= previousEnd) continue;
      addToTotals(previous, r, r.kind === 'activity' ? activeBefore(r, previousEnd) : 0);
      continue;
    }
    const span = r.kind === 'activity' ? Math.max(1, r.until - r.at) : 0;
    for (const day of days) {
      if (r.kind === 'activity') {
        const overlap = Math.min(r.until, day.end) - Math.max(r.at, day.start);
        if (overlap > 0) day.activeMs += Math.round((r.activeMs * overlap) / span);
        if (r.at >= day.start && r.at < day.end) {
          day.longestStretchMs = Math.max(day.longestStretchMs, r.activeMs);
        }
      } else if (r.at >= day.start && r.at < day.end) {
        addToDay(day, r);
        if (r.kind === 'end-of-day' && (r.done || r.unfinished || r.putDown)) {
          releases.push({
            date: day.date,
            at: r.at,
            ...(r.done ? { done: r.done } : {}),
            ...(r.unfinished ? { unfinished: r.unfinished } : {}),
            ...(r.putDown ? { putDown: r.putDown } : {}),
          });
        }
      }
    }
  }
  releases.sort((a, b) => a.at - b.at);
  const totals = emptyTotals();
  for (const day of days) {
    for (const k of Object.keys(totals.pauses) as (keyof PauseCounts)[])
      totals.pauses[k] += day.pauses[k];
    for (const k of Object.keys(totals.cues) as (keyof CueCounts)[]) totals.cues[k] += day.cues[k];
    totals.naturalBreaks += day.naturalBreaks;
    totals.activeMs += day.activeMs;
    totals.longestStretchMs = Math.max(totals.longestStretchMs, day.longestStretchMs);
  }
  const summary: WeekSummary = { weekStart, weekEnd, zone, days, totals, releases };
  if (sawPrevious) {
    if (comparedUntil !== undefined) summary.comparedUntil = comparedUntil;
    const restNow = totals.pauses.taken + totals.naturalBreaks;
    const restThen = previous.pauses.taken + previous.naturalBreaks;
    summary.previous = previous;
    summary.comparison = {
      pausesTaken: totals.pauses.taken - previous.pauses.taken,
      naturalBreaks: totals.naturalBreaks - previous.naturalBreaks,
      activeMs: totals.activeMs - previous.activeMs,
      longestStretchMs: totals.longestStretchMs - previous.longestStretchMs,
      rest: restNow > restThen ? 'more' : restNow < restThen ? 'less' : 'same',
    };
  }
  return summary;
}

function addToDay(day: DaySummary, r: InterludeRecord): void {
  if (r.kind === 'transition-pause') {
    day.pauses.offered++;
    day.pauses[r.outcome]++;
  } else if (r.kind === 'natural-break') {
    day.naturalBreaks++;
    day.naturalBreakMs += Math.max(0, r.until - r.at);
  } else if (r.kind === 'boundary-cue') {
    day.cues[r.answer ?? 'unanswered']++;
  }
}

function addToTotals(totals: WeekTotals, r: InterludeRecord, activeMs: number): void {
  if (r.kind === 'transition-pause') {
    totals.pauses.offered++;
    totals.pauses[r.outcome]++;
  } else if (r.kind === 'natural-break') totals.naturalBreaks++;
  else if (r.kind === 'boundary-cue') totals.cues[r.answer ?? 'unanswered']++;
  else if (r.kind === 'activity') {
    totals.activeMs += activeMs;
    totals.longestStretchMs = Math.max(totals.longestStretchMs, activeMs);
  }
}

/**
 * The moment in the week before that matches `now` (same local weekday, same time since local
 * midnight), or undefined when `now` is not inside the week.
 */
function sameMomentWeekBefore(
  days: readonly DaySummary[],
  now: number | undefined,
  zone: string,
): number | undefined {
  if (now === undefined) return undefined;
  const today = days.find((day) => day.start <= now && now < day.end);
  if (!today) return undefined;
  return localMidnight(today.start, zone, -7) + (now - today.start);
}

/** A stretch's screen time before `end`, shared in proportion when the stretch runs past it. */
function activeBefore(r: ActivityRecord, end: number): number {
  if (r.until <= end) return r.activeMs;
  const span = Math.max(1, r.until - r.at);
  return Math.round((r.activeMs * Math.max(0, end - r.at)) / span);
}
