import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../core/events.ts';
import {
  DOCS,
  dayEvents,
  GMAIL,
  type Line,
  local,
  replay,
  replayWorkday,
  SEARCH,
  SLACK,
  settingsIn,
  tabAt,
} from './helpers.ts';

const ZONE = 'Europe/Berlin';
const DATE = '2026-03-10'; // a Tuesday
const settings = settingsIn(ZONE);

/** Alternating docs and mail every 21 minutes from `from`: a task change each time. */
function changes(from: string, count: number): Line[] {
  const [h, m] = from.split(':').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const minutes = h * 60 + m + i * 21;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return tabAt(time, i % 2, i % 2 ? GMAIL : DOCS);
  });
}

describe('suppression and pacing', () => {
  it('snooze keeps everything quiet until it ends', () => {
    const run = replayWorkday(DATE, ZONE, [
      ['09:10', { type: 'snooze', minutes: 60 }],
      tabAt('09:30', 2, GMAIL),
      ['09:40', { type: 'compose', tab: 2, url: GMAIL }],
      ['09:45', { type: 'idle', state: 'locked' }],
      ['09:55', { type: 'idle', state: 'active' }],
      ['10:30', { type: 'compose', tab: 2, url: GMAIL }],
    ]);
    expect(run.shown).toEqual(['10:30 boundary-cue compose']);
    expect(
      run.effects.filter((e) => e.type === 'badge').map((e) => e.type === 'badge' && e.status),
    ).toEqual(['snoozed', 'none']);
  });

  it('nothing automatic outside working hours or on a day off', () => {
    const docsThenMail = (date: string, docsAt: string, mailAt: string) =>
      replay(
        dayEvents(date, ZONE, [
          tabAt(docsAt, 1, DOCS),
          [mailAt, { type: 'compose', tab: 2, url: GMAIL }],
        ]),
        settings,
      );
    const evening = docsThenMail(DATE, '18:00', '20:00');
    const sunday = docsThenMail('2026-03-15', '10:00', '12:00');
    expect([...evening.shown, ...sunday.shown]).toEqual([]);
  });

  it('the person can still ask for a pause at any time', () => {
    const run = replay(dayEvents(DATE, ZONE, [['21:00', { type: 'pause-now' }]]), settings);
    expect(run.shown).toEqual(['21:00 transition-pause on-request']);
  });

  it('a prompt gone from the screen unanswered is logged as expired and frees the slot at once', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['10:00', { type: 'pause-now' }],
        ['10:05', { type: 'prompt-gone', prompt: 'boundary-cue' }],
        ['10:06', { type: 'prompt-gone', prompt: 'transition-pause' }],
        ['10:07', { type: 'pause-now' }],
      ]),
      settings,
    );
    expect(run.shown).toEqual([
      '10:00 transition-pause on-request',
      '10:07 transition-pause on-request',
    ]);
    expect(run.records).toEqual([
      expect.objectContaining({
        kind: 'transition-pause',
        at: local(`${DATE} 10:00`, ZONE),
        outcome: 'expired',
      }),
    ]);
  });

  it('keeps the cooldown between transition pauses', () => {
    const run = replay(dayEvents(DATE, ZONE, changes('09:00', 6)), settings);
    // Changes at 09:21, 09:42, 10:03, 10:24, 10:45: each skipped by no answer (expires after 30 min).
    const times = run.prompts.map((p) => p.at);
    for (let i = 1; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(20 * 60_000);
    }
  });

  it('stops transition pauses at the daily cap; boundary cues have their own per-tab cooldown', () => {
    const capped = settingsIn(ZONE, { dailyPromptCap: 2 });
    const lines = [
      ...changes('09:00', 8),
      ['13:00', { type: 'compose', tab: 9, url: SLACK }] as Line,
    ];
    expect(replay(dayEvents(DATE, ZONE, lines), capped).shown).toEqual([
      '09:21 transition-pause task-change',
      '10:03 transition-pause long-stretch',
      '13:00 boundary-cue compose',
    ]);
  });

  it('backs off after skips, asks "fewer of these?" once, and resets when a pause is taken', () => {
    const lines: Line[] = [];
    const add = (time: string, event: Line[1]) => lines.push([time, event]);
    // Task changes every 21 minutes; each offered pause is skipped a minute later.
    for (const [time, event] of changes('09:00', 16)) add(time, event);
    const run0 = replay(dayEvents(DATE, ZONE, lines), settings);
    const withSkips: CoreEvent[] = [];
    for (const e of dayEvents(DATE, ZONE, lines)) {
      withSkips.push(e);
      if (run0.prompts.some((p) => p.at === e.at))
        withSkips.push({
          type: 'answer',
          at: e.at + 60_000,
          outcome: 'skipped',
          skipReason: 'not-now',
        });
    }
    const run = replay(withSkips, settings);
    const gaps = run.prompts
      .slice(1)
      .map((p, i) => (p.at - (run.prompts[i]?.at as number)) / 60_000);
    expect(Math.max(...gaps)).toBeGreaterThan(30);
    expect(run.effects.filter((e) => e.type === 'answered' && e.askFewer)).toEqual([
      {
        type: 'answered',
        counted: true,
        close: false,
        askFewer: {
          current: { stretchMinutes: 50, maxStretchMinutes: 70, cooldownMinutes: 20 },
          suggest: { stretchMinutes: 75, maxStretchMinutes: 95, cooldownMinutes: 30 },
        },
      },
    ]);
    expect(run.state.skips).toBeGreaterThanOrEqual(3);
    const taken = replay(
      [
        ...withSkips,
        { type: 'pause-now', at: local(`${DATE} 16:00`, ZONE) },
        { type: 'answer', at: local(`${DATE} 16:01`, ZONE), outcome: 'taken' },
      ],
      settings,
    );
    expect(taken.state.backoffLevel).toBe(0);
  });

  it('never asks "fewer of these?" when the person turned the question off, yet still backs off', () => {
    const lines = changes('09:00', 16);
    const offered = replay(dayEvents(DATE, ZONE, lines), settings).prompts;
    const withSkips = dayEvents(DATE, ZONE, lines).flatMap((e): CoreEvent[] =>
      offered.some((p) => p.at === e.at)
        ? [e, { type: 'answer', at: e.at + 60_000, outcome: 'skipped', skipReason: 'not-now' }]
        : [e],
    );
    const quiet = settingsIn(ZONE, { transition: { askFewer: false } });
    const run = replay(withSkips, quiet);
    expect(run.effects.filter((e) => e.type === 'answered' && e.askFewer)).toEqual([]);
    expect(run.state.skips).toBeGreaterThanOrEqual(3);
    expect(run.state.backoffLevel).toBeGreaterThan(0);
  });
});

describe('skip reasons', () => {
  const skippedAt = (skip: Line[1] & { type: 'answer' }, more: Line[] = [], with_ = settings) =>
    replay(
      dayEvents(DATE, ZONE, [
        tabAt('09:00', 1, 'https://calls.example.org/room/7'),
        ['10:10', { type: 'tick' }],
        ['10:11', skip],
        ...more,
      ]),
      with_,
    );

  it('"in a call" adds the site to the call list and holds the pause for the end of that call', () => {
    const run = skippedAt({ type: 'answer', outcome: 'skipped', skipReason: 'in-a-call' }, [
      tabAt('10:40', 2, SEARCH),
      ['10:45', { type: 'tab-closed', tab: 1 }],
      ['10:50', { type: 'tick' }],
    ]);
    expect(run.effects).toContainEqual({ type: 'add-call-site', host: 'calls.example.org' });
    // A look at a search is part of the call; the call's tab closing ends it.
    expect(run.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '10:45 transition-pause after-call',
    ]);
    expect(run.state.skips).toBe(0);
  });

  it('"mid-thought" brings it back at the next transition, ten minutes on at the earliest', () => {
    // A short cooldown, so that the moment decides rather than the spacing between pauses.
    const run = skippedAt(
      { type: 'answer', outcome: 'skipped', skipReason: 'mid-thought' },
      [tabAt('10:15', 2, GMAIL), tabAt('10:25', 1, DOCS)],
      settingsIn(ZONE, { transition: { cooldownMinutes: 5 } }),
    );
    expect(run.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '10:25 transition-pause max-stretch',
    ]);
    expect(run.state.skips).toBe(0);
  });

  it('"mid-thought" with no natural moment since: it comes back twenty minutes later', () => {
    const run = skippedAt({ type: 'answer', outcome: 'skipped', skipReason: 'mid-thought' }, [
      ['11:30', { type: 'tick' }],
    ]);
    expect(run.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '10:31 transition-pause max-stretch',
    ]);
  });

  it('"not now" counts as a skip; "too many" also slows pauses down a step at once', () => {
    expect(
      skippedAt({ type: 'answer', outcome: 'skipped', skipReason: 'not-now' }).state,
    ).toMatchObject({ skips: 1, backoffLevel: 0 });
    expect(
      skippedAt({ type: 'answer', outcome: 'skipped', skipReason: 'too-many' }).state,
    ).toMatchObject({ skips: 1, backoffLevel: 1 });
    expect(skippedAt({ type: 'answer', outcome: 'dismissed' }).state).toMatchObject({ skips: 1 });
  });

  it('the skip reason is logged', () => {
    const run = skippedAt({ type: 'answer', outcome: 'skipped', skipReason: 'mid-thought' });
    expect(run.records).toContainEqual(
      expect.objectContaining({
        kind: 'transition-pause',
        outcome: 'skipped',
        skipReason: 'mid-thought',
      }),
    );
  });
});
