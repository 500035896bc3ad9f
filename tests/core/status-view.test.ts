import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../core/events.ts';
import { initialState } from '../../core/state.ts';
import { statusView } from '../../core/status-view.ts';
import { step } from '../../core/step.ts';
import { DOCS, dayEvents, local, MEET, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Berlin';
const settings = settingsIn(ZONE);

function stateAfter(lines: Parameters<typeof dayEvents>[2]) {
  const events = dayEvents('2026-03-10', ZONE, lines);
  let state = initialState((events[0] as CoreEvent).at);
  let last = (events[0] as CoreEvent).at;
  for (const event of events) {
    for (let t = last + 60_000; t < event.at; t += 60_000)
      state = step(state, { type: 'tick', at: t }, settings).state;
    state = step(state, event, settings).state;
    last = event.at;
  }
  return state;
}
const at = (time: string) => local(`2026-03-10 ${time}`, ZONE);

describe('statusView', () => {
  it('watching: active minutes, and the next pause roughly when', () => {
    const state = stateAfter([
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['09:30', { type: 'tick' }],
    ]);
    expect(statusView(state, settings, at('09:30'))).toEqual({
      mode: 'watching',
      activeMinutes: 30,
      nextPause: { reason: 'long-stretch', inMinutes: 20 },
      promptsToday: 0,
      dailyCap: 10,
    });
  });

  it('counts the minutes since the last step while the core is not due to look again', () => {
    const state = stateAfter([['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }]]);
    // The core asked to look again at 09:10: five minutes later without a step is presence.
    expect(statusView(state, settings, at('09:05')).activeMinutes).toBe(5);
    // Past that by three minutes or more, the machine slept at some moment since 09:00 that nothing
    // witnessed: none of the silence is counted.
    expect(statusView(state, settings, at('09:30')).activeMinutes).toBe(0);
  });

  it('in a call', () => {
    const state = stateAfter([
      ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
      ['10:10', { type: 'tick' }],
    ]);
    expect(statusView(state, settings, at('10:10')).mode).toBe('in-call');
  });

  it('snoozed, with its end', () => {
    const state = stateAfter([['10:00', { type: 'snooze', minutes: 30 }]]);
    expect(statusView(state, settings, at('10:05'))).toMatchObject({
      mode: 'snoozed',
      snoozedUntil: at('10:30'),
    });
  });

  it('released, quiet until the next working day', () => {
    const state = stateAfter([['15:00', { type: 'end-day' }]]);
    expect(statusView(state, settings, at('15:05'))).toMatchObject({
      mode: 'released',
      quietUntil: local('2026-03-11 09:00', ZONE),
    });
  });

  it('outside hours, with the next start (computed when the cache does not cover the time)', () => {
    const state = stateAfter([['16:00', { type: 'tick' }]]);
    expect(statusView(state, settings, local('2026-03-13 19:00', ZONE))).toMatchObject({
      mode: 'outside-hours',
      quietUntil: local('2026-03-16 09:00', ZONE),
    });
  });

  it('disabled when every prompt is off', () => {
    const off = settingsIn(ZONE, {
      transition: { enabled: false },
      boundaryCue: { enabled: false },
      endOfDay: { enabled: false },
    });
    expect(statusView(initialState(at('10:00')), off, at('10:00')).mode).toBe('disabled');
  });
});
