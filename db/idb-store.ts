/*
 * Why this file is long: it is the one IndexedDB layout (day buckets, their counts and their trend
 * facts) with every read and write over it, which must stay together to stay consistent.
 */
import { unwrap } from 'idb';
import type { InterludeRecord, RecordKind } from '../core/records.ts';
import type { Connection } from './connection.ts';
import { byDay, dayBucket, dayOf, runsOfDays } from './day-bucket.ts';
import type { AddResult, HistoryStore, RecordOfKind } from './history-store.ts';
import {
  type DayBucket,
  dayTrendsOf,
  ENGINE_STATE_KEY,
  type HistoryMeta,
  META_KEY,
} from './schema.ts';
import { transact } from './transact.ts';

/**
 * Records deleted per transaction by `pruneBefore` (whole days, at least one), so a year-long
 * prune never holds one huge transaction.
 */
export const PRUNE_CHUNK = 10_000;

/**
 * Records written per transaction by `addRecords` (whole days), so a year's import leaves room
 * between its transactions for the log page's own reads.
 */
export const ADD_CHUNK = 20_000;

/** How many of the newest days `noteOnCue` looks through for the cue it names. */
const NOTE_DAYS = 7;

/** Days read per transaction while paging through everything. */
const PAGE_DAYS = 8;

/** The stores that hold a day: its bucket, and what is written with it. A write to one writes all. */
const DAY_STORES = ['days', 'day-counts', 'day-trends'] as const;
/** The stores "erase everything" and a step write: the days, and the engine state. */
const ALL_STORES = [...DAY_STORES, 'engine'] as const;

/** The IndexedDB backend: every operation on `connection`, each write in one transaction. */
export function idbStore(connection: Connection): HistoryStore {
  const { use } = connection;
  /** The records with `from <= at < to` (and of `kind`, if given), from the days they fall in. */
  const between = (from: number, to: number, kind?: RecordKind) =>
    !(from < to)
      ? Promise.resolve([])
      : use((db) => {
          const tx = db.transaction('days');
          const range = IDBKeyRange.bound(dayOf(from), dayOf(to));
          return transact(tx, async () =>
            (await tx.store.getAll(range)).flatMap((bucket) =>
              bucket.records.filter(
                (r) => r.at >= from && r.at < to && (kind === undefined || r.kind === kind),
              ),
            ),
          );
        });
  return {
    commitStep: (state, records) =>
      use((db) => {
        const tx = db.transaction(ALL_STORES, 'readwrite');
        return writing(tx, unwrap(tx), (raw, failure) => {
          raw.objectStore('engine').put(state, ENGINE_STATE_KEY);
          return addToDays(raw, byDay(records), failure);
        });
      }),
    async addRecords(records, onProgress) {
      // Every record is checked before anything is written.
      const runs = runsOfDays(byDay(records), ADD_CHUNK);
      const written = new Map<number, string[]>();
      let done = 0;
      try {
        for (const run of runs) {
          const added = new Map<number, string[]>();
          await use((db) => {
            const tx = db.transaction(DAY_STORES, 'readwrite');
            return writing(tx, unwrap(tx), (raw, failure) =>
              addToDays(raw, run, failure, (day, ids, handled) => {
                added.set(day, ids);
                done += handled;
                onProgress?.(done);
              }),
            );
          });
          // Only what a committed transaction wrote needs taking out again.
          for (const [day, ids] of added) written.set(day, ids);
        }
      } catch (error) {
        await use((db) => {
          const tx = db.transaction(DAY_STORES, 'readwrite');
          return transact(tx, () => takeOut(unwrap(tx), written));
        }).catch(() => undefined);
        throw error;
      }
      const added = [...written.values()].reduce((sum, ids) => sum + ids.length, 0);
      return { added, skipped: records.length - added };
    },
    noteOnCue: (id, note) =>
      use((db) => {
        // A note changes no count and no trend fact: only the bucket is written.
        const tx = db.transaction('days', 'readwrite');
        return transact(tx, async () => {
          // A note follows its answer within minutes: the cue is in one of the newest days.
          let cursor = await tx.store.openCursor(null, 'prev');
          for (let days = 0; cursor && days < NOTE_DAYS; days++) {
            const { records } = cursor.value;
            const at = records.findIndex((r) => r.id === id);
            const record = records[at];
            if (record) {
              if (record.kind !== 'boundary-cue') return false;
              records[at] = { ...record, note };
              await cursor.update(cursor.value);
              return true;
            }
            cursor = await cursor.continue();
          }
          return false;
        });
      }),
    loadEngineState: () =>
      use((db) => {
        const tx = db.transaction('engine');
        return transact(tx, () => tx.store.get(ENGINE_STATE_KEY));
      }),
    loadMeta: () =>
      use((db) => {
        const tx = db.transaction('engine');
        return transact(tx, async () => ((await tx.store.get(META_KEY)) ?? {}) as HistoryMeta);
      }),
    saveMeta: (meta) =>
      use(async (db) => {
        const tx = db.transaction('engine', 'readwrite');
        await transact(tx, () => tx.store.put(meta, META_KEY));
      }),
    recordsBetween: (from, to) => between(from, to),
    trendFactsBetween: (from, to) =>
      !(from < to)
        ? Promise.resolve([])
        : use((db) => {
            const tx = db.transaction('day-trends');
            const range = IDBKeyRange.bound(dayOf(from), dayOf(to));
            return transact(tx, () => tx.store.getAll(range));
          }),
    recordsOfKindBetween: <K extends RecordKind>(kind: K, from: number, to: number) =>
      between(from, to, kind) as Promise<RecordOfKind<K>[]>,
    async *pages(pageSize) {
      let after: number | undefined;
      let page: InterludeRecord[] = [];
      for (;;) {
        const from = after;
        const buckets = await use((db) => {
          const tx = db.transaction('days');
          const range = from === undefined ? undefined : IDBKeyRange.lowerBound(from, true);
          return transact(tx, () => tx.store.getAll(range, PAGE_DAYS));
        });
        // A page ends on a day boundary, so records sharing a time are never split.
        for (const bucket of buckets) {
          page.push(...bucket.records);
          if (page.length >= pageSize) {
            yield page;
            page = [];
          }
        }
        after = buckets.at(-1)?.day;
        if (buckets.length < PAGE_DAYS) break;
      }
      if (page.length > 0) yield page;
    },
    count: () =>
      use((db) => {
        const tx = db.transaction('day-counts');
        return transact(tx, async () => (await tx.store.getAll()).reduce((a, b) => a + b, 0));
      }),
    existingIds: (records) =>
      use((db) => {
        const tx = db.transaction('days');
        const store = unwrap(tx.store);
        const kept = new Set<string>();
        return transact(tx, () => {
          for (const [day, incoming] of byDay(records)) {
            const request = store.get(day);
            request.onsuccess = () => {
              const ids = new Set((request.result as DayBucket | undefined)?.records.map(idOf));
              for (const { id } of incoming) if (ids.has(id)) kept.add(id);
            };
          }
        }).then(() => kept);
      }),
    deleteEverything: () =>
      use(async (db) => {
        const tx = db.transaction(ALL_STORES, 'readwrite');
        await transact(tx, () => {
          for (const name of ALL_STORES) unwrap(tx.objectStore(name)).clear();
        });
      }),
    pruneBefore: (epochMs) =>
      use(async (db) => {
        const lastWholeDay = dayOf(epochMs) - 1;
        let deleted = 0;
        // Whole days before the cutoff's day, about PRUNE_CHUNK records per transaction.
        for (;;) {
          const tx = db.transaction(DAY_STORES, 'readwrite');
          const went = await transact(tx, async () => {
            const counts = tx.objectStore('day-counts');
            const older = IDBKeyRange.upperBound(lastWholeDay);
            const [days, sizes] = await Promise.all([
              counts.getAllKeys(older, PAGE_DAYS * 50),
              counts.getAll(older, PAGE_DAYS * 50),
            ]);
            let taken = 0;
            let last: number | undefined;
            for (const [i, day] of days.entries()) {
              if (last !== undefined && taken + (sizes[i] ?? 0) > PRUNE_CHUNK) break;
              taken += sizes[i] ?? 0;
              last = day;
            }
            if (last === undefined) return undefined;
            const range = IDBKeyRange.bound(days[0], last);
            for (const name of DAY_STORES) unwrap(tx.objectStore(name)).delete(range);
            return taken;
          });
          if (went === undefined) break;
          deleted += went;
        }
        // The cutoff's own day keeps what is at or after the cutoff.
        const tx = db.transaction(DAY_STORES, 'readwrite');
        return transact(tx, async () => {
          const bucket = await tx.objectStore('days').get(lastWholeDay + 1);
          if (!bucket) return deleted;
          const kept = bucket.records.filter((r) => r.at >= epochMs);
          if (kept.length === bucket.records.length) return deleted;
          writeBucket(unwrap(tx), { day: bucket.day, records: kept });
          return deleted + bucket.records.length - kept.length;
        });
      }),
  };
}

const idOf = (record: InterludeRecord) => record.id;

/** Puts a day's bucket, its count and its trend facts, or deletes all three when the day is left empty. */
function writeBucket(raw: IDBTransaction, bucket: DayBucket): IDBRequest {
  const days = raw.objectStore('days');
  const counts = raw.objectStore('day-counts');
  const trends = raw.objectStore('day-trends');
  if (bucket.records.length > 0) {
    counts.put(bucket.records.length, bucket.day);
    trends.put(dayTrendsOf(bucket));
    return days.put(bucket);
  }
  counts.delete(bucket.day);
  trends.delete(bucket.day);
  return days.delete(bucket.day);
}

type Counting = { total: number; skipped: number };
type Failure = { error?: unknown };

/**
 * Runs a write whose requests finish in callbacks: an exception thrown in one of them (a put
 * refused for quota, say) aborts the transaction and is what the write rejects with, rather than
 * the browser's plain "AbortError".
 */
async function writing(
  tx: Parameters<typeof transact>[0],
  raw: IDBTransaction,
  body: (raw: IDBTransaction, failure: Failure) => Counting,
): Promise<AddResult> {
  const failure: Failure = {};
  try {
    const { total, skipped } = await transact(tx, () => body(raw, failure));
    return { added: total - skipped, skipped };
  } catch (error) {
    throw failure.error ?? error;
  }
}

// One read per day; each day's bucket is merged and written back in that read's callback, so every
// request is queued without awaiting and the transaction stays one. A record whose id the day
// already keeps (or that repeats one before it) is skipped. `onDay` hears of each day once written.
function addToDays(
  raw: IDBTransaction,
  days: Iterable<[number, InterludeRecord[]]>,
  failure: Failure,
  onDay?: (day: number, added: string[], handled: number) => void,
): Counting {
  const counting = { total: 0, skipped: 0 };
  const store = raw.objectStore('days');
  for (const [day, incoming] of days) {
    counting.total += incoming.length;
    const read = store.get(day);
    read.onsuccess = () => {
      try {
        const kept = (read.result as DayBucket | undefined)?.records ?? [];
        const { value, added } = dayBucket(day, kept, incoming);
        counting.skipped += incoming.length - added.length;
        const report = () => onDay?.(day, added, incoming.length);
        if (added.length === 0) return report();
        writeBucket(raw, value).onsuccess = report;
      } catch (error) {
        failure.error ??= error;
        try {
          raw.abort();
        } catch {
          // Already aborting: the error above is what the write reports.
        }
      }
    };
  }
  return counting;
}

/** Takes the records an unfinished import had added (ids by day) out of their days again. */
function takeOut(raw: IDBTransaction, added: ReadonlyMap<number, readonly string[]>) {
  const store = raw.objectStore('days');
  for (const [day, ids] of added) {
    if (ids.length === 0) continue;
    const read = store.get(day);
    read.onsuccess = () => {
      const bucket = read.result as DayBucket | undefined;
      if (!bucket) return;
      const gone = new Set(ids);
      writeBucket(raw, { day, records: bucket.records.filter((r) => !gone.has(r.id)) });
    };
  }
}
