import type { InterludeRecord, RecordKind } from '../core/records.ts';
import type { TrendFacts } from '../core/trend-facts.ts';
import type { HistoryMeta } from './schema.ts';

/** How many records a write added, and how many it skipped because their id was already kept. */
export interface AddResult {
  added: number;
  skipped: number;
}

/** Why history is not (or not only) on disk right now. */
export type UnavailableReason =
  /** The browser offers no IndexedDB here (e.g. `indexedDB` is undefined). */
  | 'unsupported'
  /** Opening the database threw or failed (e.g. Firefox private mode, a broken profile). */
  | 'open-failed'
  /** Another Interlude page holds an older version open and did not let go. */
  | 'blocked'
  /** The database on disk was made by a newer Interlude. */
  | 'newer-version'
  /** A schema migration failed; the old database is untouched. */
  | 'upgrade-failed'
  /** The disk quota is full; new entries are kept in memory until a write succeeds again. */
  | 'quota'
  /** A write failed for another reason; new entries are kept in memory until a write succeeds. */
  | 'write-failed';

/** Kind-narrowed record type. */
export type RecordOfKind<K extends RecordKind> = Extract<InterludeRecord, { kind: K }>;

/**
 * The storage operations both backends (IndexedDB and the in-memory fallback) implement. Time
 * ranges are half-open, `[from, to)`, and results ascend by `at`, then `id`.
 */
export interface HistoryStore {
  commitStep(state: unknown, records: readonly InterludeRecord[]): Promise<AddResult>;
  loadEngineState(): Promise<unknown>;
  loadMeta(): Promise<HistoryMeta>;
  saveMeta(meta: HistoryMeta): Promise<void>;
  /** Adds `records` in one transaction; `onProgress` hears how many of them are handled so far. */
  addRecords(
    records: readonly InterludeRecord[],
    onProgress?: (done: number) => void,
  ): Promise<AddResult>;
  recordsBetween(from: number, to: number): Promise<InterludeRecord[]>;
  recordsOfKindBetween<K extends RecordKind>(
    kind: K,
    from: number,
    to: number,
  ): Promise<RecordOfKind<K>[]>;
  /** The trend facts of the records of the days `[from, to)` falls in (some perhaps just outside it). */
  trendFactsBetween(from: number, to: number): Promise<TrendFacts[]>;
  pages(pageSize: number): AsyncGenerator<InterludeRecord[]>;
  count(): Promise<number>;
  /** Writes `note` onto the boundary-cue record `id`; false if no such cue is kept. */
  noteOnCue(id: string, note: string): Promise<boolean>;
  /** The ids of those of `records` that are kept already. */
  existingIds(records: readonly InterludeRecord[]): Promise<Set<string>>;
  deleteEverything(): Promise<void>;
  /** Deletes records with `at < epochMs`; resolves to how many went. */
  pruneBefore(epochMs: number): Promise<number>;
}
