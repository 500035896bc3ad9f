import type { InterludeRecord } from '../core/records.ts';
import type { History } from './history.ts';
import { storageError } from './storage-error.ts';

/** What an import did, or a sentence for the person saying why nothing was imported. */
export type ImportOutcome =
  | { ok: true; added: number; skipped: number; persistent: boolean }
  | { ok: false; error: string };

/**
 * Writes the records of a validated export (`parseExport`'s result) into `history` in one
 * transaction, skipping ids it already keeps. If the write fails, nothing is written. Settings in
 * the export are the caller's to apply (they live in `storage.sync`, not here).
 */
export async function importParsed(
  history: History,
  parsed: { records?: readonly InterludeRecord[] },
): Promise<ImportOutcome> {
  const records = parsed.records ?? [];
  try {
    const { added, skipped } = await history.addRecords(records);
    return { ok: true, added, skipped, persistent: history.status().persistent };
  } catch (error) {
    const why =
      storageError(error) === 'quota'
        ? 'There is not enough storage space on this device for these records.'
        : `The records could not be saved (${error instanceof Error ? error.message : String(error)}).`;
    return { ok: false, error: `${why} Nothing was imported.` };
  }
}
