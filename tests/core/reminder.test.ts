import { describe, expect, it } from 'vitest';
import { GMAIL, type Line, local, MEET, replayAfterLunch } from './helpers.ts';

const ZONE = 'Europe/Paris';
const DATE = '2026-09-15'; // a Tuesday

/** A morning in a document, a long lunch, back at 14:30; then `lines`. */
const day = (lines: Line[]) => replayAfterLunch(DATE, ZONE, lines);

describe('"mine, later" reminders', () => {
  it('answering "mine, later" with a time asks for a reminder that keeps the note, site and time', () => {
    const remindAt = local(`${DATE} 15:00`, ZONE);
    const run = day([
      ['10:00', { type: 'compose', tab: 3, url: GMAIL }],
      [
        '10:01',
        { type: 'answer', outcome: 'taken', cueAnswer: 'mine-later', note: 'budget', remindAt },
      ],
    ]);
    const cue = run.records.find((r) => r.kind === 'boundary-cue');
    expect(run.effects).toContainEqual({
      type: 'remind',
      at: remindAt,
      host: 'mail.google.com',
      note: 'budget',
      setAsideAt: local(`${DATE} 10:01`, ZONE),
      cueId: cue?.id,
    });
  });

  it('brings the note and the time it was set aside back with the cue, even after a wait', () => {
    const setAside = {
      host: 'mail.google.com',
      note: 'budget',
      setAsideAt: local(`${DATE} 10:01`, ZONE),
      cueId: 'abc-1',
    };
    const run = day([
      ['14:58', { type: 'pause-now' }],
      ['15:00', { type: 'reminder-due', ...setAside }],
      ['15:01', { type: 'answer', outcome: 'taken', durationSeconds: 60 }],
    ]);
    // Busy at 15:00: it waits five minutes, carrying everything it needs.
    expect(run.effects).toContainEqual({
      type: 'remind',
      at: local(`${DATE} 15:05`, ZONE),
      ...setAside,
    });
    const shown = day([['15:00', { type: 'reminder-due', ...setAside }]]);
    expect(shown.state.showing).toMatchObject({
      prompt: 'boundary-cue',
      reason: 'reminder',
      host: 'mail.google.com',
      setAside: { note: 'budget', setAsideAt: setAside.setAsideAt, cueId: 'abc-1' },
    });
  });

  it.each<[string, Line[], string[]]>([
    [
      'comes back as the cue for the same site',
      [['15:00', { type: 'reminder-due', host: 'mail.google.com' }]],
      ['15:00 boundary-cue reminder'],
    ],
    [
      'comes back even after the release (the person asked for it)',
      [
        ['14:00', { type: 'end-day' }],
        ['14:01', { type: 'answer', outcome: 'taken' }],
        ['15:00', { type: 'reminder-due', host: 'mail.google.com' }],
      ],
      ['14:00 end-of-day on-request', '15:00 boundary-cue reminder'],
    ],
  ])('%s', (_name, lines, expected) => {
    // The morning's own stretch pauses are not what this is about.
    expect(day(lines).shown.filter((line) => !line.includes('transition-pause'))).toEqual(expected);
  });

  it.each<[string, Line[], number]>([
    [
      'during a call it waits five minutes',
      [['14:50', { type: 'tab-activated', tab: 2, window: 1, url: MEET }]],
      5,
    ],
    ['while another prompt shows it waits five minutes', [['14:59', { type: 'pause-now' }]], 5],
    [
      'while snoozed it waits for the snooze to end',
      [['14:30', { type: 'snooze', minutes: 60 }]],
      30,
    ],
  ])('%s', (_name, lines, waitMinutes) => {
    const run = day([...lines, ['15:00', { type: 'reminder-due', host: 'mail.google.com' }]]);
    expect(run.shown.filter((line) => line.includes('reminder'))).toEqual([]);
    expect(run.effects).toContainEqual({
      type: 'remind',
      at: local(`${DATE} 15:00`, ZONE) + waitMinutes * 60_000,
      host: 'mail.google.com',
    });
  });

  it('its answer is logged as a boundary cue with the reason "reminder"', () => {
    const run = day([
      ['15:00', { type: 'reminder-due', host: 'mail.google.com' }],
      ['15:01', { type: 'answer', outcome: 'taken', cueAnswer: 'mine-now' }],
    ]);
    expect(run.records).toContainEqual(
      expect.objectContaining({
        kind: 'boundary-cue',
        reason: 'reminder',
        answer: 'mine-now',
        host: 'mail.google.com',
      }),
    );
  });
});
