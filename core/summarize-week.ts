import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { InterludeRecord } from './records.ts';
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

export type { CueCounts, DaySummary, PauseCounts, ReleaseNote, WeekSummary, WeekTotals };

/**
 * The week starting at `weekStart` (epoch ms of a local midnight in `zone`) from the records: seven
 * local days, their pauses, breaks, screen time and longest stretch, cue answers and release notes.
 * Pass the previous week's records as well to get a gentle comparison; records outside those two
 * weeks are ignored. A stretch's screen time is shared among the days it spans.
 */
export function summarizeWeek(
  records: readonly InterludeRecord[],
  weekStart: number,
  zone: string,
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
  const previous = emptyTotals();
  let sawPrevious = false;
  const releases: ReleaseNote[] = [];
  for (const r of records) {
    if (r.at >= prevStart && r.at < weekStart) {
      sawPrevious = true;
      addToTotals(previous, r, r.kind === 'activity' ? r.activeMs : 0);
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
