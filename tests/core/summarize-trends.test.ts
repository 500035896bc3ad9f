import { describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import {
  summarizeTrendFacts,
  summarizeTrends,
  TREND_WEEKS,
  type WeekTrend,
} from '../../core/summarize-trends.ts';
import { TrendMoment, trendFacts } from '../../core/trend-facts.ts';
import { localMidnight } from '../../core/week-start-of.ts';
import { syntheticYear } from '../e2e/year.ts';

const ZONE = 'Europe/Berlin';
const HOURS = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' };
const at = (iso: string) => Date.parse(iso);
// Monday 7 September 2026, 00:00 in Berlin (UTC+2).
const WEEK_1 = at('2026-09-07T00:00:00+02:00');
const AFTER = at('2027-01-01T00:00:00Z');
const H = 3_600_000;

let n = 0;
const base = (iso: string) => ({ id: `r${n++}`, at: at(iso), zone: ZONE });
const activity = (from: string, to: string, activeMs = at(to) - at(from)): InterludeRecord => ({
  ...base(from),
  kind: 'activity',
  until: at(to),
  activeMs,
});
const pause = (
  iso: string,
  outcome: 'taken' | 'skipped' | 'dismissed' | 'snoozed',
): InterludeRecord => ({
  ...base(iso),
  kind: 'transition-pause',
  reason: 'long-stretch',
  outcome,
});
const release = (iso: string, outcome: 'taken' | 'skipped'): InterludeRecord => ({
  ...base(iso),
  kind: 'end-of-day',
  reason: 'work-hours-end',
  outcome,
});

describe('summarizeTrends', () => {
  it('counts each week on its own, and screen time outside working hours as after hours', () => {
    const records: InterludeRecord[] = [
      activity('2026-09-06T20:00:00+02:00', '2026-09-06T21:00:00+02:00'), // the Sunday before: ignored
      activity('2026-09-07T08:00:00+02:00', '2026-09-07T10:00:00+02:00'), // 1 h before 09:00, 1 h in
      activity('2026-09-12T10:00:00+02:00', '2026-09-12T10:30:00+02:00'), // Saturday: all after hours
      pause('2026-09-07T10:00:00+02:00', 'taken'),
      pause('2026-09-07T11:00:00+02:00', 'skipped'),
      pause('2026-09-08T11:00:00+02:00', 'dismissed'),
      pause('2026-09-08T12:00:00+02:00', 'snoozed'),
      {
        ...base('2026-09-08T13:00:00+02:00'),
        kind: 'natural-break',
        until: at('2026-09-08T13:10:00+02:00'),
        state: 'idle',
      },
      {
        ...base('2026-09-08T14:00:00+02:00'),
        kind: 'boundary-cue',
        reason: 'compose',
        outcome: 'taken',
        answer: 'mine-now',
      },
      release('2026-09-07T17:30:00+02:00', 'taken'),
      release('2026-09-07T17:40:00+02:00', 'taken'), // the same day twice counts once
      release('2026-09-08T17:30:00+02:00', 'skipped'),
      activity('2026-09-15T18:00:00+02:00', '2026-09-15T19:00:00+02:00', H / 2), // week 2, after hours
    ];
    const [first, second] = summarizeTrends(records, WEEK_1, 2, ZONE, HOURS, AFTER);
    expect(first).toEqual({
      weekStart: WEEK_1,
      weekEnd: at('2026-09-14T00:00:00+02:00'),
      partial: false,
      pausesOffered: 4,
      pausesTaken: 1,
      pausesSkipped: 2,
      naturalBreaks: 1,
      activeMs: 2.5 * H,
      afterHoursMs: 1.5 * H,
      activeDays: 2,
      releaseDays: 1,
      cues: 1,
      cuesAnswered: 1,
      mineNow: 1,
      longestStretchMs: 2 * H,
    });
    expect(second).toMatchObject({ activeMs: H / 2, afterHoursMs: H / 2, activeDays: 1 });
  });

  it('keeps the longest stretch without a pause, and "mine, now" among the answered cues', () => {
    const cue = (iso: string, answer?: 'mine-now' | 'mine-later'): InterludeRecord => ({
      ...base(iso),
      kind: 'boundary-cue',
      reason: 'compose',
      outcome: answer ? 'taken' : 'expired',
      ...(answer ? { answer } : {}),
    });
    const [week] = summarizeTrends(
      [
        activity('2026-09-07T09:00:00+02:00', '2026-09-07T10:30:00+02:00', 80 * 60_000),
        activity('2026-09-08T09:00:00+02:00', '2026-09-08T12:00:00+02:00', 150 * 60_000),
        activity('2026-09-09T09:00:00+02:00', '2026-09-09T10:00:00+02:00', 50 * 60_000),
        cue('2026-09-07T11:00:00+02:00', 'mine-now'),
        cue('2026-09-07T11:10:00+02:00', 'mine-later'),
        cue('2026-09-07T11:20:00+02:00', 'mine-now'),
        cue('2026-09-07T11:30:00+02:00'),
      ],
      WEEK_1,
      1,
      ZONE,
      HOURS,
      AFTER,
    );
    expect(week).toMatchObject({
      longestStretchMs: 150 * 60_000,
      cues: 4,
      cuesAnswered: 3,
      mineNow: 2,
    });
  });

  it('shares a stretch that crosses the end of the working day in proportion', () => {
    const [week] = summarizeTrends(
      [activity('2026-09-09T17:00:00+02:00', '2026-09-09T18:00:00+02:00', 40 * 60_000)],
      WEEK_1,
      1,
      ZONE,
      HOURS,
      AFTER,
    );
    // 30 of its 60 minutes fell after 17:30: half of the 40 active minutes.
    expect(week?.afterHoursMs).toBe(20 * 60_000);
  });

  it('marks the week under way as partial, and keeps a DST week 169 hours long', () => {
    // Monday 19 October 2026; the clocks go back on Sunday 25 October in Berlin.
    const dstWeek = at('2026-10-19T00:00:00+02:00');
    const [week, next] = summarizeTrends(
      [],
      dstWeek,
      2,
      ZONE,
      HOURS,
      at('2026-10-28T12:00:00+01:00'),
    );
    expect(week?.weekEnd).toBe(at('2026-10-26T00:00:00+01:00'));
    expect(((week?.weekEnd ?? 0) - dstWeek) / H).toBe(169);
    expect(week?.partial).toBe(false);
    expect(next?.partial).toBe(true);
  });

  it('reads records in any order', () => {
    const records = [
      pause('2026-09-10T10:00:00+02:00', 'taken'),
      pause('2026-09-07T10:00:00+02:00', 'taken'),
      activity('2026-09-11T20:00:00+02:00', '2026-09-11T21:00:00+02:00'),
      activity('2026-09-07T20:00:00+02:00', '2026-09-07T21:00:00+02:00'),
    ];
    const forward = summarizeTrends(records, WEEK_1, 1, ZONE, HOURS, AFTER);
    const backward = summarizeTrends([...records].reverse(), WEEK_1, 1, ZONE, HOURS, AFTER);
    expect(backward).toEqual(forward);
    expect(forward[0]).toMatchObject({ pausesTaken: 2, afterHoursMs: 2 * H, activeDays: 2 });
  });
});

describe('summarizeTrendFacts', () => {
  const DAY = 86_400_000;
  // A hundred days, some cues left unanswered and some releases skipped, made up from 08:00 UTC.
  const history = syntheticYear({ end: at('2026-12-16T12:00:00Z'), days: 100, perDay: 240 }).map(
    (r, i): InterludeRecord =>
      r.kind === 'boundary-cue' && i % 7 === 0
        ? { ...r, outcome: 'expired', answer: undefined }
        : r.kind === 'end-of-day' && Math.floor(r.at / DAY) % 3 === 0
          ? { ...r, outcome: 'skipped' }
          : r,
  );
  const byUtcDay = Map.groupBy(history, (r) => Math.floor(r.at / DAY));

  it.each(['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kathmandu'])(
    'gives the same twelve weeks from each day’s facts as from the records, in %s',
    (zone) => {
      const first = localMidnight(at('2026-09-21T12:00:00Z'), zone, 0);
      const now = at('2026-12-16T12:00:00Z');
      const perDay = [...byUtcDay.values()].map((records) => trendFacts(records));
      const fromFacts = summarizeTrendFacts(perDay, first, TREND_WEEKS, zone, HOURS, now);
      const fromRecords = summarizeTrends(history, first, TREND_WEEKS, zone, HOURS, now);
      expect(fromFacts).toEqual(fromRecords);
      expect(fromFacts.reverse()).toEqual(
        summarizeTrendFacts(perDay.reverse(), first, TREND_WEEKS, zone, HOURS, now).reverse(),
      );
      // Every kind of figure is exercised, so a figure dropped from the facts cannot pass unseen.
      const total = (key: keyof WeekTrend) =>
        fromRecords.reduce((sum, w) => sum + Number(w[key]), 0);
      for (const key of [
        'pausesOffered',
        'pausesTaken',
        'pausesSkipped',
        'naturalBreaks',
        'activeMs',
        'afterHoursMs',
        'activeDays',
        'releaseDays',
        'cues',
        'cuesAnswered',
        'mineNow',
        'longestStretchMs',
      ] as const)
        expect(total(key), key).toBeGreaterThan(0);
      expect(total('cues')).toBeGreaterThan(total('cuesAnswered'));
      expect(total('activeDays')).toBeGreaterThan(total('releaseDays'));
    },
  );

  it('keeps in the facts only what the trends read, and no zone, text or id', () => {
    const facts = trendFacts([
      activity('2026-09-07T08:00:00+02:00', '2026-09-07T10:00:00+02:00', H),
      pause('2026-09-07T10:00:00+02:00', 'snoozed'),
      release('2026-09-07T17:30:00+02:00', 'skipped'),
      { ...base('2026-09-07T18:00:00+02:00'), kind: 'later', item: 'r1', action: 'done' },
    ]);
    expect(facts).toEqual({
      at: Float64Array.from([at('2026-09-07T10:00:00+02:00')]),
      what: Uint8Array.from([TrendMoment.pauseOffered]),
      stretches: Float64Array.from([
        at('2026-09-07T08:00:00+02:00'),
        at('2026-09-07T10:00:00+02:00'),
        H,
      ]),
    });
  });
});
