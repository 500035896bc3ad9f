import { describe, expect, it } from 'vitest';
import { callsInTrace } from '../../core/calls-in-trace.ts';
import type { CoreEvent } from '../../core/events.ts';
import { replayTrace } from '../../core/simulate.ts';
import { type EngineState, restoreState } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import {
  DOCS,
  dayEvents,
  GMAIL,
  type Line,
  local,
  MEET,
  replay,
  SLACK,
  settingsIn,
  TEAMS_CHAT,
} from './helpers.ts';

const ZONE = 'Europe/London';
const DATE = '2026-02-03'; // a Tuesday
const settings = settingsIn(ZONE);
const sound = (tab: number, url: string, on: boolean): Line[1] => ({
  type: 'audible',
  tab,
  url,
  on,
});

describe("a call site's sound", () => {
  it.each<[string, Line[], string[]]>([
    [
      'a Teams call begun from a chat (its tab stays on the chat): nothing during it, its pause after',
      [
        ['09:40', { type: 'tab-activated', tab: 2, window: 1, url: TEAMS_CHAT }],
        ['09:46', sound(2, TEAMS_CHAT, true)],
        // Twenty minutes on the chat, then a look at the agenda: not a change of task in a call.
        ['10:05', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:08', { type: 'tab-activated', tab: 2, window: 1, url: TEAMS_CHAT }],
        ['10:30', sound(2, TEAMS_CHAT, false)],
        // Hung up, still on the chat; ten quiet minutes later the call is over, and the pause
        // waits for the next natural moment.
        ['10:42', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ],
      ['10:42 transition-pause after-call'],
    ],
    [
      'a meeting listened to from another tab goes on while it plays sound',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['09:01', sound(1, MEET, true)],
        ['09:05', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
        ['09:30', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
        ['09:40', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
        ['10:00', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:00 transition-pause after-call'],
    ],
    [
      'a reply begun elsewhere while the meeting still plays sound does not end it',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['09:01', sound(1, MEET, true)],
        ['09:05', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
        ['09:06', { type: 'compose', tab: 3, url: GMAIL }],
        ['09:40', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
        ['10:00', { type: 'tab-closed', tab: 1 }],
      ],
      ['10:00 transition-pause after-call'],
    ],
    [
      "a meeting's tab going back to its lobby while its sound fades: the call is over, no other begins",
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: MEET }],
        ['09:01', sound(1, MEET, true)],
        ['09:30', { type: 'tab-updated', tab: 1, url: 'https://meet.google.com/landing' }],
        ['09:30:02', sound(1, 'https://meet.google.com/landing', false)],
        ['09:31', { type: 'answer', outcome: 'taken' }],
        ['09:40', sound(1, 'https://meet.google.com/landing', true)],
        ['09:40:02', sound(1, 'https://meet.google.com/landing', false)],
        ['10:45', { type: 'tab-activated', tab: 2, window: 1, url: DOCS }],
      ],
      ['09:30 transition-pause after-call', '10:41 transition-pause max-stretch'],
    ],
    [
      'the call is over ten minutes after its sound stopped, however often that is said again',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:01', sound(2, TEAMS_CHAT, true)],
        ['09:40', sound(2, TEAMS_CHAT, false)],
        ['09:45', sound(2, TEAMS_CHAT, false)],
        ['09:50:30', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
      ],
      ['09:50 transition-pause after-call'],
    ],
    [
      'a chime from a chat (a second or two of sound) is no call',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:40', sound(2, TEAMS_CHAT, true)],
        ['09:40:03', sound(2, TEAMS_CHAT, false)],
        ['09:55', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
      ],
      ['09:55 transition-pause long-stretch'],
    ],
    [
      'chimes twenty seconds apart (a flurry of messages) are no call',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:40', sound(2, TEAMS_CHAT, true)],
        ['09:40:03', sound(2, TEAMS_CHAT, false)],
        ['09:40:20', sound(2, TEAMS_CHAT, true)],
        ['09:40:23', sound(2, TEAMS_CHAT, false)],
        ['09:40:40', sound(2, TEAMS_CHAT, true)],
        ['09:40:43', sound(2, TEAMS_CHAT, false)],
        ['09:55', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
      ],
      ['09:55 transition-pause long-stretch'],
    ],
    [
      'sound from a site that is not a call site (music, a video) is no call',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:10', sound(2, 'https://www.youtube.com/watch?v=x', true)],
        ['09:55', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
      ],
      ['09:55 transition-pause long-stretch'],
    ],
    [
      'sound from a chat site that is not a call site (Slack) is no call',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:10', sound(2, SLACK, true)],
        ['09:55', { type: 'tab-activated', tab: 3, window: 1, url: GMAIL }],
      ],
      ['09:55 transition-pause long-stretch'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(replay(dayEvents(DATE, ZONE, lines), settings).shown).toEqual(expected);
  });

  it('hears a call through pauses in the talk: a few silent seconds do not start the count again', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:10:00', sound(2, TEAMS_CHAT, true)],
        ['10:10:12', sound(2, TEAMS_CHAT, false)],
        ['10:10:16', sound(2, TEAMS_CHAT, true)],
        ['10:10:26', sound(2, TEAMS_CHAT, false)],
        ['10:10:31', sound(2, TEAMS_CHAT, true)],
        ['10:10:45', sound(2, TEAMS_CHAT, false)],
      ]),
      settings,
    );
    // 31 seconds after the sound began (pauses included), the showing pause is taken down.
    expect(run.shown).toEqual(['10:10 transition-pause max-stretch']);
    expect(run.effects).toContainEqual({ type: 'close-prompt', prompt: 'transition-pause' });
    expect(run.state.call).toMatchObject({ since: local(`${DATE} 10:10`, ZONE) });
  });

  it('takes down a pause showing when a call rings in a background tab', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:10:30', sound(2, TEAMS_CHAT, true)],
        ['10:40', { type: 'tab-closed', tab: 2 }],
      ]),
      settings,
    );
    expect(run.shown).toEqual([
      '10:10 transition-pause max-stretch',
      '10:40 transition-pause after-call',
    ]);
    expect(run.effects).toContainEqual({ type: 'close-prompt', prompt: 'transition-pause' });
  });

  it("is read as a call from a trace, for the statistics' count of prompts during calls", () => {
    const events = dayEvents(DATE, ZONE, [
      ['09:00', { type: 'tab-activated', tab: 2, window: 1, url: TEAMS_CHAT }],
      ['09:40', sound(2, TEAMS_CHAT, true)],
      ['09:40:02', sound(2, TEAMS_CHAT, false)],
      ['09:46', sound(2, TEAMS_CHAT, true)],
      ['10:30', sound(2, TEAMS_CHAT, false)],
      ['10:31', { type: 'tab-activated', tab: 4, window: 1, url: MEET }],
      ['10:32', sound(4, MEET, true)],
      ['10:35', { type: 'tab-activated', tab: 5, window: 1, url: DOCS }],
      ['10:58', sound(4, MEET, false)],
      ['11:20', { type: 'tab-closed', tab: 4 }],
    ]);
    const at = (time: string) => dayEvents(DATE, ZONE, [[time, { type: 'tick' }]])[0]?.at;
    // The chime is none; the Teams call is its sound; the meeting lasts until its tab closes.
    expect(callsInTrace(events, settings)).toEqual([
      { from: at('09:46'), until: at('10:30') },
      { from: at('10:31'), until: at('11:20') },
    ]);
  });

  it('is heard by a state stored before sound was (no list of sounding tabs in it)', () => {
    const events = dayEvents(DATE, ZONE, [
      ['09:00', { type: 'tab-activated', tab: 2, window: 1, url: TEAMS_CHAT }],
      ['09:01', { type: 'tick' }],
    ]);
    let state = replayTrace(events, settings).state as EngineState;
    const { sounding: _none, ...stored } = state;
    state = restoreState(JSON.parse(JSON.stringify(stored))) as EngineState;
    for (const [time, event] of [
      ['09:02', sound(2, TEAMS_CHAT, true)],
      ['09:03', { type: 'tick' }],
    ] as Line[])
      state = step(
        state,
        { ...event, at: local(`${DATE} ${time}`, ZONE) } as CoreEvent,
        settings,
      ).state;
    expect(state.call).toMatchObject({ tab: 2, since: local(`${DATE} 09:02`, ZONE) });
  });
});
