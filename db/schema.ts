/*
 * Why this file is long: it is the one description of the IndexedDB layout, with every migration
 * that ever reached it, which must be read together to know what a database of any version holds.
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
  unwrap,
} from 'idb';
import type { InterludeRecord, RecordKind } from '../core/records.ts';
import { type TrendFacts, trendFacts } from '../core/trend-facts.ts';
import { byDay, dayBucket } from './day-bucket.ts';

/**
 * The one place that knows Interlude's IndexedDB layout. Every schema change is a new version with
 * a small migration below, and a fixture in tests/db/schema-fixtures.ts proving it keeps every record.
 */

/** Key in the `engine` store under which the serialised engine state lives. */
export const ENGINE_STATE_KEY = 'state';
/** Key in the `engine` store under which {@link HistoryMeta} lives. */
export const META_KEY = 'meta';

/** Bookkeeping the history layer keeps beside the engine state. */
export interface HistoryMeta {
  /** Epoch ms of the last retention run. */
  lastRetentionRun?: number;
}

/**
 * One UTC day of records (`day` = floor(at / 86,400,000)), ascending by `at`, then `id`. A day is
 * one value, so a year is about 365 writes and a week about 8 reads, not a quarter of a million.
 */
export interface DayBucket {
  day: number;
  records: InterludeRecord[];
}

/** What the trends view needs of one {@link DayBucket}: the {@link TrendFacts} of its records. */
export interface DayTrends extends TrendFacts {
  day: number;
}

/** The {@link DayTrends} of `bucket`, written beside it whenever it is. */
export const dayTrendsOf = (bucket: DayBucket): DayTrends => ({
  day: bucket.day,
  ...trendFacts(bucket.records),
});

/** The typed shape of the database, for `idb`. */
export interface InterludeDB extends DBSchema {
  /** Version 1's layout, one value per record; the upgrade to version 2 moves them into `days`. */
  records: {
    key: string;
    value: InterludeRecord;
    indexes: { 'by-at': number; 'by-kind-at': [RecordKind, number] };
  };
  /** Since version 2: every record, one {@link DayBucket} per UTC day that has any. */
  days: {
    key: number;
    value: DayBucket;
  };
  /** Since version 2: how many records each day's bucket holds, written with it (count, retention). */
  'day-counts': {
    key: number;
    value: number;
  };
  /**
   * Since version 3: the trends view's facts of each day's bucket, written with it, so twelve
   * weeks are read without decoding their records.
   */
  'day-trends': {
    key: number;
    value: DayTrends;
  };
  engine: {
    key: typeof ENGINE_STATE_KEY | typeof META_KEY;
    value: unknown;
  };
}

/** The connection type every module in `db/` works with. */
export type HistoryDatabase = IDBPDatabase<InterludeDB>;
/** The upgrade transaction a migration receives. */
export type UpgradeTransaction = IDBPTransaction<
  InterludeDB,
  StoreNames<InterludeDB>[],
  'versionchange'
>;

/**
 * Upgrades the database from `version - 1` to `version`. It may issue requests on `tx` (e.g. walk
 * a cursor to rewrite records), and must never drop a record.
 */
export type Migration = (db: HistoryDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** A database name, its current version and the migration that reaches each version. */
export interface SchemaPlan {
  name: string;
  version: number;
  /** `migrations[v]` upgrades from `v - 1` to `v`; `migrations[1]` creates the database. */
  migrations: Readonly<Record<number, Migration>>;
}

const createVersion1: Migration = (db) => {
  const records = db.createObjectStore('records', { keyPath: 'id' });
  records.createIndex('by-at', 'at');
  records.createIndex('by-kind-at', ['kind', 'at']);
  db.createObjectStore('engine');
};

/**
 * Version 2: records move from one value each into one bucket per day (and a count per day), in
 * the upgrade transaction itself, so the upgrade either moves every record or leaves version 1 as it was.
 */
const dayBuckets: Migration = async (db, tx) => {
  const days = db.createObjectStore('days', { keyPath: 'day' });
  const counts = db.createObjectStore('day-counts');
  const old = unwrap(tx.objectStore('records')).getAll();
  const records = await new Promise<InterludeRecord[]>((resolve, reject) => {
    old.onsuccess = () => resolve(old.result);
    old.onerror = () => reject(old.error);
  });
  for (const [day, kept] of byDay(records)) {
    const bucket = dayBucket(day, [], kept);
    unwrap(days).put(bucket.value);
    unwrap(counts).put(bucket.value.records.length, day);
  }
  db.deleteObjectStore('records');
};

/**
 * Version 3: beside each day's bucket, its {@link DayTrends}, worked out from the bucket in the
 * upgrade transaction (one day at a time, with a cursor).
 */
const dayTrends: Migration = (db, tx) => {
  const trends = unwrap(db.createObjectStore('day-trends', { keyPath: 'day' }));
  const walk = unwrap(tx.objectStore('days')).openCursor();
  return new Promise<void>((resolve, reject) => {
    walk.onsuccess = () => {
      const cursor = walk.result;
      if (!cursor) return resolve();
      trends.put(dayTrendsOf(cursor.value as DayBucket));
      cursor.continue();
    };
    walk.onerror = () => reject(walk.error);
  });
};

/** Interlude's schema: database `interlude`, and every migration from nothing to the current version. */
export const SCHEMA: SchemaPlan = {
  name: 'interlude',
  version: 3,
  migrations: { 1: createVersion1, 2: dayBuckets, 3: dayTrends },
};

/**
 * Runs the migrations after `oldVersion` up to `newVersion`, in order, inside the upgrade
 * transaction. Throws (which aborts the upgrade and keeps the old database) if one is missing.
 */
export function upgradeSchema(
  plan: SchemaPlan,
  db: HistoryDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> | undefined {
  let pending: Promise<void> | undefined;
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const migration = plan.migrations[version];
    if (!migration) throw new Error(`No migration to schema version ${version}`);
    // Synchronous migrations run right away; after an asynchronous one, the rest wait for it.
    if (pending) pending = pending.then(() => migration(db, tx));
    else pending = migration(db, tx) ?? undefined;
  }
  return pending;
}
