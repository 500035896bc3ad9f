import type { InterludeRecord } from './records.ts';

/**
 * The one export file: `{ format, version, exportedAt, settings, records }`. Reading it is
 * `parse-export.ts`; its records are described in `record-schema.ts`; CSV is `records-csv.ts`.
 */

/** The `format` marker of an Interlude export. */
export const EXPORT_FORMAT = 'interlude-export';
/** The export version this build writes and reads. */
export const EXPORT_VERSION = 1;

/** An export as written to the file. */
export interface InterludeExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  settings?: unknown;
  records?: InterludeRecord[];
}

/** Builds the export object for `settings` and `records`, stamped with `exportedAt` (epoch ms). */
export function buildExport(
  settings: unknown,
  records: InterludeRecord[],
  exportedAt: number,
): InterludeExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    settings,
    records,
  };
}
