import { describe, expect, it } from 'vitest';
import { statusView } from '../../core/status-view.ts';
import { type Line, local, replayWorkday, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Berlin';
const DATE = '2026-03-10'; // a Tuesday

const run = (lines: Line[], patch: Record<string, unknown> = {}) =>
  replayWorkday(DATE, ZONE, lines, patch);
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

describe('a pause the person asks for while one is offered', () => {
  const offeredThenAsked = () =>
    run([
      ['10:10', { type: 'idle', state: 'active' }],
      ['10:11', { type: 'pause-now' }],
    ]);

  it('starts at once instead of keeping the offer (issue 11 item 6)', () => {
    const result = offeredThenAsked();
    expect(result.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '10:11 transition-pause on-request',
    ]);
    expect(result.state.showing).toMatchObject({
      prompt: 'transition-pause',
      reason: 'on-request',
    });
  });

  it('logs the offer it replaced as unanswered', () => {
    const offers = offeredThenAsked().records.filter((r) => r.kind === 'transition-pause');
    expect(offers).toMatchObject([{ reason: 'max-stretch', outcome: 'expired' }]);
  });

  it('keeps a requested pause that is already showing', () => {
    const result = run([
      ['10:00', { type: 'pause-now' }],
      ['10:01', { type: 'pause-now' }],
    ]);
    expect(requested(result.shown)).toEqual(['10:00 transition-pause on-request']);
  });
});
