import { describe, expect, it } from 'vitest';
import { gentleSigns } from '../../core/gentle-signs.ts';
import type { WeekTrend } from '../../core/summarize-trends.ts';

const H = 3_600_000;
const week = (fields: Partial<WeekTrend> = {}): WeekTrend => ({
  weekStart: 0,
  weekEnd: 0,
  partial: false,
  pausesOffered: 10,
  pausesTaken: 6,
  pausesSkipped: 2,
  naturalBreaks: 8,
  activeMs: 30 * H,
  afterHoursMs: 0,
  activeDays: 5,
  releaseDays: 4,
  cues: 10,
  cuesAnswered: 8,
  mineNow: 4,
  longestStretchMs: 2 * H,
  ...fields,
});

describe('gentleSigns', () => {
  it('says nothing of ordinary weeks', () => {
    expect(
      gentleSigns(
        Array.from({ length: 12 }, () => week()),
        true,
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'after hours growing three weeks running',
      [
        week({ afterHoursMs: H / 2 }),
        week({ afterHoursMs: H }),
        week({ afterHoursMs: 2 * H }),
        week({ afterHoursMs: 3 * H }),
      ],
      [{ sign: 'after-hours-rising', weeks: 3 }],
    ],
    [
      'after hours growing only two weeks running',
      [
        week({ afterHoursMs: 3 * H }),
        week({ afterHoursMs: H }),
        week({ afterHoursMs: 2 * H }),
        week({ afterHoursMs: 3 * H }),
      ],
      [],
    ],
    [
      'after hours rising but under half an hour',
      [
        week({ afterHoursMs: 1 }),
        week({ afterHoursMs: 2 }),
        week({ afterHoursMs: 3 }),
        week({ afterHoursMs: 4 }),
      ],
      [],
    ],
    [
      'no release on most days for four weeks',
      [
        week(),
        week({ releaseDays: 1 }),
        week({ releaseDays: 2 }),
        week({ releaseDays: 0 }),
        week({ releaseDays: 1 }),
      ],
      [{ sign: 'few-releases', weeks: 4 }],
    ],
    [
      'skips far above pauses taken for three weeks',
      [
        week({ pausesSkipped: 9, pausesTaken: 1 }),
        week({ pausesSkipped: 12, pausesTaken: 4 }),
        week({ pausesSkipped: 6, pausesTaken: 0 }),
      ],
      [{ sign: 'skips-outweigh-pauses', weeks: 3 }],
    ],
    [
      'the pattern broken by the last finished week',
      [week({ releaseDays: 0 }), week({ releaseDays: 0 }), week({ releaseDays: 0 }), week()],
      [],
    ],
  ])('%s', (_name, trends, expected) => {
    expect(gentleSigns(trends, true)).toEqual(expected);
  });

  it('judges finished weeks only: the week under way neither makes nor breaks a pattern', () => {
    const few = week({ releaseDays: 0 });
    expect(gentleSigns([few, few, few, week({ partial: true })], true)).toEqual([
      { sign: 'few-releases', weeks: 3 },
    ]);
    expect(gentleSigns([week(), few, few, week({ partial: true, releaseDays: 0 })], true)).toEqual(
      [],
    );
  });

  it('offers at most two, in a fixed order, and none about releases when the release is off', () => {
    const heavy = (afterHoursMs: number) =>
      week({ afterHoursMs, releaseDays: 0, pausesSkipped: 12, pausesTaken: 1 });
    const trends = [heavy(H), heavy(2 * H), heavy(3 * H), heavy(4 * H)];
    expect(gentleSigns(trends, true).map((o) => o.sign)).toEqual([
      'after-hours-rising',
      'few-releases',
    ]);
    expect(gentleSigns(trends, false).map((o) => o.sign)).toEqual([
      'after-hours-rising',
      'skips-outweigh-pauses',
    ]);
  });
});
