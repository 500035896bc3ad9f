import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { TREND_WEEKS } from '../../core/summarize-trends.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import { openHistory } from '../../db/open-history.ts';
import {
  type HistoryDatabase,
  type Migration,
  SCHEMA,
  type SchemaPlan,
  type UpgradeTransaction,
  upgradeSchema,
} from '../../db/schema.ts';
import { syntheticYear } from '../e2e/year.ts';
import { collect, recordsOfEveryKind } from './sample-records.ts';
import {
  expectDaysConsistent,
  expectEveryRecordKept,
  expectTrendsAsFromRecords,
  rawRecords,
  SCHEMA_FIXTURES,
} from './schema-fixtures.ts';

const versions = Array.from({ length: SCHEMA.version }, (_, i) => i + 1);

/** The current schema plus one more version reached by `migration`. */
function nextVersion(migration: Migration): SchemaPlan {
  return {
    ...SCHEMA,
    version: SCHEMA.version + 1,
    migrations: { ...SCHEMA.migrations, [SCHEMA.version + 1]: migration },
  };
}

describe('schema upgrades keep every record', () => {
  it('has a fixture for every schema version that shipped', () => {
    expect(Object.keys(SCHEMA_FIXTURES).map(Number)).toEqual(versions);
  });

  it.each(versions)(
    'opening a version %i database keeps every record and the engine state',
    async (from) => {
      await expectEveryRecordKept(new IDBFactory(), SCHEMA, from);
    },
  );

  it('a fresh install creates the current schema', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    expect(history.status()).toEqual({ persistent: true });
    expect(await history.count()).toBe(0);
    expect(await history.loadEngineState()).toBeUndefined();
  });

  describe('the harness, applied to a future version', () => {
    it('passes a migration that adds an index', async () => {
      const addIndex = nextVersion((_db, tx) => {
        tx.objectStore('days').createIndex('by-day' as never, 'day');
      });
      for (const from of versions) await expectEveryRecordKept(new IDBFactory(), addIndex, from);
    });

    it('passes an asynchronous migration that rewrites every record with a cursor', async () => {
      const rewrite = nextVersion(async (_db, tx) => {
        let cursor = await tx.objectStore('days').openCursor();
        while (cursor) {
          await cursor.update({ ...cursor.value });
          cursor = await cursor.continue();
        }
      });
      for (const from of versions) await expectEveryRecordKept(new IDBFactory(), rewrite, from);
    });

    it.each<[string, Migration]>([
      ['clears the records', (_db, tx) => tx.objectStore('days').clear()],
      [
        'forgets how many records each day holds',
        (_db, tx) => tx.objectStore('day-counts').clear(),
      ],
      [
        'recreates the days store',
        (db) => {
          db.deleteObjectStore('days');
          db.createObjectStore('days', { keyPath: 'day' });
        },
      ],
      ['forgets the engine state', (_db, tx) => tx.objectStore('engine').clear()],
      ['forgets the trend facts', (_db, tx) => tx.objectStore('day-trends').clear()],
    ])('catches a migration that %s', async (_name, migration) => {
      await expect(
        expectEveryRecordKept(new IDBFactory(), nextVersion(migration), 1),
      ).rejects.toThrow();
    });
  });

  it('a version 1 database with six weeks of history answers every read as before the upgrade', async () => {
    const DAY = 86_400_000;
    const end = Date.UTC(2025, 2, 31, 6);
    // Across a DST change, with records sharing times, several per UTC day and a day without any.
    const records = syntheticYear({ end, days: 42, perDay: 40 })
      .filter((r) => Math.floor(r.at / DAY) !== Math.floor(end / DAY) - 10)
      .map((r, i) => (i % 9 === 0 ? { ...r, at: r.at - (r.at % 60_000) } : r));
    const factory = new IDBFactory();
    await SCHEMA_FIXTURES[1]?.(factory, SCHEMA.name, records, { phase: 'watching' });
    const upgraded = await openHistory({ factory });
    const before = await openHistory({ factory: null });
    await before.addRecords(records);

    expect(upgraded.status()).toEqual({ persistent: true });
    expect(await upgraded.count()).toBe(records.length);
    expect(await collect(upgraded.allRecords(100))).toEqual(await collect(before.allRecords(100)));
    const start = end - 43 * DAY;
    for (let from = start; from < end; from += 7 * DAY - 3_600_000) {
      expect(await upgraded.recordsBetween(from, from + 7 * DAY)).toEqual(
        await before.recordsBetween(from, from + 7 * DAY),
      );
      for (const kind of ['activity', 'boundary-cue', 'end-of-day'] as const)
        expect(await upgraded.recordsOfKindBetween(kind, from, from + 2 * DAY)).toEqual(
          await before.recordsOfKindBetween(kind, from, from + 2 * DAY),
        );
    }
    const again = [...records.slice(0, 50), ...recordsOfEveryKind(end - DAY, 'new')];
    expect(await upgraded.addRecords(again)).toEqual(await before.addRecords(again));
    const cutoff = start + 20 * DAY + 12_345;
    expect(await upgraded.pruneBefore(cutoff)).toBe(await before.pruneBefore(cutoff));
    expect(await collect(upgraded.allRecords())).toEqual(await collect(before.allRecords()));
    expect(await rawRecords(factory, SCHEMA.name, SCHEMA.version)).toHaveLength(
      await before.count(),
    );
    upgraded.close();
  });

  it('a version 2 database with months of history opens as version 3 with every day’s trend facts', async () => {
    const end = Date.UTC(2026, 11, 16, 12);
    const records = syntheticYear({ end, days: 120, perDay: 60 });
    const factory = new IDBFactory();
    await SCHEMA_FIXTURES[2]?.(factory, SCHEMA.name, records, { phase: 'watching' });

    const history = await openHistory({ factory });

    expect(history.status()).toEqual({ persistent: true });
    expect(await collect(history.allRecords())).toEqual(records);
    await expectDaysConsistent(factory, SCHEMA);
    const zone = 'America/New_York';
    const first = localMidnight(end, zone, -7 * (TREND_WEEKS - 1) - 3);
    const trends = await expectTrendsAsFromRecords(history, records, first, TREND_WEEKS, zone);
    expect(trends.every((week) => week.activeMs > 0 && week.pausesOffered > 0)).toBe(true);
    history.close();
  });

  it('a migration that fails leaves the old database and every record in place', async () => {
    const factory = new IDBFactory();
    const records = recordsOfEveryKind(Date.UTC(2025, 0, 6, 9));
    await SCHEMA_FIXTURES[1]?.(factory, SCHEMA.name, records, { phase: 'watching' });
    const broken = nextVersion(() => {
      throw new Error('bug in migration');
    });

    const history = await openHistory({ factory, schema: broken });

    expect(history.status()).toEqual({ persistent: false, reason: 'upgrade-failed' });
    expect(await collect(history.allRecords())).toEqual([]);
    expect(await rawRecords(factory, SCHEMA.name, 1)).toHaveLength(records.length);
  });
});

describe('upgradeSchema', () => {
  const db = {} as HistoryDatabase;
  const tx = {} as UpgradeTransaction;
  const tracing = (calls: number[]): SchemaPlan => ({
    name: 'test',
    version: 4,
    migrations: Object.fromEntries([1, 2, 3, 4].map((v) => [v, () => void calls.push(v)])),
  });

  it.each([
    [0, 4, [1, 2, 3, 4]],
    [1, 4, [2, 3, 4]],
    [3, 4, [4]],
    [2, 3, [3]],
  ])('from version %i to %i runs migrations %j in order', (from, to, expected) => {
    const calls: number[] = [];
    upgradeSchema(tracing(calls), db, tx, from, to);
    expect(calls).toEqual(expected);
  });

  it('runs the migrations after an asynchronous one only once it has finished', async () => {
    const calls: string[] = [];
    const plan: SchemaPlan = {
      name: 'test',
      version: 2,
      migrations: {
        1: async () => {
          await Promise.resolve();
          calls.push('1 done');
        },
        2: () => void calls.push('2'),
      },
    };
    await upgradeSchema(plan, db, tx, 0, 2);
    expect(calls).toEqual(['1 done', '2']);
  });

  it('refuses to skip a version it has no migration for', () => {
    const plan: SchemaPlan = { name: 'test', version: 3, migrations: { 1: () => {}, 3: () => {} } };
    expect(() => upgradeSchema(plan, db, tx, 1, 3)).toThrow('No migration to schema version 2');
  });
});
