import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { PRUNE_CHUNK } from '../../db/idb-store.ts';
import { openHistory } from '../../db/open-history.ts';
import { activityRecords, collect, recordsOfEveryKind } from './sample-records.ts';

const DAY = 86_400_000;
const MONDAY = Date.UTC(2025, 0, 6);

async function fresh() {
  const factory = new IDBFactory();
  return { factory, history: await openHistory({ factory }) };
}

describe('commitStep', () => {
  it('saves the engine state and the new records, and both survive a restart', async () => {
    const { factory, history } = await fresh();
    const records = recordsOfEveryKind(MONDAY);
    await history.commitStep({ phase: 'watching', since: MONDAY }, records);
    history.close();

    const reopened = await openHistory({ factory });
    expect(await reopened.loadEngineState()).toEqual({ phase: 'watching', since: MONDAY });
    expect(await reopened.recordsBetween(MONDAY, MONDAY + DAY)).toEqual(records);
  });

  it('skips records whose id it already has, so a replayed step writes nothing twice', async () => {
    const { history } = await fresh();
    const records = recordsOfEveryKind(MONDAY);
    await history.commitStep({ n: 1 }, records.slice(0, 3));
    await history.commitStep({ n: 2 }, records);
    await history.commitStep({ n: 3 }, records);
    expect(await history.count()).toBe(records.length);
    expect(await history.loadEngineState()).toEqual({ n: 3 });
    expect(history.status()).toEqual({ persistent: true });
  });

  it('writes neither state nor records when the transaction fails midway', async () => {
    const { history } = await fresh();
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY, 'first'));
    const broken = [...recordsOfEveryKind(MONDAY + DAY, 'second')];
    broken.splice(2, 0, { ...broken[0], id: undefined } as unknown as InterludeRecord);

    await expect(history.commitStep({ n: 2 }, broken)).rejects.toThrow();

    expect(await history.loadEngineState()).toEqual({ n: 1 });
    expect(await history.count()).toBe(5);
    expect(history.status()).toEqual({ persistent: true });
  });

  it('keeps a copy: changing the committed state afterwards changes nothing stored', async () => {
    const { history } = await fresh();
    const state = { list: [1] };
    await history.commitStep(state, []);
    state.list.push(2);
    expect(await history.loadEngineState()).toEqual({ list: [1] });
  });
});

describe('queries', () => {
  const week = [
    ...recordsOfEveryKind(MONDAY - DAY, 'before'),
    ...recordsOfEveryKind(MONDAY, 'mon'),
    ...recordsOfEveryKind(MONDAY + 3 * DAY, 'thu'),
    ...recordsOfEveryKind(MONDAY + 7 * DAY, 'next'),
  ];

  it('recordsBetween is half-open and ascending by time', async () => {
    const { history } = await fresh();
    await history.addRecords([...week].reverse());
    const found = await history.recordsBetween(MONDAY, MONDAY + 7 * DAY);
    expect(found.map((r) => r.id)).toEqual(week.slice(5, 15).map((r) => r.id));
  });

  it('recordsOfKindBetween finds one kind in the range', async () => {
    const { history } = await fresh();
    await history.addRecords(week);
    const cues = await history.recordsOfKindBetween('boundary-cue', MONDAY, MONDAY + 7 * DAY);
    expect(cues.map((r) => r.id)).toEqual(['mon-cue', 'thu-cue']);
    expect(cues[0]?.answer).toBe('mine-later');
  });

  it.each([
    [MONDAY, MONDAY],
    [MONDAY + DAY, MONDAY],
    [Number.NaN, MONDAY],
  ])('an empty or inverted range (%d, %d) finds nothing instead of throwing', async (from, to) => {
    const { history } = await fresh();
    await history.addRecords(week);
    expect(await history.recordsBetween(from, to)).toEqual([]);
    expect(await history.recordsOfKindBetween('activity', from, to)).toEqual([]);
  });

  it('finds a week among a year of records (a correctness check; timing is the bench’s job)', async () => {
    const { history } = await fresh();
    const yearStart = Date.UTC(2024, 0, 1);
    // A year at a fifth of the bench's density: fake-indexeddb inserts in O(n) each, so 250,000
    // records take ~40 s here; the bench measures the full year in Chromium.
    const year = activityRecords(50_000, yearStart, 630_000);
    expect(await history.addRecords(year)).toEqual({ added: 50_000, skipped: 0 });

    const from = yearStart + 100 * DAY;
    const found = await history.recordsBetween(from, from + 7 * DAY);
    expect(found).toEqual(year.filter((r) => r.at >= from && r.at < from + 7 * DAY));
    expect(found.length).toBe(960);

    const times = (await collect(history.allRecords())).map((r) => r.at);
    expect(times.length).toBe(50_000);
    expect(times.every((at, i) => at === yearStart + i * 630_000)).toBe(true);
  }, 120_000);
});

describe('allRecords', () => {
  it('pages through everything once, in time order, never splitting records that share a time', async () => {
    const { history } = await fresh();
    const shared = activityRecords(50, MONDAY, 0).map((r, i) => ({
      ...r,
      at: MONDAY + Math.floor(i / 7),
    }));
    const crowd = activityRecords(12, MONDAY + DAY, 0).map((r) => ({ ...r, id: `crowd-${r.id}` }));
    await history.addRecords([...crowd, ...shared]);

    const pages: InterludeRecord[][] = [];
    for await (const page of history.allRecords(5)) pages.push(page);

    const flat = pages.flat();
    expect(flat).toHaveLength(62);
    expect(new Set(flat.map((r) => r.id)).size).toBe(62);
    expect(flat.map((r) => r.at)).toEqual([...flat.map((r) => r.at)].sort((a, b) => a - b));
    for (const page of pages) {
      const firstAt = page[0]?.at;
      const outside = flat.filter((r) => r.at === firstAt && !page.includes(r));
      expect(outside).toEqual([]);
    }
  });

  it('yields nothing for an empty history', async () => {
    const { history } = await fresh();
    expect(await collect(history.allRecords())).toEqual([]);
  });
});

describe('addRecords', () => {
  it('counts what it added and what it skipped, including ids repeated within the batch', async () => {
    const { history } = await fresh();
    const records = recordsOfEveryKind(MONDAY);
    expect(await history.addRecords(records.slice(0, 2))).toEqual({ added: 2, skipped: 0 });
    expect(await history.addRecords([...records, records[4] as InterludeRecord])).toEqual({
      added: 3,
      skipped: 3,
    });
    expect(await history.count()).toBe(5);
  });

  it('adds all of a batch in one transaction, one write per day and none per record', async () => {
    const { history } = await fresh();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const progress: number[] = [];
    // 100 records over three UTC days.
    await history.addRecords(activityRecords(100, MONDAY, 2_000_000), (done) =>
      progress.push(done),
    );
    const stores = put.mock.contexts as IDBObjectStore[];
    const days = stores.filter((store) => store.name === 'days');
    expect(days).toHaveLength(3);
    expect(new Set(stores.map((store) => store.transaction)).size).toBe(1);
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await history.count()).toBe(100);
  });
});

describe('noteOnCue', () => {
  it('writes a note onto the boundary cue it names, on disk and in memory alike', async () => {
    for (const factory of [new IDBFactory(), null]) {
      const history = await openHistory({ factory });
      const records = recordsOfEveryKind(MONDAY);
      const cue = records.find((r) => r.kind === 'boundary-cue');
      const other = records.find((r) => r.kind !== 'boundary-cue');
      if (!cue || !other) throw new Error('The sample has a cue and another record');
      await history.commitStep({}, records);
      expect(await history.noteOnCue(cue.id, 'Ask Priya')).toBe(true);
      expect(await history.noteOnCue(other.id, 'not a cue')).toBe(false);
      expect(await history.noteOnCue('no-such-id', 'nowhere')).toBe(false);
      const kept = await history.recordsBetween(MONDAY, MONDAY + DAY);
      expect(kept).toEqual(records.map((r) => (r.id === cue.id ? { ...r, note: 'Ask Priya' } : r)));
    }
  });

  it('finds a cue answered just before midnight (UTC) from a note written just after it', async () => {
    const { history } = await fresh();
    const [cue] = recordsOfEveryKind(MONDAY + DAY - 60_000).filter(
      (r) => r.kind === 'boundary-cue',
    );
    if (!cue) throw new Error('The sample has a cue');
    await history.commitStep({}, [{ ...cue, at: MONDAY + DAY - 1 }]);
    await history.commitStep({}, recordsOfEveryKind(MONDAY + DAY, 'next'));
    expect(await history.noteOnCue(cue.id, 'Tomorrow')).toBe(true);
    expect((await history.recordsBetween(MONDAY, MONDAY + DAY))[0]).toMatchObject({
      id: cue.id,
      note: 'Tomorrow',
    });
  });
});

describe('deleting', () => {
  it('deleteEverything removes records and engine state together', async () => {
    const { factory, history } = await fresh();
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY));
    await history.saveMeta({ lastRetentionRun: MONDAY });
    await history.deleteEverything();
    expect(await history.count()).toBe(0);
    expect(await history.loadEngineState()).toBeUndefined();
    const reopened = await openHistory({ factory });
    expect(await reopened.count()).toBe(0);
    expect(await reopened.loadMeta()).toEqual({});
  });

  it('pruneBefore deletes exactly the records before the cutoff, across several chunks', async () => {
    const { history } = await fresh();
    const records = activityRecords(PRUNE_CHUNK * 2 + 500, MONDAY, 1000);
    await history.addRecords(records);
    const cutoff = MONDAY + (PRUNE_CHUNK * 2 + 10) * 1000;

    expect(await history.pruneBefore(cutoff)).toBe(PRUNE_CHUNK * 2 + 10);

    expect(await history.count()).toBe(490);
    const left = await collect(history.allRecords());
    expect(left[0]?.at).toBe(cutoff);
    expect(await history.pruneBefore(cutoff)).toBe(0);
  }, 60_000);
});

describe('meta', () => {
  it('keeps the last retention run beside the engine state', async () => {
    const { factory, history } = await fresh();
    expect(await history.loadMeta()).toEqual({});
    await history.saveMeta({ lastRetentionRun: MONDAY });
    await history.commitStep({ n: 1 }, []);
    expect(await (await openHistory({ factory })).loadMeta()).toEqual({ lastRetentionRun: MONDAY });
  });
});
