import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../db/open-history.ts';
import {
  type HistoryDatabase,
  type Migration,
  SCHEMA,
  type SchemaPlan,
  type UpgradeTransaction,
  upgradeSchema,
} from '../../db/schema.ts';
import { collect, recordsOfEveryKind } from './sample-records.ts';
import { expectEveryRecordKept, rawRecords, SCHEMA_FIXTURES } from './schema-fixtures.ts';

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
        tx.objectStore('records').createIndex('by-zone' as never, 'zone');
      });
      for (const from of versions) await expectEveryRecordKept(new IDBFactory(), addIndex, from);
    });

    it('passes an asynchronous migration that rewrites every record with a cursor', async () => {
      const rewrite = nextVersion(async (_db, tx) => {
        let cursor = await tx.objectStore('records').openCursor();
        while (cursor) {
          await cursor.update({ ...cursor.value });
          cursor = await cursor.continue();
        }
      });
      await expectEveryRecordKept(new IDBFactory(), rewrite, 1);
    });

    it.each<[string, Migration]>([
      ['clears the records', (_db, tx) => tx.objectStore('records').clear()],
      ['drops the kind index', (_db, tx) => tx.objectStore('records').deleteIndex('by-kind-at')],
      [
        'recreates the records store',
        (db) => {
          db.deleteObjectStore('records');
          const store = db.createObjectStore('records', { keyPath: 'id' });
          store.createIndex('by-at', 'at');
          store.createIndex('by-kind-at', ['kind', 'at']);
        },
      ],
      ['forgets the engine state', (_db, tx) => tx.objectStore('engine').clear()],
    ])('catches a migration that %s', async (_name, migration) => {
      await expect(
        expectEveryRecordKept(new IDBFactory(), nextVersion(migration), 1),
      ).rejects.toThrow();
    });
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
    expect(await rawRecords(factory, SCHEMA.name, SCHEMA.version)).toHaveLength(records.length);
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
