import { describe, expect, it } from 'vitest';
import { DOCS, dayEvents, GMAIL, type Line, MEET, replay, SEARCH, settingsIn } from './helpers.ts';

const ZONE = 'Europe/Berlin';
const DATE = '2026-03-10'; // a Tuesday
const settings = settingsIn(ZONE);

describe('long stretch', () => {
  it.each<[string, Line[], string[]]>([
    [
      'offers a pause at the first change of kind of work after 50 active minutes',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:40', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
        ['09:52', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
        ['10:00', { type: 'idle', state: 'active' }],
      ],
      ['09:52 transition-pause long-stretch'],
    ],
    [
      'a look at a search and back to the same work is not a natural moment',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:52', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
        ['09:55', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:15', { type: 'idle', state: 'active' }],
      ],
      ['10:10 transition-pause max-stretch'],
    ],
    [
      'offers it at 70 minutes regardless when no transition comes',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:30', { type: 'idle', state: 'active' }],
      ],
      ['10:10 transition-pause max-stretch'],
    ],
    [
      'does not wait past 70 minutes for a natural moment (the setting is a promise)',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:15', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
      ],
      ['10:10 transition-pause max-stretch'],
    ],
    [
      'a reply being written at 70 minutes: the pause waits for the next natural moment',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: GMAIL }],
        ['10:07', { type: 'compose', tab: 1, url: GMAIL }],
        ['10:07:20', { type: 'answer', outcome: 'taken', cueAnswer: 'mine-now' }],
        // Not when the reply stops counting as being written (10:12): at the move to the document.
        ['10:18', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
      ],
      ['10:07 boundary-cue compose', '10:18 transition-pause max-stretch'],
    ],
    [
      'a reply being written at 70 minutes, and no natural moment: 20 minutes on, never inside a reply',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: GMAIL }],
        ['10:07', { type: 'compose', tab: 1, url: GMAIL }],
        ['10:07:20', { type: 'answer', outcome: 'taken', cueAnswer: 'mine-now' }],
        // Held at 10:10 until 10:30 at the latest; a reply begun at 10:26 is written until 10:31.
        ['10:26', { type: 'compose', tab: 1, url: GMAIL }],
        ['10:26:20', { type: 'answer', outcome: 'taken', cueAnswer: 'mine-later' }],
        ['10:45', { type: 'tick' }],
      ],
      [
        '10:07 boundary-cue compose',
        '10:26 boundary-cue compose',
        '10:31 transition-pause max-stretch',
      ],
    ],
    [
      'stays quiet before 50 minutes however much the person moves',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:15', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
        ['09:30', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:45', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
      ],
      [],
    ],
    [
      'a natural break of 5 minutes resets the stretch',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:40', { type: 'idle', state: 'idle' }],
        ['09:46', { type: 'idle', state: 'active' }],
        ['10:30', { type: 'tab-activated', tab: 2, window: 1, url: SEARCH }],
        ['10:40', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
      ],
      ['10:40 transition-pause long-stretch'],
    ],
    [
      'a short time away still counts as screen time',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:40', { type: 'idle', state: 'idle' }],
        ['09:43', { type: 'idle', state: 'active' }],
        ['09:51', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
      ],
      ['09:51 transition-pause long-stretch'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(replay(dayEvents(DATE, ZONE, lines), settings).shown).toEqual(expected);
  });

  it('a taken pause ends the stretch and logs it', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:55', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
        ['09:56', { type: 'answer', outcome: 'taken', durationSeconds: 30 }],
        ['10:10', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ]),
      settings,
    );
    expect(run.shown).toEqual(['09:55 transition-pause long-stretch']);
    const activity = run.records.filter((r) => r.kind === 'activity');
    expect(activity).toHaveLength(1);
    expect(activity[0]).toMatchObject({
      activeMs: 56 * 60_000,
      until: (activity[0]?.at ?? 0) + 56 * 60_000,
    });
    expect(run.records.find((r) => r.kind === 'transition-pause')).toMatchObject({
      reason: 'long-stretch',
      outcome: 'taken',
      durationSeconds: 30,
      zone: ZONE,
    });
  });

  it('after a skip, offers it at the next natural moment, and the maximum again 70 minutes on', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:11', { type: 'answer', outcome: 'skipped', skipReason: 'not-now' }],
        ['11:05', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
        ['11:06', { type: 'answer', outcome: 'skipped', skipReason: 'not-now' }],
        ['13:00', { type: 'tick' }],
      ]),
      settings,
    );
    expect(run.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '11:05 transition-pause long-stretch',
      // Two skips in a row stretch the thresholds ×1.5: 105 minutes after the last offer.
      '12:50 transition-pause max-stretch',
    ]);
  });

  it('the bound holds while another pause waits for a natural moment', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:00', { type: 'tab-activated', tab: 2, window: 1, url: MEET }],
        // Back to the document with the meeting tab left open: at 10:30 the call counts as over
        // and its pause waits for a moment; the stretch passed its maximum meanwhile (at 10:10,
        // in the call), so its pause comes at once rather than after that wait.
        ['10:20', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['11:00', { type: 'tick' }],
      ]),
      settings,
    );
    expect(run.shown).toEqual(['10:30 transition-pause max-stretch']);
  });

  it('a 6-minute maximum shows its pause at 6 minutes, even after a minute without input', () => {
    const short = settingsIn(ZONE, { transition: { stretchMinutes: 6, maxStretchMinutes: 6 } });
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        // Reading without touching anything: the browser reports idle after its 60-second interval.
        ['10:04', { type: 'idle', state: 'idle' }],
        ['10:05:30', { type: 'idle', state: 'active' }],
        ['10:15', { type: 'tick' }],
      ]),
      short,
    );
    expect(run.shown).toEqual(['10:06 transition-pause max-stretch']);
  });
});
