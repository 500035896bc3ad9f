import { readExport } from '../../components/log/read-export.ts';
import type { ReadReply, ReadRequest } from './read-in-worker.ts';

/** Records per message back to the page, so no one message takes the page long to receive. */
const RECORDS_PER_MESSAGE = 10_000;

// Reads and checks an export file off the page's thread; the records follow in parts, then the rest.
self.onmessage = async ({ data }: MessageEvent<ReadRequest>) => {
  const post = (reply: ReadReply) => self.postMessage(reply);
  const read = await readExport(data.file, data.options);
  if (read === 'unreadable' || !read.ok || !read.records) return post({ read });
  const { records, ...rest } = read;
  for (let start = 0; start < records.length; start += RECORDS_PER_MESSAGE)
    post({ records: records.slice(start, start + RECORDS_PER_MESSAGE) });
  post({ read: rest, withRecords: true });
};
