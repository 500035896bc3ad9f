import { describe, expect, it } from 'vitest';
import { statusView } from '../../core/status-view.ts';
import { DOCS, dayEvents, type Line, local, replay, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Berlin';
const DATE = '2026-03-10'; // a Tuesday

const run = (lines: Line[], patch: Record<string, unknown> = {}) =>
  replay(
    dayEvents(DATE, ZONE, [
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ...lines,
    ]),
    settingsIn(ZONE, patch),
  );
const requested = (shown: string[]) =>
  shown.filter((line) => line.includes('transition-pause on-request'));

describe('a pause the person asked for, snoozed', () => {
  it.each<[string, Line[], Record<string, unknown>, string[]]>([
    [
      'comes back when the snooze ends, not held back by the cooldown',
      [
        ['10:00', { type: 'pause-now' }],
        ['10:01', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 10 }],
      ],
      {},
      ['10:00 transition-pause on-request', '10:11 transition-pause on-request'],
    ],
    [
      'comes back after the day’s cap of automatic pauses is used up',
      [
        ['10:00', { type: 'pause-now' }],
        ['10:01', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 10 }],
      ],
      { dailyPromptCap: 1, transition: { stretchMinutes: 20, maxStretchMinutes: 20 } },
      ['10:00 transition-pause on-request', '10:11 transition-pause on-request'],
    ],
    [
      'comes back in the evening too (the person asked for it)',
      [
        ['17:25', { type: 'pause-now' }],
        ['17:26', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 30 }],
      ],
      // Automatic pauses off, so none is showing (unanswered) when the person asks at 17:25.
      { endOfDay: { enabled: false }, transition: { enabled: false } },
      ['17:25 transition-pause on-request', '17:56 transition-pause on-request'],
    ],
    [
      'comes back when a snooze of everything from the popup ends',
      [
        ['10:00', { type: 'pause-now' }],
        ['10:01', { type: 'snooze', minutes: 30 }],
      ],
      {},
      ['10:00 transition-pause on-request', '10:31 transition-pause on-request'],
    ],
    [
      'is let go when the person ends the day',
      [
        ['10:00', { type: 'pause-now' }],
        ['10:01', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 10 }],
        ['10:05', { type: 'end-day' }],
        ['10:06', { type: 'answer', outcome: 'taken' }],
      ],
      {},
      ['10:00 transition-pause on-request'],
    ],
  ])('%s', (_name, lines, patch, expected) => {
    expect(requested(run([...lines, ['18:30', { type: 'tick' }]], patch).shown)).toEqual(expected);
  });

  it('is not counted against the daily cap when it comes back', () => {
    const result = run([
      ['10:00', { type: 'pause-now' }],
      ['10:01', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 10 }],
      ['10:12', { type: 'answer', outcome: 'taken' }],
    ]);
    expect(result.state.day.pauses).toBe(0);
  });

  it('the popup says when it comes back, in the evening too', () => {
    const quietEvening = { endOfDay: { enabled: false }, transition: { enabled: false } };
    const result = run(
      [
        ['17:25', { type: 'pause-now' }],
        ['17:26', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 30 }],
        ['17:40', { type: 'tick' }],
      ],
      quietEvening,
    );
    const view = statusView(
      result.state,
      settingsIn(ZONE, quietEvening),
      local(`${DATE} 17:40`, ZONE),
    );
    expect(view.mode).toBe('outside-hours');
    expect(view.requestedPauseAt).toBe(local(`${DATE} 17:56`, ZONE));
  });
});
