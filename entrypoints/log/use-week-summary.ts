import { useEffect, useRef, useState } from 'preact/hooks';
import type { InterludeRecord } from '../../core/records.ts';
import { summarizeWeek, type WeekSummary } from '../../core/summarize-week.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import type { History } from '../../db/history.ts';

/** A week's summary, and whether the comparison with the week before is in it yet. */
export interface WeekView {
  summary: WeekSummary | undefined;
  comparing: boolean;
}

const KEPT_WEEKS = 4;

/**
 * Reads one week through the time index and summarises it; then reads the week before for the
 * gentle comparison. Weeks read are kept for a moment (until `version` changes), so going back a
 * week shows at once what was just read for the comparison. Never reads more than two weeks.
 */
export function useWeekSummary(
  history: History | undefined,
  weekStart: number | undefined,
  zone: string,
  version: number,
): WeekView {
  const weeks = useRef({ version, records: new Map<string, Promise<InterludeRecord[]>>() });
  const [view, setView] = useState<WeekView>({ summary: undefined, comparing: false });
  if (weeks.current.version !== version) weeks.current = { version, records: new Map() };

  useEffect(() => {
    if (!history || weekStart === undefined) return;
    const { records: kept } = weeks.current;
    const week = (start: number) => {
      const key = `${zone} ${start}`;
      let records = kept.get(key);
      if (!records) {
        records = history.recordsBetween(start, localMidnight(start, zone, 7));
        kept.set(key, records);
        for (const old of kept.keys()) if (kept.size > KEPT_WEEKS) kept.delete(old);
      }
      return records;
    };
    let current = true;
    void week(weekStart).then(async (records) => {
      if (!current) return;
      // The week first, so it is on screen as soon as it is read; the comparison follows.
      setView({ summary: summarizeWeek(records, weekStart, zone, Date.now()), comparing: true });
      const before = await week(localMidnight(weekStart, zone, -7));
      if (current) {
        setView({
          summary: summarizeWeek([...before, ...records], weekStart, zone, Date.now()),
          comparing: false,
        });
      }
    });
    return () => {
      current = false;
    };
  }, [history, weekStart, zone, version]);
  return view;
}
