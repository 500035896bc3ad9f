import { unwrap } from 'idb';
import type { InterludeRecord, RecordKind } from '../core/records.ts';
import type { Connection } from './connection.ts';
import type { AddResult, HistoryStore, RecordOfKind } from './history-store.ts';
import { pagesByTime } from './pages-by-time.ts';
import { ENGINE_STATE_KEY, type HistoryDatabase, type HistoryMeta, META_KEY } from './schema.ts';
import { transact } from './transact.ts';

/** Records deleted per transaction by `pruneBefore`, so a year-long prune never holds one huge transaction. */
export const PRUNE_CHUNK = 10_000;

/** The IndexedDB backend: every operation on `connection`, each write in one transaction. */
export function idbStore(connection: Connection): HistoryStore {
  const { use } = connection;
  const between = (from: number, to: number) => IDBKeyRange.bound(from, to, false, true);
  return {
    commitStep: (state, records) =>
      use((db) => {
        const tx = db.transaction(['records', 'engine'], 'readwrite');
        return transact(tx, () => {
          unwrap(tx.objectStore('engine')).put(state, ENGINE_STATE_KEY);
          return addSkippingKept(unwrap(tx.objectStore('records')), records);
        }).then(finishCount);
      }),
    addRecords: (records) =>
      use((db) => {
        const tx = db.transaction('records', 'readwrite');
        return transact(tx, () => addSkippingKept(unwrap(tx.store), records)).then(finishCount);
      }),
    noteOnCue: (id, note) =>
      use((db) => {
        const tx = db.transaction('records', 'readwrite');
        return transact(tx, async () => {
          const record = await tx.store.get(id);
          if (record?.kind !== 'boundary-cue') return false;
          await tx.store.put({ ...record, note });
          return true;
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
    recordsBetween: (from, to) =>
      !(from < to)
        ? Promise.resolve([])
        : use((db) => {
            const tx = db.transaction('records');
            return transact(tx, () => tx.store.index('by-at').getAll(between(from, to)));
          }),
    recordsOfKindBetween: <K extends RecordKind>(kind: K, from: number, to: number) =>
      !(from < to)
        ? Promise.resolve([])
        : (use((db) => {
            const tx = db.transaction('records');
            const range = IDBKeyRange.bound([kind, from], [kind, to], false, true);
            return transact(tx, () => tx.store.index('by-kind-at').getAll(range));
          }) as Promise<RecordOfKind<K>[]>),
    pages: (pageSize) =>
      pagesByTime((range, count) => use((db) => readByAt(db, range, count)), pageSize),
    count: () =>
      use((db) => {
        const tx = db.transaction('records');
        return transact(tx, () => tx.store.count());
      }),
    existingIds: (ids) =>
      use((db) => {
        const tx = db.transaction('records');
        const store = unwrap(tx.store);
        const kept = new Set<string>();
        return transact(tx, () => {
          for (const id of ids) {
            const request = store.getKey(id);
            request.onsuccess = () => {
              if (request.result !== undefined) kept.add(id);
            };
          }
        }).then(() => kept);
      }),
    deleteEverything: () =>
      use(async (db) => {
        const tx = db.transaction(['records', 'engine'], 'readwrite');
        await transact(tx, () => {
          unwrap(tx.objectStore('records')).clear();
          unwrap(tx.objectStore('engine')).clear();
        });
      }),
    pruneBefore: (epochMs) =>
      use(async (db) => {
        let deleted = 0;
        for (;;) {
          const tx = db.transaction('records', 'readwrite');
          const keys = await transact(tx, async () => {
            const older = IDBKeyRange.upperBound(epochMs, true);
            const found = await tx.store.index('by-at').getAllKeys(older, PRUNE_CHUNK);
            const store = unwrap(tx.store);
            for (const key of found) store.delete(key);
            return found;
          });
          deleted += keys.length;
          if (keys.length < PRUNE_CHUNK) return deleted;
        }
      }),
  };
}

type Counting = { total: number; skipped: number };

// Requests are queued without awaiting each one; a duplicate id is a ConstraintError whose default
// (aborting the transaction) is cancelled, so it counts as skipped. Any other failure aborts it all.
function addSkippingKept(store: IDBObjectStore, records: readonly InterludeRecord[]): Counting {
  const counting = { total: records.length, skipped: 0 };
  for (const record of records) {
    const request = store.add(record);
    request.onerror = (event) => {
      if (request.error?.name !== 'ConstraintError') return;
      event.preventDefault();
      event.stopPropagation();
      counting.skipped++;
    };
  }
  return counting;
}

function finishCount({ total, skipped }: Counting): AddResult {
  return { added: total - skipped, skipped };
}

function readByAt(
  db: HistoryDatabase,
  range: IDBKeyRange | undefined,
  count: number | undefined,
): Promise<InterludeRecord[]> {
  const tx = db.transaction('records');
  return transact(tx, () => tx.store.index('by-at').getAll(range, count));
}
