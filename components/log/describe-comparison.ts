import type { WeekSummary } from '../../core/summarize-week.ts';
import { formatDuration } from '../i18n/format.ts';
import { t, tn } from '../i18n/messages.ts';

const HALF_HOUR = 30 * 60_000;

/**
 * A gentle comparison with the week before, as a few plain sentences: more or less rest (pauses
 * taken and natural breaks), and screen time. Never a score. Empty when there is nothing to compare.
 * A week under way is set against the same part of the week before (`summary.comparedUntil`).
 */
export function describeComparison(summary: WeekSummary, now: number): string[] {
  const { comparison, previous, totals } = summary;
  if (!comparison || !previous) return [];
  const rest = (taken: number, breaks: number) =>
    t('compare_rest', tn('count_pauses_taken', taken), tn('count_natural_breaks', breaks));
  const thisWeek = rest(totals.pauses.taken, totals.naturalBreaks);
  const lastWeek = rest(previous.pauses.taken, previous.naturalBreaks);
  const soFar = summary.weekStart <= now && now < summary.weekEnd;
  const lines: string[] = [];
  if (summary.comparedUntil !== undefined) lines.push(t('compare_set_against'));
  if (comparison.rest === 'more') {
    lines.push(t(soFar ? 'compare_more_so_far' : 'compare_more', thisWeek, lastWeek));
  } else if (comparison.rest === 'less') {
    lines.push(t(soFar ? 'compare_less_so_far' : 'compare_less', thisWeek, lastWeek));
  } else {
    lines.push(t('compare_same', thisWeek));
  }
  const change = comparison.activeMs;
  const screen = formatDuration(totals.activeMs);
  if (Math.abs(change) < HALF_HOUR) {
    lines.push(t('compare_screen_same', screen));
  } else {
    const key =
      change > 0
        ? soFar
          ? 'compare_screen_more_so_far'
          : 'compare_screen_more'
        : soFar
          ? 'compare_screen_less_so_far'
          : 'compare_screen_less';
    lines.push(t(key, screen, formatDuration(Math.abs(change))));
  }
  return lines;
}
