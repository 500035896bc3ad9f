import { type ParsedExport, parseExport } from '../../core/parse-export.ts';
import { parseSettings, type Settings } from '../../core/settings.ts';

/** An export file read and checked, or `unreadable` when the browser could not read the file. */
export type ReadExport = ParsedExport<Settings> | 'unreadable';

/** Reads an export file and checks all of it (see `parseExport`); nothing is written. */
export type ExportReader = (
  file: Blob,
  options: { maxBytes: number; now: number },
) => Promise<ReadExport>;

/** Reads and checks the file on the calling thread. */
export const readExport: ExportReader = async (file, { maxBytes, now }) => {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return 'unreadable';
  }
  return parseExport(text, { parseSettings: (input) => parseSettings(input), maxBytes, now });
};
