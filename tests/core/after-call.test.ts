import { describe, expect, it } from 'vitest';
import {
  DOCS,
  dayEvents,
  GMAIL,
  type Line,
  MEET,
  replay,
  SEARCH,
  settingsIn,
  TEAMS_CHAT,
  TEAMS_MEETING,
  ZOOM,
} from './helpers.ts';

const ZONE = 'Europe/London';
const DATE = '2026-02-03'; // a Tuesday
const settings = settingsIn(ZONE);

describe('after a call', () => {
  it.each<[string, Line[], string[]]>([
    [
      'a 30-minute call, then its tab closes: a pause right then',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:30', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:30 transition-pause after-call'],
    ],
    [
      'a 5-minute call is not long enough',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:05', { type: 'tab-closed', tab: 1 }],
      ],
      [],
    ],
    [
      'ten minutes on other tabs ends a call left open; its pause waits for a natural moment',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: ZOOM }],
        ['10:20', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
        ['10:36', { type: 'tab-activated', tab: 3, window: 1, url: DOCS }],
      ],
      ['10:36 transition-pause after-call'],
    ],
    [
      'a few minutes on the agenda or the calendar during a call are part of it',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:20', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
        ['10:26', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
        ['10:28', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:45', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:45 transition-pause after-call'],
    ],
    [
      'the meeting tab going back to the lobby ends the call there and then',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:30', { type: 'tab-updated', tab: 1, url: 'https://meet.google.com/landing' }],
      ],
      ['10:30 transition-pause after-call'],
    ],
    [
      'glancing at notes mid-call and coming back is still one call',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:10', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
        ['10:11', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:40', { type: 'tab-updated', tab: 1, url: SEARCH }],
      ],
      ['10:40 transition-pause after-call'],
    ],
    [
      'idle during a call is listening, not a break',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:05', { type: 'idle', state: 'idle' }],
        ['10:35', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:35 transition-pause after-call'],
    ],
    [
      'the browser losing focus during a call (notes in another app) does not end it',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['10:05', { type: 'window-focus', window: null }],
        ['10:30', { type: 'window-focus', window: 1 }],
        ['10:31', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:31 transition-pause after-call'],
    ],
    [
      "Teams: the chat opened in the meeting's own tab is a look away, not the end of the meeting",
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: TEAMS_MEETING }],
        ['10:20', { type: 'tab-updated', tab: 1, url: TEAMS_CHAT }],
        ['10:23', { type: 'tab-updated', tab: 1, url: TEAMS_MEETING }],
        ['10:45', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:45 transition-pause after-call'],
    ],
    [
      'Teams: a reply begun in that chat during the meeting does not end it',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: TEAMS_MEETING }],
        ['10:20', { type: 'tab-updated', tab: 1, url: TEAMS_CHAT }],
        ['10:21', { type: 'compose', tab: 1, url: TEAMS_CHAT }],
        ['10:25', { type: 'tab-updated', tab: 1, url: TEAMS_MEETING }],
        ['10:50', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:50 transition-pause after-call'],
    ],
    [
      'Teams: a meeting tab left on its chat is over after ten minutes there; the pause waits for a moment',
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: TEAMS_MEETING }],
        ['10:30', { type: 'tab-updated', tab: 1, url: TEAMS_CHAT }],
        ['10:50', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
      ],
      ['10:50 transition-pause after-call'],
    ],
    [
      "Teams: the meeting's tab going to another site ends the meeting there and then",
      [
        ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: TEAMS_MEETING }],
        ['10:30', { type: 'tab-updated', tab: 1, url: DOCS }],
      ],
      ['10:30 transition-pause after-call'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(replay(dayEvents(DATE, ZONE, lines), settings).shown).toEqual(expected);
  });

  it('holds a due pause through a call and offers it when the call ends', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:45', { type: 'tab-activated', tab: 2, window: 1, url: MEET }],
        ['09:52', { type: 'tab-closed', tab: 2 }],
      ]),
      settings,
    );
    // The stretch passed 50 minutes during the call: nothing during it, one pause as it ends.
    expect(run.shown).toEqual(['09:52 transition-pause long-stretch']);
  });

  it('takes down a showing pause when a call starts, and offers it again afterwards', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:12', { type: 'tab-activated', tab: 2, window: 1, url: MEET }],
        ['10:50', { type: 'tab-closed', tab: 2 }],
      ]),
      settings,
    );
    expect(run.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '10:50 transition-pause after-call',
    ]);
    expect(run.effects).toContainEqual({ type: 'close-prompt', prompt: 'transition-pause' });
    expect(run.records.find((r) => r.kind === 'transition-pause')).toMatchObject({
      outcome: 'expired',
    });
  });

  it('offers a pause taken down by a call, and kept past its end by the cooldown, at the next natural moment', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:30', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
        ['09:30:30', { type: 'tab-activated', tab: 3, window: 1, url: MEET }],
        // The call ends within the cooldown of the pause it took down (until 09:50).
        ['09:45', { type: 'tab-closed', tab: 3 }],
        ['09:58', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ]),
      settings,
    );
    // Not on the minute the cooldown ends (09:50), which nothing marks.
    expect(run.shown).toEqual([
      '09:30 transition-pause task-change',
      '09:58 transition-pause task-change',
    ]);
  });

  it('is quiet during full-screen video and offers the pause when it ends', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:40', { type: 'fullscreen', tab: 1, on: true }],
        ['09:41', { type: 'idle', state: 'idle' }],
        ['10:30', { type: 'fullscreen', tab: 1, on: false }],
      ]),
      settings,
    );
    expect(run.shown).toEqual(['10:30 transition-pause long-stretch']);
  });
});
