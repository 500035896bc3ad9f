// The history layer uses IDBKeyRange and friends as globals, as in a browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../db/open-history.ts';
import { pruneIfDue } from '../../db/prune-if-due.ts';
import { WEEK_RECORDS } from '../components/log/week-fixture.ts';

const DAY = 86_400_000;

describe('pruneIfDue', () => {
  it('deletes what is older than the retention, at most once a day', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    await history.addRecords(WEEK_RECORDS);
    const now = Date.parse('2025-06-17T12:00:00Z');
    // Seven days back from now is 10 June, 12:00 UTC: everything before Tuesday's cues goes.
    expect(await pruneIfDue(history, 7, now)).toBe(8);
    expect(await history.count()).toBe(3);
    expect(await pruneIfDue(history, 1, now + DAY / 2)).toBe(0);
    expect(await history.count()).toBe(3);
    expect(await pruneIfDue(history, 1, now + DAY)).toBe(3);
    expect((await history.loadMeta()).lastRetentionRun).toBe(now + DAY);
  });
});
