import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { buildExport } from '../../core/export-format.ts';
import { parseExport } from '../../core/parse-export.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { ADD_CHUNK } from '../../db/idb-store.ts';
import { importParsed } from '../../db/import-parsed.ts';
import { openHistory } from '../../db/open-history.ts';
import { SCHEMA } from '../../db/schema.ts';
import { activityRecords, collect, recordsOfEveryKind } from './sample-records.ts';
import { expectDaysConsistent, rawRecords } from './schema-fixtures.ts';

const MONDAY = Date.UTC(2025, 0, 6, 9);
const DAY = 86_400_000;
const acceptAnySettings = (input: unknown) => ({ ok: true as const, settings: input });

async function historyWith(records: InterludeRecord[]) {
  const factory = new IDBFactory();
  const history = await openHistory({ factory });
  await history.addRecords(records);
  return { factory, history };
}

describe('importParsed', () => {
  it('imports an exported file into another profile, skipping what it already has', async () => {
    const mine = recordsOfEveryKind(MONDAY, 'mine');
    const theirs = [...recordsOfEveryKind(MONDAY + DAY, 'theirs'), mine[0] as InterludeRecord];
    const { history } = await historyWith(mine);
    const parsed = parseExport(JSON.stringify(buildExport({}, theirs, MONDAY)), {
      parseSettings: acceptAnySettings,
      now: MONDAY + 2 * DAY,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

    expect(await importParsed(history, parsed)).toEqual({
      ok: true,
      added: 5,
      skipped: 1,
      persistent: true,
    });
    expect(await importParsed(history, parsed)).toEqual({
      ok: true,
      added: 0,
      skipped: 6,
      persistent: true,
    });
    expect(await history.count()).toBe(10);
  });

  it('does nothing for settings alone', async () => {
    const { history } = await historyWith([]);
    expect(await importParsed(history, {})).toEqual({
      ok: true,
      added: 0,
      skipped: 0,
      persistent: true,
    });
  });

  it('writes nothing when a record fails midway (an invalid key), and the database is unchanged', async () => {
    const before = recordsOfEveryKind(MONDAY, 'before');
    const { factory, history } = await historyWith(before);
    const incoming = recordsOfEveryKind(MONDAY + DAY, 'new');
    incoming.splice(3, 0, { ...incoming[0], id: { not: 'a key' } } as unknown as InterludeRecord);

    const result = await importParsed(history, { records: incoming });

    expect(result).toMatchObject({ ok: false, problem: { code: 'write-failed' } });
    const kept = await rawRecords(factory, SCHEMA.name, SCHEMA.version);
    expect(kept).toHaveLength(before.length);
    expect(kept).toEqual(expect.arrayContaining(before));
    expect(history.status()).toEqual({ persistent: true });
  });

  it('writes nothing when the transaction is aborted after some records were queued', async () => {
    const { factory, history } = await historyWith([]);
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    // Each day writes its count, then its records: the fourth put is the second day's records.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 4)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const records = recordsOfEveryKind(MONDAY).map((r, i) => ({ ...r, at: r.at + i * DAY }));

    const result = await importParsed(history, { records });

    expect(result).toEqual({ ok: false, problem: { code: 'storage-full' } });
    vi.restoreAllMocks();
    expect(await rawRecords(factory, SCHEMA.name, SCHEMA.version)).toEqual([]);
    expect(await collect(history.allRecords())).toEqual([]);
  });

  it('takes out what earlier transactions of a long import wrote when a later one fails', async () => {
    const before = activityRecords(30, MONDAY + DAY, 60_000).map((r) => ({ ...r, id: `b${r.id}` }));
    const { factory, history } = await historyWith(before);
    // More than two runs of ADD_CHUNK records, 1,440 a day; the first day overlaps `before`.
    const year = activityRecords(ADD_CHUNK * 2 + 5_000, MONDAY + DAY, 60_000);
    const original = IDBObjectStore.prototype.put;
    const transactions = new Set<IDBTransaction>();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // The third transaction's first day is refused; what follows (the undo) is not.
      if (this.name === 'days' && !transactions.has(this.transaction)) {
        transactions.add(this.transaction);
        if (transactions.size === 3)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    });
    const progress: number[] = [];

    const result = await importParsed(history, { records: year }, (done) => progress.push(done));

    expect(result).toEqual({ ok: false, problem: { code: 'storage-full' } });
    expect(progress.at(-1)).toBeGreaterThanOrEqual(ADD_CHUNK);
    vi.restoreAllMocks();
    expect(await rawRecords(factory, SCHEMA.name, SCHEMA.version)).toEqual(before);
    expect(await history.count()).toBe(before.length);
    await expectDaysConsistent(factory, SCHEMA);
  }, 60_000);

  it('imports into memory, and says so, when there is no disk', async () => {
    const history = await openHistory({ factory: null });
    expect(await importParsed(history, { records: recordsOfEveryKind(MONDAY) })).toEqual({
      ok: true,
      added: 5,
      skipped: 0,
      persistent: false,
    });
  });
});
