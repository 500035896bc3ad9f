import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../core/events.ts';
import { parseTrace } from '../../core/parse-trace.ts';
import { type Advance, replayTrace, runTrace, type SimulatedPrompt } from '../../core/simulate.ts';
import { initialState } from '../../core/state.ts';
import { step } from '../../core/step.ts';
import { syntheticTrace } from '../../core/synthetic-trace.ts';
import { DOCS, dayEvents, GMAIL, type Line, local, settingsIn } from './helpers.ts';
import { TRACE_ZONES } from './trace-zones.ts';

const GENERATED = [
  { seed: 11, zone: 'Europe/Berlin', start: '2026-03-16' },
  { seed: 12, zone: 'America/New_York', start: '2026-10-26' },
  { seed: 13, zone: 'Australia/Sydney', start: '2026-03-30' },
  { seed: 14, zone: 'Asia/Kolkata', start: '2026-06-01' },
];

/**
 * Where stepping at the wake times shows a prompt earlier than the old minute ticks did, by trace:
 * the prompt's index and how much earlier (ms). Each is the minute tick's lateness, never a change
 * of decision: the old ticks ran on a grid set by the last event's seconds, so a threshold was met
 * at the next tick after it was reached, up to a minute late.
 * - writer-day 0, dst-week 0, 6: the day's first event falls at 08:57:30 or 08:58:10, so the
 *   old ticks came at 09:00:10 or 09:00:30 and started the working day (and its stretch) then; the
 *   stretch reached its maximum at 10:10:10 or 10:10:30 (10:45:30 on the Friday, backed off to
 *   105 minutes) and the pause showed at the next tick, 10:11 (10:46). Now the day starts at 09:00
 *   and the pause shows at 10:10 (10:45).
 * - waits-for-a-moment 3: the stretch reaches its maximum at 14:10:00; the old ticks, on the grid
 *   of an answer at 13:41:20, showed it at 14:10:20.
 * (The snoozed pause of scattered-day now comes back at a natural moment, an event, where both
 * step alike.)
 */
const EARLIER: Record<string, [number, number][]> = {
  'writer-day': [[0, 60_000]],
  'dst-week': [
    [0, 60_000],
    [6, 60_000],
  ],
  'waits-for-a-moment': [[3, 20_000]],
};

/** The same prompts, in the same order, over the same tabs; `earlier` lists those shown sooner. */
function expectSamePrompts(
  byWake: SimulatedPrompt[],
  byMinute: SimulatedPrompt[],
  earlier: [number, number][] = [],
): void {
  const shape = (p: SimulatedPrompt) => ({ prompt: p.prompt, reason: p.reason, tab: p.tab });
  expect(byWake.map(shape)).toEqual(byMinute.map(shape));
  const moved = byWake.flatMap((p, i) => {
    const early = (byMinute[i] as SimulatedPrompt).at - p.at;
    return early === 0 ? [] : [[i, early]];
  });
  expect(moved).toEqual(earlier);
}

function both(events: readonly CoreEvent[], zone: string) {
  const settings = settingsIn(zone);
  const run = (advance: Advance) => runTrace(events, settings, advance);
  return { byWake: run('wake'), byMinute: run('every-minute') };
}

describe('stepping at the wake times the core asks for decides as ticking every minute', () => {
  it.each(Object.entries(TRACE_ZONES))('%s', (name, zone) => {
    const parsed = parseTrace(readFileSync(`tests/traces/${name}.jsonl`, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const { byWake, byMinute } = both(parsed.events, zone);
    expect(byMinute.length).toBeGreaterThan(0);
    expectSamePrompts(byWake, byMinute, EARLIER[name]);
  });

  // Generated days react to nothing (an answer comes at its time whatever shows), so a prompt
  // shown seconds sooner can meet an answer the later one missed, and the days part ways. On whole
  // minutes, where the old ticks were never late, the two must agree exactly.
  it.each(GENERATED)('30 generated days in $zone (seed $seed)', ({ seed, zone, start }) => {
    const events = syntheticTrace({
      start: new TZDate(`${start}T00:00:00`, zone).getTime(),
      days: 30,
      zone,
      seed,
      ticks: false,
    }).map((event) => ({ ...event, at: Math.round(event.at / 60_000) * 60_000 }));
    const { byWake, byMinute } = both(events, zone);
    expect(byMinute.length).toBeGreaterThan(100);
    expectSamePrompts(byWake, byMinute);
  });
});

describe('quiet states wake the core only to end them', () => {
  const zone = 'Europe/Berlin';
  const settings = settingsIn(zone);

  /** The ticks a replay made (the moments the core asked for), as local "MM-DD HH:mm". */
  function ticks(lines: Line[]): string[] {
    const out: string[] = [];
    replayTrace(dayEvents('2026-06-09', zone, lines), settings, undefined, (event) => {
      if (event.type === 'tick') out.push(new TZDate(event.at, zone).toISOString().slice(5, 16));
    });
    return out.map((s) => s.replace('T', ' '));
  }

  it('after the release, nothing until the next working day begins', () => {
    const after = ticks([
      ['16:50', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['17:00', { type: 'end-day' }],
      ['17:01', { type: 'answer', outcome: 'taken' }],
      ['2026-06-10 09:20', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
    ]).filter((at) => at > '06-09 17:01' && at < '06-10 09:05');
    expect(after).toEqual(['06-10 09:00']);
  });

  it('an evening away (locked, no release due): nothing until the morning', () => {
    const after = ticks([
      ['17:40', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['17:41', { type: 'idle', state: 'locked' }],
      ['2026-06-10 09:20', { type: 'idle', state: 'active' }],
    ]).filter((at) => at > '06-09 17:41');
    expect(after).toEqual(['06-10 09:00']);
  });

  it('a snooze: nothing until it ends', () => {
    const during = ticks([
      ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['10:05', { type: 'snooze', minutes: 60 }],
      ['11:30', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
    ]).filter((at) => at > '06-09 10:05' && at <= '06-09 11:05');
    expect(during).toEqual(['06-09 11:05']);
  });

  it('while the person is here in working hours, it looks at least every ten minutes', () => {
    const here = ticks([
      ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
      ['10:35', { type: 'tab-activated', tab: 2, window: 1, url: GMAIL }],
    ]).filter((at) => at < '06-09 10:35');
    expect(here).toEqual(['06-09 10:10', '06-09 10:20', '06-09 10:30']);
  });
});

describe('a silence past the wake the core asked for', () => {
  const zone = 'Europe/Berlin';
  const settings = settingsIn(zone);
  const [start, soon, late] = dayEvents('2026-06-09', zone, [
    ['10:00', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
    ['10:12', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
    ['10:40', { type: 'tab-activated', tab: 1, window: 1, url: DOCS }],
  ]) as [CoreEvent, CoreEvent, CoreEvent];
  const first = step(initialState(start.at), start, settings).state;

  it('is presence up to that wake and a little after (the alarm can be late by seconds)', () => {
    expect(first.wakeAt).toBe(local('2026-06-09 10:10', zone));
    const next = step(first, soon, settings);
    expect(next.state.stretchMs).toBe(12 * 60_000);
    expect(next.effects.filter((e) => e.type === 'record')).toEqual([]);
  });

  it('is the machine asleep since the last step when it runs 3 minutes or more past it', () => {
    // It went to sleep at some moment between 10:00 and the 10:10 wake that nothing witnessed.
    const next = step(first, late, settings);
    expect(next.effects).toContainEqual(
      expect.objectContaining({
        type: 'record',
        record: expect.objectContaining({
          kind: 'natural-break',
          at: local('2026-06-09 10:00', zone),
          until: late.at,
        }),
      }),
    );
    expect(next.state.stretchMs).toBe(0);
  });
});
