import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../core/events.ts';
import type { InterludeRecord } from '../../core/records.ts';
import { periodicAlarmEvent } from '../../core/rules/natural-break.ts';
import { type EngineState, initialState } from '../../core/state.ts';
import { step } from '../../core/step.ts';
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

  it('a trace knows when its machine went to sleep; the extension counts none of the silence before its late alarm', async () => {
    const { parseTrace } = await import('../../core/parse-trace.ts');
    const lines = [
      '{"at":"2026-05-12T09:00:00+10:00","type":"tab-activated","tab":1,"window":1,"url":"https://docs.google.com/d/1"}',
      '{"at":"2026-05-12T09:45:00+10:00","type":"sleep","until":"2026-05-12T11:00:00+10:00"}',
      '{"at":"2026-05-12T11:30:00+10:00","type":"tick"}',
    ];
    const parsed = parseTrace(lines.join('\n'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const trace = replay(parsed.events, settings);
    const woke = local(`${DATE} 11:00`, ZONE);
    expect(breaksOf(trace.records)).toEqual([{ at: '09:45', until: '11:00', state: 'idle' }]);
    // The extension: the alarm for the 09:50 look came at 11:00; its last step was the 09:40 look.
    const extension = asTheExtension(
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['11:00', periodicAlarmEvent(woke - local(`${DATE} 09:50`, ZONE))],
      ],
      ['09:45', '11:00'],
    );
    expect(breaksOf(extension.records)).toEqual([{ at: '09:40', until: '11:00', state: 'idle' }]);
  });
});

/**
 * Steps events as the extension's shell does: the one alarm fires at each wake the core asks for
 * before the next line, except while the machine sleeps (`sleep`: local times from, until), when
 * it cannot; the late alarm is then a line of its own (a `wake`).
 */
function asTheExtension(
  lines: Line[],
  sleep?: [string, string],
): { records: InterludeRecord[]; state: EngineState } {
  const events = dayEvents(DATE, ZONE, lines);
  const [sleepFrom, sleepUntil] = sleep
    ? [local(`${DATE} ${sleep[0]}`, ZONE), local(`${DATE} ${sleep[1]}`, ZONE)]
    : [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const first = events[0] as CoreEvent;
  let state = initialState(first.at);
  const records: InterludeRecord[] = [];
  const run = (event: CoreEvent) => {
    const result = step(state, event, settings);
    state = result.state;
    for (const effect of result.effects) if (effect.type === 'record') records.push(effect.record);
  };
  for (const event of events) {
    for (
      let at = state.wakeAt ?? null;
      at !== null && at < event.at && (at < sleepFrom || at >= sleepUntil);
      at = state.wakeAt ?? null
    )
      run({ type: 'tick', at });
    run(event);
  }
  return { records, state };
}

function breaksOf(records: InterludeRecord[]) {
  return records
    .filter((r) => r.kind === 'natural-break')
    .map((r) => ({ at: clock(r.at), until: clock(r.until), state: r.state }));
}

describe('a laptop that slept is told apart from a person reading', () => {
  const MIN = 60_000;

  it.each<
    [
      string,
      Line[],
      [string, string] | undefined,
      { stretchMinutes: number; breaks: { at: string; until: string }[] },
    ]
  >([
    [
      'reading without input: the idle API says idle after a minute, back within five is a lull, all screen time',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:31', { type: 'idle', state: 'idle' }],
        ['09:34', { type: 'idle', state: 'active' }],
      ],
      undefined,
      { stretchMinutes: 34, breaks: [] },
    ],
    [
      'typing in one tab (no event, no idle): every look on time, all screen time',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:34', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ],
      undefined,
      { stretchMinutes: 34, breaks: [] },
    ],
    [
      'asleep through the 09:40 look, woken at 09:52: nothing after the 09:30 look counts',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:52', { type: 'wake', asleepMs: 12 * MIN }],
        ['09:52:05', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ],
      ['09:38', '09:52'],
      { stretchMinutes: 0, breaks: [{ at: '09:30', until: '09:52' }] },
    ],
    [
      'asleep for four minutes or more, through the 09:40 look: not a break, and nothing after the 09:30 look counts',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:44', { type: 'wake', asleepMs: 4 * MIN }],
        ['09:50', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ],
      ['09:39', '09:44'],
      { stretchMinutes: 30 + 6, breaks: [] },
    ],
    [
      'a tab event comes before the late alarm: the same',
      [
        ['09:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:52', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
        ['09:52:01', { type: 'wake', asleepMs: 12 * MIN + 1000 }],
      ],
      ['09:38', '09:52'],
      { stretchMinutes: 0, breaks: [{ at: '09:30', until: '09:52' }] },
    ],
  ])('%s', (_name, lines, sleep, expected) => {
    const run = asTheExtension(lines, sleep);
    expect(Math.round(run.state.stretchMs / MIN)).toBe(expected.stretchMinutes);
    expect(breaksOf(run.records).map(({ at, until }) => ({ at, until }))).toEqual(expected.breaks);
  });
});
