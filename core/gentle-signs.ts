import type { WeekTrend } from './summarize-trends.ts';

/** A pattern in the person's own figures worth one plain sentence (the UI words it). */
export type GentleSign = 'after-hours-rising' | 'few-releases' | 'skips-outweigh-pauses';

/** One observation: which pattern, and for how many finished weeks in a row it has held. */
export interface Observation {
  sign: GentleSign;
  weeks: number;
}

/** A pattern is mentioned only once it has held this many finished weeks in a row. */
export const SIGN_MIN_WEEKS = 3;
/** At most this many observations at once: a nudge, never a report card. */
const MAX_OBSERVATIONS = 2;
const MINUTE = 60_000;

/** Whether a sign holds in a week, given the week before (if any). In the order they are offered. */
const HOLDS: Record<GentleSign, (week: WeekTrend, before: WeekTrend | undefined) => boolean> = {
  // Screen time after hours grew on the week before, and is more than a passing half hour.
  'after-hours-rising': (week, before) =>
    before !== undefined &&
    week.afterHoursMs > before.afterHoursMs &&
    week.afterHoursMs >= 30 * MINUTE,
  // Most working days of the week ended without a release.
  'few-releases': (week) => week.activeDays >= 3 && week.releaseDays * 2 < week.activeDays,
  // Far more pauses skipped than taken: the timing may be wrong, not the person.
  'skips-outweigh-pauses': (week) =>
    week.pausesSkipped >= 6 && week.pausesSkipped >= 3 * week.pausesTaken,
};

/**
 * At most two plain observations from the finished weeks of `trends` (oldest first): patterns that
 * have held for {@link SIGN_MIN_WEEKS} weeks in a row up to the last finished week. `releaseOn`
 * false (the person turned the release off) leaves out what releases would say.
 */
export function gentleSigns(trends: readonly WeekTrend[], releaseOn: boolean): Observation[] {
  const finished = trends.filter((week) => !week.partial);
  const observations: Observation[] = [];
  for (const sign of Object.keys(HOLDS) as GentleSign[]) {
    if (sign === 'few-releases' && !releaseOn) continue;
    let weeks = 0;
    for (let i = finished.length - 1; i >= 0; i--) {
      if (!HOLDS[sign](finished[i] as WeekTrend, finished[i - 1])) break;
      weeks++;
    }
    if (weeks >= SIGN_MIN_WEEKS) observations.push({ sign, weeks });
  }
  return observations.slice(0, MAX_OBSERVATIONS);
}
