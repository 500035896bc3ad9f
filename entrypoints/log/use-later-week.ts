import { useEffect, useState } from 'preact/hooks';
import { type LaterItem, laterItemsOfWeek, laterList } from '../../core/later-list.ts';
import type { Settings } from '../../core/settings.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import type { History } from '../../db/history.ts';

/** How far before the week an item may have been set aside and still be followed into it. */
const LOOK_BACK_DAYS = 28;

/**
 * The Later list's items of the week starting `weekStart`: set aside in it, or done or let go in
 * it (an item set aside up to four weeks earlier is followed). Three indexed reads of one kind each.
 */
export function useLaterWeek(
  history: History | undefined,
  weekStart: number | undefined,
  zone: string,
  settings: Settings | undefined,
  version: number,
): LaterItem[] | undefined {
  const [items, setItems] = useState<{ weekStart: number; items: LaterItem[] }>();
  const handOn = settings?.laterList.handOn;
  const workHours = settings?.workHours;
  useEffect(() => {
    if (!history || weekStart === undefined || handOn === undefined || !workHours) return;
    const from = localMidnight(weekStart, zone, -LOOK_BACK_DAYS);
    const to = localMidnight(weekStart, zone, 7);
    let current = true;
    void Promise.all([
      history.recordsOfKindBetween('boundary-cue', from, to),
      history.recordsOfKindBetween('end-of-day', from, to),
      history.recordsOfKindBetween('later', from, to),
    ]).then(([cues, releases, actions]) => {
      if (!current) return;
      const all = laterList([...cues, ...releases, ...actions], {
        handOn,
        workHours,
        timeZone: zone,
      });
      setItems({ weekStart, items: laterItemsOfWeek(all, weekStart, to) });
    });
    return () => {
      current = false;
    };
  }, [history, weekStart, zone, handOn, workHours, version]);
  return items !== undefined && items.weekStart === weekStart ? items.items : undefined;
}
