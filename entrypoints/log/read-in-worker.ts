import type { ExportReader, ReadExport } from '../../components/log/read-export.ts';
import { readExport } from '../../components/log/read-export.ts';
import type { InterludeRecord } from '../../core/records.ts';

/** What the page asks the worker: a file, and what `readExport` needs besides. */
export interface ReadRequest {
  file: Blob;
  options: Parameters<ExportReader>[1];
}

/** What the worker answers: records in parts, then the outcome (without them, if they came before). */
export type ReadReply = { records: InterludeRecord[] } | { read: ReadExport; withRecords?: true };

/**
 * Reads and checks an export file in a worker, so a year's file (seconds of parsing) leaves the
 * log page responsive; if a worker cannot be started, reads it on the page instead.
 */
export const readInWorker: ExportReader = (file, options) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-export-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readExport(file, options);
  }
  return new Promise((resolve) => {
    const records: InterludeRecord[] = [];
    worker.onmessage = ({ data }: MessageEvent<ReadReply>) => {
      if ('records' in data) {
        for (const record of data.records) records.push(record);
        return;
      }
      worker.terminate();
      const { read } = data;
      resolve(data.withRecords && read !== 'unreadable' && read.ok ? { ...read, records } : read);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(readExport(file, options));
    };
    worker.postMessage({ file, options } satisfies ReadRequest);
  });
};
