import { describe, expect, it } from 'vitest';
import type { InterludeRecord } from '../../core/records.ts';
import { summarizeWeek } from '../../core/summarize-week.ts';
import { weekStartOf } from '../../core/week-start-of.ts';
import { local } from './helpers.ts';

const ZONE = 'Europe/Berlin';
let n = 0;
const base = (at: number) => ({ id: `r${n++}`, at, zone: ZONE });
const pause = (
  at: number,
  outcome: 'taken' | 'skipped' | 'snoozed' | 'dismissed' | 'expired',
): InterludeRecord => ({
  ...base(at),
  kind: 'transition-pause',
  reason: 'long-stretch',
  outcome,
});
const activity = (at: number, until: number, activeMs: number): InterludeRecord => ({
  ...base(at),
  kind: 'activity',
  until,
  activeMs,
});

describe('weekStartOf', () => {
  it.each([
    ['Monday start', '2026-03-26 15:00', 1, undefined, '2026-03-23 00:00'],
    ['Sunday start', '2026-03-26 15:00', 0, undefined, '2026-03-22 00:00'],
    [
      'the locale decides (en-US: Sunday)',
      '2026-03-26 15:00',
      'locale',
      'en-US',
      '2026-03-22 00:00',
    ],
    [
      'the locale decides (de-DE: Monday)',
      '2026-03-26 15:00',
      'locale',
      'de-DE',
      '2026-03-23 00:00',
    ],
    ['on the first day itself', '2026-03-23 00:00', 1, undefined, '2026-03-23 00:00'],
  ] as const)('%s', (_name, at, startsOn, locale, expected) => {
    expect(weekStartOf(local(at, ZONE), ZONE, startsOn, locale)).toBe(local(expected, ZONE));
  });
});

describe('summarizeWeek', () => {
  const weekStart = local('2026-03-23 00:00', ZONE); // the week with the spring-forward Sunday

  it('has seven local days; the DST Sunday is 23 hours long', () => {
    const week = summarizeWeek([], weekStart, ZONE);
    expect(week.days.map((d) => d.date)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    expect(week.days.map((d) => (d.end - d.start) / 3_600_000)).toEqual([
      24, 24, 24, 24, 24, 24, 23,
    ]);
    expect(week.weekEnd).toBe(local('2026-03-30 00:00', ZONE));
    expect(week.comparison).toBeUndefined();
  });

  it('an autumn week has a 25-hour Sunday', () => {
    const week = summarizeWeek([], local('2026-10-19 00:00', ZONE), ZONE);
    expect(week.days.at(-1)).toMatchObject({ date: '2026-10-25' });
    expect(((week.days.at(-1)?.end ?? 0) - (week.days.at(-1)?.start ?? 0)) / 3_600_000).toBe(25);
  });

  it('counts pauses, breaks, screen time, the longest stretch, cue answers and release notes per day', () => {
    const tue = (t: string) => local(`2026-03-24 ${t}`, ZONE);
    const records: InterludeRecord[] = [
      pause(tue('10:00'), 'taken'),
      pause(tue('11:00'), 'skipped'),
      pause(tue('14:00'), 'snoozed'),
      pause(tue('15:00'), 'dismissed'),
      activity(tue('09:00'), tue('10:00'), 55 * 60_000),
      activity(tue('10:01'), tue('12:00'), 100 * 60_000),
      { ...base(tue('12:00')), kind: 'natural-break', until: tue('12:45'), state: 'locked' },
      {
        ...base(tue('09:30')),
        kind: 'boundary-cue',
        reason: 'compose',
        outcome: 'taken',
        answer: 'someone-else',
        host: 'mail.google.com',
      },
      { ...base(tue('09:50')), kind: 'boundary-cue', reason: 'compose', outcome: 'expired' },
      {
        ...base(tue('17:30')),
        kind: 'end-of-day',
        reason: 'work-hours-end',
        outcome: 'taken',
        done: 'Plan sent',
        putDown: 'Inbox',
      },
      // A stretch across midnight into Wednesday: its screen time is shared between the days.
      activity(tue('23:30'), local('2026-03-25 00:30', ZONE), 60 * 60_000),
      // Outside the week and the week before: ignored.
      pause(local('2026-04-01 10:00', ZONE), 'taken'),
    ];
    const week = summarizeWeek(records, weekStart, ZONE);
    const tuesday = week.days[1];
    expect(tuesday).toMatchObject({
      date: '2026-03-24',
      pauses: { offered: 4, taken: 1, snoozed: 1, skipped: 1, dismissed: 1, expired: 0 },
      naturalBreaks: 1,
      naturalBreakMs: 45 * 60_000,
      activeMs: (55 + 100 + 30) * 60_000,
      longestStretchMs: 100 * 60_000,
      cues: { 'someone-else': 1, unanswered: 1 },
    });
    expect(week.days[2]?.activeMs).toBe(30 * 60_000);
    expect(week.releases).toEqual([
      { date: '2026-03-24', at: tue('17:30'), done: 'Plan sent', putDown: 'Inbox' },
    ]);
    expect(week.totals.pauses.offered).toBe(4);
  });

  it('compares gently with the previous week when its records are included', () => {
    const records: InterludeRecord[] = [
      pause(local('2026-03-17 10:00', ZONE), 'taken'),
      pause(local('2026-03-24 10:00', ZONE), 'taken'),
      pause(local('2026-03-25 10:00', ZONE), 'taken'),
      {
        ...base(local('2026-03-25 12:00', ZONE)),
        kind: 'natural-break',
        until: local('2026-03-25 12:30', ZONE),
        state: 'idle',
      },
    ];
    const week = summarizeWeek(records, weekStart, ZONE);
    expect(week.previous?.pauses.taken).toBe(1);
    expect(week.comparison).toMatchObject({ pausesTaken: 1, naturalBreaks: 1, rest: 'more' });
  });

  it('while the week is under way, sets it against the same part of the week before', () => {
    const now = local('2026-03-25 12:00', ZONE); // Wednesday noon
    const records: InterludeRecord[] = [
      // The week before, up to Wednesday noon: counted.
      pause(local('2026-03-16 10:00', ZONE), 'taken'),
      pause(local('2026-03-18 11:59', ZONE), 'taken'),
      // Two hours of screen time on Wednesday morning, and one across noon that counts by half.
      activity(local('2026-03-18 08:00', ZONE), local('2026-03-18 10:00', ZONE), 120 * 60_000),
      activity(local('2026-03-18 11:30', ZONE), local('2026-03-18 12:30', ZONE), 60 * 60_000),
      // The week before, after Wednesday noon: not yet comparable.
      pause(local('2026-03-18 12:01', ZONE), 'taken'),
      pause(local('2026-03-20 10:00', ZONE), 'taken'),
      activity(local('2026-03-19 09:00', ZONE), local('2026-03-19 17:00', ZONE), 400 * 60_000),
      // This week so far.
      pause(local('2026-03-24 10:00', ZONE), 'taken'),
      pause(local('2026-03-25 10:00', ZONE), 'taken'),
    ];
    const week = summarizeWeek(records, weekStart, ZONE, now);
    expect(week.comparedUntil).toBe(local('2026-03-18 12:00', ZONE));
    expect(week.previous?.pauses.taken).toBe(2);
    expect(week.previous?.activeMs).toBe(150 * 60_000);
    expect(week.comparison).toMatchObject({ pausesTaken: 0, rest: 'same' });
  });

  it('a finished week is set against the whole week before', () => {
    const records: InterludeRecord[] = [
      pause(local('2026-03-22 20:00', ZONE), 'taken'),
      pause(local('2026-03-24 10:00', ZONE), 'taken'),
    ];
    const week = summarizeWeek(records, weekStart, ZONE, local('2026-04-02 09:00', ZONE));
    expect(week.comparedUntil).toBeUndefined();
    expect(week.previous?.pauses.taken).toBe(1);
  });
});
