import type { InterludeRecord } from '../core/records.ts';
import { byTime } from './memory-store.ts';
import type { DayBucket } from './schema.ts';

const DAY_MS = 86_400_000;

/** The UTC day a time falls in: the key of its {@link DayBucket}. */
export const dayOf = (at: number): number => Math.floor(at / DAY_MS);

/**
 * Groups records by {@link dayOf}, in the order the days first appear. Refuses (a `DataError`, as
 * IndexedDB would for a bad key) a record whose id is not a string or whose time is not a number,
 * before anything is written.
 */
export function byDay(records: readonly InterludeRecord[]): Map<number, InterludeRecord[]> {
  const days = new Map<number, InterludeRecord[]>();
  for (const record of records) {
    if (typeof record.id !== 'string' || !Number.isFinite(record.at))
      throw new DOMException('A record needs a string id and a finite time.', 'DataError');
    const day = dayOf(record.at);
    const list = days.get(day);
    if (list) list.push(record);
    else days.set(day, [record]);
  }
  return days;
}

/**
 * The bucket for `day` once `incoming` is added to what it `kept`: records whose id is already
 * there (or earlier in `incoming`) are skipped; the rest are merged in time order, and their ids
 * listed in `added`.
 */
export function dayBucket(
  day: number,
  kept: readonly InterludeRecord[],
  incoming: readonly InterludeRecord[],
): { value: DayBucket; added: string[] } {
  const ids = new Set(kept.map((record) => record.id));
  const records = [...kept];
  const added: string[] = [];
  for (const record of incoming) {
    if (ids.has(record.id)) continue;
    ids.add(record.id);
    records.push(record);
    added.push(record.id);
  }
  if (added.length > 0) records.sort(byTime);
  return { value: { day, records }, added };
}

/**
 * Splits days into runs of about `size` records (whole days, at least one per run), so a long
 * import can be written in several transactions.
 */
export function runsOfDays<T>(days: Iterable<[number, T[]]>, size: number): [number, T[]][][] {
  const runs: [number, T[]][][] = [];
  let run: [number, T[]][] = [];
  let count = 0;
  for (const entry of days) {
    if (run.length > 0 && count + entry[1].length > size) {
      runs.push(run);
      run = [];
      count = 0;
    }
    run.push(entry);
    count += entry[1].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
