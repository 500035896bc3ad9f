import type { InterludeRecord, RecordKind } from '../core/records.ts';
import { trendFacts } from '../core/trend-facts.ts';
import type { AddResult, HistoryStore, RecordOfKind } from './history-store.ts';
import type { HistoryMeta } from './schema.ts';

/** The in-memory backend, plus what the fallback needs to know about it. */
export interface MemoryStore extends HistoryStore {
  /** True when it holds no engine state and no records (meta aside). */
  isEmpty(): boolean;
  /** Every record it holds, ascending by `at`, then `id`. */
  records(): InterludeRecord[];
  /** The engine state it holds, if any was committed to it. */
  engineState(): { value: unknown } | undefined;
  meta(): HistoryMeta | undefined;
  /** Forgets the records and the engine state (once they are safely on disk); keeps meta. */
  clear(): void;
}

/** Orders records by `at`, then `id`, the order IndexedDB's `by-at` index gives. */
export function byTime(a: InterludeRecord, b: InterludeRecord): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * History kept in memory for this session only, used when IndexedDB is unavailable or full.
 * Values are structured-cloned in and out, as IndexedDB would, so callers cannot alias them.
 */
export function memoryStore(): MemoryStore {
  const kept = new Map<string, InterludeRecord>();
  let state: { value: unknown } | undefined;
  let meta: HistoryMeta | undefined;

  const add = (records: readonly InterludeRecord[]): AddResult => {
    let added = 0;
    for (const record of structuredClone(records)) {
      if (kept.has(record.id)) continue;
      kept.set(record.id, record);
      added++;
    }
    return { added, skipped: records.length - added };
  };
  const select = (keep: (record: InterludeRecord) => boolean) =>
    structuredClone([...kept.values()].filter(keep).sort(byTime));

  return {
    isEmpty: () => kept.size === 0 && !state,
    records: () => select(() => true),
    engineState: () => state && { value: structuredClone(state.value) },
    meta: () => meta && { ...meta },
    clear() {
      kept.clear();
      state = undefined;
    },
    async commitStep(value, records) {
      const result = add(records);
      state = { value: structuredClone(value) };
      return result;
    },
    loadEngineState: async () => structuredClone(state?.value),
    loadMeta: async () => ({ ...meta }),
    async saveMeta(next) {
      meta = { ...next };
    },
    async addRecords(records, onProgress) {
      const result = add(records);
      onProgress?.(records.length);
      return result;
    },
    async noteOnCue(id, note) {
      const record = kept.get(id);
      if (record?.kind !== 'boundary-cue') return false;
      kept.set(id, { ...record, note });
      return true;
    },
    recordsBetween: async (from, to) => select((r) => r.at >= from && r.at < to),
    recordsOfKindBetween: async <K extends RecordKind>(kind: K, from: number, to: number) =>
      select((r) => r.kind === kind && r.at >= from && r.at < to) as RecordOfKind<K>[],
    trendFactsBetween: async (from, to) => [trendFacts(select((r) => r.at >= from && r.at < to))],
    async *pages(pageSize) {
      const all = select(() => true);
      for (let start = 0; start < all.length; start += pageSize) {
        yield all.slice(start, start + pageSize);
      }
    },
    count: async () => kept.size,
    existingIds: async (records) => new Set(records.map((r) => r.id).filter((id) => kept.has(id))),
    async deleteEverything() {
      kept.clear();
      state = undefined;
      meta = undefined;
    },
    async pruneBefore(epochMs) {
      let deleted = 0;
      for (const [id, record] of kept) {
        if (record.at < epochMs && kept.delete(id)) deleted++;
      }
      return deleted;
    },
  };
}
