import type { Settings } from '../../core/settings.ts';
import type { History } from '../../db/history.ts';
import { importParsed } from '../../db/import-parsed.ts';
import type {
  PreparedSettings,
  prepareSettings,
  writeSettings,
} from '../../shell/settings-store.ts';
import type { ImportResult } from './describe-import.ts';
import { type ExportReader, readExport } from './read-export.ts';

/** The largest export file the log page reads (a year is about 40 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** What {@link importFile} needs besides the file. */
export interface ImportDeps {
  history: History;
  /** The settings store's two steps: check (validity and sync quota) without writing, then write. */
  settings: {
    prepare(settings: Settings): ReturnType<typeof prepareSettings>;
    write(prepared: PreparedSettings): ReturnType<typeof writeSettings>;
  };
  /** Epoch ms: records dated more than a day after it are refused. */
  now: number;
  maxBytes?: number;
  /** Reads and checks the file; by default on this thread ({@link readExport}). */
  read?: ExportReader;
  /** Hears how many of the file's records are written so far, out of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Imports an export file whole or not at all: checks its size before reading it, validates every
 * record and the settings (including their size against the browser's sync quota) before writing
 * anything, then writes the settings and the records; if the records cannot be written, the
 * settings are put back as they were.
 */
export async function importFile(file: Blob, deps: ImportDeps): Promise<ImportResult> {
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size > maxBytes) return refused({ code: 'too-large', limitBytes: maxBytes });
  const parsed = await (deps.read ?? readExport)(file, { maxBytes, now: deps.now });
  if (parsed === 'unreadable') return refused({ code: 'unreadable' });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  let prepared: PreparedSettings | undefined;
  if (parsed.settings) {
    const checked = await deps.settings.prepare(parsed.settings);
    if (!checked.ok) {
      return refused(
        checked.storage
          ? { code: 'settings-storage', storage: checked.storage }
          : { code: 'settings-invalid', errors: checked.errors },
      );
    }
    prepared = checked.prepared;
  }
  let undo: (() => Promise<void>) | undefined;
  if (prepared) {
    const written = await deps.settings.write(prepared);
    if (!written.ok) return refused({ code: 'settings-storage', storage: written.storage });
    undo = written.undo;
  }
  const records = await importParsed(deps.history, parsed, deps.onProgress);
  if (!records.ok) {
    await undo?.().catch(() => undefined);
    return refused(records.problem);
  }
  return {
    ok: true,
    added: records.added,
    skipped: records.skipped,
    settings: prepared !== undefined,
    persistent: records.persistent,
  };
}

const refused = (problem: Extract<ImportResult, { ok: false }>['problems'][number]) =>
  ({ ok: false, problems: [problem] }) as const;
