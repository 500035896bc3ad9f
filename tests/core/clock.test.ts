import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../core/events.ts';
import { runTrace } from '../../core/simulate.ts';
import { initialState } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import { DOCS, dayEvents, replay, SEARCH, settingsIn, TEAMS_CHAT } from './helpers.ts';

describe('clock trouble', () => {
  it.each([
    ['spring forward in Berlin', 'Europe/Berlin', '2026-03-30', '2026-03-30T15:30:00.000Z'],
    ['fall back in Berlin', 'Europe/Berlin', '2026-10-26', '2026-10-26T16:30:00.000Z'],
    ['spring forward in New York', 'America/New_York', '2026-03-09', '2026-03-09T21:30:00.000Z'],
    ['fall back in Sydney', 'Australia/Sydney', '2026-04-06', '2026-04-06T07:30:00.000Z'],
  ])('%s: the release comes at 17:30 local', (_name, zone, date, utc) => {
    const events = dayEvents(date, zone, [
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['12:00', { type: 'idle', state: 'locked' }],
      ['12:30', { type: 'idle', state: 'active' }],
      ['17:20', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
      ['17:21', { type: 'answer', outcome: 'taken' }],
      ['18:00', { type: 'tick' }],
    ]);
    const releases = runTrace(events, settingsIn(zone)).filter((p) => p.prompt === 'end-of-day');
    expect(releases.map((p) => new Date(p.at).toISOString())).toEqual([utc]);
  });

  it('a night shift through the fall-back night lasts its 9 real hours of screen time', () => {
    const zone = 'Europe/London';
    const settings = settingsIn(zone, { workHours: { days: [6], start: '22:00', end: '06:00' } });
    const run = replay(
      dayEvents('2026-10-24', zone, [
        ['21:55', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['2026-10-25 06:10', { type: 'idle', state: 'locked' }],
      ]),
      settings,
    );
    expect(run.shown.at(-1)).toBe('06:00 end-of-day work-hours-end');
    expect(run.state.dayActiveMs).toBe(9 * 3_600_000);
  });

  it('a zone change mid-day moves working hours to the new zone without a crash or a second release', () => {
    const berlin = settingsIn('Europe/Berlin');
    const newYork = settingsIn('America/New_York');
    const events = dayEvents('2026-06-10', 'Europe/Berlin', [
      ['08:55', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['12:00', { type: 'idle', state: 'locked' }],
      ['19:00', { type: 'idle', state: 'active' }],
    ]);
    let state = initialState((events[0] as CoreEvent).at);
    const shown: string[] = [];
    let last = (events[0] as CoreEvent).at;
    const at19 = (events[2] as CoreEvent).at;
    const all: CoreEvent[] = [...events];
    for (let t = at19 + 60_000; t <= at19 + 6 * 3_600_000; t += 60_000)
      all.push({ type: 'tick', at: t });
    for (const event of all) {
      for (let t = last + 60_000; t < event.at; t += 60_000)
        state = step(state, { type: 'tick', at: t }, berlin).state;
      last = event.at;
      // The person flies to New York at 13:00 Berlin time; from then on the system zone is New York.
      const settings = event.at >= (events[1] as CoreEvent).at + 3_600_000 ? newYork : berlin;
      const result = step(state, event, settings);
      state = result.state;
      for (const e of result.effects)
        if (e.type === 'show-prompt') shown.push(`${new Date(event.at).toISOString()} ${e.prompt}`);
    }
    // 19:00 Berlin is 13:00 in New York: inside the new working day, whose release is at 17:30 New York.
    expect(shown.filter((s) => s.includes('end-of-day'))).toEqual([
      '2026-06-10T21:30:00.000Z end-of-day',
    ]);
  });

  it('a clock that jumps back an hour: no negative durations, no crash, time carries on', () => {
    const zone = 'Europe/Paris';
    const events = dayEvents('2026-02-10', zone, [
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['10:00', { type: 'idle', state: 'idle' }],
      ['10:02', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
      ['09:05', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['09:30', { type: 'idle', state: 'locked' }],
      ['09:50', { type: 'idle', state: 'active' }],
      ['11:30', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
    ]);
    const run = replay(events, settingsIn(zone));
    for (const r of run.records) {
      if ('until' in r) expect(r.until).toBeGreaterThanOrEqual(r.at);
      if (r.kind === 'activity') expect(r.activeMs).toBeGreaterThanOrEqual(0);
    }
    expect(run.records.some((r) => r.kind === 'natural-break')).toBe(true);
    expect(run.state.lastAt).toBe((events.at(-1) as CoreEvent).at);
  });

  it("a clock that jumps back during a call heard: its sound's times come back with it", () => {
    const zone = 'Europe/Paris';
    const events = dayEvents('2026-02-10', zone, [
      ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: TEAMS_CHAT }],
      ['10:01', { type: 'audible', tab: 1, url: TEAMS_CHAT, on: true }],
      ['10:20', { type: 'audible', tab: 1, url: TEAMS_CHAT, on: false }],
      ['10:21', { type: 'audible', tab: 1, url: TEAMS_CHAT, on: true }],
      ['09:30', { type: 'tick' }],
    ]);
    const state = replay(events, settingsIn(zone)).state;
    const at = (events.at(-1) as CoreEvent).at;
    expect(state.call).toEqual({ tab: 1, since: at, leftAt: at, quietSince: at });
    expect(state.sounding).toEqual([{ tab: 1, since: at }]);
  });

  it('an event without a time is ignored', () => {
    const state = initialState(0);
    expect(step(state, { type: 'tick', at: Number.NaN }, settingsIn('UTC'))).toEqual({
      state,
      effects: [],
    });
  });
});
