import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importParsed } from '../../db/import-parsed.ts';
import { openHistory } from '../../db/open-history.ts';
import { SCHEMA } from '../../db/schema.ts';
import { collect, recordsOfEveryKind } from './sample-records.ts';
import { rawOpen, rawRecords } from './schema-fixtures.ts';

const MONDAY = Date.UTC(2025, 0, 6);
const saved = globalThis.indexedDB;
const DAY = 86_400_000;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A factory that remembers every connection it handed out, so a test can close one under the module. */
function watchedFactory() {
  const inner = new IDBFactory();
  const connections: IDBDatabase[] = [];
  const factory = Object.create(inner) as IDBFactory;
  factory.open = (name, version) => {
    const request = inner.open(name, version);
    request.addEventListener('success', () => connections.push(request.result));
    return request;
  };
  return { factory, connections };
}

/** A factory whose open request fails the way Firefox's private mode did: asynchronously. */
function failingFactory(errorName: string): IDBFactory {
  return {
    open() {
      const request = { error: new DOMException('The operation failed', errorName), onerror: null };
      setTimeout(() => (request.onerror as unknown as (e: Event) => void)?.(new Event('error')));
      return request;
    },
  } as unknown as IDBFactory;
}

/** The whole contract, exercised on a history that must be working in memory. */
async function expectWorksInMemory(history: Awaited<ReturnType<typeof openHistory>>) {
  const records = recordsOfEveryKind(MONDAY);
  await history.commitStep({ n: 1 }, records);
  await history.commitStep({ n: 2 }, records);
  expect(await history.loadEngineState()).toEqual({ n: 2 });
  expect(await history.recordsBetween(MONDAY, MONDAY + DAY)).toEqual(records);
  expect(await history.recordsOfKindBetween('activity', MONDAY, MONDAY + DAY)).toHaveLength(1);
  expect(await history.addRecords(recordsOfEveryKind(MONDAY + DAY, 'b'))).toEqual({
    added: 5,
    skipped: 0,
  });
  expect(await collect(history.allRecords(3))).toHaveLength(10);
  expect(await history.pruneBefore(MONDAY + DAY)).toBe(5);
  expect(await history.count()).toBe(5);
}

describe('when IndexedDB cannot be used, history works in memory and says why', () => {
  it.each([
    ['no factory at all', () => openHistory({ factory: null }), 'unsupported'],
    [
      '`indexedDB` undefined',
      () => {
        vi.stubGlobal('indexedDB', undefined);
        return openHistory();
      },
      'unsupported',
    ],
    [
      'reading `indexedDB` throws',
      () => {
        Object.defineProperty(globalThis, 'indexedDB', {
          configurable: true,
          get: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
        return openHistory().finally(() => {
          Object.defineProperty(globalThis, 'indexedDB', {
            configurable: true,
            writable: true,
            value: saved,
          });
        });
      },
      'unsupported',
    ],
    [
      'open throws (SecurityError)',
      () =>
        openHistory({
          factory: {
            open: () => {
              throw new DOMException('denied', 'SecurityError');
            },
          } as unknown as IDBFactory,
        }),
      'open-failed',
    ],
    [
      'the open request fails (private mode)',
      () => openHistory({ factory: failingFactory('InvalidStateError') }),
      'open-failed',
    ],
  ] as const)('%s', async (_case, open, reason) => {
    const history = await open();
    expect(history.status()).toEqual({ persistent: false, reason });
    await expectWorksInMemory(history);
    expect(history.status()).toEqual({ persistent: false, reason });
  });

  it('a database made by a newer Interlude is left alone', async () => {
    const factory = new IDBFactory();
    (
      await rawOpen(factory, SCHEMA.name, SCHEMA.version + 4, (db) => db.createObjectStore('x'))
    ).close();

    const history = await openHistory({ factory });

    expect(history.status()).toEqual({ persistent: false, reason: 'newer-version' });
    await expectWorksInMemory(history);
  });
});

describe('when the disk is full', () => {
  const quota = () =>
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

  it('keeps the step in memory, shows it in every read, and writes it to disk once space returns', async () => {
    const factory = new IDBFactory();
    const history = await openHistory({ factory });
    const first = recordsOfEveryKind(MONDAY, 'first');
    const second = recordsOfEveryKind(MONDAY + DAY, 'second');
    await history.commitStep({ n: 1 }, first);

    const full = quota();
    await history.commitStep({ n: 2 }, [...first, ...second]);
    expect(history.status()).toEqual({ persistent: false, reason: 'quota' });
    expect(await history.loadEngineState()).toEqual({ n: 2 });
    expect(await history.recordsBetween(MONDAY, MONDAY + 2 * DAY)).toEqual([...first, ...second]);
    expect(await history.count()).toBe(10);
    expect(await collect(history.allRecords())).toHaveLength(10);
    const rejected = await importParsed(history, {
      records: recordsOfEveryKind(MONDAY + 2 * DAY, 'x'),
    });
    expect(rejected).toEqual({ ok: false, problem: { code: 'storage-full' } });

    full.mockRestore();
    await history.commitStep({ n: 3 }, []);
    expect(history.status()).toEqual({ persistent: true });
    const reopened = await openHistory({ factory });
    expect(await reopened.loadEngineState()).toEqual({ n: 3 });
    expect(await collect(reopened.allRecords())).toEqual([...first, ...second]);
  });

  it('a transaction aborted by the browser is treated the same way, and retried on the next step', async () => {
    const factory = new IDBFactory();
    const history = await openHistory({ factory });
    const original = IDBObjectStore.prototype.put;
    const aborting = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = original.apply(this, args);
      this.transaction.abort();
      return request;
    });
    const records = recordsOfEveryKind(MONDAY);
    await history.commitStep({ n: 1 }, records);
    expect(history.status()).toEqual({ persistent: false, reason: 'write-failed' });
    expect(await rawRecords(factory, SCHEMA.name, SCHEMA.version)).toEqual([]);

    aborting.mockRestore();
    await history.commitStep({ n: 2 }, []);
    expect(history.status()).toEqual({ persistent: true });
    expect(await history.recordsBetween(MONDAY, MONDAY + DAY)).toEqual(records);
  });
});

describe('meta when the disk refuses it', () => {
  it('keeps the latest meta of the session in memory, and on disk once writes succeed', async () => {
    const factory = new IDBFactory();
    const history = await openHistory({ factory });
    await history.saveMeta({ lastRetentionRun: MONDAY });
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await history.saveMeta({ lastRetentionRun: MONDAY + DAY });
    expect(await history.loadMeta()).toEqual({ lastRetentionRun: MONDAY + DAY });
    expect(await (await openHistory({ factory })).loadMeta()).toEqual({ lastRetentionRun: MONDAY });

    full.mockRestore();
    await history.saveMeta({ lastRetentionRun: MONDAY + 2 * DAY });
    expect(await (await openHistory({ factory })).loadMeta()).toEqual({
      lastRetentionRun: MONDAY + 2 * DAY,
    });
  });
});

describe('connections that come and go', () => {
  it('reopens after the browser terminates the connection', async () => {
    const { factory, connections } = watchedFactory();
    const history = await openHistory({ factory });
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY));

    forceCloseDatabase(connections[0] as never);
    await history.commitStep({ n: 2 }, recordsOfEveryKind(MONDAY + DAY, 'b'));

    expect(connections).toHaveLength(2);
    expect(history.status()).toEqual({ persistent: true });
    expect(await history.count()).toBe(10);
    expect(await history.loadEngineState()).toEqual({ n: 2 });
  });

  it('retries on a new connection when the old one was closed without notice', async () => {
    const { factory, connections } = watchedFactory();
    const history = await openHistory({ factory });
    connections[0]?.close();
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY));
    expect(connections).toHaveLength(2);
    expect(await history.count()).toBe(5);
    expect(history.status()).toEqual({ persistent: true });
  });

  it('steps aside when a newer version needs the database (blocking), and does not fail after', async () => {
    const factory = new IDBFactory();
    const history = await openHistory({ factory });
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY));
    const blocked = vi.fn();

    const request = factory.open(SCHEMA.name, SCHEMA.version + 1);
    request.onblocked = blocked;
    const newer = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });

    expect(blocked).not.toHaveBeenCalled();
    expect(await history.count()).toBe(0);
    expect(history.status()).toEqual({ persistent: false, reason: 'newer-version' });
    newer.close();
  });

  it('gives up waiting for a page that holds an old version (blocked), and does not keep a late connection', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const factory = new IDBFactory();
    const old = await rawOpen(factory, SCHEMA.name, 1, (db) => {
      db.createObjectStore('records', { keyPath: 'id' }).createIndex('by-at', 'at');
      db.createObjectStore('engine');
    });
    const asked = new Promise<void>((resolve) => {
      old.onversionchange = () => resolve();
    });
    const v2 = { ...SCHEMA, version: 2, migrations: { ...SCHEMA.migrations, 2: () => {} } };

    const opening = openHistory({ factory, schema: v2 });
    await asked;
    // The blocked event arrives a few tasks later and starts the module's wait.
    while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
    vi.advanceTimersByTime(2999);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1);
    const history = await opening;

    expect(history.status()).toEqual({ persistent: false, reason: 'blocked' });
    await expectWorksInMemory(history);
    old.close();
    const upgraded = await openHistory({ factory, schema: v2 });
    expect(upgraded.status()).toEqual({ persistent: true });
    const blocked = vi.fn();
    const v3 = factory.open(SCHEMA.name, 3);
    v3.onblocked = blocked;
    await new Promise((resolve) => {
      v3.onsuccess = resolve;
    });
    expect(blocked).not.toHaveBeenCalled();
  });
});

describe('deleteEverything when history fell back to memory', () => {
  it('clears memory when there never was a disk', async () => {
    const history = await openHistory({ factory: null });
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY));
    await history.deleteEverything();
    expect(await history.count()).toBe(0);
    expect(await history.loadEngineState()).toBeUndefined();
  });

  it('reaches the disk again, deletes it, and keeps history there from then on', async () => {
    const factory = new IDBFactory();
    const history = await openHistory({ factory });
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY));
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await history.commitStep({ n: 2 }, recordsOfEveryKind(MONDAY, 'b'));
    full.mockRestore();

    await history.deleteEverything();

    expect(history.status()).toEqual({ persistent: true });
    expect(await history.count()).toBe(0);
    expect(await rawRecords(factory, SCHEMA.name, SCHEMA.version)).toEqual([]);
  });

  it('says so when the copy on disk cannot be reached, and leaves it untouched', async () => {
    const factory = new IDBFactory();
    const newer = await rawOpen(factory, SCHEMA.name, SCHEMA.version + 1, (db) => {
      db.createObjectStore('records', { keyPath: 'id' }).put(recordsOfEveryKind(MONDAY)[0]);
    });
    newer.close();
    const history = await openHistory({ factory });
    await expect(history.deleteEverything()).rejects.toMatchObject({ reason: 'newer-version' });
    expect(await rawRecords(factory, SCHEMA.name, SCHEMA.version + 1)).toHaveLength(1);
  });
});
