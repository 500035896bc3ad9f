import { parseExport } from '../../core/export-format.ts';
import { parseSettings, type Settings } from '../../core/settings.ts';
import type { History } from '../../db/history.ts';
import { importParsed } from '../../db/import-parsed.ts';
import type { ImportResult } from './describe-import.ts';

/** The largest export file the log page reads (a year is about 40 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** What {@link importFile} needs besides the file. */
export interface ImportDeps {
  history: History;
  saveSettings(
    settings: Settings,
  ): Promise<{ ok: true; settings: Settings } | { ok: false; errors: string[] }>;
  maxBytes?: number;
}

/**
 * Imports an export file: checks its size before reading it, validates everything with
 * `parseExport`, then writes the records in one transaction and saves the settings. Any problem
 * before the write is a clear error and changes nothing.
 */
export async function importFile(file: Blob, deps: ImportDeps): Promise<ImportResult> {
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.size > maxBytes) {
    return {
      ok: false,
      error: `This file is too large to import (the limit is ${Math.round(maxBytes / 1024 / 1024)} MB). Nothing was changed.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'This file could not be read. Nothing was changed.' };
  }
  const parsed = parseExport(text, { parseSettings: (input) => parseSettings(input), maxBytes });
  if (!parsed.ok) return { ok: false, error: `${parsed.error}\nNothing was changed.` };
  const written = await importParsed(deps.history, parsed);
  if (!written.ok) return written;
  let settings = false;
  if (parsed.settings) {
    const saved = await deps.saveSettings(parsed.settings).catch((cause: unknown) => ({
      ok: false as const,
      errors: [cause instanceof Error ? cause.message : String(cause)],
    }));
    if (!saved.ok) {
      return {
        ok: false,
        error: `Added ${written.added} records, but the settings could not be saved: ${saved.errors.join('; ')}`,
      };
    }
    settings = true;
  }
  return {
    ok: true,
    added: written.added,
    skipped: written.skipped,
    settings,
    persistent: written.persistent,
  };
}
