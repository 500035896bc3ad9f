import type { WeekSummary } from '../../core/summarize-week.ts';

/** True when nothing at all was logged in the week (no pause, break, screen time, cue or note). */
export function isEmptyWeek(summary: WeekSummary): boolean {
  const { totals } = summary;
  const cues = Object.values(totals.cues).reduce((a, b) => a + b, 0);
  return (
    totals.pauses.offered === 0 &&
    totals.naturalBreaks === 0 &&
    totals.activeMs === 0 &&
    cues === 0 &&
    summary.releases.length === 0
  );
}
