import { expect } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import {
  summarizeTrendFacts,
  summarizeTrends,
  type WeekTrend,
} from '../../core/summarize-trends.ts';
import { trendFacts } from '../../core/trend-facts.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import type { History } from '../../db/history.ts';
import { openHistory } from '../../db/open-history.ts';
import type { SchemaPlan } from '../../db/schema.ts';
import { activityRecords, collect, recordsOfEveryKind } from './sample-records.ts';

/**
 * A database exactly as a past release left it, built with raw IndexedDB (not with db/schema.ts,
 * which moves on). When the schema gets version N, add fixture N here; never edit a past one.
 */
export type SchemaFixture = (
  factory: IDBFactory,
  name: string,
  records: readonly InterludeRecord[],
  state: unknown,
) => Promise<void>;

/** One fixture per schema version that ever shipped. */
export const SCHEMA_FIXTURES: Readonly<Record<number, SchemaFixture>> = {
  1: async (factory, name, records, state) => {
    const db = await rawOpen(factory, name, 1, (created) => {
      const store = created.createObjectStore('records', { keyPath: 'id' });
      store.createIndex('by-at', 'at');
      store.createIndex('by-kind-at', ['kind', 'at']);
      created.createObjectStore('engine');
    });
    const tx = db.transaction(['records', 'engine'], 'readwrite');
    for (const record of records) tx.objectStore('records').put(record);
    tx.objectStore('engine').put(state, 'state');
    await completion(tx);
    db.close();
  },
  2: (factory, name, records, state) => dayBuckets(factory, name, 2, records, state),
  3: (factory, name, records, state) => dayBuckets(factory, name, 3, records, state),
};

/**
 * Versions 2 and 3: records in one bucket per UTC day with its count and, from version 3, the
 * day's trend facts (as core/trend-facts.ts works them out).
 */
async function dayBuckets(
  factory: IDBFactory,
  name: string,
  version: 2 | 3,
  records: readonly InterludeRecord[],
  state: unknown,
): Promise<void> {
  const stores = version === 2 ? ['days', 'day-counts'] : ['days', 'day-counts', 'day-trends'];
  const db = await rawOpen(factory, name, version, (created) => {
    created.createObjectStore('days', { keyPath: 'day' });
    created.createObjectStore('day-counts');
    if (version === 3) created.createObjectStore('day-trends', { keyPath: 'day' });
    created.createObjectStore('engine');
  });
  const days = new Map<number, InterludeRecord[]>();
  for (const record of records) {
    const day = Math.floor(record.at / 86_400_000);
    days.set(day, [...(days.get(day) ?? []), record]);
  }
  const tx = db.transaction([...stores, 'engine'], 'readwrite');
  for (const [day, list] of days) {
    list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    tx.objectStore('days').put({ day, records: list });
    tx.objectStore('day-counts').put(list.length, day);
    if (version === 3) tx.objectStore('day-trends').put({ day, ...trendFacts(list) });
  }
  tx.objectStore('engine').put(state, 'state');
  await completion(tx);
  db.close();
}

/** Opens `name` at `version` with raw IndexedDB, running `upgrade` if it is created or upgraded. */
export function rawOpen(
  factory: IDBFactory,
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void = () => {},
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when `tx` commits, rejects if it aborts. */
export function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Every record in `name`, read with raw IndexedDB at `version`: from the day buckets (version 2
 * on), or from the `records` store (version 1, or a database made without them).
 */
export async function rawRecords(factory: IDBFactory, name: string, version: number) {
  const db = await rawOpen(factory, name, version);
  const store = db.objectStoreNames.contains('days') ? 'days' : 'records';
  const request = db.transaction(store).objectStore(store).getAll();
  const values = await new Promise<unknown[]>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return store === 'days'
    ? (values as { records: InterludeRecord[] }[]).flatMap((day) => day.records)
    : (values as InterludeRecord[]);
}

/** The values of every store of `name` (at `version`) but the engine's, read with raw IndexedDB. */
async function rawStores(factory: IDBFactory, name: string, version: number) {
  const db = await rawOpen(factory, name, version);
  const stores = [...db.objectStoreNames].filter((store) => store !== 'engine');
  const tx = db.transaction(stores);
  const read = (store: string) =>
    new Promise<[string, unknown[]]>((resolve, reject) => {
      const request = tx.objectStore(store).getAll();
      request.onsuccess = () => resolve([store, request.result]);
      request.onerror = () => reject(request.error);
    });
  const values = new Map(await Promise.all(stores.map(read)));
  db.close();
  return values;
}

/**
 * Checks that every day's bucket (at the schema's current `version`) lies beside its count and
 * its trend facts, worked out afresh from its records, and that no count or facts outlive their day.
 */
export async function expectDaysConsistent(
  factory: IDBFactory,
  plan: Pick<SchemaPlan, 'name' | 'version'>,
): Promise<void> {
  const stores = await rawStores(factory, plan.name, plan.version);
  const days = (stores.get('days') ?? []) as { day: number; records: InterludeRecord[] }[];
  expect(stores.get('day-counts')).toEqual(days.map((bucket) => bucket.records.length));
  expect(stores.get('day-trends')).toEqual(
    days.map((bucket) => ({ day: bucket.day, ...trendFacts(bucket.records) })),
  );
}

/**
 * Checks that `weeks` weeks of trends from `first` (a local midnight in `zone`), read from the
 * trend facts `history` keeps, are what they are from `records` themselves; resolves to them.
 */
export async function expectTrendsAsFromRecords(
  history: History,
  records: readonly InterludeRecord[],
  first: number,
  weeks: number,
  zone: string,
): Promise<WeekTrend[]> {
  const workHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' };
  const end = localMidnight(first, zone, weeks * 7);
  const facts = await history.trendFactsBetween(first, end);
  const trends = summarizeTrendFacts(facts, first, weeks, zone, workHours, end);
  expect(trends).toEqual(summarizeTrends(records, first, weeks, zone, workHours, end));
  return trends;
}

/**
 * The upgrade harness: builds the `fromVersion` fixture with records of every kind (and records
 * sharing timestamps), opens it through the history module with `plan`, and checks that every
 * record and the engine state survived and are found through every index.
 */
export async function expectEveryRecordKept(
  factory: IDBFactory,
  plan: SchemaPlan,
  fromVersion: number,
): Promise<void> {
  const fixture = SCHEMA_FIXTURES[fromVersion];
  if (!fixture) throw new Error(`No fixture for schema version ${fromVersion}`);
  const start = Date.UTC(2025, 2, 30, 0, 30);
  const records = [
    ...recordsOfEveryKind(start),
    ...activityRecords(40, start, 30_000).map((r, i) => ({ ...r, at: start + Math.floor(i / 3) })),
  ];
  const state = { phase: 'watching', stretchStart: start, promptsToday: 3 };
  await fixture(factory, plan.name, records, state);

  const history = await openHistory({ factory, schema: plan });
  expect(history.status()).toEqual({ persistent: true });
  const expected = [...records].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  expect(await collect(history.allRecords(7))).toEqual(expected);
  expect(await history.recordsBetween(start, start + 86_400_000)).toEqual(expected);
  expect(await history.count()).toBe(records.length);
  for (const kind of new Set(records.map((r) => r.kind))) {
    expect(await history.recordsOfKindBetween(kind, start, start + 86_400_000)).toEqual(
      expected.filter((r) => r.kind === kind),
    );
  }
  expect(await history.loadEngineState()).toEqual(state);
  await expectTrendsAsFromRecords(history, records, start - 86_400_000, 2, 'Europe/Berlin');
  expect(history.status()).toEqual({ persistent: true });
  history.close();
  await expectDaysConsistent(factory, plan);
}
