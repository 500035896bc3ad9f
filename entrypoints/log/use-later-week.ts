import { useEffect, useState } from 'preact/hooks';
import { type LaterItem, laterItemsOfWeek, laterList } from '../../core/later-list.ts';
import type { Settings } from '../../core/settings.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import type { History } from '../../db/history.ts';

/** How far before the week an item may have been set aside and still be followed into it. */
const LOOK_BACK_DAYS = 28;

/**
 * The Later list's items of the week starting `weekStart`: set aside in it, or done or let go in
 * it (an item set aside up to four weeks earlier is followed). One read of those five weeks, which the
 * caller starts only once the week itself is on screen, so it never slows the week down.
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
    void history.recordsBetween(from, to).then((records) => {
      if (!current) return;
      const all = laterList(records, {
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
