/*
 * Why this file is long: the ways history can be kept (on disk, on disk with a memory overlay
 * after a failed write, in memory only) and the moves between them belong together.
 */
import type { InterludeRecord } from '../core/records.ts';
import { createConnection, HistoryUnavailableError } from './connection.ts';
import type { History } from './history.ts';
import type { HistoryStore, UnavailableReason } from './history-store.ts';
import { idbStore } from './idb-store.ts';
import { byTime, memoryStore } from './memory-store.ts';
import { SCHEMA, type SchemaPlan } from './schema.ts';
import { storageError } from './storage-error.ts';

/** Where history goes: to disk, to disk with a memory overlay after a failed write, or to memory only. */
type Mode =
  | { kind: 'persistent' }
  | { kind: 'overlay'; reason: UnavailableReason }
  | { kind: 'memory'; reason: UnavailableReason };

/** Options for {@link openHistory}; the defaults are what the extension uses. */
export interface OpenHistoryOptions {
  /** The IndexedDB to use; `null` means none. Default: `globalThis.indexedDB`. */
  factory?: IDBFactory | null;
  /** How long to wait for another page holding an older version to let go. Default 3,000 ms. */
  blockedTimeoutMs?: number;
  /** The schema to open; tests substitute future versions. Default {@link SCHEMA}. */
  schema?: SchemaPlan;
}

/** Opens Interlude's history. Never rejects: if IndexedDB cannot be used, history lives in memory. */
export async function openHistory(options: OpenHistoryOptions = {}): Promise<History> {
  const factory = options.factory === undefined ? defaultFactory() : options.factory;
  const memory = memoryStore();
  const connection = factory
    ? createConnection(factory, options.schema ?? SCHEMA, options.blockedTimeoutMs ?? 3000)
    : undefined;
  const disk = connection && idbStore(connection);
  let mode: Mode = disk ? { kind: 'persistent' } : { kind: 'memory', reason: 'unsupported' };

  const toMemory = (error: unknown) => {
    mode = { kind: 'memory', reason: unavailableReason(error) };
  };
  const usableDisk = (): HistoryStore | undefined => (mode.kind === 'memory' ? undefined : disk);

  async function read<T>(
    fromDisk: (store: HistoryStore) => Promise<T>,
    fromMemory: () => Promise<T>,
    merge: (onDisk: T, inMemory: T) => T,
  ): Promise<T> {
    const store = usableDisk();
    if (!store) return fromMemory();
    try {
      const onDisk = await fromDisk(store);
      return memory.isEmpty() ? onDisk : merge(onDisk, await fromMemory());
    } catch (error) {
      toMemory(error);
      return fromMemory();
    }
  }
  const mergeRecords = <R extends InterludeRecord>(a: R[], b: R[]) => [...a, ...b].sort(byTime);

  if (connection) await connection.use(async () => {}).catch(toMemory);

  return {
    status: () =>
      mode.kind === 'persistent'
        ? { persistent: true }
        : { persistent: false, reason: mode.reason },
    async commitStep(state, records) {
      const store = usableDisk();
      if (!store) return void (await memory.commitStep(state, records));
      // After a failed write, each step retries the disk, carrying what memory held meanwhile.
      const carried = mode.kind === 'overlay' ? memory.records() : [];
      try {
        await store.commitStep(state, carried.length ? [...carried, ...records] : records);
        memory.clear();
        mode = { kind: 'persistent' };
      } catch (error) {
        const kind = storageError(error);
        if (kind === 'bad-input') throw error;
        if (error instanceof HistoryUnavailableError) toMemory(error);
        else mode = { kind: 'overlay', reason: kind === 'quota' ? 'quota' : 'write-failed' };
        const kept = await store.existingIds(records).catch(() => new Set<string>());
        await memory.commitStep(
          state,
          records.filter((r) => !kept.has(r.id)),
        );
      }
    },
    loadEngineState: () =>
      read(
        (store) => store.loadEngineState(),
        () => memory.loadEngineState(),
        (onDisk) => {
          const inMemory = memory.engineState();
          return inMemory ? inMemory.value : onDisk;
        },
      ),
    async loadMeta() {
      const onDisk = await read(
        (store) => store.loadMeta(),
        async () => ({}),
        (d) => d,
      );
      return { ...onDisk, ...memory.meta() };
    },
    async saveMeta(meta) {
      // Memory holds the latest meta of this session, so a refused disk write loses nothing.
      await memory.saveMeta(meta);
      await usableDisk()
        ?.saveMeta(meta)
        .catch(() => {});
    },
    recordsBetween: (from, to) =>
      read(
        (store) => store.recordsBetween(from, to),
        () => memory.recordsBetween(from, to),
        mergeRecords,
      ),
    recordsOfKindBetween: (kind, from, to) =>
      read(
        (store) => store.recordsOfKindBetween(kind, from, to),
        () => memory.recordsOfKindBetween(kind, from, to),
        mergeRecords,
      ),
    trendFactsBetween: (from, to) =>
      read(
        (store) => store.trendFactsBetween(from, to),
        () => memory.trendFactsBetween(from, to),
        (a, b) => [...a, ...b],
      ),
    async addRecords(records, onProgress) {
      const store = usableDisk();
      if (!store) return memory.addRecords(records, onProgress);
      const inMemory = await memory.existingIds(records);
      try {
        const result = await store.addRecords(
          records.filter((r) => !inMemory.has(r.id)),
          onProgress && ((done) => onProgress(done + inMemory.size)),
        );
        return { added: result.added, skipped: result.skipped + inMemory.size };
      } catch (error) {
        if (error instanceof HistoryUnavailableError) toMemory(error);
        throw error;
      }
    },
    async noteOnCue(id, note) {
      // A record kept in memory (after a failed write) is noted there; otherwise on disk.
      if (await memory.noteOnCue(id, note)) return true;
      const store = usableDisk();
      return store ? store.noteOnCue(id, note).catch(() => false) : false;
    },
    async *allRecords(pageSize = 5000) {
      const store = usableDisk();
      if (store) {
        try {
          yield* store.pages(pageSize);
        } catch (error) {
          if (error instanceof HistoryUnavailableError) toMemory(error);
          throw error;
        }
      }
      yield* memory.pages(pageSize);
    },
    count: () =>
      read(
        (store) => store.count(),
        () => memory.count(),
        (a, b) => a + b,
      ),
    async deleteEverything() {
      await memory.deleteEverything();
      if (!disk) return;
      // Even when history fell back to memory, the person asked for the copy on disk to go too:
      // this tries to reach it again, and rejects if it still cannot.
      await disk.deleteEverything();
      mode = { kind: 'persistent' };
    },
    async pruneBefore(epochMs) {
      const fromMemory = await memory.pruneBefore(epochMs);
      const store = usableDisk();
      return fromMemory + (store ? await store.pruneBefore(epochMs) : 0);
    },
    close: () => connection?.close(),
  };
}

function unavailableReason(error: unknown): UnavailableReason {
  return error instanceof HistoryUnavailableError ? error.reason : 'open-failed';
}

// Some browsers throw on merely reading `indexedDB` when the profile blocks site storage.
function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}
