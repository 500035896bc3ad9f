import type { InterludeRecord } from '../core/records.ts';

/**
 * Yields every record in pages of about `pageSize`, ascending by `at`, each page its own read
 * transaction. Pages end on an `at` boundary so records sharing a timestamp are never split or repeated.
 */
export async function* pagesByTime(
  read: (range: IDBKeyRange | undefined, count?: number) => Promise<InterludeRecord[]>,
  pageSize: number,
): AsyncGenerator<InterludeRecord[]> {
  let range: IDBKeyRange | undefined;
  for (;;) {
    const page = await read(range, pageSize);
    const last = page.at(-1);
    if (page.length < pageSize || !last) {
      if (page.length > 0) yield page;
      return;
    }
    const firstOfLast = page.findIndex((record) => record.at === last.at);
    if (firstOfLast === 0) {
      yield await read(IDBKeyRange.only(last.at));
      range = IDBKeyRange.lowerBound(last.at, true);
    } else {
      yield page.slice(0, firstOfLast);
      range = IDBKeyRange.lowerBound(last.at);
    }
  }
}
