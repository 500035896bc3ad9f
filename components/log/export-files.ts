import { buildExport } from '../../core/export-format.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { recordsToCsv } from '../../core/records-csv.ts';
import type { Settings } from '../../core/settings.ts';
import type { History } from '../../db/history.ts';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  blob: Blob;
}

async function everyRecord(history: History): Promise<InterludeRecord[]> {
  const records: InterludeRecord[] = [];
  // Page by page, each its own read transaction, so a year never holds one long transaction.
  for await (const page of history.allRecords()) for (const record of page) records.push(record);
  return records;
}

const day = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Every record and the current settings as the DESIGN export file `interlude-export-YYYY-MM-DD.json`. */
export async function exportJson(
  history: History,
  settings: Settings,
  now: number,
): Promise<ExportFile> {
  const text = JSON.stringify(buildExport(settings, await everyRecord(history), now));
  return {
    name: `interlude-export-${day(now)}.json`,
    blob: new Blob([text], { type: 'application/json' }),
  };
}

/** Every record as CSV for spreadsheets, `interlude-records-YYYY-MM-DD.csv`. */
export async function exportCsv(history: History, now: number): Promise<ExportFile> {
  return {
    name: `interlude-records-${day(now)}.csv`,
    blob: new Blob([recordsToCsv(await everyRecord(history))], { type: 'text/csv' }),
  };
}
