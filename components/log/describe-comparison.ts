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
 */
export function describeComparison(summary: WeekSummary, now: number): string[] {
  const { comparison, previous, totals } = summary;
  if (!comparison || !previous) return [];
  const rest = (taken: number, breaks: number) =>
    `${plural(taken, 'pause', 'pauses')} taken and ${plural(breaks, 'natural break', 'natural breaks')}`;
  const thisWeek = rest(totals.pauses.taken, totals.naturalBreaks);
  const lastWeek = rest(previous.pauses.taken, previous.naturalBreaks);
  const lines: string[] = [];
  if (comparison.rest === 'more') {
    lines.push(`A little more rest than the week before: ${thisWeek}, against ${lastWeek}.`);
  } else if (comparison.rest === 'less') {
    lines.push(
      `A little less rest than the week before: ${thisWeek}, against ${lastWeek}. Weeks differ; a pause is there whenever you want one.`,
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
      `Screen time: ${formatDuration(totals.activeMs)}, ${formatDuration(Math.abs(change))} ${way} than the week before.`,
    );
  }
  if (summary.weekEnd > now && summary.weekStart <= now) {
    lines.push('This week is not over yet, so its numbers are still growing.');
  }
  return lines;
}
