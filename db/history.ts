import type { InterludeRecord, RecordKind } from '../core/records.ts';
import type { TrendFacts } from '../core/trend-facts.ts';
import type { AddResult, RecordOfKind, UnavailableReason } from './history-store.ts';
import type { HistoryMeta } from './schema.ts';

/** Whether history is being kept on disk; when not, `reason` says why, so the UI can say so. */
export interface HistoryStatus {
  persistent: boolean;
  reason?: UnavailableReason;
}

/**
 * Interlude's history: the only way into IndexedDB. Time ranges are half-open `[from, to)` in
 * epoch ms, and results ascend by `at`, then `id`. When IndexedDB is unavailable or full it keeps
 * working in memory for the session and `status()` says so; methods documented "never rejects"
 * degrade that way instead of failing.
 */
export interface History {
  /** Where history is kept right now. */
  status(): HistoryStatus;
  /**
   * Saves the engine state and the step's new records in one transaction (both land or neither),
   * skipping records whose id is already kept. Never rejects for storage trouble: falls back to memory.
   */
  commitStep(state: unknown, records: readonly InterludeRecord[]): Promise<void>;
  /** The last committed engine state, or `undefined` if none. Never rejects. */
  loadEngineState(): Promise<unknown>;
  /** Bookkeeping such as the last retention run. Never rejects. */
  loadMeta(): Promise<HistoryMeta>;
  /** Replaces the bookkeeping. Never rejects (kept in memory if the disk refuses). */
  saveMeta(meta: HistoryMeta): Promise<void>;
  /** Records with `from <= at < to`, from the days they fall in. Never rejects. */
  recordsBetween(from: number, to: number): Promise<InterludeRecord[]>;
  /** Records of one kind with `from <= at < to`. Never rejects. */
  recordsOfKindBetween<K extends RecordKind>(
    kind: K,
    from: number,
    to: number,
  ): Promise<RecordOfKind<K>[]>;
  /**
   * What the trends view needs of the records with `from <= at < to`: their {@link TrendFacts},
   * kept beside each day's records, so months are read without reading their records (moments
   * just outside the range may come too; `summarizeTrendFacts` leaves them out). Never rejects.
   */
  trendFactsBetween(from: number, to: number): Promise<TrendFacts[]>;
  /**
   * Adds records, skipping ids already kept (or repeated in `records`); a record's id and time
   * never change, so a kept id is looked for on the day of its time. Whole days are written in
   * transactions of about 20,000 records, so the log can be read between them. All or nothing:
   * if a write fails, what the earlier transactions added is taken out again and it rejects.
   */
  addRecords(
    records: readonly InterludeRecord[],
    /** Hears how many of `records` are handled so far, as each day of them is written. */
    onProgress?: (done: number) => void,
  ): Promise<AddResult>;
  /**
   * Writes the person's note onto the boundary-cue record `id` (a note written just after the
   * answer was recorded). Resolves to false if no such cue is kept. Never rejects.
   */
  noteOnCue(id: string, note: string): Promise<boolean>;
  /**
   * Writes the person's note onto the boundary-cue record `id` (a note written just after the
   * answer was recorded). Resolves to false if no such cue is kept. Never rejects.
   */
  noteOnCue(id: string, note: string): Promise<boolean>;
  /**
   * Every record, in pages of about `pageSize` (default 5,000), ascending by time; each page is
   * read in its own transaction, so a year exports without holding one (records kept in memory
   * after a failed write come last). Rejects if a page cannot be read.
   */
  allRecords(pageSize?: number): AsyncGenerator<InterludeRecord[]>;
  /** How many records are kept. Never rejects. */
  count(): Promise<number>;
  /** Deletes every record and the engine state in one transaction. Rejects if the disk copy could not be deleted. */
  deleteEverything(): Promise<void>;
  /**
   * Retention: deletes records with `at < epochMs`, whole days at a time in transactions of about 10,000 records
   * (a crash midway leaves a consistent, partly pruned log; the next run finishes). Resolves to the number deleted.
   */
  pruneBefore(epochMs: number): Promise<number>;
  /** Closes the database connection; any later call reopens it. */
  close(): void;
}
