import type { WeekSummary } from '../../core/summarize-week.ts';
import { formatDuration } from './format-duration.ts';

const HALF_HOUR = 30 * 60_000;

/** "1 pause", "3 pauses". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A gentle comparison with the week before, as a few plain sentences: more or less rest (pauses
 * taken and natural breaks), and screen time. Never a score. Empty when there is nothing to compare.
 * A week under way is set against the same part of the week before (`summary.comparedUntil`).
 */
export function describeComparison(summary: WeekSummary, now: number): string[] {
  const { comparison, previous, totals } = summary;
  if (!comparison || !previous) return [];
  const rest = (taken: number, breaks: number) =>
    `${plural(taken, 'pause', 'pauses')} taken and ${plural(breaks, 'natural break', 'natural breaks')}`;
  const thisWeek = rest(totals.pauses.taken, totals.naturalBreaks);
  const lastWeek = rest(previous.pauses.taken, previous.naturalBreaks);
  const underWay = summary.weekStart <= now && now < summary.weekEnd;
  const soFar = underWay ? ' so far' : '';
  const lines: string[] = [];
  if (summary.comparedUntil !== undefined) {
    lines.push(
      'This week is still under way, so it is set against the week before up to the same day and hour.',
    );
  }
  if (comparison.rest === 'more') {
    lines.push(
      `A little more rest than the week before${soFar}: ${thisWeek}, against ${lastWeek}.`,
    );
  } else if (comparison.rest === 'less') {
    lines.push(
      `Less rest than the week before${soFar}: ${thisWeek}, against ${lastWeek}. Weeks differ; a pause is there whenever you want one.`,
    );
  } else {
    lines.push(`About as much rest as the week before: ${thisWeek}.`);
  }
  const change = comparison.activeMs;
  if (Math.abs(change) < HALF_HOUR) {
    lines.push(`Screen time was about the same (${formatDuration(totals.activeMs)}).`);
  } else {
    const way = change > 0 ? 'more' : 'less';
    lines.push(
      `Screen time${soFar}: ${formatDuration(totals.activeMs)}, ${formatDuration(Math.abs(change))} ${way} than the week before.`,
    );
  }
  return lines;
}
