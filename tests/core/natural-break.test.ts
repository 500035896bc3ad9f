import { describe, expect, it } from 'vitest';
import { DOCS, dayEvents, GMAIL, type Line, local, replay, settingsIn } from './helpers.ts';

const ZONE = 'Australia/Sydney';
const DATE = '2026-05-12'; // a Tuesday
const settings = settingsIn(ZONE);

describe('natural breaks', () => {
  it.each<[string, Line[], { at: string; until: string; state: string }[]]>([
    [
      'locked for 20 minutes is a natural break',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:00', { type: 'idle', state: 'locked' }],
        ['10:20', { type: 'idle', state: 'active' }],
      ],
      [{ at: '10:00', until: '10:20', state: 'locked' }],
    ],
    [
      'idle (Firefox never says locked) for 6 minutes is one too',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:30', { type: 'idle', state: 'idle' }],
        ['09:36', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
      ],
      [{ at: '09:30', until: '09:36', state: 'idle' }],
    ],
    [
      'idle for 3 minutes is not',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:30', { type: 'idle', state: 'idle' }],
        ['09:33', { type: 'idle', state: 'active' }],
      ],
      [],
    ],
    [
      'the machine asleep (no ticks) for an hour counts as a break',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:30', { type: 'tick' }],
        ['10:30', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ],
      [],
    ],
  ])('%s', (_name, lines, expected) => {
    const run = replay(dayEvents(DATE, ZONE, lines), settings);
    const breaks = run.records
      .filter((r) => r.kind === 'natural-break')
      .map((r) => ({ at: clock(r.at), until: clock(r.until), state: r.state }));
    // The replay steps whenever the core asks, so the "asleep" case is covered by its own test below.
    expect(breaks).toEqual(expected);
  });

  it('reads a silence between two events (no ticks) as the machine asleep', async () => {
    const { step } = await import('../../core/step.ts');
    const { initialState } = await import('../../core/state.ts');
    const [a, b] = dayEvents(DATE, ZONE, [
      ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['10:30', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
    ]);
    if (a === undefined || b === undefined) throw new Error('fixture');
    const first = step(initialState(a.at), a, settings);
    const second = step(first.state, b, settings);
    expect(second.effects).toContainEqual(
      expect.objectContaining({
        type: 'record',
        record: expect.objectContaining({ kind: 'natural-break' }),
      }),
    );
  });

  it('coming back from a break is never itself a reason to prompt', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:45', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
        ['09:45:30', { type: 'answer', outcome: 'snoozed', snoozeMinutes: 5 }],
        ['09:48', { type: 'idle', state: 'locked' }],
        ['09:55', { type: 'idle', state: 'active' }],
        ['09:55:05', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['10:20', { type: 'tick' }],
      ]),
      settings,
    );
    // The break counts as the pause: the snoozed one is not brought back on the way in.
    expect(run.shown).toEqual(['09:45 transition-pause task-change']);
  });

  it('a short lull (a minute or more without input) after 50 minutes is a natural moment', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:49', { type: 'idle', state: 'idle' }],
        ['09:52', { type: 'idle', state: 'active' }],
      ]),
      settings,
    );
    expect(run.shown).toEqual(['09:52 transition-pause long-stretch']);
  });

  it('a focus blip between two browser windows is not leaving', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:10', { type: 'tab-activated', tab: 2, window: 2, url: DOCS }],
        ['09:55:00', { type: 'window-focus', window: null }],
        ['09:55:01', { type: 'window-focus', window: 1 }],
        ['10:20', { type: 'tick' }],
      ]),
      settings,
    );
    // Same site in both windows and only a blip between: no transition, so the maximum decides.
    expect(run.shown).toEqual(['10:10 transition-pause max-stretch']);
  });

  it('real time in another app, then back to the browser, is a transition', () => {
    const run = replay(
      dayEvents(DATE, ZONE, [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:50', { type: 'window-focus', window: null }],
        ['09:58', { type: 'window-focus', window: 1 }],
      ]),
      settings,
    );
    expect(run.shown).toEqual(['09:58 transition-pause long-stretch']);
  });
});

function clock(at: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

describe('a machine that slept', () => {
  it('the periodic alarm coming minutes late is a wake, on time (or nearly) a tick', async () => {
    const { periodicAlarmEvent } = await import('../../core/rules/natural-break.ts');
    expect(periodicAlarmEvent(5_000)).toEqual({ type: 'tick' });
    expect(periodicAlarmEvent(70 * 60_000)).toEqual({ type: 'wake', asleepMs: 70 * 60_000 });
  });

  it('the extension (a late alarm) and a trace (sleep) decide the same', async () => {
    const { parseTrace } = await import('../../core/parse-trace.ts');
    const { periodicAlarmEvent } = await import('../../core/rules/natural-break.ts');
    const lines = [
      '{"at":"2026-05-12T09:00:00+10:00","type":"tab-activated","tab":1,"window":1,"url":"https://docs.google.com/d/1"}',
      '{"at":"2026-05-12T09:45:00+10:00","type":"sleep","until":"2026-05-12T11:00:00+10:00"}',
      '{"at":"2026-05-12T11:30:00+10:00","type":"tick"}',
    ];
    const parsed = parseTrace(lines.join('\n'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const wakeAt = local(`${DATE} 11:00`, ZONE);
    const fromAlarm = parsed.events.map((e) =>
      e.type === 'wake' ? { ...periodicAlarmEvent(e.asleepMs), at: e.at } : e,
    );
    expect(fromAlarm[1]).toEqual({ type: 'wake', at: wakeAt, asleepMs: 75 * 60_000 });
    const trace = replay(parsed.events, settings);
    expect(replay(fromAlarm as typeof parsed.events, settings).records).toEqual(trace.records);
    expect(trace.records).toContainEqual(
      expect.objectContaining({ kind: 'natural-break', until: wakeAt }),
    );
  });
});
