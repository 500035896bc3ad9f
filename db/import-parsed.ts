import type { InterludeRecord } from '../core/records.ts';
import type { History } from './history.ts';
import { storageError } from './storage-error.ts';

/** Why the records of an import could not be written (nothing was). */
export type ImportWriteProblem =
  | { code: 'storage-full' }
  /** Another storage failure; `detail` is the browser's own message. */
  | { code: 'write-failed'; detail: string };

/** What an import wrote, or why it wrote nothing. */
export type ImportOutcome =
  | { ok: true; added: number; skipped: number; persistent: boolean }
  | { ok: false; problem: ImportWriteProblem };

/**
 * Writes the records of a validated export (`parseExport`'s result) into `history` in one
 * transaction, skipping ids it already keeps. If the write fails, nothing is written. Settings in
 * the export are the caller's to apply (they live in `storage.sync`, not here). `onProgress` hears
 * how many of the records are written so far, a day's worth at a time.
 */
export async function importParsed(
  history: History,
  parsed: { records?: readonly InterludeRecord[] },
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const records = parsed.records ?? [];
  try {
    const { added, skipped } = await history.addRecords(
      records,
      onProgress && ((done) => onProgress(done, records.length)),
    );
    return { ok: true, added, skipped, persistent: history.status().persistent };
  } catch (error) {
    return {
      ok: false,
      problem:
        storageError(error) === 'quota'
          ? { code: 'storage-full' }
          : {
              code: 'write-failed',
              detail: error instanceof Error ? error.message : String(error),
            },
    };
  }
}
