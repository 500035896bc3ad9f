import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../db/open-history.ts';
import { SCHEMA } from '../../db/schema.ts';
import { syntheticYear } from '../e2e/year.ts';
import { activityRecords, recordsOfEveryKind } from './sample-records.ts';
import { expectDaysConsistent, expectTrendsAsFromRecords } from './schema-fixtures.ts';

const DAY = 86_400_000;
const MONDAY = Date.UTC(2025, 0, 6);

describe('each day’s trend facts follow its records', () => {
  it('through steps, imports, a note, retention and a partly pruned day', async () => {
    const factory = new IDBFactory();
    const history = await openHistory({ factory });
    await history.commitStep({ n: 1 }, recordsOfEveryKind(MONDAY + 23 * 3_600_000));
    await history.commitStep({ n: 2 }, recordsOfEveryKind(MONDAY + DAY + 3_600_000, 's'));
    await expectDaysConsistent(factory, SCHEMA);
    expect(await history.noteOnCue('s-cue', 'After lunch')).toBe(true);
    await expectDaysConsistent(factory, SCHEMA);

    const month = syntheticYear({ end: MONDAY + 30 * DAY, days: 30, perDay: 50 });
    await history.addRecords([...month, ...recordsOfEveryKind(MONDAY + 23 * 3_600_000)]);
    await expectDaysConsistent(factory, SCHEMA);

    // Whole days go, and the cutoff's own day (records from 08:00 UTC) keeps what follows 08:10.
    const cutoff = MONDAY + 10 * DAY + 8 * 3_600_000 + 10 * 60_000;
    await history.pruneBefore(cutoff);
    await expectDaysConsistent(factory, SCHEMA);
    const left = month.filter((r) => r.at >= cutoff);
    expect(left.filter((r) => r.at < MONDAY + 11 * DAY).length).toBeGreaterThan(10);
    expect(month.filter((r) => r.at >= MONDAY + 10 * DAY && r.at < cutoff).length).toBeGreaterThan(
      10,
    );
    await expectTrendsAsFromRecords(history, left, MONDAY - DAY, 5, 'Asia/Tokyo');

    await history.deleteEverything();
    await expectDaysConsistent(factory, SCHEMA);
    expect(await history.trendFactsBetween(MONDAY - DAY, MONDAY + 34 * DAY)).toEqual([]);
  });

  it('reads the facts of the days a range falls in, and nothing for an empty range', async () => {
    const history = await openHistory({ factory: new IDBFactory() });
    await history.addRecords(activityRecords(30, MONDAY, 8 * 3_600_000));
    const facts = await history.trendFactsBetween(MONDAY + DAY, MONDAY + 3 * DAY);
    // The days of MONDAY + 1, + 2 and + 3 (the range's end is read too; the summary leaves it out).
    expect(facts.map((day) => (day as unknown as { day: number }).day)).toEqual([
      MONDAY / DAY + 1,
      MONDAY / DAY + 2,
      MONDAY / DAY + 3,
    ]);
    expect(await history.trendFactsBetween(MONDAY + DAY, MONDAY + DAY)).toEqual([]);
  });

  it('come from memory too, when the disk is not there', async () => {
    const history = await openHistory({ factory: null });
    const records = syntheticYear({ end: MONDAY + 20 * DAY, days: 20, perDay: 40 });
    await history.addRecords(records);
    await expectTrendsAsFromRecords(history, records, MONDAY - DAY, 3, 'Europe/Berlin');
  });
});
