import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings.ts';
import { summarizeTrendFacts, TREND_WEEKS, type WeekTrend } from '../../core/summarize-trends.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import type { History } from '../../db/history.ts';

/**
 * The last {@link TREND_WEEKS} weeks up to the one starting at `thisWeek`, summarised from the
 * trend facts history keeps per day (one range read, no records decoded); undefined while
 * reading, or while `history` is.
 */
export function useTrends(
  history: History | undefined,
  thisWeek: number | undefined,
  zone: string,
  workHours: Settings['workHours'] | undefined,
  version: number,
): WeekTrend[] | undefined {
  const [trends, setTrends] = useState<WeekTrend[]>();
  useEffect(() => {
    if (!history || thisWeek === undefined || !workHours) return;
    const first = localMidnight(thisWeek, zone, -7 * (TREND_WEEKS - 1));
    let current = true;
    void history.trendFactsBetween(first, localMidnight(thisWeek, zone, 7)).then((facts) => {
      if (current)
        setTrends(summarizeTrendFacts(facts, first, TREND_WEEKS, zone, workHours, Date.now()));
    });
    return () => {
      current = false;
    };
  }, [history, thisWeek, zone, workHours, version]);
  return trends;
}
